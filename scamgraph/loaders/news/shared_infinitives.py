"""An act verb joined by "and" to an infinitive shares that infinitive's "to" and the verb that
governs it: "are waiting to be flown to Manila, and then handed to their families", "still need
to be found and rescued". Where the first verb is still to come (it follows a word of waiting or
needing), so is the second (grammar: coordinated verbs share what stands before the first). The
direct form ("waiting to be rescued") is read by ``asides._aim``; this is its coordinated form."""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Sequence

__all__ = ["AWAITING", "awaited_together", "infinitive_before"]

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
    m = infinitive_before(lower, k, start, _BREAKS, lambda j: j < k and _opens_verb(lower, words, j))
    return m is not None and lower[m - 1] in awaiting


def infinitive_before(lower: Sequence[str], conj: int, floor: int, breaks: Container[str],
                      opens: Callable[[int], bool], reach: int = _REACH) -> int | None:
    """The "to" of the infinitive that a verb after the "and" at ``conj`` is coordinated with: the
    nearest "to" within ``reach`` words before it (never at ``floor`` or before) whose next word
    ``opens`` a verb, with no word of ``breaks`` (a clause's end) between; None where there is none.
    One walk for every reader of a shared "to": what is awaited, asked or aimed at."""
    for m in range(conj - 1, max(floor, conj - reach), -1):
        if lower[m] in breaks:
            return None
        if lower[m] == "to" and opens(m + 1):
            return m
    return None


def _opens_verb(lower: Sequence[str], words: Sequence[str], k: int) -> bool:
    """The word after "to" begins a verb group: "to be", "to rescue"; not "to Manila", "to the camp"."""
    word = words[k]
    return word.isalpha() and word.islower() and lower[k] not in _NOT_VERBS
