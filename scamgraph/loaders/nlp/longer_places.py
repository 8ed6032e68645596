"""A known place's name that ends a longer division's name is not that place: "Phnom Penh's Chamkar
Mon district" names a district of Phnom Penh, not Myanmar's Mon State. A one-word place with an
unknown capitalized word right before it (not opening the sentence) and a division word right
after it is the tail of another name, and is dropped; one with an unknown capitalized word and a
division word right after it opens another name, which is the place ("Beni Suef Governorate")."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import ADMINISTRATIVE_QUALIFIERS

__all__ = ["heads_of_longer_places", "tails_of_longer_places"]

#: Words of an administrative division after a place's name.
DIVISION_WORDS = frozenset({"district", "commune", "township", "subdistrict", "sub-district", "ward", "village"})


def tails_of_longer_places(view: DocView) -> set[Span]:
    """One-word places that close a longer capitalized division name."""
    return {e for e in view.ents if e.label_ == "PLACE" and len(e) == 1 and _a_tail(view, e.start)}


def heads_of_longer_places(view: DocView) -> list[Span]:
    """"Beni Suef Governorate", "Santa Ana Province": a one-word place, an unknown capitalized word
    and a division word are one division, named by the two words (the known place only opens it)."""
    found = []
    for e in view.ents:
        after = e.end
        if e.label_ != "PLACE" or len(e) != 1 or after + 1 >= len(view.doc) or after in view.owner:
            continue
        kind = gz.place_kinds().get(view.lower[after + 1])
        if kind is not None and view.lower[after + 1] in _LARGER_DIVISIONS and view.words[after].istitle() \
                and view.words[after].isalpha() and view.lower[after + 2:after + 3] != ["court"] \
                and view.lower[after] not in ADMINISTRATIVE_QUALIFIERS:  # (a court's name; "Tibet Autonomous Region")
            found.append(view.make(e.start, after + 1, "PLACE", f"{view.doc[e.start:after + 1].text}|{kind}|"))
    return found


#: Words of a first- or second-level division after a name: "Beni Suef Governorate"
_LARGER_DIVISIONS = DIVISION_WORDS | {"governorate", "province", "prefecture", "county", "municipality", "region"}


def _a_tail(view: DocView, k: int) -> bool:
    before = k - 1
    if before < 0 or k + 1 >= len(view.doc) or view.lower[k + 1] not in DIVISION_WORDS:
        return False
    word = view.words[before]
    return word.istitle() and word.isalpha() and not view.doc[before].is_sent_start and before not in view.owner
