"""Things seized, or people who fled, "during the raid" or "in the operation": the phrase names
the raid the story told before, so the act happened on that raid's day, whatever other day its
sentence tells ("On Monday police showed reporters the 300 phones seized during the raid": the
day they were shown). A closed class of words for the raid and of the prepositions before it.
A raid told over a few days ("over the weekend") gives those days, as a raid on one day gives
that day; a wave of raids over months gives none.

A wave of raids is named again the same way by a sentence that opens pointing back at it ("Over
eighteen months the unit ran 40 raids in four provinces. These raids ended in 120 arrests": made
up; development text 201 has the form). An act told after a wave over a period is usually one of
its own; one in such a sentence tells what the raids brought (``names_the_raids_again``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from scamgraph.loaders.news.days_told import days_of_one_operation

#: The preposition, then the determiner that points back, then the word for the raid
_DURING = frozenset({"in", "during"})
_POINTING = frozenset({"the", "this", "that"})
_RAID_WORDS = frozenset({"raid", "raids", "operation", "operations", "crackdown", "crackdowns", "sweep", "sweeps",
                         "search", "bust"})
#: Words that open a sentence pointing back at raids already told ("These operations ...")
_POINTING_BACK = frozenset({"these", "those", "the", "this", "that", "such"})
#: How far into its sentence the pointing phrase may open (after "In all," or "Together,")
_OPENING_REACH = 4
#: What ends the act's own phrase before the raid is named ("seized phones, and on Monday ...")
_PHRASE_ENDS = frozenset({",", ";", ".", "and", "which", "who", "when", "while", "after", "before"})
#: How far after the act's word the phrase may begin ("seized as evidence during the operation")
_REACH = 4


#: The kinds whose act a raid's day dates, and the kinds of a raid told in the same sentence
_DURING_A_RAID = frozenset({"seizure", "escape"})
_RAIDING = frozenset({"raid", "arrest"})


def raid_named_after(lower: Sequence[str], at: int, start: int, end: int, kinds: Mapping[str, str],
                     triggers: Sequence[int]) -> int | None:
    """The seizure or flight word at ``at`` (of the sentence ``start``-``end``) is followed, inside
    its own phrase and within a few words, by "during the raid", "in the operation": a raid named
    again ("during a raid" is not), one told in an earlier sentence (no raid or arrest word before
    it in its own), or one whose own day follows its word ("seized 300 phones in the raid | on
    Friday"). Where that word stands, or None."""
    if kinds.get(lower[at]) not in _DURING_A_RAID \
            or any(start <= t < at and kinds.get(lower[t]) in _RAIDING for t in triggers):
        return None
    for k in range(at + 1, min(end - 2, at + 1 + _REACH)):
        if lower[k] in _PHRASE_ENDS:
            return None
        if lower[k] in _DURING and lower[k + 1] in _POINTING and lower[k + 2] in _RAID_WORDS:
            return k + 2
    return None


def on_the_raids_days(date: str, period: bool) -> bool:
    """The raid's date (``date``, a span where ``period``) is a day or a few days of one operation,
    which what was done during it shares: not a wave over weeks or months, nor no date at all."""
    return bool(date) and (not period or days_of_one_operation(date))


def names_the_raids_again(lower: Sequence[str], start: int, at: int) -> bool:
    """Whether the sentence starting at ``start`` opens, before the act word at ``at``, with a
    pointing word and a raid noun ("These raids ended in")."""
    for k in range(start, min(at - 1, start + _OPENING_REACH)):
        if lower[k] in _POINTING_BACK and lower[k + 1] in _RAID_WORDS:
            return True
    return False
