"""Weekdays read against the week a text names and the tense it speaks in: "on Monday last week"
is the Monday of the week before the story's, and "is expected to appear on Wednesday" the
Wednesday to come."""

from datetime import date

from scamgraph.loaders.dates import find_dates


def _values(text: str, published: date) -> list[str]:
    return [d.value for d in find_dates(text, 0, published)]


def test_a_weekday_of_last_week_is_that_weeks_day() -> None:
    assert "2017-03-06" in _values("Police arrested nine suspects in a villa on Monday last week.", date(2017, 3, 15))


def test_an_expected_act_on_a_weekday_is_the_next_such_day() -> None:
    assert _values("The director is expected to appear at a Senate hearing on Wednesday.", date(2023, 5, 8)) \
        == ["2023-05-10"]
    assert _values("The director appeared at a Senate hearing on Wednesday.", date(2023, 5, 8)) == ["2023-05-03"]
