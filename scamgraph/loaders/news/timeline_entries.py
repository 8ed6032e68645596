"""Lines of a timeline: an explainer or a follow-up lists what happened day by day ("2 March: Police
raid the compound", "March 19: The department deports 180"). Such a line opens on its day and a
colon, as a dateline without its place may, but the day is the act's, not the filing's: the list is
told by the lines that share the form, two or more in one text."""

from __future__ import annotations

import re
from functools import lru_cache

from scamgraph.loaders.dates import _MONTH_RE, DateMention

__all__ = ["timeline_entry"]

#: A line that opens (after a bullet, if any) on a day of a month and a colon: "2 March:", "- March 19, 2026:"
_ENTRY = re.compile(rf"^[ \t]*(?:[-•*–—][ \t]*)?(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
                    r"(?:,?\s+\d{4})?\s*:[ \t]+\S", re.M)
#: Lines of that form a text needs to be a timeline, not one dateline
_LIST_LINES = 2


def timeline_entry(mention: DateMention, text: str) -> bool:
    """The date opens a line of a timeline: its act's day, never a dateline's."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    entry = _ENTRY.match(text, line_start)
    if entry is None or not line_start <= mention.start < entry.end():
        return False
    return _entries(text) >= _LIST_LINES


@lru_cache(maxsize=8)
def _entries(text: str) -> int:
    """How many lines of the text open on a day and a colon (counted once per text, not per date)."""
    return sum(1 for _ in _ENTRY.finditer(text))
