"""A holding told as a state that goes on ("the crew are still held in port", "two remain held
there", "are currently being held by the militia") tells where people are, not an act of detention
with a day and a place (round 30): no detention is made. A detention told as done ("police detained
40 on Monday") stays one. Made-up sentences, places and numbers."""

from tests.unit.test_news_extraction import events, facts, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_people_still_detained_are_no_detention() -> None:
    text = "A militia in northern Laos says 5,200 workers who walked out of the compounds are still held in its camps."
    batch = run(text)
    assert "detention" not in kinds(text)
    assert not any(fact[1].startswith("detention") for fact in facts(batch))


def test_people_who_remain_held_are_no_detention() -> None:
    assert "detention" not in kinds("Six other Nepalis remain held in a camp near the river, officials said.")


def test_people_still_being_held_are_no_detention() -> None:
    assert "detention" not in kinds("The Kenyans are still being held at a facility in Vientiane.")


def test_a_detention_told_as_done_stays_an_event() -> None:
    assert "detention" in kinds("Lao police detained 40 Kenyans in Vientiane on Monday.")
