"""Words of persons' names, and of their titles, read as other things.

A place's name standing alone that is one word of a person's name told before ("Rolf Vesterby was
deported ... while Vesterby was held") is the person again by one of his names, no place of the
story, however many towns share the word: stories name a person in full once and then by one part
of the name (the family name, or the given name of a name written family name first), and a
gazetteer of towns holds many such words. Only a lone word is read so, and not after a preposition
of place ("flights to Vesterby") nor before a word of a place's kind ("Vesterby city"): there it is
the town. And a "name" ending in the title of an office ("CIB Commissioner") is the office."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from scamgraph.loaders.nlp.vocabulary import NAME_PARTICLES

#: Titles of a body's office: a "person" whose name ends in one is that office written after its body's
#: name in apposition to the holder's ("X, CIB Commissioner, said"), no one's name (a closed class).
OFFICE_TITLES = frozenset({"commissioner", "director", "commander", "chief", "inspector", "superintendent",
                           "spokesman", "spokeswoman", "spokesperson", "deputy"})  # ("NBTC Deputy | Secretary-General X")
#: Prepositions of place: a word after one is where something is or goes.
_PLACE_WORDS = frozenset({"in", "at", "from", "to", "near", "outside", "inside", "via", "into", "around", "across",
                          "through", "within", "between", "toward", "towards", "of", "for"})


#: What a person gives that "from" names its giver of: "information from X", "a call from X"
_TOLD_THINGS = frozenset({"information", "word", "data", "statement", "call", "message", "briefing", "tip", "letter",
                          "quote", "quotes", "comments", "comment", "response", "reply", "testimony", "account"})


def a_persons_name_again(words: Sequence[str], lower: Sequence[str], start: int, end: int,
                         name_words: Collection[str], place_kinds: Collection[str]) -> bool:
    """The one-word place mention ``words[start:end]`` is a word of the name of a person told
    before (``name_words``: the words of the names of the persons read so far, as written)."""
    if end - start != 1 or words[start] not in name_words:
        return False
    if start > 1 and lower[start - 1] == "from" and lower[start - 2] in _TOLD_THINGS:
        return True  # "citing information from Santiago" after "Rey Santiago": the person told it
    if start > 0 and lower[start - 1] in _PLACE_WORDS:
        return False
    return not (end < len(lower) and lower[end] in place_kinds)


def fold_particle(word: str) -> str:
    """A name's particle in lower case, however it is written: "De Vega" opening a sentence is the
    "de Vega" of "Eduardo A. de Vega" named before."""
    return word.lower() if word.lower() in NAME_PARTICLES else word


def name_parts(name: str) -> list[str]:
    """The words of a person's name (split at spaces and hyphens), particles folded."""
    return [fold_particle(p) for p in re.split(r"[\s-]+", name) if p]
