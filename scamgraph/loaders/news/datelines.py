"""A story's dateline ("MANILA, Philippines —", "PHNOM PENH, Cambodia:"): the city it names is
where the story was filed (its country is the story's own), and the annotation conventions read
no statement of where that place lies in it. Its date is read in ``timing``."""

from __future__ import annotations

import re

from scamgraph.resolve import place_country

__all__ = ["dateline_country", "dateline_span"]

#: A dateline's city in capitals, perhaps a country or a date after a comma and a wire service in
#: brackets, then a dash or a colon.
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,30}?)(?:,[^\n—–-]{0,40})?\s*(?:\(\w[^)]{0,20}\))?\s*(?:[—–-]{1,2}|:)\s")


def dateline_span(text: str) -> tuple[int, int]:
    """The character offsets where the dateline of ``text`` starts and ends, or (0, 0) when it has
    none (a caption or a headline above it is no part of it)."""
    offset = len(text) - len(text.lstrip())
    for line in text.lstrip().splitlines(keepends=True)[:6]:
        found = _DATELINE.match(line)
        if found:
            return offset, offset + found.end()
        offset += len(line)
    return 0, 0


def dateline_country(text: str) -> str:
    """"JAKARTA - ...", "PHNOM PENH, Oct 15 — ...": the country of the city the story was filed from."""
    for line in text.lstrip().splitlines()[:6]:
        found = _DATELINE.match(line)
        if found:
            city = found.group(1).strip().title()
            return place_country(city) or ""
    return ""
