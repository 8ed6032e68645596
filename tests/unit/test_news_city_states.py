"""A city named as its own country ("Singapore", "Kuwait", "Macau") stands for its country inside a
list of countries, so a list of the homelands of people freed goes on past it ("citizens from
Malaysia and Singapore, Pakistan and Taiwan"); alone, it stays the city where things happen.
Names and figures are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_city_state_in_a_list_of_homelands_is_a_nationality_and_the_list_goes_on() -> None:
    batch = run("Citizens from Malaysia and Singapore, Pakistan, Nepal and Romania were also rescued on Monday.")
    rescued = {code for rel, _event, code, _count in facts(batch) if rel == "RESCUED"}
    assert {"MY", "SG", "PK", "NP", "RO"} <= rescued
    assert not {"Singapore", "Pakistan", "Nepal"} & names(batch, Label.LOCATION)


def test_a_city_state_alone_is_a_place() -> None:
    batch = run("Police raided two flats in Singapore on Monday and arrested 12 people.")
    assert "Singapore" in names(batch, Label.LOCATION)
