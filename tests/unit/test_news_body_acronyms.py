"""A body's acronym of two capitals that is also a country's code gives the body no country
(audit 31: the immigration bureau's units, written after its acronym "BI", were given Burundi on an
audit page and on development text 146). Only the codes news writes for a country in a body's name
("US", "UK", "PH", "HK") name one there. Names, places and numbers are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _countries(text: str) -> dict[str, object]:
    batch = run(text)
    return {n.name: n.properties.get("country") for n in batch.nodes.values() if n.label is Label.AGENCY}


def test_a_units_name_after_the_bureaus_acronym_gives_it_no_country() -> None:
    text = ("BI Border Patrol Unit chief Ramon Dizon said agents arrested 11 Chinese nationals "
            "at a condominium in Pasig on Monday.")
    assert all(code != "BI" for code in _countries(text).values())


def test_a_country_written_short_still_names_the_bodys_country() -> None:
    text = "The US Treasury sanctioned a Cambodian tycoon on Tuesday for running scam compounds."
    assert "US" in _countries(text).values()
