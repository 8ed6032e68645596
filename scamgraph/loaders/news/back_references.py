"""People named by an act told before: "the people we arrested last week were mostly couriers",
"those detained on Monday had fake passports". The act word stands in a relative clause on the
people the sentence is about; it tells who they are, so its day is the earlier act's, and it is no
second act where the story has already told one on a day that day holds."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from scamgraph.loaders.news.reduced_relatives import _PEOPLE_NOUNS

__all__ = ["day_told_before", "names_the_taken"]

#: Words that open a noun phrase of people told before: "the | those | these suspects arrested"
_BACK_DETERMINERS = frozenset({"the", "those", "these"})
#: Doers of a relative clause with no "who": "the people | we | arrested", "the men | police | detained"
_CLAUSE_DOERS = frozenset({"we", "they", "police", "officers", "authorities", "agents", "troops", "soldiers"})
#: Words that open a relative clause: "the people | that | police arrested"
_RELATIVES = frozenset({"that", "whom", "who"})
#: Words after a participle that make it an active verb with an object ("arrested the owner"), not a description
_OBJECT_OPENERS = frozenset({"the", "a", "an", "some", "more", "over", "about", "nearly", "around", "them", "him", "her"})


def names_the_taken(lower: Sequence[str], like_num: Sequence[bool], at: int, start: int) -> bool:
    """The participle at ``at`` describes the people the sentence opens on: "those arrested last
    week", "the suspects held on Monday", "the people we arrested", "the women that police detained"
    (not "police arrested the owner on Monday", whose verb takes an object)."""
    if not lower[at].endswith("ed") or at - start < 1 or at + 1 < len(lower) and (like_num[at + 1]
                                                                                  or lower[at + 1] in _OBJECT_OPENERS):
        return False
    head = at - 1
    if lower[head] in _CLAUSE_DOERS:
        head -= 1 + (head - 1 >= start and lower[head - 1] in _RELATIVES)
    if lower[head] == "those":
        return True  # ("Those arrested last week ...")
    return head - 1 >= start and lower[head] in _PEOPLE_NOUNS and lower[head - 1] in _BACK_DETERMINERS


#: Kinds of act that take people, which a back-reference to people taken may name
_TAKING = frozenset({"raid", "arrest", "detention"})


def day_told_before(value: str, told: Iterable[tuple[str, str]]) -> bool:
    """Some act of taking people told before (its kind and date) fell on the day or in the span
    ``value`` names: "raided a house on March 3 ... the people we arrested last week" (March 3 lies
    in last week)."""
    first, _, last = value.partition("/")
    try:
        low, high = date.fromisoformat(first), date.fromisoformat(last or first)
    except ValueError:
        return False
    for kind, day in told:
        try:
            if kind in _TAKING and day and low <= date.fromisoformat(day.partition("/")[0]) <= high:
                return True
        except ValueError:
            continue
    return False
