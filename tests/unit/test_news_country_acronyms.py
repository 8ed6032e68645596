"""Capitals in brackets after a country's name are that country's acronym only when they spell the
initials of its words (audit 14: o12, and article 109). A dateline with the outlet's tag after the
country ("LAOS (XY) –") or a body whose name ends with a country ("the Union of Workers in Laos
(UWL)") had made the bracketed word a second, malformed copy of the country, a place written
"LA||"; a true acronym ("United Arab Emirates (UAE)") still names the country again."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _places(text: str) -> dict[str, object]:
    batch = run(text)
    return {n.name: n.properties.get("country") for n in batch.nodes.values() if n.label is Label.LOCATION}


def test_an_outlets_tag_after_a_dateline_country_is_no_place() -> None:
    places = _places("LAOS (XY) – Police arrested 9 Thai nationals in Vientiane on Monday.")
    assert all("|" not in name and "|" not in str(code) for name, code in places.items())
    assert places == {"Vientiane": "LA"}  # (the dateline's country is no place of the story: convention 7)


def test_a_bodys_acronym_after_a_country_ending_its_name_is_no_country() -> None:
    places = _places("The workers were helped by the Union of Workers in Laos (UWL) in Vientiane. "
                     "UWL volunteers brought them food.")
    assert all("|" not in name and "|" not in str(code) for name, code in places.items())


def test_a_countrys_own_initials_still_name_it() -> None:
    places = _places("The United Arab Emirates (UAE) deported 14 Kenyans on Monday. "
                     "The UAE said more flights would follow.")
    assert places.get("United Arab Emirates") == "AE"
    assert all("|" not in name for name in places)
