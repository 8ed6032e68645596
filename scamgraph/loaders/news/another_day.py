"""A second count told with its own day: "deported six Chinese nationals in October and another 21
foreigners last Nov. 2", "23 arrived on Tuesday, while a further 65 were returned on Saturday".
The second people are a second act on another day, not more people of the first one.

A count that stands right beside one of several days a sentence names ("returns were made on 3 May,
involving 12 Thais, and on 9 June, involving 20 Thais"; "with rescues including four on 2 May and
two on 9 May") is the act of that day: news lists past rounds of one act so, each with its own
people, and the rounds are neither one act nor one sum."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scamgraph.loaders.news.days_told import days_of_one_operation

#: Words that open a further group of people ("another 21", "an additional 80", "a further 12")
_FURTHER = frozenset({"another", "additional", "further"})
#: Words joining the second group to a first one told before it in the sentence
_JOINING = frozenset({"and", "while", "whereas", "but", ","})
#: Words that may stand between a day and the count told of it: "on 3 May, involving 12 Thais"
_DAY_TO_COUNT = frozenset({",", "involving", "with", "when"})
#: Words that put a day right after a count: "four on 2 May", "12 in March"
_COUNT_TO_DAY = frozenset({"on", "in"})
#: How many words the second count of a pair may hold before its "on": "and 9 | Nepali cooks | on"
_PAIR_REACH = 4
#: Verbs of telling: a day after one is the day a thing was told ("said on Monday, 20 were ..."), not an act's
_TELLING = frozenset({"said", "says", "told", "announced", "reported", "stated", "confirmed", "added"})


def another_day(lower: Sequence[str], idx: Sequence[int], start: int, end: int, written: Sequence[Any]) -> bool:
    """The count at tokens ``start:end`` opens with "and another" (or "while an additional", "and a
    further", or ", followed by 90 more"), a date is written before it in the sentence and another
    after it: its own day, its own act."""
    opener = next((k for k in range(start, max(0, start - 3), -1) if lower[k] in _FURTHER), None)
    if opener is None and start >= 2 and lower[start - 2:start] == ["followed", "by"] and lower[end - 1] == "more":
        opener = start - 2  # "60 arrived home on Thursday, followed by 90 more on Friday"
    if opener is None or start >= len(idx):
        return False
    joined = lower[max(0, opener - 2):opener]
    if joined[-1:] in (["a"], ["an"]):
        joined = joined[:-1]
    if joined[-2:] == ["followed", "by"]:
        joined = [","]  # "41 were flown home on June 5, followed by another 57 on June 12"
    if not joined or joined[-1] not in _JOINING:
        return False  # "Another five Malaysians were brought home today": no first group in the sentence
    at, after = idx[start], idx[max(start, end - 1)]
    return any(d.end <= at for d in written) and any(d.start > after for d in written)


def _past_place(lower: Sequence[str], words: Sequence[str], end: int) -> int:
    """Past a place told right after a count ("23 Thais | in Bavet | on Tuesday"): "in" and up to
    three capitalized words; ``end`` itself where none is told."""
    if end + 1 >= len(lower) or lower[end] not in {"in", "at"} or not words[end + 1][:1].isupper():
        return end
    k = end + 1
    while k < len(words) and k < end + 4 and words[k][:1].isupper():
        k += 1
    return k


def own_day(lower: Sequence[str], idx: Sequence[int], start: int, end: int, dates: Sequence[Any],
            told: str, words_title: Sequence[str] | None = None) -> Any | None:
    """The day of the count at tokens ``start:end`` where the sentence's ``dates`` name two days
    or more and one of them stands right before the count ("on 3 May, involving 12") or right
    after it ("four on 2 May"), and differs from ``told``, the day of the act it was put on; else
    None. With one day, the day belongs to the sentence's act, not to the count beside it."""
    if len({d.value for d in dates if d.value}) < 2 or start >= len(idx):
        return None
    for d in dates:
        if not d.value or d.value == told or d.period or _within_the_operation(d.value, told):
            continue
        between = [k for k in range(max(0, start - 3), start) if idx[k] >= d.end]
        words_before = [k for k in range(max(0, start - 12), start) if idx[k] < d.start][-2:]
        if d.end <= idx[start] and between and idx[between[0]] - d.end <= 1 and \
                all(lower[k] in _DAY_TO_COUNT for k in between) and not any(lower[k] in _TELLING for k in words_before):
            return d  # "on 3 May, involving 12 Thais"
        for after in {end, _past_place(lower, words_title, end) if words_title is not None else end}:
            if after < len(idx) and (d.start == idx[after] or lower[after] in _COUNT_TO_DAY and after + 1 < len(idx)
                                     and d.start == idx[after + 1]):
                return d  # "four on 2 May", "30 Laotians in February", "23 Thais in Bavet on Tuesday"
        if _paired_before(lower, idx, end, d):
            return d  # "30 Zorvanians on 5 May, 18 Zorvanians and 9 Nepalis on 6 May": the pair's day
    return None


def _paired_before(lower: Sequence[str], idx: Sequence[int], end: int, day: Any) -> bool:
    """The count is paired by "and" with a second one that stands right before "on" the day ("18
    Zorvanians and 9 Nepalis on 6 May"): the two are one day's people."""
    if end + 2 >= len(lower) or lower[end] != "and" or not lower[end + 1].isdigit():
        return False
    return any(lower[k] == "on" and k + 1 < len(idx) and idx[k + 1] == day.start
               for k in range(end + 2, min(len(lower) - 1, end + 2 + _PAIR_REACH)))


def _within_the_operation(day: str, told: str) -> bool:
    """The day falls inside ``told``, a span of a few days that is one operation ("flown home: 50 on
    2 June, 25 on 3 June and 15 on 4 June"): a count told beside it is a batch of that act."""
    first, _, last = told.partition("/")
    return len(day) == 10 and days_of_one_operation(told) and first <= day <= last
