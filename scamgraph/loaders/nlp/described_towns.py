"""Towns nobody listed that the sentence itself calls towns: "Velmora, a suburb of Accra", "Tarsk,
a small border town in Zembla", "the provincial capital, Tarsk".

Reports name the villages and suburbs where raids happen or victims come from, most of which no
gazetteer holds, and say what they are in an apposition right beside the name. The apposition's
place word (a suburb, a town, a village) makes the name a place of that kind, as "Kong Pisei
district" does; a person described by a town's office ("Lin, a town official", "Aung, a village
chief") is not, since there the word is no head of its own."""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["town_told_by_apposition"]

#: Place words of an apposition after a name; the kind each gives is the gazetteer's (``place_kinds.tsv``)
_TOWN_WORDS = frozenset({"suburb", "neighbourhood", "neighborhood", "district", "village", "town", "city", "township",
                         "commune", "municipality"})
#: What may follow the place word when it heads the apposition: a place it lies in, or the clause's end
_AFTER_TOWN_WORD = frozenset({"of", "in", "near", "on", "outside", "along", ",", ".", ";", "—", "–"})
#: Place words that lead a name with "the" and "of": "the border town of X", "the region of X" (a
#: region so named is only an area, not the province its word makes a name it follows)
_LEADING_WORDS = _TOWN_WORDS | {"region"}
#: Articles that open the apposition
_ARTICLES = frozenset({"a", "an", "the"})


def town_told_by_apposition(view: DocView, start: int, end: int) -> str:
    """The kind of place the title-case run ``[start, end)`` is, where an apposition calls it one
    ("X, a (small border) town in Y"), the place word and "of" lead it ("the border town of X"), or
    it is the apposition to "capital" ("the provincial capital, X,"); "" otherwise."""
    lower = view.lower
    if start >= 2 and lower[start - 1] == "," and lower[start - 2] == "capital" \
            and (end == len(lower) or lower[end] in {",", ".", ";"}):
        return "city"
    before = _kind_before_of(view, start)
    if before:
        return before
    k = end + 2
    if lower[end:end + 1] != [","] or lower[end + 1:end + 2] == [] or lower[end + 1] not in _ARTICLES:
        return ""
    while k < min(len(lower), end + 5) and lower[k] not in _TOWN_WORDS and view.words[k].isalpha() and view.words[k].islower():
        k += 1  # over "small border", "coastal"
    if k + 1 >= len(lower) or lower[k] not in _TOWN_WORDS or lower[k + 1] not in _AFTER_TOWN_WORD:
        return ""
    return gz.place_kinds()[lower[k]]


def _kind_before_of(view: DocView, start: int) -> str:
    """The kind "the (border) town of X", "the region of X" give the name at ``start``, else ""."""
    lower = view.lower
    if start < 3 or lower[start - 1] != "of" or lower[start - 2] not in _LEADING_WORDS:
        return ""
    k = start - 3
    while k > start - 6 and k >= 0 and lower[k] != "the" and view.words[k].isalpha() and view.words[k].islower():
        k -= 1  # back over "border", "coastal"
    if k < 0 or lower[k] != "the":
        return ""
    return "area" if lower[start - 2] == "region" else gz.place_kinds()[lower[start - 2]]
