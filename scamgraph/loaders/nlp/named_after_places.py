"""Places whose names only open or close the name of something else: a diplomatic process or an
accord named for the town where it began ("the Bali Process", "the Bangkok Declaration"), and a sea
named for the country on its shore ("the Gulf of Thailand", "the Bay of Bengal"). The story tells
of the accord or the sea, not of the town or the country: the place is dropped (as an airline's
place is, ``carriers``)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["places_naming_accords_or_seas"]

#: Title-case heads of a named accord, process or gathering after a town's name ("Bali Process")
_ACCORD_HEADS = frozenset({"Process", "Declaration", "Convention", "Protocol", "Accord", "Accords", "Agreement",
                           "Initiative", "Consensus", "Forum", "Summit", "Dialogue", "Framework", "Charter",
                           "Treaty", "Pact", "Principles", "Statement"})
#: Title-case words of a sea or its part, named "of" a country ("Gulf of Thailand")
_WATERS = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits"})
_PLACE_LABELS = frozenset({"PLACE", "COUNTRY"})


def places_naming_accords_or_seas(view: DocView) -> set[Span]:
    """The places of the document's entities that open an accord's name or close a sea's."""
    return {e for e in view.ents
            if e.label_ in _PLACE_LABELS and (_opens_an_accord(view, e.end) or _names_a_sea(view, e.start))}


def _opens_an_accord(view: DocView, end: int) -> bool:
    """An accord's head right after the place (ending at ``end``), which no other name holds."""
    return end < len(view.words) and view.words[end] in _ACCORD_HEADS and end not in view.owner


def _names_a_sea(view: DocView, start: int) -> bool:
    """"of" and a sea's word right before the place (starting at ``start``)."""
    return start >= 2 and view.lower[start - 1] == "of" and view.words[start - 2] in _WATERS
