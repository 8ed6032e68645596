"""Two dates joined by "and" ("in March 2023 and May 2024", "in 2021 and 2022") tell one act spread
over both: one event over the period from the first to the last."""

from datetime import date

from scamgraph.loaders.dates import find_dates
from tests.unit.test_news_extraction import events, run


def test_two_coordinated_years_make_one_period_in_either_order() -> None:
    (found,) = find_dates("In 2022 and 2021, regulators issued sanctions.", 0, date(2024, 5, 1))
    assert (found.value, found.period) == ("2021-01-01/2022-12-31", True)


def test_two_coordinated_months_with_their_years_stay_months() -> None:
    (found,) = find_dates("charged in Sept. 2022 and January 2023.", 0, date(2024, 5, 1))
    assert (found.value, found.period) == ("2022-09/2023-01", True)


def test_a_month_and_a_year_run_to_the_end_of_the_later_one() -> None:
    (found,) = find_dates("raided in March 2023 and 2024.", 0, date(2024, 5, 1))
    assert found.value == "2023-03-01/2024-12-31"


def test_dates_without_years_or_between_words_are_not_coordinated_here() -> None:
    # ("between 2021 and 2022" is a span of whole years, read as one by its own pattern: test_news_audit48_fix2)
    assert [d.text for d in find_dates("between 2021 and 2022", 0, date(2024, 5, 1))] == ["between 2021 and 2022"]
    assert all("/" not in d.value for d in find_dates("in March and 2022 reports", 0, date(2024, 5, 1)))


def test_indictments_filed_over_two_months_are_one_charge_over_both() -> None:
    batch = run("Prosecutors filed indictments against the ring's leader and his eight accomplices in September 2022 "
                "and January 2023.")
    assert "charge@2022-09/2023-01" in events(batch)


def test_mid_joined_by_a_hyphen_to_a_month_or_a_year_dates_it() -> None:
    assert [d.value for d in find_dates("In mid-October, police raided", 0, date(2024, 11, 8))] == ["2024-10"]
    assert [d.value for d in find_dates("raided in mid-2023 and", 0, date(2024, 11, 8))] == ["2023"]


def test_two_coordinated_months_without_a_year_are_one_period_up_to_publication() -> None:
    (found,) = find_dates("Hundreds were freed in late May and June from fraud compounds.", 0, date(2024, 8, 1))
    assert (found.value, found.period) == ("2024-05/2024-06", True)
    (winter,) = find_dates("They were held in December and January.", 0, date(2024, 3, 1))
    assert winter.value == "2023-12/2024-01"


def test_a_month_then_a_count_is_no_second_month() -> None:
    found = find_dates("rescued in February and 30 more in March", 0, date(2024, 8, 1))
    assert [d.value for d in found] == ["2024-02", "2024-03"]
