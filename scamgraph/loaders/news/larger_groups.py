"""A count named as the larger group others belong to, after a copula: "the men sent home were among
300 Lao who were detained in a sweep", "are part of a batch of 300 Lao who were arrested". The
relative clause on that group tells what was done to all of it, as a participle after it does
("were among 300 Lao caught in a sweep", read already); the people before the copula are only some
of them, so the act their own noun names ("deportees") is not the group's (audit 30)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["larger_group_before"]

#: Words between "among" / "group of" and the number: "among (the | about | some | over) 300"
_ROUGH = frozenset({"the", "about", "some", "nearly", "almost", "around", "roughly", "approximately", "over",
                    "more", "than", "at", "least"})
#: The copulas that make the count a predicate: "the men sent home were among ..."
_COPULAS = frozenset({"were", "was", "are", "is", "been", "be"})
#: Adjectives of a group that holds others: "part of a wider group of 500"
_WIDER = frozenset({"wider", "larger", "bigger", "broader"})
#: Verbs that make a count a predicate as a copula does: "the 40 form part of a group of 500"
_FORMING = frozenset({"form", "forms", "formed", "make", "makes", "made"})
#: Nouns of a group in "part of a batch of 300"
_GROUPS = frozenset({"group", "batch"})


def larger_group_before(lower: Sequence[str], start: int, floor: int) -> bool:
    """Whether the count opening at ``start`` is the object of "among", "one of" or "part of a group
    of" after a copula (not "among them, 12 Thais", not "rescued a group of 20")."""
    k = start - 1
    while k > floor and lower[k] in _ROUGH:
        k -= 1
    if k > floor and lower[k] == "among":
        return lower[k - 1] in _COPULAS
    if k - 1 > floor and lower[k] == "of" and lower[k - 1] == "one":
        return lower[k - 2] in _COPULAS  # "Dewi was one of 120 citizens who were rescued in a raid"
    if k - 4 >= floor and lower[k] == "of" and lower[k - 1] in _GROUPS:
        j = k - 2 - (lower[k - 2] in _WIDER)  # ("part of a wider group of 500")
        if j - 2 >= floor and lower[j] in {"a", "the"} and lower[j - 1] == "of" and lower[j - 2] == "part":
            return j - 3 >= floor and lower[j - 3] in _COPULAS | _FORMING
    return False
