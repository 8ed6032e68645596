"""An act's participle standing before a noun as its adjective ("the seized phones", "analyses of
seized ledgers", "the confiscated evidence") names things by what was done to them: it refers to
an act told elsewhere, or to none the story tells, and makes no event of its own (grammar: the
attributive participle). The participle as a verb ("police seized phones", "and seized cash")
is left alone: a noun or a conjunction stands before it, not a determiner or a preposition."""

from __future__ import annotations

__all__ = ["attributive"]

#: Words before an attributive participle: determiners and prepositions
_BEFORE = frozenset({"the", "these", "those", "this", "that", "its", "their", "his", "her", "all", "any", "of",
                     "with", "on", "from", "about", "some", "other", "such"})
#: Words after a participle that show it is no adjective ("the seized were ...", "the seized in ...")
_NOT_NOUNS = frozenset({"of", "to", "in", "by", "on", "at", "from", "for", "with", "and", "or", "as", "after",
                        "before", "during", "were", "was", "are", "is", "be", "been", "being", "had", "have", "has",
                        "will", "would", "could", "last", "this", "that", "under", "over", "into", "since"})


def attributive(lower: list[str], words: list[str], i: int, start: int, end: int) -> bool:
    """The event word at ``i`` (a sentence ``[start, end)``) is a participle used as an adjective."""
    if not lower[i].endswith("ed") or i + 1 >= end or i > start and lower[i - 1] not in _BEFORE:
        return False  # ("Confiscated items are being examined": opening its sentence, as an adjective)
    after = words[i + 1]
    return after.isalpha() and after.islower() and lower[i + 1] not in _NOT_NOUNS
