"""A place's name that opens an airline's is no place: "a Cebu Pacific flight" names the carrier,
not the province of Cebu; "a Bangkok Airways plane" no flight to Bangkok. The airline's name
goes on in capitals after the place and ends in a carrier word or before a flight word. A place
right before the flight word ("a Phnom Penh flight") is where the flight goes, and stays."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import FLIGHT_WORDS

__all__ = ["places_naming_airlines"]

#: Words that end an airline's name: "Vietnam Airlines", "Bangkok Airways", "Lao Air".
CARRIER_WORDS = frozenset({"airlines", "airline", "airways", "air"})
_PLACE_LABELS = frozenset({"PLACE", "COUNTRY"})


def places_naming_airlines(view: DocView) -> set[Span]:
    """The places in the document's entities that open an airline's name."""
    return {e for e in view.ents if e.label_ in _PLACE_LABELS and _opens_an_airline(view, e.end)}


def _opens_an_airline(view: DocView, end: int) -> bool:
    """After the place (ending at ``end``): a carrier word, or one or two capitalized words and a
    flight word ("Cebu | Pacific flight")."""
    size = len(view.doc)
    if end < size and view.lower[end] in CARRIER_WORDS and view.words[end][:1].isupper():
        return True
    k = end
    while k < size and k - end < 2 and view.words[k][:1].isupper() and view.words[k].isalpha():
        k += 1
    return k > end and k < size and view.lower[k] in FLIGHT_WORDS
