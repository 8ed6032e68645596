"""A participle joined by "and" to a verb group that a modal governs shares the modal: "will be
declared unwanted guests and deported", "will reportedly be questioned and prosecuted": the
second act is still to come, like the first (grammar: coordinated participles share the
auxiliaries before the first).

A modal also governs an act reached through verbs of bringing it about: "may help facilitate the
return of 30", "could help secure the release of 12", "would allow the repatriation of 40": what the
modal says might happen is the act itself, so it is still to come (a past "helped facilitate the
return of" is done)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["MODALS", "modal_shared", "modal_brought_about"]

#: Words that close the first verb group: a second clause begins after them
_BREAKS = frozenset({",", ";", ".", "but", "while", "after", "before", "who", "which", "when"})
#: How far back the first group's "be" may stand
_REACH = 9
#: The modals, for callers with no list of their own
MODALS = frozenset({"could", "would", "will", "may", "might", "should", "shall", "can"})
#: Verbs (in the form a modal takes) that bring an act about, and the words between them and its noun
_BRINGING = frozenset({"help", "facilitate", "secure", "enable", "allow", "ensure", "expedite", "speed", "lead",
                       "pave", "to", "up", "the", "way", "for"})
_OWNERS = frozenset({"the", "their", "his", "her", "its", "a"})


def modal_shared(lower: Sequence[str], j: int, start: int, modals: Collection[str]) -> bool:
    """The word at ``j`` follows "and", and a modal + "be" opens the verb group before it."""
    k = j - 1
    if k > start and lower[k] in {"then", "later"}:
        k -= 1
    if k <= start or lower[k] != "and":
        return False
    for m in range(k - 1, max(start, k - _REACH) - 1, -1):
        if lower[m] in _BREAKS:
            return False
        if lower[m] == "be":
            lead = lower[max(start, m - 2):m]  # ("will reportedly be", "would be")
            return any(w in modals for w in lead)
    return False


def modal_brought_about(lower: Sequence[str], j: int, start: int, modals: Collection[str]) -> bool:
    """The act word at ``j`` is reached from a modal through verbs of bringing it about only
    ("may help facilitate the return", "could help secure their release")."""
    k = j - 1
    if k > start and lower[k] in _OWNERS:
        k -= 1
    helpers = 0
    while k > start and lower[k] in _BRINGING and helpers < 5:
        k, helpers = k - 1, helpers + 1
    return helpers > 0 and k >= start and lower[k] in modals
