"""A company's name that holds an ampersand ("Velmora Travel & Tours Sdn Bhd", "Kestrel Trading &
Logistics Ltd"): the runs split at the "&", so its first half is read alone, often as a person
("Velmora Travel") and its tail as the company ("Tours Sdn Bhd"). One name from the first
capitalized word to the company's end is the company."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["firms_joined_by_ampersand"]

#: Readings a half before the "&" may have had: a person, a firm or a place ("Johor Travel")
_HALF_LABELS = frozenset({"", "PERSON", "ORG", "PLACE"})
#: The most words a first half takes ("Golden Star Travel Agency & Tours")
_MOST_WORDS = 5


def firms_joined_by_ampersand(view: DocView) -> list[Span]:
    """Companies whose name begins right after an "&" that capitalized words precede: each one,
    widened back over those words (the firm's own first half)."""
    if "&" not in view.words:
        return []
    found = []
    for ent in view.ents:
        if ent.label_ != "ORG" or ent.id_.split("|")[1:2] != ["company"] or ent.start < 2 \
                or view.words[ent.start - 1] != "&":
            continue
        start = _first_half(view, ent.start - 1)
        if start < ent.start - 1:
            found.append(view.make(start, ent.end, "ORG", ent.id_))
    return found


def _first_half(view: DocView, amp: int) -> int:
    """Where the capitalized words right before the "&" at ``amp`` begin (``amp`` if none): words
    no other kind of name owns, and no sentence's opening article."""
    k = amp
    while k > 0 and amp - k < _MOST_WORDS and view.cap[k - 1] and view.label_at(k - 1) in _HALF_LABELS \
            and view.lower[k - 1] != "the":
        k -= 1
    return k
