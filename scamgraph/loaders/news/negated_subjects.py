"""An act whose subject denies it: "none of the men got to escape", "no one was arrested",
"nobody has been charged". A negative subject (a closed class: "none", "nobody", "no one",
"neither") tells that the act did not happen, as "not" before the verb does (``asides._denied``
reads that one)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["denied_by_subject"]

_NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "neither"})
#: Words that end the subject's clause before the act word: the act then has another subject
#: ("nobody knows how many were freed": the act is in a clause of its own, not denied)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "or", "who", "which", "that", "while", "after", "before",
                            "because", "as", "when", "how", "whether", "if", "what", "where", "why", "said", "says",
                            "knows", "knew", "know"})
#: How far before the act word the negative subject may stand ("none of the 40 men were able to | escape")
_REACH = 10


def denied_by_subject(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether the act word at ``i`` (sentence from ``start``) has a negative subject in its own clause."""
    for k in range(i - 1, max(start, i - _REACH) - 1, -1):
        word = lower[k]
        if word in _CLAUSE_BREAKS:
            return False
        if word in _NEGATIVE_SUBJECTS or word == "one" and k > start and lower[k - 1] == "no":
            return True
    return False
