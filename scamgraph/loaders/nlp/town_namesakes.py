"""A town's name that towns of several countries share is read as the most populous one's ("San
Juan": Puerto Rico's). Where the page names that country nowhere else (no other place, country,
people or body of it) and names exactly one other country whose town bears the name, the town is
that country's: "arrested in San Juan City" in a story of the Philippine Bureau of Immigration and
Pasay is the Philippine San Juan."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["towns_of_the_story"]

#: Labels of the entities whose country says which countries the page tells of
_TELLING = frozenset({"PLACE", "COUNTRY", "NORP", "AGENCY"})


def towns_of_the_story(view: DocView) -> list[Span]:
    """The namesake towns of ``view`` given the one other country of their name the page tells of."""
    namesakes = gz.city_namesakes()
    towns = [e for e in view.ents if e.label_ == "PLACE" and e.id_.split("|")[1:2] == ["city"]
             and e.id_.split("|")[0] in namesakes]
    if not towns:
        return []
    named = {e.id_.split("|")[-1] for e in view.ents if e.label_ in _TELLING and e not in towns} - {""}
    found = []
    for town in towns:
        name, kind, code = town.id_.split("|")
        others = (namesakes[name] - {code}) & named
        if code not in named and len(others) == 1:
            found.append(view.make(town.start, town.end, "PLACE", f"{name}|{kind}|{next(iter(others))}"))
    return found
