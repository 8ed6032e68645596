"""What the words of a date pattern come to once ``dates.py`` has found them: the year of a day
written without one, two coordinated months or years as one period, the ends of a range, and
the period of a unit counted from publication ("last week", "three months ago").

Kept apart from ``dates.py``, which finds the mentions and says which of these each one needs.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = ["MONTHS", "year_for", "coordinated_period", "months_period", "range_end", "months_back", "unit_period",
           "year_span"]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

#: How far ahead of publication a day told in the future may lie and keep its year.
_AHEAD = timedelta(days=183)


def year_for(month: int, day: int, published: date | None, ahead: bool = False) -> int | None:
    """The year of a day written without one: the last such day up to publication (news tells
    the past), unless the day is told as still to come ("will be deported on March 20",
    "remanded until March 20") and lies within half a year after publication."""
    if published is None:
        return None
    year = published.year
    try:
        when = date(year, month, min(day, 28))
        if when > published + timedelta(days=2) and not (ahead and when <= published + _AHEAD):
            year -= 1
    except ValueError:
        return None
    return year


def coordinated_period(one: str, other: str) -> str:
    """Two coordinated months or years with their years, as one period from the first to the last:
    months stay months ("2022-09/2023-01"); a year runs from 1 January to 31 December."""
    first, last = sorted(_month_or_year(text) for text in (one, other))
    if len(first) == 7 and len(last) == 7:
        return f"{first}/{last}"
    year, month = int(last[:4]), (int(last[5:7]) if len(last) == 7 else 12)
    start = f"{first}-01" if len(first) == 7 else f"{first}-01-01"
    return f"{start}/{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def months_period(one: str, other: str, known: date | None) -> str:
    """"in late February and March": the last month's year is the last such month up to publication;
    the first falls in the year before when it comes later in the calendar ("December and January")."""
    first, last = (MONTHS[text.lower().rstrip(".")] for text in (one, other))
    year = year_for(last, 1, known)
    if year is None:
        return ""
    return f"{year - (first > last):04d}-{first:02d}/{year:04d}-{last:02d}"


def _month_or_year(text: str) -> str:
    """"September 2022" -> "2022-09", "2024" -> "2024"."""
    words = text.split()
    if len(words) == 1:
        return words[0]
    return f"{words[1]}-{MONTHS[words[0].lower().rstrip('.')]:02d}"


def range_end(text: str, year_text: str | None, pub: date | None, end: bool = False) -> str:
    """One end of a range: "1 February", "March 10" or a bare month, as an ISO date."""
    words = text.replace(",", " ").split()
    month_word = next(w for w in words if not w.isdigit())
    month = MONTHS[month_word.lower().rstrip(".")]
    day_text = next((w for w in words if w.isdigit()), "")
    day = int(day_text) if day_text else (calendar.monthrange(2000, month)[1] if end else 1)
    year = int(year_text) if year_text else year_for(month, day, pub)
    if year is None:
        return ""
    try:
        return date(year, month, min(day, calendar.monthrange(year, month)[1])).isoformat()
    except ValueError:
        return ""


def months_back(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day where it has fewer)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def unit_period(pub: date, unit: str, shift: int) -> str:
    """The week (Monday to Sunday), month or year ``shift`` units from publication's: "last
    week" is -1, "this month" 0."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if unit == "month":
        first = months_back(pub.replace(day=1), -shift)
        return first.strftime("%Y-%m")
    return str(pub.year + shift)


def year_span(first: str, last: str, published: date | None) -> tuple[str | None, bool]:
    """"From 2017 to 2022": whole years, from 1 January of the first to 31 December of the last (or
    to publication, in its own year), as one period. Two numbers that do not rise ("between 2030
    and 2010") are no span of years: None.

    >>> year_span("2019", "2024", date(2026, 1, 5))
    ('2019-01-01/2024-12-31', True)
    """
    if int(last) <= int(first):
        return None, False
    end = f"{last}-12-31"
    if published is not None and published.year == int(last):
        end = published.isoformat()
    return f"{first}-01-01/{end}", True
