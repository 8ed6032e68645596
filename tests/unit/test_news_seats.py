"""A capital named for its government (the subject of a verb of saying or of a state's act, the
agent after "<participle> by", the receiver after "handed over to") names no place of the
story; after a preposition of place it still does. Sentences are made up."""

from scamgraph.loaders.news.seats import seat_acting
from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _locations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_a_seat_that_cancels_passports_is_no_place() -> None:
    assert "Beijing" not in _locations("Police deported 40 Kenyans on Monday. Beijing has already cancelled their passports.")


def test_a_seat_as_agent_after_by_is_no_place() -> None:
    assert _locations("The 40 suspects flew out of Mae Sot on flights arranged by Beijing.") == {"Mae Sot"}


def test_a_seat_that_receives_people_is_no_place() -> None:
    assert "Beijing" not in _locations("The 40 suspects will be handed over to Beijing, police said.")


def test_a_seat_that_speaks_after_a_comma_is_no_place() -> None:
    assert _locations("Police rescued 40 Kenyans in Myawaddy last week, Nairobi said.") == {"Myawaddy"}


def test_a_seat_after_a_preposition_of_place_stays_a_place() -> None:
    assert "Bangkok" in _locations("The Kenyan embassy in Bangkok said 40 Kenyans were rescued.")
    assert "Bangkok" in _locations("The 40 Kenyans were flown to Bangkok on Monday.")


def test_a_city_outside_the_class_is_read_as_before() -> None:
    assert not seat_acting(["lusaka", "said"], 0, 1)
    assert seat_acting(["phnom", "penh", "said"], 0, 2)
