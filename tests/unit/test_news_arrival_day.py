"""A sending home told undated, then the people's arrival on one day told with its weekday ("arrived
on Friday, May 8"): the weekday and the day are one day, the day of the sending home. With no
publication date, the latest date the story writes stands in for it. Made-up texts."""

from datetime import date

from tests.unit.test_news_extraction import events, run

TOLD = ("Manila has repatriated 120 Filipino workers who had been kept in fraud compounds in Laos. "
        "The workers landed in Cebu on {day} aboard a charter plane.")


def sending_home(text: str, published: date | None) -> list[str]:
    return [key for key in events(run(text, published=published)) if key.startswith("repatriation")]


def test_an_arrival_on_a_weekday_and_its_day_dates_the_return() -> None:
    assert sending_home(TOLD.format(day="Friday, May 8, 2026"), date(2026, 5, 10)) == ["repatriation@2026-05-08"]
    assert sending_home(TOLD.format(day="May 8, 2026"), date(2026, 5, 10)) == ["repatriation@2026-05-08"]


def test_with_no_publication_date_the_latest_written_date_stands_in() -> None:
    assert sending_home(TOLD.format(day="Friday, May 8, 2026"), None) == ["repatriation@2026-05-08"]


def test_an_arrival_long_before_the_story_dates_nothing() -> None:
    assert sending_home(TOLD.format(day="Friday, May 8, 2026"), date(2026, 9, 10)) == ["repatriation@"]
