"""People a place is said to hold: "a compound holding 300 Vietnamese workers", "a building in X that
held 300", "a compound where 300 Vietnamese were held". The place, not the state, is the holder: the
words describe where the people were kept, and no one was detained by them (an arrest or rescue
there is told by a verb of its own). A state's place keeps its detention: "an immigration centre
holding 300 Thais". Apart from ``held_captive`` (holders that are criminals or captors told by
name), because here the holder is the place."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.held_captive import _STATE_CENTRES
from scamgraph.loaders.news.words import _ABOUT, _BE

#: Places that may hold people in a story of scam compounds
_HOLDING_PLACES = frozenset({"compound", "compounds", "building", "buildings", "complex", "complexes", "camp", "camps",
                             "hub", "hubs", "park", "parks", "site", "sites", "premises", "villa", "villas", "house",
                             "houses", "casino", "casinos", "hotel", "hotels", "warehouse", "warehouses", "den", "dens",
                             "centre", "centres", "center", "centers", "facility", "facilities", "depot", "depots",
                             "dormitory", "dormitories", "shophouse", "shophouses", "apartment", "apartments"})
#: Verbs of a place holding people, active ("holding 300") or passive after "where" ("were held")
_HOLD_VERBS = frozenset({"holding", "held", "holds", "hold", "keeping", "kept", "keeps"})
#: Relative words whose antecedent is a thing: "a compound that held 300"
_THING_RELATIVES = frozenset({"that", "which"})
#: How far back from a relative word its place may be named ("a compound in X's Y district that")
_REACH = 6


def held_by_a_place(lower: Sequence[str], start: int, end: int, first: int, last: int) -> bool:
    """The counted people ``first:last`` (in a sentence ``start:end``) are held by a place told right
    before them: "a compound holding (some) 300", "a building that held 300", "a compound where
    300 Vietnamese were (being) held"."""
    k = first - 1
    while k > start and lower[k] in _ABOUT:
        k -= 1  # ("holding some 300", "where more than 300")
    if k <= start:
        return False
    if lower[k] in _HOLD_VERBS:
        return _a_place(lower, start, k - 1) or lower[k - 1] in _THING_RELATIVES and _a_place_before(lower, start, k - 1)
    if lower[k] == "where" and _a_place_before(lower, start, k):
        j = last
        while j < end and (lower[j] in _BE or lower[j] in {"still", "being", "reportedly", "allegedly"}):
            j += 1
        return j > last and j < end and lower[j] in _HOLD_VERBS
    return False


def _a_place(lower: Sequence[str], start: int, k: int) -> bool:
    """The word at ``k`` names a place that may hold people, and no state's ("an immigration centre")."""
    return k >= start and lower[k] in _HOLDING_PLACES and not (k > start and lower[k - 1] in _STATE_CENTRES)


def _a_place_before(lower: Sequence[str], start: int, relative: int) -> bool:
    """A place is named within a few words before the relative word at ``relative``, with no comma
    between ("a compound in Dorvale that", "the site where")."""
    for k in range(relative - 1, max(start, relative - _REACH) - 1, -1):
        if lower[k] == ",":
            return False
        if _a_place(lower, start, k):
            return True
    return False
