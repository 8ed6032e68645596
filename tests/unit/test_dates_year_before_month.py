"""A year named before its month ("Last year, in October, ..."): the month of that year, not the
nearest October to the story (audit 40A: a Thai story's earlier rescue took this year's October)."""

from datetime import date

import pytest

from scamgraph.loaders.dates import find_dates

_TOLD = date(2026, 10, 14)


@pytest.mark.parametrize(("text", "value"), [
    ("Last year, in October, the army shut the gangs.", "2025-10"),
    ("last year in March police raided the hub", "2025-03"),
    ("This year, in May, 40 were freed.", "2026-05"),
])
def test_a_year_before_its_month_gives_that_years_month(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, 0, _TOLD)] == [value]


def test_a_month_told_apart_from_last_year_is_still_its_own() -> None:
    assert [d.value for d in find_dates("Last year police raided the hub; in October they came back.", 0, _TOLD)] \
        == ["2025", "2026-10"]


def test_a_weekday_written_right_before_its_day_is_that_day() -> None:
    # no comma between them: the written day is the date, not the weekday before the story's day
    found = find_dates("was held in Dastra on Wednesday 3 March 2021 and sent on Monday 15 March 2021.", 0, date(2021, 3, 24))
    assert [d.value for d in found] == ["2021-03-03", "2021-03-15"]
