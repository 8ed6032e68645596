"""A running total told beside the day's act: "the 45 rescued on Monday are among more than 600
rescued since January", "Of the 2,300 deported this year, 300 were flown out on Thursday", "75 were
handed over on Tuesday; more than 900 have returned since May".

A span ("since January", "this year", "so far this year") written right after a number and the
words of its own phrase ("600 rescued since January", "2,300 Chinese nationals deported this year")
is that number's: the total is counted over it. So the total is an act over that span, never the
day's act told beside it; and the day's count, told with a day of its own, is not dated by the
total's span. Apart from ``count_days.py``, which asks here which span a count's number holds."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from scamgraph.loaders.dates import DateMention

__all__ = ["running_period", "spans_of_totals"]

#: How many words may stand between a total's number and its span: "600 | Indonesian nationals
#: rescued from compounds | since January"
_REACH = 7
#: Words that end the number's own phrase before a span: a clause or a list goes on past them
_PHRASE_ENDS = frozenset({"and", "or", "but", "while", "whereas", "who", "whom", "which", "that", "when", "after",
                          "before", "said", "says", "told", "with", "including", "among", "than", "of", "to",
                          "the", "a", "an", "total", "number", "tally", "figure"})
#: Lengths of a date value that name a whole year ("2026") or month ("2026-03"), not one day
_COARSE_VALUES = frozenset({4, 7})


def running_period(mention: DateMention) -> bool:
    """The date runs from a start up to now ("since January", "so far this year"): the span of a
    running total, not a week or a month that one operation may fill ("this week")."""
    told = mention.text.lower()
    return mention.period and (told.startswith("since") or "so far" in told)


def _a_span(mention: DateMention) -> bool:
    """The date counts a total over time: a period ("since January") or a whole year or month ("this
    year"), not one day."""
    return mention.period or len(mention.value) in _COARSE_VALUES


def _number_before(lower: Sequence[str], like_num: Sequence[bool], at: int, sent_start: int) -> int | None:
    """The token of the number whose phrase runs up to ``at`` (a date's first word) with words of its
    own alone between ("600 rescued | since"), else None."""
    for k in range(at - 1, max(sent_start, at - 1 - _REACH) - 1, -1):
        if like_num[k]:
            return k
        if not lower[k].replace("-", "").isalpha() or lower[k] in _PHRASE_ENDS:
            return None
    return None


def spans_of_totals(lower: Sequence[str], like_num: Sequence[bool], idx: Sequence[int], sent_start: int,
                    sent_end: int, dates: Sequence[DateMention]) -> dict[int, DateMention]:
    """The spans the sentence's numbers hold as their own, by the number's token: "more than 600
    rescued since January" gives 600 the period from January."""
    held: dict[int, DateMention] = {}
    for mention in dates:
        if not _a_span(mention):
            continue
        at = bisect_left(idx, mention.start, sent_start, sent_end)
        if at >= sent_end or idx[at] != mention.start:
            continue
        number = _number_before(lower, like_num, at, sent_start)
        if number is not None and number not in held:
            held[number] = mention
    return held
