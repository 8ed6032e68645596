"""A country that speaks or works as its government ("Atlantis announced ...", "Atlantis is working
with ...", "Atlantis has said ...") names no place of the story; a country after a preposition is
still the place of the body before it ("the embassy in Atlantis said"). Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _places(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_country_announcing_is_no_place() -> None:
    text = "The United States announced on Monday that it had sanctioned 12 firms running compounds in Hpa Lu."
    assert "United States" not in _places(text)


def test_a_country_working_with_others_is_no_place() -> None:
    assert "Malawi" not in _places("Malawi is working with Thai police to bring home 40 citizens held in Hpa Lu.")


def test_a_country_that_has_said_is_no_place() -> None:
    assert "Kenya" not in _places("Kenya has said 30 of its citizens were freed from a compound in Hpa Lu.")


def test_an_embassy_in_a_country_that_said_keeps_the_place() -> None:
    text = "The Kenyan embassy in Thailand said 30 citizens were freed from a compound in Hpa Lu."
    assert "Thailand" in _places(text)
