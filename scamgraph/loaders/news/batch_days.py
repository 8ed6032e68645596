"""An act told in dated batches after a colon: "A total of 90 Lao nationals were flown home: 50 on
2 June, 25 on 3 June and 15 on 4 June". The batches are parts of the one act counted before the
colon, so the act spans the days from the first batch to the last, not only the first day (the
day nearest its verb)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scamgraph.loaders.dates import DateMention

__all__ = ["batch_days"]

#: How many words may stand between the act word (or the count before it) and the colon that
#: opens its batches: "A total of 90 | Lao nationals were flown home | :"
_COLON_REACH = 10
#: How many words may stand between a batch's number and its "on": "50 | people | on 2 June"
_COUNT_REACH = 3
#: A year written in a day's words: "4 June 2025"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def batch_days(lower: Sequence[str], like_num: Sequence[bool], idx: Sequence[int], at: int, end: int,
               dates: Sequence[DateMention], when: DateMention) -> DateMention | None:
    """The span of days of the batches the act word at ``at`` (in a sentence ending at token
    ``end``), dated ``when`` by one of them, is broken into after a colon, each a number and "on" a
    day ("12 on 5 May, 8 on 6 May"): from the first batch's day to the last's, as a period; None
    where fewer than two batches are told so. A day written without the year the last one has takes
    that year ("on 5 May, ... 6 May 2025")."""
    colon = next((k for k in range(at + 1, min(end, at + _COLON_REACH)) if lower[k] == ":"), None)
    if colon is None:
        return None
    batches = [d for d in dates if d.start > idx[colon] and len(d.value) == 10 and not d.period
               and _counted_on(lower, like_num, idx, colon, d)]
    if len(batches) < 2 or when not in batches:
        return None
    first, last = batches[0], batches[-1]
    year = _YEAR.search(last.text)
    start = f"{year.group()}{first.value[4:]}" if year and not _YEAR.search(first.text) else first.value
    if start >= last.value:
        return None
    return DateMention(first.start, last.end, "", f"{start}/{last.value}", True)


def _counted_on(lower: Sequence[str], like_num: Sequence[bool], idx: Sequence[int], colon: int,
                day: DateMention) -> bool:
    """The day is told "on" right after a number of people past the colon: "20 (people) on 5 May"."""
    opening = next((k for k in range(colon + 1, len(idx)) if idx[k] >= day.start), None)
    if opening is None or lower[opening - 1] != "on":
        return False
    return any(like_num[k] for k in range(max(colon + 1, opening - 1 - _COUNT_REACH), opening - 1))
