"""State bodies that are not one capitalized name: a country's or a place's lower-case agency
words ("Thai authorities", "Tak provincial police", "Myanmar's military"), one such head shared
by coordinated countries ("US and UK authorities"), and bodies written wholly in lower case
("the foreign ministry"). The word sequences are compiled cue patterns (``patterns``); this
module decides what a match means in its place.
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["lower_agency_head", "lower_bodies", "shared_agency_head"]

_BEFORE_BODY = frozenset({"the", "'s", "’s"})


def lower_bodies(view: DocView) -> list[Span]:
    """"the foreign ministry", "Indonesia's interior ministry": agencies written in lower case,
    exactly as listed, after "the" or "'s"; at each place the longest that no entity owns."""
    best: dict[int, int] = {}
    for start, end in view.matches.spans("LOWER_BODY"):
        if start == 0 or view.lower[start - 1] not in _BEFORE_BODY or view.words[start:end] != view.lower[start:end]:
            continue
        if not any(k in view.owner for k in range(start, end)) and end > best.get(start, 0):
            best[start] = end
    return [view.make(start, best[start], "AGENCY", "||") for start in sorted(best)]


def shared_agency_head(view: DocView, end: int) -> str:
    """The lower-case agency words that a coordinated country shares: "US | and UK authorities"."""
    doc = view.doc
    if end + 1 >= len(doc) or view.lower[end] not in {"and", "or", ","}:
        return ""
    other = view.owner.get(end + 1)
    if other is None or other.label_ not in {"NORP", "COUNTRY"} or other.start != end + 1:
        return ""
    head_end = lower_agency_head(view, other.end)
    return doc[other.end:head_end].text if head_end else ""


def lower_agency_head(view: DocView, end: int) -> int:
    """Where lower-case agency words right after a name end ("Tak | provincial police"), or 0."""
    return view.matches.agency_head_end(end)
