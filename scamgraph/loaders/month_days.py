"""Two ways of writing a day or a month against the month or year of the telling, which
``dates.py`` finds and this module resolves against the publication date.

* An ordinal day with no month: "freed on the 27th of last month", "flown home on the 11th"
  (the usual style of Korean and Japanese wire copy in English). Alone, it is a day of the month
  of publication, or of the month before when that day is still to come.
* A month with "last year" / "this year" / "next year": "in November last year" is one month, not
  the month and, apart, the whole year.
* Days of one month joined by a dash or a word: "on Oct. 2 and 3", "11-15 June" is one
  period over those days (an act told over two days), not its first day.

Without a publication date both stay words (the month or year they count from is unknown).
"""

from __future__ import annotations

import calendar
from datetime import date

#: How far the month named by "last", "this" or "next" lies from the month or year of the telling
_SHIFT = {"last": -1, "this": 0, "next": 1}


def ordinal_day(day: int, which: str | None, pub: date | None, since: bool) -> tuple[str | None, bool]:
    """"on the 20th" (``which`` None), "on the 30th of last month" (``which`` "last"): the ISO day,
    or a period up to publication after "since"; ``None`` for a day the month does not have."""
    if pub is None:
        return "", since
    if which is not None:
        months = _SHIFT[which.lower()]
    else:
        months = 0 if day <= pub.day + 2 else -1  # "on the 28th", told on the 3rd: last month's
    index = pub.year * 12 + pub.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= day <= calendar.monthrange(year, month + 1)[1]:
        return None, False
    value = date(year, month + 1, day).isoformat()
    return (f"{value}/{pub.isoformat()}", True) if since else (value, False)


def month_of_year(month: int, which: str, pub: date | None, since: bool) -> tuple[str, bool]:
    """"November last year" told in 2016: "2015-11"; after "since", a period from that month's first
    day up to publication."""
    if pub is None:
        return "", since
    value = f"{pub.year + _SHIFT[which.lower()]:04d}-{month:02d}"
    return (f"{value}-01/{pub.isoformat()}", True) if since else (value, False)


def day_span(month: int, first: int, last: int, year: int | None) -> tuple[str | None, bool]:
    """The period from the ``first`` to the ``last`` day of ``month``; "" with no year known, None
    when the last day is not after the first ("May 30-2": no span of one month's days) or the month
    has no such day."""
    if last <= first:
        return None, False
    if year is None:
        return "", True
    try:
        return f"{date(year, month, first).isoformat()}/{date(year, month, last).isoformat()}", True
    except ValueError:
        return None, False
