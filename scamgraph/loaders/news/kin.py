"""A person named only to say whose kin or aide someone is: "Chen Hao's wife, Liu Mei", "the brother
of Saw Kyaw Lin". An act told of that someone (an arrest, a sanction) is not an act on the person
named: the name only says whose they are."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["named_for_kin"]

#: Kin and aides a person's name may be used to name
_KIN = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece",
                  "cousin", "relative", "relatives", "family", "driver", "bodyguard", "bodyguards", "aide", "aides",
                  "assistant", "lawyer", "girlfriend", "boyfriend", "partner", "associate", "associates", "sons",
                  "daughters", "brothers", "children", "employees", "staff"})


def named_for_kin(lower: Sequence[str], start: int, end: int, floor: int) -> bool:
    """The name at ``start:end`` (sentence from ``floor``) stands in "<name>'s <kin>" or "<kin> of
    (the) <name>"."""
    possessive = lower[end:end + 1] in (["'s"], ["’s"]) and end + 1 < len(lower) and lower[end + 1] in _KIN
    k = start - 1
    while k > floor and start - k <= 3 and lower[k] != "of" and lower[k].isalpha():
        k -= 1  # ("the nephew of militia leader X": past the title and the article before the name)
    return possessive or k > floor and lower[k] == "of" and lower[k - 1] in _KIN
