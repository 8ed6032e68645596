"""Acts told as a trend that a body pressed harder: "the bureau has strengthened crackdown efforts
on fraud gangs", "officials in Peru have increased arrests and deportations of scam staff this
year". The act nouns are the object of a verb of increasing, in the plural or as a campaign's
modifier, and no number of people follows: a policy told, never one raid or one deportation on a
day. With a count the sentence tells the acts themselves ("stepped up raids, arresting 40"), which
the readers of counts keep, so a number anywhere after the verb leaves the words to them."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["pressed_trend"]

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
    return not any(like_num[j] and not _a_year(lower[j]) for j in range(k + 1, end))


def _a_year(word: str) -> bool:
    """"in 2025": a year, no count of people."""
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}
