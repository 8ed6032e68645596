"""A range whose two ends each carry a year keeps both years: "between January 2022 and May 2025"
spans three years and more, not the first five months of 2025; a year told once, after either
end, still serves the other end. A day with no year told as still to come ("will be deported on
March 20", "remanded until March 20") a few days after publication is in that year, not the last."""

from datetime import date

from scamgraph.loaders.dates import find_dates

PUBLISHED = date(2025, 8, 1)


def _values(text: str) -> list[str]:
    return [d.value for d in find_dates(text, 0, PUBLISHED)]


def test_each_end_of_a_range_keeps_its_own_year() -> None:
    assert _values("rescued between January 2022 and May 2025") == ["2022-01-01/2025-05-31"]
    assert _values("held from 3 March 2023 to 9 April 2024") == ["2023-03-03/2024-04-09"]


def test_the_comma_after_the_first_ends_year_keeps_the_range_whole() -> None:
    """American style closes a full date with a comma ("between May 2, 2023, and March 8, 2024"):
    the comma before "and" is not the end of the date phrase, so the span is one period, not the
    last day alone."""
    assert _values("between May 2, 2023, and March 8, 2024, the unit raided 40 sites") == ["2023-05-02/2024-03-08"]
    assert _values("from October 1, 2024, to January 31, 2025") == ["2024-10-01/2025-01-31"]


def test_a_year_told_once_serves_both_ends() -> None:
    assert _values("from March 3 to March 9, 2025") == ["2025-03-03/2025-03-09"]
    assert _values("between 1 March 2024 and 10 April") == ["2024-03-01/2024-04-10"]


def test_a_day_told_as_still_to_come_keeps_the_year_of_publication() -> None:
    published = date(2025, 3, 17)
    for text in ("the suspect was remanded until March 20", "the men will be deported on March 20"):
        assert [d.value for d in find_dates(text, 0, published)] == ["2025-03-20"], text
    assert [d.value for d in find_dates("the men were arrested on March 20", 0, published)] == ["2024-03-20"]


def test_a_year_told_once_after_two_coordinated_months_is_both_months() -> None:
    found = find_dates("In October and November 2023, the army raided the town.", 0, date(2025, 1, 1))
    assert [(d.text, d.value) for d in found] == [("In October and November 2023", "2023-10/2023-11")]
    crossing = find_dates("during December and January 2024 they fled", 0, date(2025, 1, 1))
    assert [d.value for d in crossing] == ["2023-12/2024-01"]


def test_a_period_up_to_publication_in_an_undated_story_has_no_end_and_is_no_date() -> None:
    for text in ("Since 2022, 29 workers have been repatriated.", "so far this year, 29 were repatriated"):
        assert not [d.value for d in find_dates(text, 0, None) if d.value], text
        assert [d.value for d in find_dates(text, 0, date(2024, 5, 1)) if d.value], text


def test_two_days_of_one_month_told_with_the_month_again_are_one_span() -> None:
    """"two flights on June 3 and June 21": one span over both days (audit 39I), as "June 3 and 21" is."""
    found = find_dates("They came home on two flights on June 3 and June 21, the ministry said.", 0, date(2026, 7, 1))
    assert [(d.value, d.period) for d in found] == [("2026-06-03/2026-06-21", True)]
    apart = find_dates("They came home on June 3 and July 4.", 0, date(2026, 7, 10))
    assert [d.value for d in apart] == ["2026-06-03", "2026-07-04"]
