"""Acts told as a trend that a body pressed harder: "the bureau has strengthened crackdown efforts
on fraud gangs", "officials in Peru have increased arrests and deportations of scam staff this
year". The act nouns are the object of a verb of increasing, in the plural or as a campaign's
modifier, and no number of people follows: a policy told, never one raid or one deportation on a
day. With a count the sentence tells the acts themselves ("stepped up raids, arresting 40"), which
the readers of counts keep, so a number anywhere after the verb leaves the words to them."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.numbers import written_year

__all__ = ["acts_on_the_rise", "cases_on_the_rise", "pressed_trend"]

#: Verbs of making a campaign bigger or harder (the particle of "stepped up" is read apart)
_INCREASING = frozenset({"increase", "increased", "increases", "increasing", "strengthen", "strengthened",
                         "strengthens", "strengthening", "boost", "boosted", "boosting", "expand", "expanded",
                         "expanding", "intensify", "intensified", "intensifies", "intensifying", "heighten",
                         "heightened", "escalate", "escalated", "escalating", "redouble", "redoubled",
                         "stepped-up", "up"})
#: Verbs that press a campaign only with "up": "stepped up", "ramped up", "scaled up"
_WITH_UP = frozenset({"step", "steps", "stepped", "stepping", "ramp", "ramps", "ramped", "ramping", "scale", "scaled",
                      "scaling"})
#: Words between the verb and the act nouns: "increased their arrests", "stepped up the crackdown"
_BETWEEN = frozenset({"the", "its", "their", "his", "her", "our", "anti-scam", "anti-fraud", "law", "enforcement",
                      "police", "border", "cross-border", "joint", "further", "more", "and", ","})
#: Nouns of acts done over and over, the trend's objects ("stepped up raids" is left to the raid
#: readers, ``fled_raids.pressed_raids``, which keep the campaign apart from the raids told before it)
_ACT_NOUNS = frozenset({"arrests", "deportations", "crackdowns", "crackdown", "rescues", "repatriations",
                        "detentions", "seizures", "inspections", "operations", "prosecutions", "extraditions"})
#: Nouns a singular campaign word may modify: "crackdown efforts", "crackdown measures"
_EFFORTS = frozenset({"efforts", "effort", "measures", "work", "drive", "drives", "campaign", "campaigns"})
#: How many words from the verb to the act noun
_REACH = 6


def pressed_trend(lower: Sequence[str], like_num: Sequence[bool], i: int, start: int, end: int) -> bool:
    """Whether the act noun at ``i`` (sentence ``start:end``) is the object of a verb of increasing,
    with no count of people after that verb ("increased raids and arrests of scam bosses")."""
    if lower[i] not in _ACT_NOUNS:
        return False
    if not lower[i].endswith("s") and lower[i + 1:i + 2] and lower[i + 1] not in _EFFORTS:
        return False  # ("stepped up the crackdown on Monday, arresting ...": read as before, by the campaign rules)
    k = i - 1
    while k > start and i - k < _REACH and (lower[k] in _BETWEEN or lower[k] in _ACT_NOUNS):
        k -= 1
    if k < start or lower[k] not in _INCREASING or lower[k] == "up" and (k == start or lower[k - 1] not in _WITH_UP):
        return False  # (not "rounded up raids")
    return not any(like_num[j] and not written_year(lower[j]) for j in range(k + 1, end))


#: Nouns of a kind of happening counted over time ("cases of workers being held")
_CASES = frozenset({"cases", "instances", "incidents", "reports"})
#: Words of a trend that such cases are told in: "a rise in cases of", "a surge in cases of"
_TREND_WORDS = frozenset({"rise", "rising", "resurgence", "increase", "increasing", "surge", "spike", "uptick",
                          "growing", "growth", "wave", "spate", "signs", "sign", "more"})
#: How far before the act word "cases" may stand ("cases of X being thought to have been tricked into going
#: to Y and | held")
_CASE_REACH = 20
#: Words that end the trend's clause between the cases and the act word
_TREND_ENDS = frozenset({";", ":", "but", "while", "although", "though", "after", "when", "said", "says"})


def cases_on_the_rise(lower: Sequence[str], i: int, start: int) -> bool:
    """"Officials see a surge in cases of clerks being tricked overseas and held by gangs", "a
    rise in cases of workers being detained": the act word at ``i`` names a kind of case (the
    passive after "cases of <people> being") that a trend word counts over time, four words at
    most before "cases" (twenty words at most before the act): a trend told, never one act on a
    day. ``start`` is the sentence's start."""
    for k in range(i - 1, max(start, i - _CASE_REACH) - 1, -1):
        if lower[k] in _TREND_ENDS:
            return False
        if lower[k] in _CASES and k + 1 < i and lower[k + 1] == "of":
            being = next((j for j in range(k + 2, min(i, k + 8)) if lower[j] in {"being", "getting"}), None)
            return being is not None and not _TREND_WORDS.isdisjoint(lower[max(start, k - 4):k])
    return False


#: Verbs of a figure that grows or falls over time, told of acts in the plural: "Arrests are rising"
_CHANGING = frozenset({"rising", "rose", "risen", "rise", "surged", "surging", "soared", "soaring", "climbed",
                       "climbing", "increased", "increasing", "doubled", "tripled", "jumped", "spiked", "grown",
                       "growing", "grew", "fell", "fallen", "falling", "dropped", "declined", "declining", "frequent",
                       "common", "commonplace", "routine"})
#: Words before a plural act noun that make it acts told before, not a kind of act over time
_TOLD_BEFORE = frozenset({"the", "these", "those", "their", "its", "his", "her", "our", "of", "such", "'s", "’s"})
#: Words that end the act noun's clause before its verb
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "who", "which", "that", "while", "but", "and", "after", "when"})


def acts_on_the_rise(lower: Sequence[str], like_num: Sequence[bool], i: int, start: int, end: int) -> bool:
    """"Arrests are rising as the crackdown spreads", "Deportations of scam workers have surged since
    January", "Rescues have become more frequent": a plural act noun, bare (no article or owner of
    acts told before), the subject of a verb of growing or falling (within ten words, past its "of"
    phrase, no clause or number between): a trend told, no act on a day."""
    if lower[i] not in _ACT_NOUNS or not lower[i].endswith("s"):
        return False
    if i > start and (lower[i - 1] in _TOLD_BEFORE or like_num[i - 1]):
        return False
    for k in range(i + 1, min(end, i + 10)):
        if lower[k] == "and" and lower[k + 1:k + 2] and lower[k + 1] in _ACT_NOUNS:
            continue  # "Arrests and deportations have surged": one subject
        if lower[k] in _CLAUSE_ENDS or like_num[k]:
            return False
        if lower[k] in _CHANGING:
            return True
    return False
