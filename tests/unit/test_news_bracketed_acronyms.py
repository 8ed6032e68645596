"""Initials in brackets right after a place's name belong to the place only when they start
with its initial ("the United Arab Emirates (UAE)"); after a body's name that ends in a place
("... sa Cambodia (SAKECA)") they name the body, so a later mention of them is no place, and
never a malformed place made of a country's code. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_initials_after_a_body_ending_in_a_country_make_no_place() -> None:
    text = ("The embassy thanked the Samahan ng mga Kenyano sa Cambodia (SAKECA) for its help. "
            "SAKECA said 27 Kenyans were freed on Monday.")
    assert _locations(text) == {"Cambodia"}


def test_a_countrys_own_initials_still_name_it() -> None:
    text = "Police of the United Arab Emirates (UAE) said 12 Indians were freed in Myawaddy."
    assert "United Arab Emirates" in _locations(text)
    assert not any("|" in name for name in _locations(text))
