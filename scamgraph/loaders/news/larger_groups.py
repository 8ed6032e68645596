"""A count named as the larger group others belong to, after a copula: "the deportees were among
335 Chinese who were held in a raid", "were part of a group of 335 Chinese who were arrested". The
relative clause on that group tells what was done to all of it, as a participle after it does
("were among 512 foreigners arrested in October", read already); the people before the copula are
only some of them, so the act their own noun names ("deportees") is not the group's (audit 30)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["larger_group_before"]

#: Words between "among" / "group of" and the number: "among (the | about | some | over) 335"
_ROUGH = frozenset({"the", "about", "some", "nearly", "almost", "around", "roughly", "approximately", "over",
                    "more", "than", "at", "least"})
#: The copulas that make the count a predicate: "the deportees were among ..."
_COPULAS = frozenset({"were", "was", "are", "is", "been", "be"})
#: Nouns of a group in "part of a group of 335"
_GROUPS = frozenset({"group", "batch"})


def larger_group_before(lower: Sequence[str], start: int, floor: int) -> bool:
    """Whether the count opening at ``start`` is the object of "among" or "part of a group of" after
    a copula (not "among them, 12 Thais", not "rescued a group of 20")."""
    k = start - 1
    while k > floor and lower[k] in _ROUGH:
        k -= 1
    if k > floor and lower[k] == "among":
        return lower[k - 1] in _COPULAS
    if k - 4 >= floor and lower[k] == "of" and lower[k - 1] in _GROUPS and lower[k - 2] in {"a", "the"} \
            and lower[k - 3] == "of" and lower[k - 4] == "part":
        return k - 5 >= floor and lower[k - 5] in _COPULAS
    return False
