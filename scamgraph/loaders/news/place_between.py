"""A place told after a passive verb of counted people, before a second verb of theirs: "Forty
Laotians were freed from a compound in Bokeo and flown home". The phrase says where the first act
happened (or where the people were taken from); it names no new people, so the participle after
"and" shares the subject (grammar: coordinated passive participles), as it does right after the
first verb or past a short agent ("freed by soldiers and flown home", ``passive_agents``). Only a
short phrase of plain words is read past: a time, a number, a comma or a word that opens a
clause in it ends the reading, since the second verb may then tell of another moment or of other
people."""

from __future__ import annotations

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.numbers import number_value

__all__ = ["past_place", "second_after"]

#: Words between "and" and a second verb: "and (were) (later) deported"
_BEFORE_SECOND = frozenset({"were", "was", "had", "have", "been", "later", "then", "subsequently", "safely"})
#: Second verbs that tell no act of their own: "deported and handed over" (one act), "freed and
#: transferred to Bangkok" (moved within a state)
_NOT_SECOND = frozenset({"handed", "turned", "transferred"})
#: Prepositions that open a phrase of place after the first verb
_PLACE_LEADS = frozenset({"from", "in", "at", "inside", "near", "along"})
#: The longest phrase of place read between the first verb and "and" (in tokens)
_PLACE_SPAN = 9
#: Words that end the phrase: a time, a purpose or another clause follows
_PLACE_ENDS = frozenset({"who", "which", "that", "when", "while", "after", "before", "since", "during", "for", "with",
                         "to", "by", "on", "last", "earlier", "this", "week", "month", "year", "day", "days",
                         "weeks", "months", "yesterday", "today", "ago", "but", "or", "as", "where"})
_MONTHS_AND_DAYS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                              "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                              "friday", "saturday", "sunday"})


def past_place(lower: list[str], words: list[str], after: int, end: int) -> int | None:
    """The first word after "and" where "<preposition of place> ... and" follows the verb ending at
    ``after``; None where no such short plain phrase, closed by "and", is there. A day told at the
    phrase's end ("arrested in Bavet on Friday and deported on Sunday") names no new people either:
    the participle after "and" still shares the subject."""
    if after >= end or lower[after] not in _PLACE_LEADS:
        return None
    dated = False
    for j in range(after + 1, min(end - 1, after + 1 + _PLACE_SPAN + 2)):
        word = lower[j]
        if word == "and":
            return j + 1 if j > after + 1 and (not dated or lower[j + 1] in _COUNT_VERBS) else None
        if word == "on" and j + 1 < end and lower[j + 1] in _MONTHS_AND_DAYS or dated and word in _MONTHS_AND_DAYS:
            dated = True  # ("... on Friday and", "on March 3 and")
            continue
        if dated and number_value(word) is not None and word.isdigit():
            continue
        if dated or j >= after + 1 + _PLACE_SPAN or not _plain(word, words[j]):
            return None
    return None


def _plain(word: str, text: str) -> bool:
    """A word of a place phrase: no number, time, clause opener, verb of an act or punctuation."""
    return text.replace("-", "").isalpha() and word not in _PLACE_ENDS and word not in _MONTHS_AND_DAYS \
        and word not in _COUNT_VERBS and number_value(word) is None


def second_after(lower: list[str], words: list[str], verb: int, end: int) -> int | None:
    """Where a second verb of the same subject is, after the passive verb at ``verb``: right after
    "and" ("were freed and flown home") or past a phrase of place ("freed from a compound in
    Bokeo and flown home"); None where no verb of an act follows."""
    j = verb + 2 if verb + 1 < end and lower[verb + 1] == "and" else past_place(lower, words, verb + 1, end)
    if j is None:
        return None
    while j < end and lower[j] in _BEFORE_SECOND:
        j += 1
    return j if j < end and lower[j] in _COUNT_VERBS and lower[j] not in _NOT_SECOND else None
