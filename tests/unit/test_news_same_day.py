""""On the same day" dates an event with the day of the event told just before it (an English
anaphoric time, seen on unseen Myanmar, Philippine and Thai reports of the event-side audit)."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_same_day_takes_the_day_of_the_event_before() -> None:
    text = ("On May 6, border officials deported 52 foreigners through the bridge at Mae Sot. "
            "In a separate case on the same day, nine more foreigners were detained near the border.")
    found = events(run(text))
    assert any(key.startswith("deportation@2026-05-06") for key in found)
    assert any(key.startswith("detention@2026-05-06") for key in found)


def test_the_same_day_after_an_undated_event_stays_undated() -> None:
    text = ("Border officials deported 52 foreigners through the bridge at Mae Sot. "
            "In a separate case on the same day, nine more foreigners were detained near the border.")
    assert "detention@" in events(run(text))


def test_a_day_before_indicate_is_the_day_of_the_telling() -> None:
    text = ("Reports in state newspapers on May 8 indicate that the army has expelled 30 Thai citizens. "
            "On May 7, 30 Thai citizens were deported across the bridge at Myawaddy.")
    found = [key for key in events(run(text)) if key.startswith("deportation")]
    assert found == ["deportation@2026-05-07"]


def test_the_same_day_skips_a_tally_and_an_act_told_in_passing() -> None:
    # the kind's latest single day: not the January tally's span, not the arrest told in passing
    text = ("The immigration bureau deported 40 Chinese nationals on a flight to Velmor on May 5. "
            "Of them, 31 were among 200 workers arrested at an office tower in Dastra on April 2. "
            "Since January, the bureau has deported more than 300 foreigners. "
            "Additionally, the bureau said 12 Vietnamese nationals were deported on the same day through Terminal 3.")
    found = facts(run(text))
    assert ("DEPORTED", "deportation@2026-05-05", "VN", 12) in found
    assert not any(rel == "DEPORTED" and count == 12 and event != "deportation@2026-05-05"
                   for rel, event, _, count in found)
