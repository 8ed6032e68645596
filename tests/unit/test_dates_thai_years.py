"""Thai outlets and officials write the Buddhist-era year, 543 years ahead of the common era ("1 June
2568" is 1 June 2025); the reader dated such acts 543 years on (audit 39A, a border command's
tally). A Thai year is read after a month or beside "B.E."; a count of the same size stays a count."""

from datetime import date

from scamgraph.loaders.dates import find_dates, latest_written_date
from tests.unit.test_news_extraction import events, run

PUBLISHED = date(2025, 6, 12)


def _values(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, 0, PUBLISHED)]


def test_a_thai_year_after_a_day_and_month_is_the_common_era_year() -> None:
    assert _values("The post said at 08.00 on 3 June 2568 that the gate was shut.") == [("3 June 2568", "2025-06-03")]
    assert _values("Troops moved in on June 3, 2568, at dawn.") == [("June 3, 2568", "2025-06-03")]
    assert _values("The camp was emptied on 9 Sept. 2567 by rangers.") == [("9 Sept. 2567", "2024-09-09")]


def test_a_thai_year_after_a_month_alone_ends_its_phrase() -> None:
    assert _values("No one has crossed since April 2568.") == [("since April 2568", "2025-04-01/2025-06-12")]


def test_a_number_of_the_same_size_is_no_year() -> None:
    assert _values("In May 2540 workers walked out of the zone.") == []
    assert _values("The raid on 2 June 2025 found 2568 phones.") == [("2 June 2025", "2025-06-02")]


def test_the_latest_written_date_reads_thai_years_too() -> None:
    assert latest_written_date("Sealed on 2 June 2568 and reopened on 5 June 2568.") == date(2025, 6, 5)


def test_an_act_dated_in_the_thai_era_is_dated_in_the_common_era() -> None:
    batch = run("Border police said on 4 June 2568 that they had detained 75 Laotian workers.", published=PUBLISHED)
    assert "detention@2025-06-04" in events(batch)
