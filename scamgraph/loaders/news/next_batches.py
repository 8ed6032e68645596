"""A further batch of people or a further operation told after the first: "A second group of 150
Indonesians was repatriated", "In a third raid, police detained 45", "Another 25 Vietnamese were
deported". Such an act is one of its own, even with no day or place of its own: merged into the
act of its kind told before, its count would replace that act's count or be lost. The same holds
where the further people are the act's own object ("Police later detained another 40 people"):
a raid told before did not take them.

Only what opens the act's own clause counts, before its word: "police detained 120 Chinese and
another 30 Vietnamese" is one act with two parts. A raid on "a second building" or "another
compound" is a raid of its own too."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.words import _UNNAMED_SITES

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
    return more_as_object(lower, like_num, at)


def more_as_object(lower: Sequence[str], like_num: Sequence[bool], at: int) -> bool:
    """"arrested another 85 suspects", "detained a further 12": the act word's object, right after
    it, counts people on top of those told before. Only there: in "detained 120 Chinese and another
    30 Vietnamese" the "another" is a second part of the one act's count."""
    k = at + 1 + (lower[at + 1:at + 2] == ["a"] or lower[at + 1:at + 2] == ["an"])
    return k + 1 < len(lower) and lower[k] in _MORE_OF and like_num[k + 1]


def another_site(lower: Sequence[str], at: int, end: int) -> bool:
    """The raid word at ``at`` takes as its object a further unnamed site: "raided a second building
    nearby", "searched another compound" (one word of a kind may come between: "a second large villa")."""
    for k in range(at + 1, min(at + 3, end)):
        if lower[k] in _FURTHER and any(w in _UNNAMED_SITES for w in lower[k + 1:min(k + 3, end)]):
            return True
    return False
