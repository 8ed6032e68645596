"""An act word inside a running total, not one act of the story: "the total number of foreigners
held this year rose to 4,100", "as the number of workers freed climbs toward 600", "the agency brought
45 of them home on numerous occasions". The participle after "the number of" names whom a statistic
counts, and "on several occasions" sums many acts into one figure; neither tells one happening with
its own day and place, so neither makes an event (the guidelines annotate a cumulative figure only
where the text tells it as one operation over a period). Where the story has an act of its own, it
tells it in words of its own ("police raided the building on Monday"). "A number of phones were
seized" is no total: "a number of" is "some", and the act is told. Shared by the event words
(asides) and the count verbs (words.no_act_done)."""

from __future__ import annotations

#: Nouns of a statistic whose "of" phrase a participle may close: "the number of", "the tally of"
_STATISTICS = frozenset({"number", "numbers", "tally", "total"})
#: Words that make the statistic a definite figure ("the number of", "the total number of"), not "a number of"
_DEFINITE = frozenset({"the", "total", "overall", "cumulative"})
#: How many words may stand between "of" and the act word: "of Thai nationals rescued", "of people sent back"
_OF_SPAN = 4
#: Words that end the noun phrase of the statistic before the act word: a clause of its own begins
_PHRASE_ENDS = frozenset({",", ";", ":", ".", "who", "which", "that", "were", "was", "have", "has", "had", "are",
                          "is", "and", "or", "but", "while"})
#: Verbs of a figure that grows or reaches a mark: "rose to 90", "topped 4,000", "climbs toward 600"
_GROWTH = frozenset({"passed", "passes", "reached", "reaches", "rose", "risen", "rises", "climbed", "climbs",
                     "exceeded", "exceeds", "surpassed", "surpasses", "topped", "tops", "stands", "stood",
                     "numbering", "numbered", "nearing", "neared", "increased", "grew", "grown", "jumped", "swelled"})
#: How far after the act word that verb may stand: "held in the camps of the three districts rose"
_GROWTH_SPAN = 10
#: "on several occasions", "on numerous occasions": many acts summed into one count
_MANY = frozenset({"several", "multiple", "numerous", "various", "many", "different", "repeated"})
#: How far after the act word its "on ... occasions" may stand, within its clause
_OCCASION_SPAN = 10
#: Words that end the act word's clause: a growth verb or an "occasions" past them is another clause's
_CLAUSE_BREAKS = frozenset({";", ".", "while", "but"})


def told_as_total(lower: list[str], i: int, start: int, end: int) -> bool:
    """Whether the act word at ``i`` (sentence ``start``..``end``) is told only inside a running
    total: after "the number of" and the people it counts, or summed "on several occasions"."""
    return in_a_statistic(lower, i, start, end) or summed_over_occasions(lower, i, end) \
        or total_to_date(lower, i, start, end)


#: Words that close a running total after its act: "captured to date", "freed so far", "held thus far"
_UNTIL_NOW = (["to", "date"], ["so", "far"], ["thus", "far"])


def total_to_date(lower: list[str], i: int, start: int, end: int) -> bool:
    """"with a total of 900 suspects caught to date": a participle that closes "a total of" and
    the people it counts (six words at most, no clause between) and is followed right away by "to
    date" or "so far" sums every act until now into one figure; no act of the story is told."""
    if not lower[i].endswith(("ed", "en")) or not any(lower[i + 1:i + 3] == w for w in _UNTIL_NOW):
        return False
    for k in range(i - 1, max(start, i - 8), -1):
        if lower[k] in _PHRASE_ENDS:
            return False
        if lower[k] == "of":
            return k - 2 >= start and lower[k - 1] == "total" and lower[k - 2] == "a"
    return False


def in_a_statistic(lower: list[str], i: int, start: int, end: int) -> bool:
    """"the number of foreigners held this year rose to 4,100", "the total number of arrests
    topped 90": the act word closes the "of" phrase of a definite statistic, with only the words of the
    people counted between, and the statistic is what grows or reaches a figure."""
    for k in range(i - 1, max(start, i - _OF_SPAN - 2), -1):
        if lower[k] in _PHRASE_ENDS or not lower[k].replace("-", "").isalpha():
            return False
        if lower[k] == "of":
            return k - 2 >= start and lower[k - 1] in _STATISTICS and lower[k - 2] in _DEFINITE \
                and _grows(lower, i, end)
    return False


def _grows(lower: list[str], i: int, end: int) -> bool:
    """A verb of a figure's growth after the act word, in its clause: "rose to", "climbs toward"."""
    for k in range(i + 1, min(end, i + _GROWTH_SPAN)):
        if lower[k] in _CLAUSE_BREAKS:
            return False
        if lower[k] in _GROWTH:
            return True
    return False


def summed_over_occasions(lower: list[str], i: int, end: int) -> bool:
    """"brought 45 of them home on numerous occasions": the figure sums several acts."""
    for k in range(i + 1, min(end - 2, i + _OCCASION_SPAN)):
        if lower[k] in _CLAUSE_BREAKS:
            return False
        if lower[k] == "on" and lower[k + 1] in _MANY and lower[k + 2] == "occasions":
            return True
    return False
