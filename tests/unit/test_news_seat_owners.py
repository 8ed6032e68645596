"""A capital that owns a state's act, claim or ministry ("Beijing's crackdown", "Beijing's wider
campaign", "Seoul's foreign ministry") stands for its government and names no place of the story;
one that owns a place ("Jakarta's airport") is a place (audit 18; pages l27, m03, s08). Sentences
are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_seat_owning_a_crackdown_is_no_place() -> None:
    places = _locations("Police in Colombo arrested 40 Thai nationals on Friday. "
                        "Bangkok's crackdown on fraud rings may have pushed them abroad.")
    assert "Bangkok" not in places and "Colombo" in places


def test_a_seat_owning_a_campaign_with_an_adjective_between_is_no_place() -> None:
    places = _locations("Police in Dhaka arrested 12 Chinese nationals on Monday. "
                        "The arrests form part of Beijing's wider campaign against scam syndicates.")
    assert "Beijing" not in places


def test_a_seat_owning_a_place_stays_a_place() -> None:
    assert "Jakarta" in _locations("The 40 suspects were flown out of Jakarta's airport on Monday.")
