"""A raid that people fled is what they ran from, not an act of the sentence that tells it: in
"workers were arrested at the border as they fled escalating raids on the compounds", the act
told is the arrest; the raids are another story's (told in their own sentence, if at all).
"Fled during a raid" still tells the raid: a preposition stands between."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["fled_raid"]

#: Verbs of running from something
_FLEE = frozenset({"fled", "flee", "flees", "fleeing", "escaped", "escape", "escapes", "escaping", "evaded", "evade",
                   "evading"})
#: Words that may stand between such a verb and the raid it governs: "fled the escalating raids"
_BETWEEN = frozenset({"the", "a", "an", "these", "those", "escalating", "intensifying", "intensified", "ongoing", "recent",
                      "latest", "renewed", "mass", "military", "police", "army"})
#: How many such words may stand between
_REACH = 3


def fled_raid(lower: Sequence[str], at: int, start: int) -> bool:
    """The raid word at ``at`` is the object of a verb of fleeing before it (sentence from ``start``)."""
    k = at - 1
    while k >= start and at - k <= _REACH and lower[k] in _BETWEEN:
        k -= 1
    return k >= start and lower[k] in _FLEE
