"""A name nobody listed, written right before a lower-case noun for a group of people, names that
group: "members of the Kobra gang", "the notorious 'Kobra' gang", "Green Wave movement leader Tom
Sarel", "the Lanta Eagles chapter of Phnom Penh" (made-up examples). The noun is not part of the
name, as the writer shows by its small letter; stories name gangs, movements and clubs this way
more often than in apposition, and no other cue (a head word, "the group X") stands near them.

Only nouns that never follow a place's or a person's name in their ordinary sense are taken:
"group", "network" or "ring" also follow a demonym or a town ("a Chinese ring", "the Myawaddy
network"), and "party" a host's name ("a birthday party"), so they are left to the other cues.
A one-word run at a sentence's start is left too: "Criminal gangs ..." is no name, only a capital."""

from __future__ import annotations

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["kind_before_group_noun"]

#: Lower-case nouns for a group after its name, and the kind of organization each makes it: a
#: movement or a club's chapter is a civic group ("ngo"), which tells of scams and runs none
_GROUP_NOUNS = {"gang": "criminal group", "syndicate": "criminal group", "triad": "criminal group",
                "cartel": "criminal group", "mafia": "criminal group", "movement": "ngo", "chapter": "ngo"}
#: Endings of one word telling where a group comes from, which no table of demonyms lists whole
#: ("Fujianese", "Calabrian"): an adjective of origin, no group's name
_ORIGIN_ENDINGS = ("ian", "ese", "ean", "ish")
#: Closing quotation marks a writer puts around a gang's nickname before the noun: "the 'Kobra' gang"
_CLOSING_QUOTES = frozenset({"'", "’", '"', "”"})


def kind_before_group_noun(view: DocView, start: int, end: int) -> str | None:
    """The kind of organization the run from ``start`` to ``end`` names when a group's noun follows
    it, written in lower case (past a closing quotation mark); None when none follows."""
    k = end + (end < len(view.words) and view.words[end] in _CLOSING_QUOTES)
    if k >= len(view.words) or view.words[k] not in _GROUP_NOUNS:
        return None
    if end - start == 1 and view.starts[start]:
        return None  # "Criminal gangs run the compounds": a sentence's capital, no name
    if end - start == 1 and view.lower[start].endswith(_ORIGIN_ENDINGS):
        return None  # "a Fujianese gang", "the Sicilian mafia": where its members come from, no name
    return _GROUP_NOUNS[view.words[k]]
