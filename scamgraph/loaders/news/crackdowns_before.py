"""A crackdown told as coming before the act of its sentence ("sent home following a police
crackdown on the casinos", "held after a crackdown in the province"): an operation of its own that
the act came out of, not the act's background ("arrested in a crackdown", "brought back in their
continued crackdown" stay background). The verb "follows" is read apart (``follows.py``): what it
follows is another happening, with its own acts."""

from __future__ import annotations

from collections.abc import Sequence

#: Words that put the crackdown before the act
_BEFORE = frozenset({"after", "following"})
#: Words that may stand between them: "after their recent crackdown", "following a joint crackdown"
_BETWEEN = frozenset({"a", "an", "the", "their", "its", "his", "her", "this", "that", "recent", "joint", "major",
                      "latest", "police", "military", "army", "massive", "large-scale", "intensified", "sweeping"})


def told_before(lower: Sequence[str], i: int) -> bool:
    """Whether the crackdown word at i is the object of "after" or "following"."""
    k = i - 1
    while k >= 0 and k >= i - 3 and lower[k] in _BETWEEN:
        k -= 1
    return k >= 0 and lower[k] in _BEFORE
