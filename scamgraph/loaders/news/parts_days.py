"""A day told of a part of the people counted, not of the whole: "Since January, 1,240 have been
sent home, including 80 on Tuesday", "3,000 were detained, 420 of them on Monday alone". The whole is
a running total over a period; the day is the part's own act (``another_day.own_day`` gives the part
its event), so the act word before the total takes the period, never the part's day."""

from __future__ import annotations

import re

#: The text from the act word to a day that follows it: a comma, then the part's count ("including
#: 80", "among them 12 Chinese", "80 of them", "of whom 12") and "on" / "in" / "last" before the day
_PART_BEFORE_DAY = re.compile(
    r",\s+(?:(?:including|among\s+them|among\s+whom|of\s+whom|with)\s+(?:some\s+|about\s+|nearly\s+|around\s+)?"
    r"[\d,]+(?:\s+[A-Za-z-]+){0,2}|(?:some\s+|about\s+)?[\d,]+\s+of\s+(?:them|those|these|whom))"
    r"\s+(?:on|in|last|this|earlier)?\s*$", re.I)


def a_parts_day(between: str) -> bool:
    """Whether ``between``, the text from an act word to a day after it, puts that day on a part of
    the act's people ("..., including 80 on") rather than on the act told before it."""
    return bool(_PART_BEFORE_DAY.search(between))
