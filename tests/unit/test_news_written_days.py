"""Days written against the month or year of telling, read through a whole story in made-up words:
"on the 20th", "on the 30th of last month" (wire copy from Korean and Japanese outlets), and
"in November last year" (one month, not the month and the whole year apart)."""

from datetime import date

from tests.unit.test_news_extraction import events, run


def test_ordinal_days_date_the_acts_they_are_told_with() -> None:
    found = events(run("The worker was freed on the 30th of last month. He was repatriated to Lumora on the 12th."))
    assert "rescue@2026-09-30" in found and "repatriation@2026-10-12" in found


def test_ordinal_days_stay_words_without_a_publication_date() -> None:
    found = events(run("Nine men were arrested by local police on the 3rd.", published=None))
    assert "arrest@" in found


def test_a_month_of_last_year_dates_the_act_with_that_month() -> None:
    found = events(run("In November last year, police arrested 40 suspects.", published=date(2026, 3, 2)))
    assert "arrest@2025-11" in found and "arrest@2025" not in found
