"""A country as the subject of a state's legal act against people or firms ("Atlantis sanctioned
the firm", "Atlantis has imposed sanctions", "Atlantis indicted him")
stands for its government, so that mention names no place of the story. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_country_that_sanctioned_a_firm_names_no_place() -> None:
    text = "Last year the US sanctioned the Orchid Lake Group, which runs a casino in Poipet."
    assert _locations(text) == {"Poipet"}


def test_country_that_has_imposed_sanctions_names_no_place() -> None:
    text = "The United States has imposed sanctions on a hotel owner from Poipet."
    assert _locations(text) == {"Poipet"}


def test_countries_that_indict_or_extradite_name_no_place() -> None:
    text = "Raids in Poipet began once Japan indicted a casino owner and Korea extradited him."
    assert _locations(text) == {"Poipet"}


def test_country_where_people_were_held_stays_a_place() -> None:
    assert "Thailand" in _locations("The 40 Kenyans were held in Thailand and later extradited to Poipet.")
