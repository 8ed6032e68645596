"""A known place's name that ends a longer division's name is not that place: "Phnom Penh's Chamkar
Mon district" names a district of Phnom Penh, not Myanmar's Mon State. A one-word place with an
unknown capitalized word right before it (not opening the sentence) and a division word right
after it is the tail of another name, and is dropped."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["tails_of_longer_places"]

#: Words of an administrative division after a place's name.
DIVISION_WORDS = frozenset({"district", "commune", "township", "subdistrict", "sub-district", "ward", "village"})


def tails_of_longer_places(view: DocView) -> set[Span]:
    """One-word places that close a longer capitalized division name."""
    return {e for e in view.ents if e.label_ == "PLACE" and len(e) == 1 and _a_tail(view, e.start)}


def _a_tail(view: DocView, k: int) -> bool:
    before = k - 1
    if before < 0 or k + 1 >= len(view.doc) or view.lower[k + 1] not in DIVISION_WORDS:
        return False
    word = view.words[before]
    return word.istitle() and word.isalpha() and not view.doc[before].is_sent_start and before not in view.owner
