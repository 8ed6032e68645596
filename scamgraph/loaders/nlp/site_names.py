"""Sites named by the words before them: a name after a site's word and a word of naming ("a
casino named Golden 99", "a compound known as Jade Harbour"), or set off by commas after the
site's word ("a ten-storey building, Blue Lotus, located at ...")."""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["named_after_a_site_word"]

#: Site words that are also a town's ("the head of the city, <name>,": a person, not a building)
_TOWN_WORDS = frozenset({"city", "town", "village", "township"})
#: Words that give a thing's name after its noun
_NAMING = frozenset({"named", "called", "dubbed"})


def named_after_a_site_word(view: DocView, start: int, end: int) -> bool:
    """The run follows a site's word and a word of naming ("a casino named | Golden 99", "a compound
    known as | Jade Harbour"), or is set off by commas after it ("a ten-storey building, | Blue
    Lotus, | located at ...")."""
    k = start - 1 - (start >= 2 and view.lower[start - 2:start] == ["known", "as"])
    if k >= 1 and view.lower[k] == "," and view.lower[k - 1] in gz.site_heads():
        # (a building's own name: no known name inside it, the site's word written in lower case)
        return view.words[k - 1].islower() and view.lower[k - 1] not in _TOWN_WORDS \
            and view.owner.keys().isdisjoint(range(start, end)) \
            and view.lower[end - 1] not in gz.place_kinds() and end < len(view.doc) \
            and view.lower[end] in {",", "located", "in", "at"}
    return k >= 1 and (view.lower[k] in _NAMING or view.lower[k] == "known") and view.lower[k - 1] in gz.site_heads()

