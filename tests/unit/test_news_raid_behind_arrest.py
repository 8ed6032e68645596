"""A raid told in the past perfect, with no day of its own, after the story's dated arrest is the
raid that arrest was made in: one event, on the arrest's day."""

from tests.unit.test_news_extraction import events, run


def test_a_raid_told_in_the_past_perfect_after_a_dated_arrest_is_that_arrest() -> None:
    found = events(run("Over 40 foreigners were arrested in Negombo on Tuesday over online fraud. Police had "
                       "raided the guest house on the strength of a warrant, a spokesman said."))
    raids = [key for key in found if key.startswith("raid@")]
    assert len(raids) == 1 and raids[0] != "raid@"
    assert not any(key.startswith("arrest@") for key in found)


def test_a_raid_with_a_day_of_its_own_stays_another_event() -> None:
    found = events(run("Over 40 foreigners were arrested in Negombo on Tuesday over online fraud. Police had "
                       "raided the same guest house in March 2023, a spokesman said."))
    assert any(key.startswith("arrest@") for key in found)
