"""A time told between a body and its verb as a phrase of a few words: "The Lotland Bureau over the
weekend arrested ...", "police earlier this month detained ...", "officers in the early hours of
Monday raided ...", "the agency over the past two days deported ...". The body is still the verb's
subject (and a speaker's "X over the weekend said" still its own). Apart from ``acting_bodies``,
which reads single time words ("yesterday", "on Monday") itself, to keep each module small."""

from __future__ import annotations

from scamgraph.loaders.numbers import number_words

__all__ = ["past_time_phrase", "past_time_words"]

#: Prepositions that open a stretch of time: "over the weekend", "during the past week"
_OPENERS = frozenset({"over", "during", "at", "in", "throughout", "within", "across"})
#: Words that may qualify the stretch: "over the past week", "in the early hours of"
_QUALIFIERS = frozenset({"past", "last", "previous", "latest", "first", "early", "late", "small", "wee", "same",
                         "following", "next"}) | number_words(2, 12)
#: Stretches of time
_PERIODS = frozenset({"weekend", "weekends", "week", "weeks", "month", "months", "day", "days", "year", "night",
                      "nights", "morning", "evening", "afternoon", "hours", "holiday", "holidays", "fortnight"})
#: Words that say a time earlier or later than the telling, before "this" or "last": "earlier this month"
_RELATIVE = frozenset({"earlier", "later"})
_DEICTIC = frozenset({"this", "last", "that"})


def past_time_phrase(lower: list[str], like_num: list[bool], k: int, stop: int) -> int:
    """The first word after a phrase of time that opens at ``k`` ("over the weekend", "in the early
    hours of Monday", "earlier this month", "over the past two days"), ``k`` where none opens there."""
    if k < stop and lower[k] in _RELATIVE:
        rest = lower[k + 1:min(stop, k + 4)]
        if len(rest) >= 2 and rest[0] in _DEICTIC and rest[1] in _PERIODS:
            return k + 3  # "earlier this month", "later that night"
        if len(rest) == 3 and rest[:2] == ["in", "the"] and rest[2] in _PERIODS:
            return k + 4  # "earlier in the week"
        return k
    if k + 2 >= stop or lower[k] not in _OPENERS or lower[k + 1] != "the":
        return k
    j = k + 2
    while j < stop and (lower[j] in _QUALIFIERS or like_num[j]):
        j += 1
    if j == k + 2 and lower[k] == "in" or j >= stop or lower[j] not in _PERIODS:
        return k  # ("in the week" with no word of which week is too loose a phrase to pass)
    j += 1
    if lower[j:j + 1] == ["of"] and j + 1 < stop and (like_num[j + 1] or lower[j + 1] in _WEEKDAYS):
        j += 2  # "in the early hours of Monday", "on the night of 3 March"
    return j


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


#: Single words of time a subject and its verb may hold between them: "X yesterday imposed"
_TIME_WORDS = frozenset({"yesterday", "today", "earlier", "later", "recently", "also", "then", "jointly", "separately"})
#: Spans after "last" or "this": "X last week announced"
_SPANS = frozenset({"week", "month", "year", "weekend", "night", "morning"})


def past_time_words(lower: list[str], like_num: list[bool], k: int, stop: int) -> int:
    """The first word after the times told at ``k`` between a subject and its verb ("on Wednesday",
    "on Nov. 4", "yesterday", "last week", "over the weekend"), ``k`` where none is told there."""
    while k < stop:
        if lower[k] in _TIME_WORDS:
            k += 1
        elif lower[k] == "on" and k + 1 < stop and (lower[k + 1] in _WEEKDAYS or like_num[k + 1]):
            k += 2
        elif lower[k] in {"last", "this"} and k + 1 < stop and lower[k + 1] in _SPANS:
            k += 2
        elif (past := past_time_phrase(lower, like_num, k, stop)) > k:
            k = past
        else:
            return k
    return k
