"""A country named only as the owner of an office ("Kenya's Interior Minister X") or of a
currency ("$500 in US currency") is no place of the story, as a country owning an agency is not
(tests/corpus/README.md). Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_country_owning_an_office_is_no_place() -> None:
    assert "Kenya" not in _locations("Kenya's Interior Minister Kithure Kindiki said 40 Kenyans were freed in Myawaddy.")


def test_a_country_told_as_a_place_still_is_one() -> None:
    assert "Kenya" in _locations("The interior minister said 40 Kenyans were flown back to Kenya on Monday.")


def test_a_currency_names_no_place() -> None:
    locations = _locations("Police seized $800 in US currency and 9 phones from the suspects in Hyderabad on Monday.")
    assert "United States" not in locations
