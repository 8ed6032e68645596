"""Where a date pattern's scan may start in a sentence.

Python's re tries a pattern that opens with ``\\b`` and an alternation at every character of the
text. Every match of some date patterns holds a month's or a weekday's name, written with its
capital, and before that name at most a few characters other than whitespace ("between 3 March",
"last Monday"): no match can begin earlier than that far before the first place such a name can
begin, so the scan starts there. A match's ``\\b`` still reads the character before where the
scan starts, so every match is the one a scan from the start finds
(``tests/unit/test_prefilters.py`` compares both on the corpus and on written edge cases).
"""

from __future__ import annotations

import re

__all__ = ["MONTH_STEM", "leads", "scan_start"]

#: How every month name the patterns accept begins (they match month names case-sensitively)
MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_STEM = re.compile("|".join(MONTH_STEMS))  # (one search, not twelve substring tests)

#: Kind of pattern -> (the name every match holds, how many characters other than whitespace may
#: stand before it in a match): "between", a weekday and a bracket before a day ("range"), a day ("dmy"), "early" ("weekday").
#: A weekday's name ends "day" at most six characters after its first.
LEAD_BY_KIND = {"range": ("month", 21), "dayspan": ("month", 11), "dmy": ("month", 6), "mdy": ("month", 0), "monthyear": ("month", 0),
                "dayrange": ("day", 0), "weekday": ("day", 5)}
#: The two "month" patterns, in order: after a preposition ("during", "mid-", "since last"), after an article ("the").
MONTH_LEADS = (("month", 9), ("month", 3))


def leads(patterns: list[tuple[str, re.Pattern[str]]]) -> dict[re.Pattern[str], tuple[str, int]]:
    """The patterns (of ``dates._PATTERNS``) whose scan may start late, each with its lead."""
    found = {pattern: LEAD_BY_KIND[kind] for kind, pattern in patterns if kind in LEAD_BY_KIND}
    found.update(zip([pattern for kind, pattern in patterns if kind == "month"], MONTH_LEADS))
    return found


def scan_start(text: str, lead: tuple[str, int] | None, firsts: dict[str, int]) -> int:
    """Where a match of a pattern with this ``lead`` can begin at the earliest (0 for a pattern with
    none); ``firsts`` keeps, for one text, where each kind of name can first begin."""
    if lead is None:
        return 0
    name, budget = lead
    at = firsts.get(name)
    if at is None:
        month = MONTH_STEM.search(text) if name == "month" else None
        at = firsts[name] = (month.start() if month is not None else -1) if name == "month" else text.find("day") - 6
    while at > 0 and (budget > 0 or text[at - 1].isspace()):  # (whitespace costs nothing: "\s+" may stand anywhere)
        budget -= not text[at - 1].isspace()
        at -= 1
    return max(at, 0)
