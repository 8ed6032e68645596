"""Crowds fleeing over a border: "scores of labourers fled over the river", "dozens fled by
crossing the frontier", "the shelling caused thousands to flee over the frontier". People who
leave a compound by crossing a border or a river on their own are an escape, as much as those who
flee "the compound"; one fugitive fleeing over a border is not (a crowd, a number or a word for
the people who fled must stand before the verb). "caused thousands to flee" tells the flight as
done, unlike "tried to flee"."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS
from scamgraph.loaders.numbers import written_year

__all__ = ["crowd_fled_across", "driven_to_flee"]

#: How one crosses: "fled across the border", "fled over the river", "fled by crossing the frontier"
_ACROSS = frozenset({"across", "over", "crossing"})
#: What is crossed
_LINES = frozenset({"border", "borders", "river", "frontier"})
#: The people who fled, told before the verb: a crowd or the ones held in a compound (never "suspects")
_CROWDS = frozenset({"hundreds", "thousands", "dozens", "scores", "workers", "victims", "nationals", "foreigners",
                     "people", "migrants", "employees", "others", "captives", "detainees", "labourers", "laborers"})
#: Verbs that make someone flee (the flight happened): "the raid led workers to flee"
_DRIVING = frozenset({"led", "forced", "prompted", "caused", "drove", "compelled", "sent", "spurred"})
#: Punctuation after a number that ends its phrase ("In 2023, the boss fled"): it counts no one
_STOPS = frozenset({",", ";", ":", ")", "("})
#: How far before the verb the crowd may be named ("scores of Lao, Malagasy and other labourers fled")
_SUBJECT_REACH = 4


def crowd_fled_across(lower: Sequence[str], like_num: Sequence[bool], i: int, start: int, end: int) -> bool:
    """Whether the flight word at ``i`` (tokens ``start:end``, the sentence) crosses a border or a
    river ("across | over the (Moei) river", "by crossing the border") and a crowd fled."""
    after = lower[i + 1:min(end, i + 3)]
    if _ACROSS.isdisjoint(after) or _LINES.isdisjoint(lower[i + 2:min(end, i + 7)]):
        return False
    k = i - 1
    if lower[k:i] == ["to"]:
        k -= 1  # "caused scores of captive labourers | to | flee"
    lead = range(max(start, k - _SUBJECT_REACH + 1), k + 1)
    return any(lower[j] in _CROWDS or like_num[j] and _counts_people(lower, j) for j in lead)


def _counts_people(lower: Sequence[str], j: int) -> bool:
    """The number at ``j`` counts people, not a day or a year: "300 fled", "300 Chinese fled", not
    "In 2023, the boss fled" nor "On 12 May, the boss fled"."""
    return not written_year(lower[j]) and lower[j + 1] not in _STOPS and lower[j + 1] not in CALENDAR_WORDS


def driven_to_flee(lower: Sequence[str], i: int, start: int) -> bool:
    """"caused scores of them to flee", "forced them to flee": "to" after a verb that makes someone
    flee (within six words) tells a flight that happened, not one only tried or planned."""
    if i - 1 <= start or lower[i - 1] != "to":
        return False
    return not _DRIVING.isdisjoint(lower[max(start, i - 7):i - 1])
