"""Event words inside an idiom that tells no happening: a government "seized of the matter" or
"fully seized with the issue" is dealing with it (an English idiom of official statements), not
seizing anything; an army "seizing power" takes a government, a man "seizing an opportunity" takes
a chance, and no authority takes anyone's goods. Shared by the event words (asides.py)."""

from __future__ import annotations

#: The words of the idiom: "seized" + "of"/"with" + a word for the business at hand
_SEIZED = frozenset({"seized", "seised"})
#: The forms of "seize" whose object may be power or a chance, and those objects
_SEIZING = frozenset({"seized", "seizing", "seizes", "seize", "captured", "capturing", "captures", "capture"})
_TAKEN_ABSTRACTS = frozenset({"power", "control", "opportunity", "opportunities", "chance", "chances", "initiative",
                              "moment", "day", "momentum", "upon",
                              # ("the reunion captured the relief of her family": a feeling caught, no one taken)
                              "relief", "attention", "imagination", "mood", "spirit", "hearts", "essence", "joy",
                              "grief", "pain", "feeling", "feelings", "public"})
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


def seized_power(lower: list[str], i: int, end: int) -> bool:
    """Whether the word at ``i`` is "seize" taking power or a chance: "seized power in a coup",
    "seizing the opportunity", "seized control of the town" (past one article or possessive)."""
    if lower[i] not in _SEIZING:
        return False
    k = i + 1
    while k < min(end, i + 3) and lower[k] in _FILLERS | {"an"}:
        k += 1
    return k < end and lower[k] in _TAKEN_ABSTRACTS


def searched_for(lower: list[str], i: int, end: int) -> bool:
    """"I searched for jobs for a year": a search for something wanted, no search of a place."""
    return lower[i] in {"searched", "searching", "search", "searches"} and i + 1 < end and lower[i + 1] == "for"
