"""A campaign brought in by "a" with a span of its own: "Zorvanian troops stormed the Amber Wren
compound ... Thousands of workers have gone home under a crackdown by Erlandian authorities
starting in March".

The indefinite article tells a campaign the story has not told yet, so it is an event of its own:
its month is never the day of the raid told before (undated as that raid may be), and the bodies
"by" names are its doers, not the raid's. ("The crackdown began in March" refers to the one told;
a campaign given no span is left to the rules that fold it into the raid told before.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scamgraph.loaders.dates import DateMention

__all__ = ["a_campaign_of_its_own"]

#: Nouns of a wave of operations over weeks or months
_CAMPAIGN_NOUNS = frozenset({"crackdown", "crackdowns", "campaign", "sweep", "sweeps", "offensive"})
#: The most words of description between the article and the noun: "a months - long joint crackdown"
_REACH = 5
#: A month named with no day, as a story with no date of its own leaves it unresolved: "starting in March"
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def a_campaign_of_its_own(lower: Sequence[str], i: int, start: int, when: DateMention | None) -> bool:
    """Whether the campaign noun at ``i`` (in a sentence from ``start``) is brought in by "a" or
    "an", past words of description ("a joint crackdown", "a months-long campaign"), and the
    sentence gives it a month, a year or a span (``when``), no single day."""
    if lower[i] not in _CAMPAIGN_NOUNS or when is None:
        return False
    if when.value and len(when.value) == 10 and not when.period:
        return False  # (a single day: "a crackdown on Monday" may well be the raid told before)
    if not when.value and not (_MONTH.search(when.text) and not _DAY_NUMBER.search(when.text)):
        return False
    k = i - 1
    while k >= max(start, i - _REACH) and (lower[k].isalpha() or lower[k] == "-") and lower[k] not in {"a", "an"}:
        k -= 1
    return k >= start and lower[k] in {"a", "an"}
