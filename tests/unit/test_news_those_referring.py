""""Those" before a participle ("those deported", "among those rescued") names the people of the act
told before: it points back to that event like "the deportation" does, and a date the sentence gives
to another act of theirs (when they were detained, when they may be moved) does not make it a second
event (audit page m03; the construction is on some twenty development and audit pages, where it
already read as the event told before)."""

from tests.unit.test_news_extraction import events, run


def test_those_deported_with_the_month_of_their_detention_is_the_deportation_told() -> None:
    batch = run("Laos deported 60 Chinese nationals on Tuesday. Those deported were among 200 people "
                "detained in March on fraud charges.")
    assert [key for key in events(batch) if key.startswith("deportation")] == ["deportation@2026-10-13"]


def test_those_rescued_are_the_people_of_the_rescue_told() -> None:
    batch = run("Thai soldiers rescued 40 Kenyans in Myawaddy on Monday. Among those rescued were 12 women.")
    assert [key for key in events(batch) if key.startswith("rescue")] == ["rescue@2026-10-12"]
