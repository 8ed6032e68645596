"""Audit 53, helper a53g (South Asian outlets on citizens returned from scam compounds): the Lao
state's long name misspelt with "Laos" is a place, not a people; a house of parliament's chair is
a lawmaker, not a company's chairman (made-up towns and people; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _person(batch, name: str) -> dict:
    return next(n.properties for n in batch.nodes.values() if n.label is Label.PERSON and n.name == name)


def test_the_lao_state_long_name_with_laos_is_a_place() -> None:
    batch = run("Guards freed 31 Peruvian nationals from compounds in Varno province, Laos People's Democratic "
                "Republic (PDR), on Tuesday.")
    assert "Laos" not in names(batch, Label.NATIONALITY)
    assert "Laos" in names(batch, Label.LOCATION)
    assert "Peru" in names(batch, Label.NATIONALITY)  # (the freed people stay)


def test_a_chair_of_a_house_of_parliament_is_a_lawmaker() -> None:
    batch = run("Deputy Senate Chairman Arlo Venn, who was briefed during his visit to Wrenmouth, expressed concern.")
    assert _person(batch, "Arlo Venn")["role_class"] == "lawmaker"
    company = run("Arlo Venn, chairman of Venn Holdings, told the Senate on Monday that he was innocent.")
    assert _person(company, "Arlo Venn")["role_class"] == "business"  # (a company's chair speaking to a senate)
