"""One of several things that may happen, told in general: "arrest or deportation", "gangs luring,
kidnapping or coercing workers", and the longer series whose last item comes after "or" ("cases of
people being kidnapped, confined, or going missing"): a kind of case, not a happening."""

from __future__ import annotations

from collections.abc import Sequence

#: How far a series may run from its first item to the "or" before its last one
_SERIES_WORDS = 6
#: Words that end a clause, and so a series, before its "or" is reached
_BREAKS = frozenset({".", ";", ":", "and", "but", "when", "while", "after", "before", "who", "which"})


def one_of_several(lower: Sequence[str], i: int, start: int, end: int) -> bool:
    """Whether the event word at i (tokens ``start:end``) is an item of a series joined by "or"."""
    if (i > start and lower[i - 1] == "or") or (i + 1 < end and lower[i + 1] == "or"):
        return True
    if i + 1 >= end or lower[i + 1] != ",":
        return False
    for k in range(i + 2, min(end, i + 2 + _SERIES_WORDS)):
        if lower[k] == "or":
            return lower[k - 1] == "," or "," in lower[i + 2:k]
        if lower[k] in _BREAKS:
            return False
    return False
