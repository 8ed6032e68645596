"""Acts only risked, and acts joined to one that is not told as done: "workers who overstay risk
being arrested", "victims are at risk of detention", "those caught face arrest and deportation",
"they could be arrested, detained and deported". A warning or an advisory names what may befall
people, no act done to anyone (convention 8 of tests/corpus/README.md). Coordinated verbs and
nouns share what governs the first of them (its modal, its "face", its "risk"), so an act joined to
such a one by "and", "or" or a comma alone is no more done than the first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["joined_to_undone", "risked"]

#: Words of running a risk: what they govern may happen, it has not
_RISKING = frozenset({"risk", "risks", "risking", "risked"})
#: Words between the risk and the act: "risk being arrested", "at risk of (possible) deportation"
_TO_THE_RISK = frozenset({"being", "getting", "of", "possible", "immediate", "eventual", "a", "an"})
#: Words that may join two acts governed alike: "arrested, detained and (then) deported"
_JOINING = frozenset({"and", "or", ",", "then", "later", "eventually", "even", "possibly", "be", "being",
                      "get", "getting"})
#: How many joining words may stand between two acts read as one list
_JOIN_REACH = 3


def risked(lower: Sequence[str], i: int, start: int) -> bool:
    """The act word at ``i`` is what a word of risk before it governs, past only "being", "of" and
    words of the risk's kind: "risk being deported", "at risk of possible detention".

    >>> risked("they risk being arrested".split(), 3, 0)
    True
    >>> risked("they took a risk and were arrested".split(), 6, 0)
    False
    """
    k = i - 1
    while k > start and lower[k] in _TO_THE_RISK:
        k -= 1
    return k >= start and k < i and lower[k] in _RISKING


def joined_to_undone(lower: Sequence[str], words: Sequence[int], i: int, undone: Callable[[int], bool]) -> bool:
    """The act word at ``i`` follows another act word of ``words`` (positions in the sentence, in
    order) with only joining words between, and that one is not told as done (``undone``), or is
    itself joined so to one that is not: "could be arrested and | deported".

    >>> text = "they could be arrested and deported".split()
    >>> joined_to_undone(text, [3, 5], 5, lambda k: k == 3)
    True
    >>> joined_to_undone("police arrested 12 and deported 8".split(), [1, 4], 4, lambda k: k == 1)
    False
    """
    before = [k for k in words if k < i]
    while before:
        j = before.pop()
        gap = lower[j + 1:i]
        if not gap or len(gap) > _JOIN_REACH or not all(w in _JOINING for w in gap) or not _JOINING_WORD & set(gap):
            return False
        if undone(j):
            return True
        i = j
    return False


#: The words that alone make two acts one list (not "be" or "then" by themselves)
_JOINING_WORD = frozenset({"and", "or", ","})
