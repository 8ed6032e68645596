"""A body whose name holds a province with the word "Province" ("the Tak Province Immigration
Office", "the Immigration Office of Chanthaburi Province, Thailand") is that province's office:
the province is a place of the story and the body lies in it (and the province in the country
that closes or follows the name). A town named before a police force makes no place. Names and
sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import names, run


def _located(batch) -> set[tuple[str, str]]:
    return {(batch.nodes[e.source].name, batch.nodes[e.target].name) for e in batch.edges if e.type is RelType.LOCATED_IN}


def test_a_province_office_names_its_province() -> None:
    batch = run("Officials from the Chanthaburi Province Immigration Office received 40 Kenyans on Monday.")
    assert "Chanthaburi" in names(batch, Label.LOCATION)
    assert ("Chanthaburi Province Immigration Office", "Chanthaburi") in _located(batch)


def test_an_office_of_a_province_and_its_country() -> None:
    batch = run("Officials from the Immigration Office of Chanthaburi Province, Thailand, received 40 Kenyans on Monday.")
    assert ("Immigration Office of Chanthaburi Province", "Chanthaburi") in _located(batch)
    assert ("Chanthaburi", "Thailand") in _located(batch)


def test_a_town_before_a_police_force_makes_no_place() -> None:
    batch = run("Forty Kenyans were handed to Chanthaburi police on Monday, officials said.")
    assert "Chanthaburi" not in names(batch, Label.LOCATION)


def test_a_province_office_closed_by_its_country_is_named_without_it() -> None:
    batch = run("Officials from Chanthaburi Province Immigration Bureau of Thailand received 40 Kenyans on Monday.")
    assert "Chanthaburi Province Immigration Bureau" in names(batch, Label.AGENCY)
    assert ("Chanthaburi", "Thailand") in _located(batch)
