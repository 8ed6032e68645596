""""a top officer said here on Friday" (Indian wires) dates the telling, not the act (audit 37q)."""

from tests.unit.test_news_extraction import events, run


def test_said_here_on_a_day_dates_no_act() -> None:
    found = events(run("Karnataka Police have arrested four agents who sent youths to fraud hubs in Myanmar, a top "
                       "officer said here on Friday."))
    assert list(found) == ["arrest@"]
