"""A country that opens a compound adjective of backing or origin ("an Atlantis-backed militia",
"an Atlantis-born tycoon", "an Atlantis-origin kingpin") tells who backs a thing or where a
person was born, not a place where anything in the story happens, so that mention makes no
place node; "-based" and "-bound" do say where things are or go, and stay places. A country that
speaks or works as its government ("Atlantis announced", "The Atlantis is working with ...",
and the headline's inverted "..., says Atlantis:") names no place either, unless a preposition
makes it the place of the body before it ("the embassy in Atlantis said": the embassy speaks).
Nor does a country written before a state's people or office ("Atlantis officials", "Atlantis
counterparts", "Atlantis Deputy High Commissioner X"): it says whose they are, as a demonym would
("Atlantean officials"), not where anything happens."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

#: Second halves of the compounds whose country names no place of the story (a closed class).
_BACKING = frozenset({"backed", "born", "origin", "funded", "sponsored", "supported", "allied", "aligned",
                      "affiliated", "linked", "controlled", "owned", "led", "run", "made"})
_HYPHENS = frozenset({"-", "\u2013"})
#: Verbs of a government's statement or work right after a country, perhaps after an auxiliary
_STATEMENTS = frozenset({"announced", "announces", "said", "says", "vowed", "vows", "warned", "warns", "welcomed",
                         "welcomes", "condemned", "working"})
_AUXILIARIES = frozenset({"is", "was", "has", "had", "will"})
#: A state's people, office or media a country's name may stand before, as a demonym would
_STATE_PEOPLE = frozenset({"officials", "official", "counterparts", "counterpart", "diplomats", "diplomat", "envoys",
                           "envoy", "media", "lawmakers", "negotiators", "representatives"})
#: Verbs of an inverted attribution before a country: "..., says Atlantis"
_SAYS = frozenset({"says", "said"})
#: Words that close a headline's inverted attribution after the country
_CLAUSE_ENDS = frozenset({":", ",", ".", ";", "\n"})
#: Words that make the country the object of a preposition, the place of what comes before it
_PREPOSITIONS = frozenset({"in", "at", "to", "from", "of", "for", "with", "by", "near", "into", "across", "on"})


def backing_compound(lower: Sequence[str], end: int) -> bool:
    """True when the country ending at ``end`` is joined by a hyphen to a word of backing or origin."""
    return end + 1 < len(lower) and lower[end] in _HYPHENS and lower[end + 1] in _BACKING


def speaks_as_government(lower: Sequence[str], start: int, end: int) -> bool:
    """True when the country between ``start`` and ``end`` is the subject of a statement or of work."""
    if start > 0 and lower[start - 1] in _PREPOSITIONS or end >= len(lower):
        return False
    if start > 0 and lower[start - 1] in _SAYS and lower[end].strip(" ") in _CLAUSE_ENDS:
        return True  # "We are serious, says Atlantis: ..."
    verb = lower[end + 1] if lower[end] in _AUXILIARIES and end + 1 < len(lower) else lower[end]
    return verb in _STATEMENTS


def owns_state_people(lower: Sequence[str], end: int, doc: Doc | None) -> bool:
    """True when the country ending at ``end`` stands before a state's people or a title (an
    entity of ``doc`` labelled ROLE)."""
    return end < len(lower) and (lower[end] in _STATE_PEOPLE or doc is not None and doc[end].ent_type_ == "ROLE")


def names_no_place(lower: Sequence[str], start: int, end: int, doc: Doc | None = None) -> bool:
    """A backing compound, a country speaking as its government, or one before its state's people
    or a title: the mention is no place."""
    return backing_compound(lower, end) or speaks_as_government(lower, start, end) or owns_state_people(lower, end, doc)
