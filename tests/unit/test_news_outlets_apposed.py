"""Outlets cited as sources in three more ways news writes them: an acronym or a region's name in
capitals before "reports"/"reported", a name set off by an apposition that says it is a news
agency or paper, and a name joined by "and" to an outlet already read. A language before a
medium's noun ("the English daily") names no outlet, and a person's apposition names none.
Names and sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _media(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.ORGANIZATION
            and n.properties.get("kind") == "media"}


def test_an_acronym_before_reports_is_an_outlet() -> None:
    assert "KTVN" in _media("The junta detained 900 foreigners in Myawaddy, KTVN reports with reference to officials.")


def test_a_place_in_capitals_before_reported_is_an_outlet() -> None:
    text = "Soldiers guarded the compounds in Kayin State. On 2 May, KAYIN reported that 300 workers had fled."
    assert "KAYIN" in _media(text)


def test_a_name_apposed_to_a_news_agency_is_an_outlet() -> None:
    text = "Police in Bokeo acted on Friday. Lantern Wire, Laos's state-owned news agency, said 40 Chinese suspects were deported."
    assert "Lantern Wire" in _media(text)


def test_a_name_joined_to_a_cited_outlet_is_an_outlet() -> None:
    text = "An officer confirmed the raid in Poipet to the Associated Press and Radio Harbour Asia on Monday."
    assert {"Associated Press", "Radio Harbour Asia"} <= _media(text)


def test_a_language_before_a_mediums_noun_names_no_outlet() -> None:
    assert not _media("The English daily said that the gang in Cyberjaya had held 55 workers.")


def test_a_persons_apposition_names_no_outlet() -> None:
    assert not _media("Lina Sokha, the company's general manager, said 40 workers were freed in Poipet.")
