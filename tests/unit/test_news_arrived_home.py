"""People who arrive on a day, told right after their undated return, date that return (articles
91 and audit page e12: "The victims arrived at the airport on August 23", "The group arrived at the
airport on Saturday morning"); an arrival long before the telling is the outward journey of a
trafficked worker and dates nothing. Tests in made-up words."""

from datetime import date

from tests.unit.test_news_extraction import events, run

TOLD_ON = date(2026, 5, 12)


def test_the_arrival_day_dates_the_return_told_before_it() -> None:
    batch = run("Eighteen Laotians have been rescued and repatriated from scam hubs in Myanmar, the ministry said.\n\n"
                "The workers arrived at Wattay International Airport on May 9, from Bangkok.", TOLD_ON)
    assert "repatriation@2026-05-09" in events(batch)
    assert "repatriation@" not in events(batch)


def test_a_weekday_arrival_dates_the_return() -> None:
    batch = run("A group of 40 Nepalis held at a scam compound have been repatriated.\n\n"
                "The group arrived at Tribhuvan Airport on Sunday morning.", TOLD_ON)
    assert "repatriation@2026-05-10" in events(batch)


def test_an_arrival_months_before_the_telling_dates_no_return() -> None:
    batch = run("Eighteen Laotians have been rescued and repatriated from scam hubs in Myanmar, the ministry said.\n\n"
                "The workers arrived in Bangkok on January 9 after answering job offers online.", TOLD_ON)
    assert "repatriation@" in events(batch)
    assert "repatriation@2026-01-09" not in events(batch)


def test_officials_arriving_date_no_return() -> None:
    batch = run("Eighteen Laotians have been rescued and repatriated from scam hubs in Myanmar, the ministry said.\n\n"
                "The minister arrived in Bangkok on May 9 for talks.", TOLD_ON)
    assert "repatriation@2026-05-09" not in events(batch)
