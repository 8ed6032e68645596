"""Where a thing stands: "the fraud hubs are located in a border town", "a camp located near the
river", "the village is located 30 km east of the port". "Located" (or "situated") followed by a word
of place or distance ("in", "near", "30 km from") tells where something is, not that anyone was
found; "40 victims were located in a hotel" (people as its subject) is a finding. English usage:
closed classes of prepositions, directions, units of distance and the people told as the subject.
Read by the count verbs and the lists of nationalities (governing._told_as_done)."""

from __future__ import annotations

from scamgraph import gazetteer as gz

__all__ = ["situated"]

_SITUATING = frozenset({"located", "situated"})
#: Words that may follow "located" when it tells where a thing is
_PLACE_WORDS = frozenset({"in", "at", "near", "on", "along", "inside", "within", "across", "outside", "beside",
                          "between", "around", "off", "close", "next", "just", "about", "some", "approximately",
                          "roughly", "only", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                          "southwest", "northern", "southern", "eastern", "western", "there", "here", ")", ",", "."})
#: Units of a distance after a number: "located 40 km from"
_DISTANCES = frozenset({"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
                        "meters", "m", "minutes", "hours"})
#: Words between the subject and "located": "were mainly located", "is also located"
_BETWEEN = frozenset({"is", "are", "was", "were", "be", "been", "being", "mainly", "mostly", "largely", "also",
                      "reportedly", "allegedly", "all", "both", "currently", "now", "still"})
#: Subjects that make "were located in" a finding of people
_PEOPLE_PRONOUNS = frozenset({"they", "them", "he", "she", "who"})


def situated(lower: list[str], j: int, start: int, end: int) -> bool:
    """Whether "located" at ``j`` (sentence ``start``..``end``) tells where a thing stands: a word
    of place or distance follows it, and the word before it (past "were" and adverbs) is no noun
    or pronoun for people."""
    if lower[j] not in _SITUATING:
        return False
    after = lower[j + 1] if j + 1 < end else "."
    distance = after[:1].isdigit() and j + 2 < end and lower[j + 2] in _DISTANCES
    if after not in _PLACE_WORDS and not distance:
        return False
    k = j - 1
    while k > start and lower[k] in _BETWEEN:
        k -= 1
    return k < start or not (lower[k] in _PEOPLE_PRONOUNS or lower[k] in gz.people_nouns())
