"""A country's embassy or consulate written with a capital after the country's possessive
("Atlantis's Embassy in X") is that country's mission, named by its demonym as the lower-case
form already is; the capitalized word alone names no one body."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_countrys_capitalized_embassy_is_its_mission() -> None:
    batch = run("The return of 30 workers was arranged with Kenya's Embassy in Bangkok on Friday.")
    assert names(batch, Label.AGENCY) == {"Kenyan embassy"}
    assert ("LOCATED_IN", "Kenyan embassy", "Bangkok", None) in facts(batch)


def test_both_ways_of_writing_it_are_one_mission() -> None:
    batch = run("Kenya's Embassy said 30 workers were safe. Kenya's embassy later flew them home.")
    assert names(batch, Label.AGENCY) == {"Kenyan embassy"}


def test_a_capitalized_embassy_alone_names_no_body() -> None:
    batch = run("The Embassy said 30 workers were safe in Bangkok.")
    assert names(batch, Label.AGENCY) == set()
