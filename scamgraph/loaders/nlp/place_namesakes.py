"""A name of two words or more that the story writes as a place is that place wherever else it is
written with no cue of a person: "raided a compound in Chrey Thom commune ... Residents of Chrey
Thom told the paper" (the statistical reader may take the second for a person's name). A title or
rank before the name keeps it a person ("Mr. Santa Cruz")."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import HONORIFICS, RANK_WORDS

__all__ = ["people_named_as_places"]


def people_named_as_places(view: DocView) -> list[Span]:
    """Person mentions of ``view`` whose words are, word for word, those of a place it names (of
    two words or more), with no title or rank before them: made that place."""
    places = {tuple(view.lower[e.start:e.end]): e for e in view.ents if e.label_ == "PLACE" and e.end - e.start >= 2}
    if not places:
        return []
    found = []
    for ent in view.ents:
        place = places.get(tuple(view.lower[ent.start:ent.end])) if ent.label_ == "PERSON" else None
        if place is None:
            continue
        if ent.start > 0 and (view.words[ent.start - 1] in HONORIFICS or view.lower[ent.start - 1] in RANK_WORDS):
            continue  # ("Mr. Santa Cruz said": a person who bears the town's name)
        found.append(view.make(ent.start, ent.end, "PLACE", place.id_))
    return found
