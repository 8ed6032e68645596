"""An act verb joined by "and" to an infinitive shares that infinitive's "to" and the verb that
governs it: "are waiting to be flown to Manila, and then handed to their families", "still need
to be found and rescued". Where the first verb is still to come (it follows a word of waiting or
needing), so is the second (grammar: coordinated verbs share what stands before the first). The
direct form ("waiting to be rescued") is read by ``asides._aim``; this is its coordinated form."""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["AWAITING", "awaited_together"]

#: Verbs of needing, waiting and expecting: "to be" + an event word after them is still to come
AWAITING = frozenset({"need", "needs", "needed", "waiting", "wait", "waits", "awaiting", "yet", "remain", "remains",
                      "remained", "expected", "due", "scheduled", "ready", "eligible", "hoping", "hope", "hopes", "set",
                      "chose", "choose", "chosen", "asked", "wanted", "want", "wants", "wish", "wished", "opted",
                      "requested", "begged", "pleaded"})  # ("chose to give up and be repatriated": a wish)

#: Words that close the first verb group: a second clause begins after them
_BREAKS = frozenset({";", ".", ":", "but", "while", "after", "before", "who", "which", "when", "because", "since"})
#: Words after a "to" that make it a preposition ("to the camp", "to their homes"), not an infinitive's
_NOT_VERBS = frozenset({"the", "a", "an", "their", "his", "her", "its", "our", "this", "these", "those", "them",
                        "him", "us", "me", "some", "all", "both", "each"})
#: Adverbs that may stand between "and" and the second verb ("and then repatriated")
_BETWEEN = frozenset({"then", "later", "eventually", "finally", "subsequently"})
#: How far back the shared "to" may stand
_REACH = 14


def awaited_together(lower: Sequence[str], words: Sequence[str], i: int, start: int,
                     awaiting: Collection[str]) -> bool:
    """The act word at ``i`` follows "and" and shares an infinitive a word of ``awaiting`` governs."""
    k = i - 1
    while k > start and (lower[k] in _BETWEEN or lower[k] == "be"):
        k -= 1  # ("to give up and | be | repatriated")
    if k <= start or lower[k] != "and":
        return False
    for m in range(k - 1, max(start, k - _REACH), -1):
        if lower[m] in _BREAKS:
            return False
        if lower[m] == "to" and m + 1 < k and _opens_verb(lower, words, m + 1):
            return lower[m - 1] in awaiting
    return False


def _opens_verb(lower: Sequence[str], words: Sequence[str], k: int) -> bool:
    """The word after "to" begins a verb group: "to be", "to rescue"; not "to Manila", "to the camp"."""
    word = words[k]
    return word.isalpha() and word.islower() and lower[k] not in _NOT_VERBS
