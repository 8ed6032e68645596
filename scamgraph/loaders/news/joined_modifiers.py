"""Two modifiers joined by "and" or "or" before the people noun of a count: "214 fraud and
gambling suspects", "60 trafficking or forced-labour victims". The conjunction joins the words
that say what kind of people they are (grammar: coordinated premodifiers), so the noun phrase
goes on to the people noun, which then tells who the number counts, as it would without the
first modifier. A conjunction between two people ("30 suspects and 12 victims"), or one before
a verb, a number, a capitalised name or a word of place or time, still ends the phrase."""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.words import _BE, _PEOPLE_WORDS, _PHRASE_ENDS

__all__ = ["joined_modifier"]

#: At most this many modifier words after the conjunction, before the people noun
_MOST_AFTER = 2


def joined_modifier(lower: list[str], words: list[str], like_num: list[bool], j: int, start: int, limit: int) -> bool:
    """True when the conjunction at ``j`` joins a modifier just read (``start`` < ``j``: at least
    one word after the number) to one or two more, and a people noun follows them before ``limit``."""
    if lower[j] not in {"and", "or"} or j <= start or not _modifier(lower, words, like_num, j - 1):
        return False
    for k in range(j + 1, min(limit, j + 2 + _MOST_AFTER)):
        if _people(lower[k]):
            return k > j + 1  # (at least one modifier after the conjunction)
        if not _modifier(lower, words, like_num, k):
            return False
    return False


def _modifier(lower: list[str], words: list[str], like_num: list[bool], k: int) -> bool:
    """A lowercase word that may say what kind of people follow: not a number, a verb, a people
    noun or a word that ends a phrase."""
    word = words[k].replace("-", "")
    return word.isalpha() and word.islower() and not like_num[k] and not _people(lower[k]) and lower[k] not in _BE \
        and lower[k] not in _COUNT_VERBS and lower[k] not in _PHRASE_ENDS


def _people(word: str) -> bool:
    return word in _PEOPLE_WORDS or word in gz.people_nouns()
