"""An act's noun that a word of waiting governs is still to come: "remain in Myanmar pending their
handover", "remanded pending their bail hearings", "suspended pending an investigation into the
claims", "awaiting a formal court hearing". The waiting word may stand a few words before the noun,
with only an article, a possessive or a word of the act's kind between; a verb or a comma between
ends what it governs ("pending approval, police questioned 40 men": the questioning was done)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["awaited_act"]

#: Words that may stand between the waiting word and the act's noun it governs
_BETWEEN = frozenset({"the", "a", "an", "their", "his", "her", "its", "further", "formal", "full", "final", "fresh",
                      "official", "bail", "court", "judicial", "criminal", "internal", "possible"})
#: How many words may stand between them
_REACH = 3


def awaited_act(lower: Sequence[str], i: int, start: int, waiting: Collection[str]) -> bool:
    """The act's noun at ``i`` (its sentence starting at ``start``) is what a word of ``waiting``
    before it waits for, past at most ``_REACH`` words of ``_BETWEEN``.

    >>> words = "she was suspended pending an internal investigation".split()
    >>> awaited_act(words, 6, 0, {"pending"})
    True
    >>> awaited_act("pending approval , police opened an investigation".split(), 6, 0, {"pending"})
    False
    """
    k = i - 1
    while k > start and i - k <= _REACH and lower[k] in _BETWEEN:
        k -= 1
    return k >= start and lower[k] in waiting
