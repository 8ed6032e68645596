"""Event words inside an idiom that tells no happening: a government "seized of the matter" or
"fully seized with the issue" is dealing with it (an English idiom of official statements), not
seizing anything. Shared by the event words (asides.py)."""

from __future__ import annotations

#: The words of the idiom: "seized" + "of"/"with" + a word for the business at hand
_SEIZED = frozenset({"seized", "seised"})
_OF = frozenset({"of", "with"})
_BUSINESS = frozenset({"matter", "matters", "issue", "issues", "case", "cases", "situation", "question", "problem",
                       "plight", "development", "developments", "incident", "concern", "concerns"})
_FILLERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "a"})


def seized_of_matter(lower: list[str], i: int, end: int) -> bool:
    """Whether the word at ``i`` opens "seized of/with (the) matter" and its kin."""
    if lower[i] not in _SEIZED or i + 2 >= end or lower[i + 1] not in _OF:
        return False
    k = i + 2
    while k < min(end, i + 5) and lower[k] in _FILLERS:
        k += 1
    return k < end and lower[k] in _BUSINESS
