"""Local police stories: the day people are bailed to appear in court on is a hearing to come, no
day of their charge; money a victim "handed over" to a courier sends no one home; victims the
suspects swindled ("from 612 Korean victims and were nabbed") are never the people arrested.
Tests in made-up words."""

from datetime import date

from tests.unit.test_news_extraction import events, facts, run


def test_a_court_date_to_come_dates_no_charge() -> None:
    found = events(run("On Monday, officers arrested a 22-year-old man and a 27-year-old man. Both men have been "
                       "charged with dealing in the proceeds of crime and were bailed to appear in Zarnov "
                       "Magistrates Court on October 14.", date(2025, 7, 10)))
    assert not any(e.get("date") == "2024-10-14" for e in found.values())


def test_cash_handed_to_a_courier_is_no_return() -> None:
    found = events(run("A widow handed over $90,000 in cash to a courier last week. Police later arrested the "
                       "courier in San Jose."))
    assert [e["type"] for e in found.values()] == ["arrest"]


def test_the_victims_swindled_are_not_the_arrested() -> None:
    found = facts(run("They allegedly swindled some 5.2 billion won in all from 612 Korean victims and were nabbed "
                      "by a police task force working with Lao authorities."))
    assert not any(f[0] == "ARRESTED" and f[3] == 612 for f in found)
