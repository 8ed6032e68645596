"""An act told over days of one month ("on Oct. 2 and 3", "March 11-13", "4 to 6 May") is one
event dated by the period of those days, not by its first day. Made-up texts."""

from datetime import date

from scamgraph.loaders.dates import find_dates
from tests.unit.test_news_extraction import events, run

PUBLISHED = date(2026, 6, 1)


def spans(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, 0, PUBLISHED)]


def test_days_joined_by_a_dash_or_a_word_are_one_period() -> None:
    assert spans("Officers searched two villas on May 11-13.") == [("May 11-13", "2026-05-11/2026-05-13")]
    assert spans("The checks ran from 4 to 6 May 2025.") == [("4 to 6 May 2025", "2025-05-04/2025-05-06")]
    assert spans("They were held on Jan. 7 and 8 by border guards.") == [("Jan. 7 and 8", "2026-01-07/2026-01-08")]


def test_a_count_after_a_day_is_no_second_day() -> None:
    assert spans("On March 9 and 14 others were freed.") == [("March 9", "2026-03-09")]
    assert spans("Officers came on April 29-2 and left.") == [("April 29", "2026-04-29")]


def test_an_arrest_told_over_two_days_is_dated_by_both() -> None:
    batch = run("Four recruiters were arrested in Zamboanga on Jan. 7 and 8 by a joint team.", published=PUBLISHED)
    assert [key for key in events(batch) if key.startswith("arrest")] == ["arrest@2026-01-07/2026-01-08"]
