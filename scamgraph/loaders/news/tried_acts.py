"""An act named as only tried or kept from happening: "attempted a mass escape", "a failed rescue",
"the escape attempt", "rescue attempts had failed", "guards blocked escape". The noun of the act
is the attempt's aim, not a happening (the verb forms, "tried to escape", are read by
``asides._aim``). A closed class of words of trying, failing and preventing; "a successful rescue
attempt" still tells the rescue."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

#: Nouns of trying that an event noun qualifies ("escape attempt", "rescue bid")
_TRIES = frozenset({"attempt", "attempts", "bid", "bids"})
#: Words of trying, failing or preventing before an event noun ("attempted escape", "a foiled
#: kidnapping", "armed guards blocked escape", "fences to prevent escapes", a headline's present: "Workers
#: attempt an escape", "Families try a rescue")
_TRIED = frozenset({"attempt", "attempts", "try", "tries", "attempted", "attempting", "failed", "foiled", "thwarted", "botched", "aborted", "unsuccessful",
                    "blocked", "blocking", "prevent", "prevents", "prevented", "preventing"})
#: Words that may stand between them ("attempted a mass escape", "failed their own rescue")
_BETWEEN = frozenset({"a", "an", "the", "their", "his", "her", "its", "mass", "daring", "second", "another", "own"})


def may_attempt(words: AbstractSet[str]) -> bool:
    """Whether a document's words (lower case) hold a word of trying or failing: most stories
    have none, and then none of their event nouns need be looked around."""
    return not _TRIES.isdisjoint(words) or not _TRIED.isdisjoint(words)


def only_attempted(lower: Sequence[str], i: int, start: int, end: int) -> bool:
    """Whether the event noun at i is named only as tried or failed (tokens ``start:end``)."""
    if "successful" in lower[max(start, i - 3):i]:
        return False
    if i + 1 < end and lower[i + 1] in _TRIES:
        return True
    k = i - 1
    while k >= start and k >= i - 3 and lower[k] in _BETWEEN:
        k -= 1
    return k >= start and lower[k] in _TRIED
