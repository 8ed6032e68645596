""""From the beginning of <year> to now" (or "until now", "to date") is the same period as "since
the beginning of <year>": from 1 January of that year to publication, not the year alone (audit
18 page s15 and audit page e04: a running total read as the year's event and laid on the day's
deportation). "From the beginning of <year>" with no end stays the year."""

from datetime import date

from scamgraph.loaders.dates import find_dates

PUBLISHED = date(2025, 8, 1)


def _values(text: str) -> list[tuple[str, bool]]:
    return [(d.value, d.period) for d in find_dates(text, 0, PUBLISHED)]


def test_from_the_beginning_of_a_year_to_now_runs_to_publication() -> None:
    assert _values("From the beginning of 2024 to now, the unit has sent 80 people home.") == [("2024-01-01/2025-08-01", True)]
    assert _values("from the start of 2025 until now, 12 were held") == [("2025-01-01/2025-08-01", True)]


def test_since_the_beginning_of_a_year_is_unchanged() -> None:
    assert _values("since the beginning of 2024, 80 people were sent home") == [("2024-01-01/2025-08-01", True)]


def test_from_the_beginning_of_a_year_with_no_end_stays_the_year() -> None:
    assert [v for v, _ in _values("the fourth round from the beginning of 2024")] == ["2024"]
