"""A count of four digits written without its thousands comma ("the arrest of 2318 suspects") is a
count, not a year: years that date acts are of this era (19xx, 20xx). Tests in made-up words."""

from datetime import date

from scamgraph.loaders.dates import find_dates
from tests.unit.test_news_extraction import events, run


def test_a_four_digit_count_after_of_is_no_year() -> None:
    assert [d.value for d in find_dates("led to the arrest of 2318 suspects", 0, date(2026, 4, 9))] == []
    assert [d.value for d in find_dates("the arrest of suspects in 2024", 0, date(2026, 4, 9))] == ["2024"]


def test_the_count_is_kept_and_the_acts_are_dated_by_their_period() -> None:
    found = events(run("Over the past five months, provincial operations in Zarnovia have led to the arrest of "
                       "2318 suspects from 14 nationalities."))
    assert [e.get("count_arrested") for e in found.values()] == [2318]
    assert not any(e.get("date") == "2318" for e in found.values())
