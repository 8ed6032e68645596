"""A second count told with its own day: "deported six Chinese nationals in October and another 21
foreigners last Nov. 2", "41 arrived on Thursday, while an additional 80 were returned on Friday".
The second people are a second act on another day, not more people of the first one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: Words that open a further group of people ("another 21", "an additional 80", "a further 12")
_FURTHER = frozenset({"another", "additional", "further"})
#: Words joining the second group to a first one told before it in the sentence
_JOINING = frozenset({"and", "while", "whereas", "but", ","})


def another_day(lower: Sequence[str], idx: Sequence[int], start: int, end: int, written: Sequence[Any]) -> bool:
    """The count at tokens ``start:end`` opens with "and another" (or "while an additional", "and a
    further"), a date is written before it in the sentence and another after it: its own day, its
    own act."""
    opener = next((k for k in range(start, max(0, start - 3), -1) if lower[k] in _FURTHER), None)
    if opener is None or start >= len(idx):
        return False
    joined = lower[max(0, opener - 2):opener]
    if joined[-1:] in (["a"], ["an"]):
        joined = joined[:-1]
    if not joined or joined[-1] not in _JOINING:
        return False  # "Another five Malaysians were brought home today": no first group in the sentence
    at, after = idx[start], idx[max(start, end - 1)]
    return any(d.end <= at for d in written) and any(d.start > after for d in written)
