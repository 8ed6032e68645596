"""A country's people told with its name in the possessive: "41 of Zorvania's citizens", "12 of the
Republic of Korea's nationals", "Zorvania's 30 nationals". The name owns the people, as
"Indonesia's Foreign Ministry" owns the body: it says whose they are (a Nationality, read like
"41 Zorvanian citizens"), and names no place of the story.

Kept to the nouns of a state's own people: "Laos's workers" or "Myanmar's victims" may as well be
the people working or harmed in that country."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS

__all__ = ["OWNED_NOUNS", "owned_people_after", "owned_people_noun"]

#: Nouns of a state's own people that a possessive country may own
OWNED_NOUNS = frozenset({"citizens", "nationals", "compatriots"})  # (not "Zorvania's national police")
#: Words that may stand between the possessive and the noun: "Zorvania's own 30 citizens"
_BETWEEN = frozenset({"own", "stranded", "trafficked", "rescued", "detained"})


def owned_people_after(words: Sequence[str], lower: Sequence[str], like_num: Sequence[bool], end: int,
                       limit: int) -> int:
    """Where the people noun stands that a country ending at ``end`` owns ("Zorvania | 's (30)
    citizens"), or -1 where the words after the country are no such phrase."""
    if end >= limit or words[end] not in POSSESSIVE_MARKS:
        return -1
    k = end + 1
    while k < limit and k - end <= 4 and (like_num[k] or lower[k] in _BETWEEN):
        k += 1
    return k if k < limit and lower[k] in OWNED_NOUNS else -1


def owned_people_noun(words: Sequence[str], lower: Sequence[str], like_num: Sequence[bool], j: int, country_at: int,
                      country_end: int, limit: int) -> int:
    """After a number, the people noun of "(of) (the) <country>'s citizens" from ``j`` where the
    country's name spans [country_at, country_end): "41 | of Zorvania's citizens" and "64 | Zorvania's
    citizens" are so many Zorvanian citizens. -1 where the words are no such phrase (nor "of the
    41 ..." told later)."""
    if country_at != j and (lower[j] != "of" or country_at not in {j + 1, j + 2}
                            or country_at == j + 2 and lower[j + 1] != "the"):
        return -1
    noun = owned_people_after(words, lower, like_num, country_end, limit)
    return noun if noun > country_end and not any(like_num[country_end + 1:noun]) else -1
