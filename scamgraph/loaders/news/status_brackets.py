"""A bracket right after a person's name that tells the person's age and where their case stands
("a man surnamed Yoon (in his 30s, indicted and detained)", "Park (42, arrested)"): Korean
reporting writes a suspect's status this way. The act words inside it are no event the story
tells: they carry no day and no count of their own, and the sentence's day belongs to its verb."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["in_a_status_bracket"]

#: How many words a status bracket holds at most, its brackets left out
_REACH = 10
#: Possessives of "in his 30s", "in her 40s"
_POSSESSIVES = frozenset({"his", "her", "their"})


def in_a_status_bracket(lower: Sequence[str], words: Sequence[str], like_num: Sequence[bool], i: int, start: int) -> bool:
    """The act word at ``i`` stands inside a bracket that opens right after a capitalised word (a
    name) and begins with an age: a number ("(42, arrested)") or "in his 30s"."""
    opening = next((k for k in range(i - 1, max(start, i - _REACH) - 1, -1) if words[k] in {"(", ")"}), None)
    if opening is None or words[opening] != "(" or opening - 1 < start or not words[opening - 1][:1].isupper():
        return False
    if ")" not in words[i + 1:i + _REACH]:
        return False
    first = opening + 1
    return like_num[first] or lower[first] == "in" and first + 1 < i and lower[first + 1] in _POSSESSIVES
