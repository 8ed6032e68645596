"""Sites named by the words before them: a name after a site's word and a word of naming ("a
casino named Golden 99", "a compound known as Jade Harbour"), or set off by commas after the
site's word ("a ten-storey building, Blue Lotus, located at ..."). Not a kind of place named in
quotes after "so-called", nor a block of homes told as such ("the upscale Lotus Court complex").
And the place a building told in lower case stands in ("a house in Marlow Heights"), though nobody listed it."""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.periods import MONTHS

__all__ = ["DWELLING_WORDS", "TOWN_WORDS", "named_after_a_site_word", "no_site_of_its_own", "placed_after_a_site_word"]

#: Site words that are also a town's ("the head of the city, <name>,": a person, not a building)
TOWN_WORDS = frozenset({"city", "town", "village", "township"})
#: Words of wealth right before a name that make the block named a home of the rich, not a work site
#: ("the upscale X complex"; not "an apartment building", "a housing complex": raided sites often are)
DWELLING_WORDS = frozenset({"upscale", "luxury", "luxurious", "plush", "posh", "upmarket", "high-end"})
#: Quotation marks that may open a name
_QUOTES = frozenset({'"', "“", "‘", "'"})
#: Words that give a thing's name after its noun
_NAMING = frozenset({"named", "called", "dubbed"})


def named_after_a_site_word(view: DocView, start: int, end: int) -> bool:
    """The run follows a site's word and a word of naming ("a casino named | Golden 99", "a compound
    known as | Jade Harbour"), or is set off by commas after it ("a ten-storey building, | Blue
    Lotus, | located at ...")."""
    k = start - 1 - (start >= 2 and view.lower[start - 2:start] == ["known", "as"])
    if k >= 1 and view.lower[k] == "," and view.lower[k - 1] in gz.site_heads():
        # (a building's own name: no known name inside it, the site's word written in lower case)
        return view.words[k - 1].islower() and view.lower[k - 1] not in TOWN_WORDS \
            and view.owner.keys().isdisjoint(range(start, end)) \
            and view.lower[end - 1] not in gz.place_kinds() and end < len(view.doc) \
            and view.lower[end] in {",", "located", "in", "at"}
    return k >= 1 and (view.lower[k] in _NAMING or view.lower[k] == "known") and view.lower[k - 1] in gz.site_heads()



def no_site_of_its_own(view: DocView, start: int, end: int) -> bool:
    """The run at ``start`` (a site ending before ``end``), though it ends on a site's word, names no scam site: a kind of place
    quoted after "so-called" ("Tarn, a so-called “Special Trade Zone”": the label a town goes by,
    the town is the place), or a block of homes told as such ("flats in the upscale Lotus Court
    complex": where money was put, not where scams were run), or a war's ground that a title-case
    headline capitalizes ("Rescued from the Dravia War Zone")."""
    k = start - 1
    if k >= 0 and view.lower[k] in _QUOTES:
        k -= 1
    if k >= 0 and view.lower[k] in {"so-called", "socalled"} or k >= 2 and view.lower[k - 2:k + 1] == ["so", "-", "called"]:
        return True
    if end - start >= 2 and view.lower[end - 1] == "zone" and view.lower[end - 2] in _FIGHTING_WORDS:
        return True  # "the Dravia-Ostland War Zone" in a headline: where a war is fought, no compound
    return start >= 1 and view.lower[start - 1] in DWELLING_WORDS and view.lower[end - 1] not in _HOSTS


#: Words of fighting before "zone": a war's ground, which a title-case headline capitalizes like a name
_FIGHTING_WORDS = frozenset({"war", "conflict", "combat", "battle", "fighting"})
#: Site words of businesses that may house a scam, whatever their wealth ("the luxury Lotus casino")
_HOSTS = frozenset({"hotel", "casino", "resort"})


#: Lower-case words of a building a scam may be run from, besides the site heads of the gazetteer
_BUILDING_WORDS = frozenset({"house", "shophouse", "warehouse", "flat", "bungalow", "guesthouse", "condo"})
#: Words before the building's word that make it one building told of ("a house", "the hotel")
_ONE_BUILDING = frozenset({"a", "an", "the", "one"})
#: Words that may close the name of a place a building stands in
_AFTER_A_PLACE = frozenset({".", ",", ";", "on", "in", "where", "which", "area", "last", "earlier", "—", "–"})


def placed_after_a_site_word(view: DocView, start: int, end: int) -> bool:
    """"a house in Marlow Heights.", "at a hotel in the Denford area": a title-case name nobody
    listed, right after a building told of in lower case and "in" (or "in the"), is the neighbourhood
    or town the building stands in (a place the story gives, which a reader would find on a map),
    so the building is a site described at it. A month ("a hotel in March") is no place."""
    k = start - 1 - (start >= 2 and view.lower[start - 1] == "the")
    if not 1 <= end - start <= 3 or k < 2 or view.lower[k] != "in" or end > len(view.doc):
        return False
    head = view.lower[k - 1]
    if not view.words[k - 1].islower() or head not in gz.site_heads() and head not in _BUILDING_WORDS \
            or head in TOWN_WORDS:
        return False
    one = any(view.lower[j] in _ONE_BUILDING for j in range(max(0, k - 4), k - 1))
    closed = end == len(view.doc) or view.lower[end] in _AFTER_A_PLACE
    return one and closed and not any(view.lower[j] in MONTHS for j in range(start, end))
