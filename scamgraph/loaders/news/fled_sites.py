"""A flight from a compound is an escape wherever the sentence tells it. A relative clause of the
people's past ("17 Zorvanians who were trafficked") tells no act of its own, and the reader drops
the act words in it; but "Zorvania brought back 120 of its nationals who had fled a scam compound
in Myanmar" tells that the people got out of a compound by themselves, an escape (an event of its
own in the guidelines), told nowhere else. Fleeing a country ("who had fled to Thailand") is not
read here: crossing a border is no break-out."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.news.words import _UNNAMED_SITES

__all__ = ["fled_a_site"]

#: Verbs of getting away by oneself
_FLEEING = frozenset({"fled", "escaped", "flee", "escape"})
#: Words of a compound's kind that may stand before its head: "a notorious cyber scam centre"
_SITE_MODIFIERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "one", "notorious", "fraud", "scam", "cyber",
                             "online", "criminal", "guarded", "walled", "fortified", "sprawling", "gambling", "so-called",
                             "same", "another", "-", "telecom", "call"})
#: Heads of a compound's name told without one: "a fraud compound", "a scam centre"
_SITE_HEADS = frozenset(w for w in _UNNAMED_SITES if " " not in w) | {"centre", "center", "compounds", "centres", "centers",
                                                                    "park", "zone", "hubs"}
#: How many words may stand between the verb and the compound's head
_REACH = 6


def fled_a_site(lower: Sequence[str], doc: Doc, i: int, end: int) -> bool:
    """The escape word at ``i`` (sentence up to ``end``) takes a compound or a named site for its
    object: "had fled a fraud compound", "escaped from the Amber Wren Park"."""
    if lower[i] not in _FLEEING:
        return False
    k = i + 1 + (i + 1 < end and lower[i + 1] == "from")
    for j in range(k, min(end, k + _REACH)):
        if doc[j].ent_type_ == "SITE" or lower[j] in _SITE_HEADS:
            return True
        if lower[j] not in _SITE_MODIFIERS:
            return False
    return False
