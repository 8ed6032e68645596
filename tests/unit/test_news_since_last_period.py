"""A count told with "since last year" or "since last month" is a campaign's over that period, an
event of its own, as one told "since January" is: not the day's act told before it. Tests in
made-up words."""

from tests.unit.test_news_extraction import events, run


def test_since_last_month_dates_the_campaign() -> None:
    found = events(run("Police have arrested more than 640 suspects since last month."))
    assert [e.get("date") for e in found.values()] == ["2026-09-01/2026-10-15"]


def test_the_campaigns_count_is_not_the_days_act() -> None:
    found = events(run("Authorities charged three Vietnamese nationals on Monday. Courts have prosecuted more than "
                       "640 ringleaders since last year."))
    assert found["charge@2026-10-12"].get("count_charged") == 3
    assert found["charge@2025-01-01/2026-10-15"].get("count_charged") == 640


def test_a_since_in_a_relative_clause_is_not_the_arrests() -> None:
    found = events(run("Police arrested five Zarnovians on Monday over the ring, which scammed hundreds of victims, "
                       "since last year."))
    assert "arrest@2026-10-12" in found
