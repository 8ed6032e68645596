"""A further batch of people or a further operation told after the first: "A second group of 150
Indonesians was repatriated", "In a third raid, police detained 45", "Another 25 Vietnamese were
deported". Such an act is one of its own, even with no day or place of its own: merged into the
act of its kind told before, its count would replace that act's count or be lost.

Only what opens the act's own clause counts, before its word: "police detained 120 Chinese and
another 30 Vietnamese" is one act with two parts."""

from __future__ import annotations

from collections.abc import Sequence

#: Words that number a further one of its kind: "a second batch", "the next flight", "another group"
_FURTHER = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "next", "another", "further", "subsequent", "follow-up"})
#: What a further one is of: a party of people sent or taken together, or an operation
_PARTIES = frozenset({"batch", "group", "wave", "round", "flight", "tranche", "contingent", "planeload", "busload",
                      "raid", "operation", "crackdown", "sweep"})
#: Words that count further people with a number after them: "another 25", "a further 12", "an additional 80"
_MORE_OF = frozenset({"another", "further", "additional"})
#: How far before the act's word such a subject may open: "A second group of 150 Indonesians was repatriated"
_REACH = 10


def next_batch(lower: Sequence[str], like_num: Sequence[bool], sent_start: int, at: int) -> bool:
    """The act word at ``at`` has, earlier in its sentence and within a few words, an ordinal or
    "another" before a word for a party or an operation ("a second batch of", "in a third raid"), or
    "another" / "a further" before a number ("Another 25 Vietnamese were deported")."""
    for j in range(max(sent_start, at - _REACH), at):
        word = lower[j]
        if word in _FURTHER and j + 1 <= at and lower[j + 1] in _PARTIES:
            return True
        if word in _MORE_OF and j + 1 < at and like_num[j + 1]:
            return True
    return False
