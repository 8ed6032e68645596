"""A count that opens a clause of its own after a semicolon or "but": "Police rescued 40
Indonesians on Monday; 12 Chinese managers escaped", "... but 12 Chinese bosses got away", "...; 12
Chinese managers are still at large". Its people are the subject of a verb of their own, which the
act before does not reach, whatever that verb tells; they are no item of the list the act counts
("arrested 30 people: 20 Chinese; 10 Thais" goes on listing, with no verb after the item)."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.words import FINITE_AUXILIARIES

#: Words that break a sentence into clauses, past which a list does not run on to a subject
_BREAKS = frozenset({";", "but"})
#: Verbs of a clause's own that end in no "-ed": past tenses, modals and "remain"
_OWN_VERBS = frozenset({"fled", "ran", "got", "went", "hid", "broke", "left", "slipped", "remain", "remains",
                        "would", "could", "may", "might", "must", "shall", "can", "did", "do", "does"})
#: Words ending in "-ed" that describe the people of a list item, no verb of theirs ("12 Thais aged 20")
_DESCRIBING = frozenset({"aged", "based", "named", "identified"})
#: Adverbs between the people and their verb ("12 Chinese managers later escaped")
_ADVERBS = frozenset({"also", "later", "then", "still", "reportedly", "allegedly", "all"})


def subject_after_a_break(lower: Sequence[str], end: int, start: int, count_end: int) -> bool:
    """The gap ``end``..``start`` between two counts holds a semicolon or "but", and the second count
    (ending at ``count_end``) is followed right away by a verb: an auxiliary, a modal, a past tense."""
    if _BREAKS.isdisjoint(lower[end:start]) or count_end >= len(lower):
        return False
    k = count_end
    while k < len(lower) - 1 and lower[k] in _ADVERBS:
        k += 1
    word = lower[k]
    return word in FINITE_AUXILIARIES or word in _OWN_VERBS \
        or word.endswith("ed") and len(word) > 4 and word not in _DESCRIBING
