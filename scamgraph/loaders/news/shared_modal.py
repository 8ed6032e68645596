"""A participle joined by "and" to a verb group that a modal governs shares the modal: "will be
declared unwanted guests and deported", "will reportedly be questioned and prosecuted": the
second act is still to come, like the first (grammar: coordinated participles share the
auxiliaries before the first)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["modal_shared"]

#: Words that close the first verb group: a second clause begins after them
_BREAKS = frozenset({",", ";", ".", "but", "while", "after", "before", "who", "which", "when"})
#: How far back the first group's "be" may stand
_REACH = 9


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
