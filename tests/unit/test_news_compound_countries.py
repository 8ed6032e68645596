"""A country that opens a compound adjective of backing or origin ("an Atlantis-backed gang", "an
Atlantis-born tycoon", "an Atlantis-origin kingpin") names no place of the story; "-based" still
does. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_country_backed_gang_names_no_place() -> None:
    assert _locations("Police freed 40 Kenyans held by a China-backed gang in Poipet.") == {"Poipet"}


def test_a_country_born_tycoon_names_no_place() -> None:
    assert _locations("A Japan-born tycoon was arrested in Poipet with 40 workers.") == {"Poipet"}


def test_a_country_origin_kingpin_names_no_place() -> None:
    assert _locations("Raids in Poipet followed the arrest of a Korea-origin kingpin.") == {"Poipet"}


def test_a_country_based_firm_still_names_the_country() -> None:
    assert "Cambodia" in _locations("The US sanctioned a Cambodia-based hotel that held 40 workers.")


def test_a_country_sanctioned_group_names_no_place() -> None:
    assert _locations("Police in Poipet raided a site of the US-sanctioned Golden Lotus Group.") == {"Poipet"}
