"""The people told before described by the nationalities most of them hold: "The workers were
mostly Thai nationals, with a few Laotians and Cambodians", "the majority of the held were
Indonesians", "Most of them were Cambodians". No number parts the group, so each
nationality takes the group's act with no count of its own (a breakdown's rest, ``group_runs``).

The sentence must open on the people ("they", "the <people noun>", "most of them", "the majority
of the <people noun>"), have "be" after them, and hold only words of a majority or of a list
between that verb and the nationalities ("mostly", "composed of", "with some", "and")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scamgraph.loaders.news.words import _BACK_PRONOUNS

__all__ = ["majority_of_the_told"]

#: Words of most or some of a group
_MAJORITY = frozenset({"mostly", "mainly", "largely", "predominantly", "primarily", "overwhelmingly", "majority"})
#: Words that may stand between the verb and the nationalities
_BETWEEN = _MAJORITY | frozenset({"composed", "made", "up", "of", "with", "some", "a", "few", "and", ",", "the",
                                  "while", "others", "rest", "remaining", "handful", "number", "small", "were"})
#: Words that open on most of the people told before: "Most of them", "the majority of the ..."
_MOST = frozenset({"most", "majority", "bulk"})
#: Forms of "be" between the people and what they are
_COPULAS = frozenset({"were", "are", "was", "is"})


def majority_of_the_told(lower: Sequence[str], start: int, sent_start: int, is_people: Callable[[str], bool],
                         named: Callable[[int], bool]) -> bool:
    """True where the nationality run at ``start`` describes most (or the rest) of the people the
    sentence opens on; ``is_people(word)`` says whether a word names people, ``named(k)`` whether a
    demonym or a country owns the word at ``k``."""
    verb = next((k for k in range(start - 1, max(sent_start, start - 12) - 1, -1) if lower[k] in _COPULAS), None)
    if verb is None or not _opens_on_people(lower, sent_start, verb, is_people):
        return False
    between = range(verb + 1, start)
    return any(lower[k] in _MAJORITY or lower[k] in _MOST for k in range(sent_start, start)) \
        and all(lower[k] in _BETWEEN or named(k) or is_people(lower[k]) for k in between)


def _opens_on_people(lower: Sequence[str], k: int, verb: int, is_people: Callable[[str], bool]) -> bool:
    """"They were", "The scammers were", "Most of them were", "the majority of the detainees were"."""
    words = [w for w in lower[k:verb] if w != "the"]
    if len(words) == 1 and (words[0] in _BACK_PRONOUNS or is_people(words[0])):
        return True
    return len(words) >= 3 and words[0] in _MOST and words[1] == "of" and (
        words[2] in _BACK_PRONOUNS | {"them"} or is_people(words[-1]))
