"""A hold told with an adverb of force ("the cooks had been forcibly kept in the camp") is the
captors' doing, and a hold told as a state that goes on ("nine nurses are still held", "remain
held") is no act at all: neither makes a detention event (audit 35 pages l02 and l10, development
text 111). A detention told as done by the state stays one."""

from tests.unit.test_news_extraction import events, run

_RESCUE = "Border police rescued 40 Kenyans from a compound in Myawaddy on Monday. "


def _types(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_people_held_by_force_make_no_detention() -> None:
    assert "detention" not in _types(_RESCUE + "The workers forcibly detained at the site included two Kenyan cooks.")


def test_people_held_still_make_no_detention() -> None:
    assert "detention" not in _types(_RESCUE + "The senator asked for more help for the workers still detained.")


def test_people_who_remain_held_make_no_detention() -> None:
    assert "detention" not in _types(_RESCUE + "Forty workers remain detained, an aide said.")


def test_a_detention_by_police_stays() -> None:
    assert "detention" in _types("Police detained 30 Kenyans at a hotel in Bangkok on Monday.")
