"""The value of one date expression that ``dates.py`` has matched, by its kind: an ISO day, month,
year or period (``start/end``), resolved against the publication date, or against the latest
date the article writes when that is unknown; ``""`` when it cannot be resolved without one, and
``None`` when its words name no date at all ("on February 30", "in the last month").

Kept apart from ``dates.py``, which finds the mentions and decides which of them to keep; the
arithmetic of months, ranges and units lives in ``periods.py`` and ``month_days.py``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from scamgraph.loaders.month_days import day_span, month_of_year, ordinal_day
from scamgraph.loaders.numbers import number_value
from scamgraph.loaders.periods import (MONTHS, coordinated_period, months_back, months_period, range_end, year_span,
                                       unit_period, year_for)

_DAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def _iso_day(year: int, month: int, day: int) -> str | None:
    """The ISO day, or None for a day the month does not have."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


#: Words before a day that may lie ahead of publication: "remanded until March 20".
#: How long after the latest day it writes with a year an undated story is taken to be told
_TOLD_WITHIN = timedelta(days=90)
_UNTIL = frozenset({"until", "till"})
#: A year told right after a day without one: "March 2 last year", "5 May this year"
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
_YEAR_TOLD = re.compile(r",?\s+(last|this|next)\s+year\b", re.I)


#: The week named right after a weekday: "on Monday last week", "on Monday of last week"
_WEEK_NAMED = re.compile(r" (?:of )?(last|next) week\b", re.I)
#: Words before "last week|month|year" that make it a span back from the story: "in the last month"
_SPAN_BACK = re.compile(r"\b(?:in|over|during|within|for) the $", re.I)


def _numeric_day(m: re.Match[str], pub: date | None) -> tuple[str | None, bool]:
    """"03/03/2026", "25.02.2026", "02/25/2026": the day a date in figures names where only one
    order of day and month gives a day (a figure over 12 is the day; both the same is one day), or
    where the other order's day lies after publication (a story tells of days before it). Where both
    orders give a day before publication, a dash or a dot is read day first ("01-09-2026",
    "14.08.2026", as Indian, European and Southeast Asian police notes write them) and a slash,
    which American pages write month first, gives ``""``; None where neither order gives a day."""
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    day_first = _iso_day(year, second, first)
    readings = {value for value in (day_first, _iso_day(year, first, second)) if value}
    if pub is not None and len(readings) > 1:
        readings = {value for value in readings if value <= pub.isoformat()} or readings
    if not readings:
        return None, False
    if len(readings) > 1 and m.group(2) in {"-", "."}:
        return day_first, False
    return (readings.pop(), False) if len(readings) == 1 else ("", False)


def _resolve(kind: str, m: re.Match[str], pub: date | None, future: bool = False,
             anchor: date | None = None) -> tuple[str | None, bool]:
    known = pub or (anchor + _TOLD_WITHIN if anchor else None)  # for a missing year only
    if kind == "numeric":
        return _numeric_day(m, pub)
    if kind in {"dmy", "mdy", "iso"}:
        if kind == "iso":
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            day_s, month_s = (m.group(1), m.group(2)) if kind == "dmy" else (m.group(2), m.group(1))
            month, day = MONTHS[month_s.lower().rstrip(".")], int(day_s)
            ahead = future or m.string[max(0, m.start() - 7):m.start()].strip().lower() in _UNTIL
            year = int(m.group(3)) if m.group(3) else year_for(month, day, known, ahead)
            year_told = _YEAR_TOLD.match(m.string, m.end())
            if not m.group(3) and year_told and known is not None:  # "on March 2 last year": that year's, not the nearest
                year = known.year + {"last": -1, "this": 0, "next": 1}[year_told.group(1).lower()]
        if year is None:
            return "", False
        try:
            day_value = date(year, month, day).isoformat()
        except ValueError:
            return None, False
        if pub is not None and m.string[max(0, m.start() - 6):m.start()].strip().lower() == "since" \
                and not _WHEN_AFTER.match(m.string, m.end()):
            return f"{day_value}/{pub.isoformat()}", True  # "since October 19": up to publication (not "since May 3,
        return day_value, False  # when 140 were handed over": the day the clause after it tells of)
    if kind == "dayspan":  # "Oct. 2 and 3" (month first), "11-15 June" (days first)
        month_s, first, last = (m.group(3), m.group(1), m.group(2)) if m.group(1).isdigit() else m.group(1, 2, 3)
        month = MONTHS[month_s.lower().rstrip(".")]
        return day_span(month, int(first), int(last), int(m.group(4)) if m.group(4) else year_for(month, int(first), known, future))
    if kind in {"monthyear", "ordday"}:
        since = m.string[max(0, m.start() - 6):m.start()].strip().lower() == "since" or m.group(1) in {"Since", "since"}
        if kind == "ordday" and m.group(4):  # a month named: a day as "3 March" is
            month, day = MONTHS[m.group(4).lower().rstrip(".")], int(m.group(2))
            year = int(m.group(5)) if m.group(5) else year_for(month, day, known)
            value = _iso_day(year, month, day) if year else ""
            return (f"{value}/{pub.isoformat()}", True) if since and value and pub else (value, False)
        if kind == "ordday":
            return ordinal_day(int(m.group(2)), m.group(3), pub, since)
        return month_of_year(MONTHS[m.group(1).lower().rstrip(".")], m.group(2), pub, since)
    if kind == "yearmonth":  # "Last year, in October": that year's month
        return month_of_year(MONTHS[m.group(2).lower().rstrip(".")], m.group(1).lower(), pub, False)
    if kind == "todate":  # "since the beginning of the year": from 1 January to publication
        year = m.group(1) or m.group(2) or (str(pub.year) if pub else "")
        return (f"{year}-01-01/{pub.isoformat()}" if year and pub else ""), True  # (no end without publication)
    if kind == "both":  # "in September 2022 and January 2023", "in 2024 and 2023": one period over both
        return coordinated_period(m.group(1), m.group(2)), True
    if kind == "months":
        told = date(int(m.group(3)), 12, 31) if m.group(3) else known
        return months_period(m.group(1), m.group(2), told), True
    if kind == "range":
        # "between January 2022 and May 2025": each end keeps its own year; one year told once serves both
        told_year = m.group(2) or m.group(4)
        if not told_year and known is not None and (after := _YEAR_TOLD.match(m.string, m.end())):
            # "from June 5 to June 20 last year": that year's range, not the nearest one
            told_year = str(known.year + {"last": -1, "this": 0, "next": 1}[after.group(1).lower()])
        first = range_end(m.group(1), m.group(2) or told_year, known)
        last = range_end(m.group(3), m.group(4) or told_year, known, end=True)
        if not first or not last:
            return "", True
        if last < first:  # "from November to February": the range crosses a new year
            last = range_end(m.group(3), str(int(last[:4]) + 1), known, end=True)  # (February's last day is that year's)
        return f"{first}/{last}", True
    if kind == "month":
        month = MONTHS[m.group(1).lower().rstrip(".")]
        year = int(m.group(2)) if m.group(2) else year_for(month, 1, known)
        if year is None:
            return "", False
        if m.group(0).lower().startswith("since"):
            end = pub.isoformat() if pub else ""
            return f"{year:04d}-{month:02d}-01/{end}", True
        return f"{year:04d}-{month:02d}", False
    if kind == "yearrange":
        return year_span(m.group(1), m.group(2), pub)
    if kind == "year":
        return m.group(1), m.group(0).lower().startswith("since")
    if kind == "since":
        word = m.group(1)
        if word.isdigit():
            start = f"{word}-01-01"
        else:
            month = MONTHS[word.lower().rstrip(".")]
            year = int(m.group(2)) if m.group(2) else year_for(month, 1, known)
            if year is None:
                return "", True
            start = f"{year:04d}-{month:02d}-01"
        return (f"{start}/{pub.isoformat()}" if pub else ""), True  # ("since 2022" in an undated story: no end known)
    if kind in {"after", "before", "later"} or kind == "weeksago" and m.group(3).lower() != "ago" \
            or kind == "relday" and m.group(1).lower() in {"the day before", "the previous day", "the following day", "the next day"} \
            or kind == "relweek" and m.group(1).lower() in {"the previous", "the following"}:
        # "a week before", "three days earlier", "a month later", "the following week", "in the following weeks":
        # relative to an event the story tells, not to publication; kept as words, never resolved to a date
        return "", kind == "after"
    if pub is None:
        return "", kind in {"past", "relweek"}
    if kind == "dayrange" and future:  # "will be flown home over Saturday and Sunday": the two next such days
        first, last = (pub + timedelta(days=(_DAYS[m.group(g).lower()] - pub.weekday()) % 7 or 7) for g in (1, 2))
        return (f"{first.isoformat()}/{last.isoformat()}", True) if first < last else (None, False)
    if kind == "dayrange":  # "on Wednesday and Thursday": the two last such days, as one period
        first, last = (pub - timedelta(days=(pub.weekday() - _DAYS[m.group(g).lower()]) % 7) for g in (1, 2))
        return (f"{first.isoformat()}/{last.isoformat()}", True) if first < last else (None, False)
    if kind == "weekday":
        which, day_name = (m.group(1) or "").lower(), m.group(2).lower()
        back = (pub.weekday() - _DAYS[day_name]) % 7
        if which == "last" and back == 0:
            back = 7
        week = _WEEK_NAMED.match(m.string, m.end())
        if week and week.group(1).lower() == "last":  # "on Monday last week", "on Monday of last week": that week's Monday
            return (pub - timedelta(days=pub.weekday() + 7 - _DAYS[day_name])).isoformat(), False
        if week:  # "on Thursday next week": that week's Thursday
            return (pub + timedelta(days=7 - pub.weekday() + _DAYS[day_name])).isoformat(), False
        if which == "next" or future and which != "last" and back:
            return (pub + timedelta(days=(_DAYS[day_name] - pub.weekday()) % 7 or 7)).isoformat(), False
        return (pub - timedelta(days=back)).isoformat(), False
    if kind == "relday":
        word = m.group(1).lower()
        return (pub - timedelta(days=1 if word in {"yesterday", "last night"} else 0)).isoformat(), False
    if kind == "weekend":  # the last Saturday and Sunday up to publication
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}", True
    if kind == "relweek":
        which, unit = m.group(1).lower(), m.group(2).lower()
        if which == "last" and _SPAN_BACK.search(m.string, max(0, m.start() - 12), m.start()):
            return None, False  # "in the last month": the days back from the story, no calendar month (as "the past month")
        shift = {"last": -1, "this": 0, "next": 1}[which]  # ("the previous", "the following": kept as words, above)
        if m.string[max(0, m.start() - 6):m.start()].strip().lower() == "since":
            # "since last year": from the start of that year up to publication
            first = unit_period(pub, unit, shift).split("/")[0]
            return f"{first}{'-01-01' if unit == 'year' else '-01' if unit == 'month' else ''}/{pub.isoformat()}", True
        if unit == "week" and shift == 0 and not future:
            # "arrested 700 so far this week": the week's days up to publication, none to come
            first = unit_period(pub, unit, shift).split("/")[0]
            return (f"{first}/{pub.isoformat()}" if first != pub.isoformat() else first), False
        return unit_period(pub, unit, shift), False
    if kind == "weeksago":
        amount = number_value(m.group(1)) or 1
        unit = m.group(2).lower()
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * amount
        when = pub - timedelta(days=days)
        return (when.isoformat() if unit in {"day", "week"} else when.strftime("%Y-%m")), False
    # kind == "past": a span ending at publication
    amount_s, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if amount_s.lower() in {"several", "a few"}:
        return "", True  # "in the past several years": a span of no told length, kept as words
    amount = number_value(amount_s) or 1
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit.lower()] * amount
    # ("the last three days" told on a Wednesday are Monday to Wednesday: the day of the telling is
    # the span's last, so a span of days or weeks starts one day after the same weekday N back)
    start = months_back(pub, amount) if unit.lower() == "month" else \
        pub - timedelta(days=days - (1 if unit.lower() in {"day", "week"} else 0))
    return f"{start.isoformat()}/{pub.isoformat()}", True
