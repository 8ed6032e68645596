"""A phrase fronted before the subject of a sentence and set off by a comma ("After questioning,
the suspects were charged", "On Monday, they were deported"): the subject starts after the comma
(English grammar: a fronted adverbial is no part of the subject); so does "According to <source>,"."""

from __future__ import annotations

__all__ = ["fronted_end"]

#: Words that open a fronted phrase of time, manner or circumstance.
_OPENERS = frozenset({"after", "following", "upon", "on", "in", "at", "during", "later", "subsequently", "then",
                      "meanwhile", "afterwards", "afterward", "eventually", "once", "by", "within", "before",
                      "according"})
#: The most words a fronted phrase holds before its comma; a source's name may be long ("According to
#: the Ministry of Labour and Vocational Training (MLVT), ...")
_SPAN = 8
_SOURCE_SPAN = 14


def fronted_end(lower: list[str], start: int, end: int) -> int:
    """Where the sentence opening at ``start`` goes on after its fronted phrase (the word after
    the comma), or ``start`` where it opens with no such phrase before ``end``."""
    if lower[start] not in _OPENERS:
        return start
    span = _SOURCE_SPAN if lower[start] == "according" else _SPAN
    for k in range(start + 1, min(end, start + span + 1)):
        if lower[k] == ",":
            return k + 1
        if lower[k] in {".", ";", ":"}:
            break
    return start
