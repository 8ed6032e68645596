"""Several premises counted at a place: "a raid on four flats in Norvale", "arrested 30 men from
three villas in Port Vey". The annotators write such premises as one described site, by their
plural head and place ("flats in Norvale"), where the sentence tells of the raid, arrest or rescue
made there. Apart from ``unnamed_sites``, which reads one building told in the singular, because
a plural is a site only when counted and acted on: "villas in Port Vey" alone, or "five
locations in Norvale", names nothing a reader could go to (plural premises without a count were
tried and dropped, as were "locations" and "premises", which the golds never annotate)."""

from __future__ import annotations

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.numbers import number_words

__all__ = ["PREMISES_FIRST_WORDS", "counted_premises", "parts_of_a_whole"]

#: Plural nouns of buildings that people live, lodge or work in
_PREMISES = frozenset({"houses", "villas", "flats", "apartments", "residences", "properties", "homes", "buildings",
                       "condominiums", "hotels", "guesthouses", "shophouses", "warehouses", "offices", "bungalows"})
#: Two-word plural heads, by their first word
_TWO_WORD = {"guest": "houses"}
#: The first words of a counted premises' head
PREMISES_FIRST_WORDS = _PREMISES | frozenset(_TWO_WORD)
#: Counts of more than one building
_COUNTS = number_words(2, 12) | {"both"}
#: Lower-case words that may stand between the count and the head ("five | rented | houses")
_BETWEEN_REACH = 2
#: Acts on premises that make them the story's site (a seizure of "five properties" is of assets)
_ACTS = frozenset({"raid", "arrest", "detention", "rescue"})
_ACT_WORDS = frozenset({"search", "searches", "busted"})


def counted_premises(lower: list[str], words: list[str], i: int, start: int, end: int) -> str:
    """The plural head that opens at ``i`` ("houses", "guest houses", "offices and hotels": one
    description of premises of two kinds), where a count of two or more stands before it and the
    sentence (``start`` to ``end``) tells of an act done there; "" otherwise."""
    head, k = _plural_head(lower, i, end)
    if i > start and _TWO_WORD.get(lower[i - 1]) == lower[i]:
        return ""  # (the "houses" of "guest houses": read at "guest")
    if not head or not _counted(lower, words, i, start) or parts_of_a_whole(lower, i, start):
        return ""  # (nor "a compound of six buildings": the buildings are the compound's, one site)
    if k + 1 < end and lower[k] == "and":
        other, _ = _plural_head(lower, k + 1, end)
        head = f"{head} and {other}" if other else head
    acted = any(EVENT_TRIGGERS.get(w) in _ACTS or w in _ACT_WORDS for w in lower[start:end])
    return head if acted else ""


def _plural_head(lower: list[str], i: int, end: int) -> tuple[str, int]:
    """The plural head at ``i`` and where it ends, or ("", i)."""
    if lower[i] in _PREMISES:
        return lower[i], i + 1
    if lower[i] in _TWO_WORD and i + 1 < end and lower[i + 1] == _TWO_WORD[lower[i]]:
        return f"{lower[i]} {lower[i + 1]}", i + 2
    return "", i


def _counted(lower: list[str], words: list[str], i: int, start: int) -> bool:
    """A count of two or more stands before ``i``, past at most two lower-case words ("six |
    separate | villas"); "two of the houses" counts part of premises told before."""
    k = i - 1
    while k >= start and i - 1 - k < _BETWEEN_REACH and words[k].isalpha() and words[k].islower() \
            and lower[k] not in _COUNTS and lower[k] not in {"the", "of", "and", "or", "a", "an"}:
        k -= 1
    return k >= start and (lower[k] in _COUNTS or words[k].isdigit() and int(words[k]) > 1)


#: Nouns of one site made of several buildings: "a compound of six buildings", "a complex of 12 towers"
_WHOLES = frozenset({"compound", "complex", "park", "zone", "estate", "campus", "resort", "site", "enclave", "cluster"})


def parts_of_a_whole(lower: list[str], i: int, start: int) -> bool:
    """The plural at ``i`` counts the parts of one site told right before it: a noun of a whole,
    "of", then the count and up to two describing words ("a fenced compound of six | buildings")."""
    for k in range(i - 1, max(start, i - 5), -1):
        if lower[k] == "of":
            return k - 1 >= start and lower[k - 1] in _WHOLES
    return False
