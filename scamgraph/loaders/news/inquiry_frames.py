"""An inquiry that only opens a sentence as the way its finding came about: "On investigation, the
agents located a dozen men ...", "After an inquiry, five proved to be suspects". The fronted phrase tells how the main clause's act or finding was reached, not an
investigation the story reports as a happening of its own (one told as such has a subject, a
verb or a day: "police launched an investigation on Monday", "the probe began last month")."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["fronted_inquiry"]

#: Prepositions that open such a frame
_FRAMING = frozenset({"upon", "following", "after", "on"})
#: Words that may stand between the preposition and the inquiry noun ("after a thorough investigation")
_BETWEEN = frozenset({"a", "an", "the", "further", "thorough", "their", "its", "initial", "preliminary", "careful"})


def fronted_inquiry(lower: Sequence[str], i: int, start: int, end: int) -> bool:
    """Whether the inquiry noun at ``i`` (sentence tokens ``start:end``) is the whole of a phrase
    that opens the sentence and ends at a comma: "After (further) inquiry, ..."."""
    if i + 1 >= end or lower[i + 1] != ",":
        return False
    k = i - 1
    while k > start and lower[k] in _BETWEEN:
        k -= 1
    return k == start and lower[k] in _FRAMING
