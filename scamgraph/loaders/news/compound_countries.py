"""A country that opens a compound adjective of backing or origin ("an Atlantis-backed militia",
"an Atlantis-born tycoon", "an Atlantis-origin kingpin") tells who backs a thing or where a
person was born, not a place where anything in the story happens, so that mention makes no
place node; "-based" and "-bound" do say where things are or go, and stay places. A country that
speaks or works as its government ("Atlantis announced", "The Atlantis is working with ...")
names no place either, unless a preposition makes it the place of the body before it ("the
embassy in Atlantis said": the embassy speaks)."""

from __future__ import annotations

from collections.abc import Sequence

#: Second halves of the compounds whose country names no place of the story (a closed class).
_BACKING = frozenset({"backed", "born", "origin", "funded", "sponsored", "supported", "allied", "aligned",
                      "affiliated", "linked", "controlled", "owned", "led", "run", "made"})
_HYPHENS = frozenset({"-", "\u2013"})
#: Verbs of a government's statement or work right after a country, perhaps after an auxiliary
_STATEMENTS = frozenset({"announced", "announces", "said", "says", "vowed", "vows", "warned", "warns", "welcomed",
                         "welcomes", "condemned", "working"})
_AUXILIARIES = frozenset({"is", "was", "has", "had", "will"})
#: Words that make the country the object of a preposition, the place of what comes before it
_PREPOSITIONS = frozenset({"in", "at", "to", "from", "of", "for", "with", "by", "near", "into", "across", "on"})


def backing_compound(lower: Sequence[str], end: int) -> bool:
    """True when the country ending at ``end`` is joined by a hyphen to a word of backing or origin."""
    return end + 1 < len(lower) and lower[end] in _HYPHENS and lower[end + 1] in _BACKING


def speaks_as_government(lower: Sequence[str], start: int, end: int) -> bool:
    """True when the country between ``start`` and ``end`` is the subject of a statement or of work."""
    if start > 0 and lower[start - 1] in _PREPOSITIONS or end >= len(lower):
        return False
    verb = lower[end + 1] if lower[end] in _AUXILIARIES and end + 1 < len(lower) else lower[end]
    return verb in _STATEMENTS


def names_no_place(lower: Sequence[str], start: int, end: int) -> bool:
    """A backing compound or a country speaking as its government: the mention is no place."""
    return backing_compound(lower, end) or speaks_as_government(lower, start, end)
