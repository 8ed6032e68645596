"""Words of escape that tell no escape. "Escape" with a hardship for its object ("a job that would help
her parents escape the grinding poverty of their village") is a figure of speech: nobody got out of
any place. And "fleeing" or "escaping" said of people in general, as whom a body serves ("a shelter
for people fleeing scam compounds", "assisting victims fleeing such places"), names a kind of people,
not a flight that happened: "Police caught 20 workers fleeing the compound" (people counted, the act
told) is left an escape."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["escapes_a_hardship", "fleeing_as_a_kind"]

#: Words of escaping that may take a hardship for their object
_ESCAPING = frozenset({"escape", "escapes", "escaped", "escaping", "flee", "flees", "fled", "fleeing"})
#: Hardships one escapes only in a figure of speech: "escape poverty", "flee the debts"
_HARDSHIPS = frozenset({"poverty", "hardship", "hardships", "debt", "debts", "unemployment", "joblessness", "misery",
                        "destitution", "hunger", "boredom", "drudgery", "squalor", "struggles", "deprivation"})
#: How many words (an article, adjectives) may stand between the verb and the hardship
_REACH = 4
#: Words that end the search for the object: a preposition of place or a clause
_STOPS = frozenset({",", ";", ".", "and", "to", "into", "across", "over", "in", "at", "on", "by", "through", "via",
                    "with", "after", "before", "when", "while"})

#: People told in general, with no number or article of their own
_PEOPLE_IN_GENERAL = frozenset({"people", "victims", "workers", "those", "individuals", "survivors", "migrants",
                                "refugees", "women", "men", "children", "persons"})
#: Words before such people that make them whom a body serves: "for people fleeing", "assisting victims
#: fleeing" (not "of": "footage showed hundreds of workers fleeing a compound" tells a flight)
_SERVING = frozenset({"for", "to", "help", "helps", "helping", "helped", "assist", "assists", "assisting",
                      "support", "supports", "supporting", "serve", "serves", "serving", "shelter", "shelters",
                      "sheltering", "house", "houses", "housing", "protect", "protects", "protecting"})


def escapes_a_hardship(lower: Sequence[str], i: int, end: int) -> bool:
    """The escape word at ``i`` takes a hardship for its object, within a few words and before any
    word of place ("escape the grinding poverty of their village", "fled from crushing debts"):
    a figure of speech, no escape. ("escaped the compound to flee poverty" keeps its compound.)"""
    if lower[i] not in _ESCAPING:
        return False
    k = i + 1
    if k < end and lower[k] == "from":
        k += 1
    for j in range(k, min(end, k + _REACH)):
        if lower[j] in _HARDSHIPS:
            return True
        if lower[j] in _STOPS:
            return False
    return False


def fleeing_as_a_kind(lower: Sequence[str], i: int, start: int) -> bool:
    """The participle "fleeing" or "escaping" at ``i`` follows people told in general, after a word
    that makes them those a body serves ("a shelter for people fleeing compounds", "assisting
    victims fleeing such places"): who they are, not an act."""
    if lower[i] not in {"fleeing", "escaping"} or i - 2 < start:
        return False
    return lower[i - 1] in _PEOPLE_IN_GENERAL and lower[i - 2] in _SERVING
