"""Date expressions resolve against the publication date, and stay words without one."""

from datetime import date

import pytest

from scamgraph.loaders.dates import find_dates
from scamgraph.loaders.numbers import number_value

THURSDAY = date(2026, 10, 15)


def values(text: str, published: date | None = THURSDAY) -> list[str]:
    return [d.value for d in find_dates(text, 0, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("police raided the site on Tuesday", "2026-10-13"),
        ("officials said on Thursday", "2026-10-15"),  # the day of publication itself
        ("last Thursday", "2026-10-08"),
        ("the hearing on Monday will resume", "2026-10-19"),  # future tense looks ahead
        ("yesterday", "2026-10-14"),
        ("last week", "2026-10-05/2026-10-11"),
        ("this month", "2026-10"),
        ("in August", "2026-08"),
        ("in November", "2025-11"),  # a month after publication is last year's
        ("on 1 September 2026", "2026-09-01"),
        ("Nov. 3", "2025-11-03"),
        ("three weeks ago", "2026-09-24"),
        ("over the past four months", "2026-06-15/2026-10-15"),
        ("since June", "2026-06-01/2026-10-15"),
        ("since last November", "2025-11-01/2026-10-15"),  # "last" before the month: the same period
        ("from 1 February to 10 March", "2026-02-01/2026-03-10"),
        ("in 2018", "2018"),
        ("throughout the year 2025", "2025"),  # the year named with "the year" before it
        ("returned home throughout 2024", "2024"),
        ("Since the beginning of the year", "2026-01-01/2026-10-15"),
        ("so far this year", "2026-01-01/2026-10-15"),
        ("since the start of 2024", "2024-01-01/2026-10-15"),
    ],
)
def test_relative_and_absolute_dates(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_without_a_publication_date_relative_dates_stay_unresolved() -> None:
    found = find_dates("raided on Tuesday, weeks after a visit last month", 0, None)
    assert [(d.text, d.value) for d in found] == [("on Tuesday", ""), ("last month", "")]
    assert values("on 12 March 2026", None) == ["2026-03-12"]  # a full date needs no anchor


def test_spans_are_offsets_into_the_document() -> None:
    (found,) = find_dates("xx on Friday", 100, THURSDAY)
    assert (found.start, found.end, found.text) == (103, 112, "on Friday")


@pytest.mark.parametrize(
    ("text", "value"),
    [("57", 57), ("3,455", 3455), ("fifty-seven", 57), ("Seventy-five", 75), ("two dozen", 24),
     ("1.2 million", 1_200_000), ("seven hundred", 700), ("two thousand five hundred", 2500)],
)
def test_number_words(text: str, value: int) -> None:
    assert number_value(text) == value


def test_words_that_are_not_numbers() -> None:
    assert number_value("many") is None
    assert number_value("") is None


def test_two_weekdays_joined_are_one_period() -> None:
    assert values("the group was handed over on Monday and Tuesday") == ["2026-10-12/2026-10-13"]
    assert values("arrested on Monday") == ["2026-10-12"]


def test_since_a_day_runs_to_publication() -> None:
    assert values("Since October 1 alone, 2,000 people have been transferred") == ["2026-10-01/2026-10-15"]
    assert values("on October 1") == ["2026-10-01"]


def test_since_last_year_or_month_runs_from_its_start_to_publication() -> None:
    assert values("since last year, 900 suspects were handed over") == ["2025-01-01/2026-10-15"]
    assert values("since last month") == ["2026-09-01/2026-10-15"]
    assert values("last year") == ["2025"]  # without "since", the year itself


def test_a_range_of_months_ends_with_the_year_not_a_day() -> None:
    assert values("Between March and November 2025, officials rescued hundreds") == ["2025-03-01/2025-11-30"]
    assert values("from March 3 to April 20, police raided") == ["2026-03-03/2026-04-20"]


def test_the_word_filter_never_skips_a_pattern_that_would_match(monkeypatch) -> None:
    """_possible_kinds only saves time: with every pattern run, the dates found are the same."""
    from scamgraph.loaders import dates as d

    phrases = ["yesterday", "Today", "the day before", "The previous day", "last week", "this month",
               "the previous year", "the following week", "next month", "in the following days",
               "in the weeks that followed", "the coming months", "a week before", "the month earlier",
               "three days ago", "two weeks earlier", "five months before", "the past four months",
               "over the last two weeks", "within the previous three years", "in six months",
               "over the weekend", "last weekend", "on Monday", "Monday and Tuesday", "since 2024",
               "so far this year", "in March 2025", "12 November", "Nov. 12, 2025", "2025-11-12"]
    published = date(2026, 11, 25)
    texts = [f"Police said {p} that 40 people were held." for p in phrases]
    found = [d.find_dates(t, 0, published) for t in texts]
    monkeypatch.setattr(d, "_possible_kinds", lambda text: {kind for kind, _ in d._PATTERNS})
    assert found == [d.find_dates(t, 0, published) for t in texts]
    assert all(found)


def test_a_month_with_its_year_after_an_article_is_a_date() -> None:
    found = find_dates("the October 2023 crackdown and a May 2021 raid", 0, date(2026, 2, 6))
    assert [d.value for d in found] == ["2023-10", "2021-05"]


def test_a_span_of_a_few_or_several_units_is_kept_as_words_only() -> None:
    assert values("They were held in the past several months.") == [""]
    assert values("Raids went on over the past several weeks.") == [""]
    assert values("in the past two months") == ["2026-08-15/2026-10-15"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the crew was freed on the 30th of last month", ["2026-09-30"]),
        ("they flew home on the 12th and were questioned", ["2026-10-12"]),
        ("police said on the 14th, adding that", ["2026-10-14"]),
        ("a raid on the 27th", ["2026-09-27"]),  # a day still to come this month: last month's
        ("detained since the 2nd", ["2026-10-02/2026-10-15"]),
        ("moved to the 3rd floor", []),  # an ordinal before a noun counts floors, not days
        ("on the 31st of last month", ["2026-09"]),  # no such day: only "last month" is a date
    ],
)
def test_an_ordinal_day_with_no_month_is_a_day_of_the_month_of_telling(text: str, expected: list[str]) -> None:
    assert values(text) == expected
    assert values(text, None) == [""] * len(expected)  # no month to count from: words only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a crackdown launched in November last year", "2025-11"),
        ("arrested in March this year", "2026-03"),
        ("since December last year", "2025-12-01/2026-10-15"),
        ("in October of last year", "2025-10"),
    ],
)
def test_a_month_told_with_last_or_this_year_is_one_month(text: str, expected: str) -> None:
    assert values(text) == [expected]
    assert values(text, None) == [""]


def test_the_word_filter_keeps_ordinal_days_and_months_of_a_year(monkeypatch) -> None:
    from scamgraph.loaders import dates as d

    texts = ["She was freed on the 27th of last month.", "Raids began in May last year."]
    found = [d.find_dates(t, 0, THURSDAY) for t in texts]
    monkeypatch.setattr(d, "_possible_kinds", lambda text: {kind for kind, _ in d._PATTERNS})
    assert found == [d.find_dates(t, 0, THURSDAY) for t in texts] and all(found)


def test_an_ordinal_day_of_a_named_month_is_that_day() -> None:
    assert values("raided on the 3rd of March, police said") == ["2026-03-03"]
    assert values("by the 10th of June 2023") == ["2023-06-10"]
    assert values("detained since the 2nd of October") == ["2026-10-02/2026-10-15"]
    assert values("on the 3rd of March", None) == [""]


def test_a_day_with_its_ordinal_ending_before_the_month_is_that_day() -> None:
    assert values("flown home on 21st October 2024") == ["2024-10-21"]
    assert values("handed over on 3rd March at the bridge") == ["2026-03-03"]
    assert values("On 22nd of May, guards freed them") == ["2026-05-22"]
    assert values("a 21st century fraud") == []


def test_a_day_told_with_last_year_is_in_that_year() -> None:
    text = "Police raided a compound on March 2 last year; on 10 February last year they came back."
    values = [d.value for d in find_dates(text, 0, date(2025, 3, 4), date(2025, 3, 4)) if d.text != "last year"]
    assert values == ["2024-03-02", "2024-02-10"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arrested on Monday, January 13, 2025.", ["2025-01-13"]),
        ("expelled on Wednesday, January 8, 2020, and", ["2020-01-08"]),
        ("on Friday, Feb. 14", ["2026-02-14"]),
        ("on Monday (Jan 13)", ["2026-01-13"]),
        ("on Monday, 13 January", ["2026-01-13"]),
        ("on Monday, and 40 were freed on 13 January", ["2026-10-12", "2026-01-13"]),  # two days, two acts
    ],
)
def test_a_weekday_with_its_day_written_after_it_is_that_day(text: str, expected: list[str]) -> None:
    # (a weekday alone is resolved against publication; the written day says which one it was)
    assert values(text) == expected


def test_two_weekdays_of_a_plan_are_the_next_ones() -> None:
    found = find_dates("Officials said 210 more would be flown home on chartered planes from Mae Sot over Saturday and "
                       "Sunday.", 0, date(2025, 6, 12))  # a Thursday
    assert [d.value for d in found] == ["2025-06-14/2025-06-15"]


def test_a_relative_day_named_again_in_brackets_is_the_written_day() -> None:
    found = find_dates("They returned home yesterday (13 March) on a flight from Bangkok.", 0, date(2025, 3, 15))
    assert [d.value for d in found] == ["2025-03-13"]


def test_a_weekday_with_next_or_last_week_after_it_is_that_weeks_day_alone() -> None:
    """Published on Friday 2025-05-16: "on Thursday next week" is 22 May, even in a sentence told
    in the past; "on Monday last week" is 5 May, and neither leaves the whole week as a second date."""
    told = find_dates("The ministers agreed on the plan ahead of a visit on Thursday next week.", 0, date(2025, 5, 16))
    assert [d.value for d in told] == ["2025-05-22"]
    told = find_dates("They were arrested on Monday last week during raids.", 0, date(2025, 5, 16))
    assert [d.value for d in told] == ["2025-05-05"]


def test_a_range_into_the_next_year_ends_on_a_day_that_year_has() -> None:
    # (February 2020 has a 29th; February 2021, the range's end, has not)
    assert values("money moved between March 2020 and February", date(2025, 5, 2)) == ["2020-03-01/2021-02-28"]
    assert values("between November 2023 and February", date(2025, 5, 2)) == ["2023-11-01/2024-02-29"]
