"""A body's own unit named after its possessive in lower case: "the Lotland Police's anti-trafficking
unit arrested ...", "the bureau's anti-fraud centre said ...". The unit is part of the body, which
acts or speaks through it; the words that read a body's verb step over the unit to reach it (a
unit written as a name, "the X's Anti-Fraud Centre", is a body of its own and not read here)."""

from __future__ import annotations

from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

__all__ = ["past_own_unit"]

#: Nouns that end the name of a body's working part
_UNIT_NOUNS = frozenset({"unit", "units", "division", "department", "bureau", "centre", "center", "team", "wing",
                        "cell", "squad", "office", "branch", "command", "taskforce", "directorate"})
#: The most lower-case words (and hyphens) of the unit's kind before its noun ("anti - human trafficking | unit")
_REACH = 6


def past_own_unit(words: list[str], lower: list[str], k: int, stop: int) -> int:
    """Past "'s <lower-case words> <unit noun>" at ``k``, right after a body's name; else ``k``."""
    if k >= stop or words[k] not in POSSESSIVE_S:
        return k
    for j in range(k + 1, min(stop, k + 2 + _REACH)):
        if not (words[j].islower() or words[j] == "-"):
            return k  # a name, a number or a mark: no unit of the body told in lower case
        if lower[j] in _UNIT_NOUNS:
            return j + 1
    return k
