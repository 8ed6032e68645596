"""A border post named by the services it houses, spelled out as a list: "the Rowan Ford
Immigration, Customs, Quarantine and Security Complex", "the Elmbridge Customs and Immigration
Checkpoint". The commas and "and" would cut the name into a body ("Rowan Ford Immigration") and a
bare site ("Security Complex"); the whole name is one landmark, the place people cross at (the
spelled-out form of a "CIQS complex", landmark_heads.tsv).

Only a list of two or more of the border services counts, closed by a word for the post, with a
capitalized name before it: "Immigration and Customs" alone are bodies, not a place. The word for
the post may be written small ("the Rowan Ford Customs, Immigration and Quarantine complex")."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["spelled_out_posts"]

#: The services a border post houses, as its name lists them
_SERVICES = frozenset({"Immigration", "Customs", "Quarantine", "Security"})
#: Words that join the services of the list
_JOINS = frozenset({",", "and", "&"})
#: Words for the post that close its name
_POSTS = frozenset({"Complex", "Checkpoint", "Building", "Post", "complex", "checkpoint"})
#: Capitalized words before the name that are no part of it
_NOT_NAME = frozenset({"The", "At", "In", "From", "Via", "Through", "To", "Near"})


def spelled_out_posts(view: DocView) -> list[Span]:
    """Every border post of the document named as a list of its services."""
    words, found = view.words, []
    for head in (k for k, w in enumerate(words) if w in _POSTS):
        first, services, listed = head, 0, False
        while first > 0 and (words[first - 1] in _SERVICES or words[first - 1] in _JOINS and services):
            first -= 1
            services += words[first] in _SERVICES
            listed = listed or words[first] in _JOINS
        while first < head and words[first] in _JOINS:
            first += 1  # (a comma before the list: no word of the name)
        if services < 2 or not listed or words[first] not in _SERVICES:
            continue
        start = first
        while start > 0 and view.cap[start - 1] and words[start - 1].isalpha() and words[start - 1] not in _NOT_NAME:
            start -= 1
        if start == first:
            continue  # "Immigration, Customs and Security Complex" with no town's name: unnamed
        code = next((e.id_.split("|")[-1] for k in range(start, first) if (e := view.owner.get(k)) is not None
                     and e.label_ in {"PLACE", "COUNTRY"} and e.id_.split("|")[-1]), "")
        found.append(view.make(start, head + 1, "PLACE", f"{view.doc[start:head + 1].text}|landmark|{code}"))
    return found
