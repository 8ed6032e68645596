"""Dates glue: the dateline ("PHNOM PENH, Oct 15 —") is where and when a story was filed, not
when its events happened; a clause word between a date and a verb parts them."""

from __future__ import annotations

import re

from scamgraph.loaders.dates import DateMention
from scamgraph.resolve import place_country

_CLAUSE = re.compile(r"\b(?:after|before|when|while|because|whereas|although|since|until)\b", re.I)


_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,30}?)(?:,[^\n—–-]{0,40})?\s*(?:\(\w[^)]{0,20}\))?\s*(?:[—–-]{1,2}|:)\s")


def _dateline_country(text: str) -> str:
    """"JAKARTA - ...", "PHNOM PENH, Oct 15 — ...": the country of the city the story was filed from."""
    for line in text.lstrip().splitlines()[:6]:
        found = _DATELINE.match(line)
        if found:
            city = found.group(1).strip().title()
            return place_country(city) or ""
    return ""


def _dateline(mention: DateMention, text: str) -> bool:
    """"PHNOM PENH, Oct 15 — ...": the dateline's date is when it was filed, not when events were."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.start - line_start < 40 and bool(re.match(r"\s*[—–-]{1,2}\s", text[mention.end:mention.end + 4]))


#: A clause word that opens the trigger's own phrase: "..., after a three-month investigation".
_CLAUSE_BEFORE = re.compile(r"\b(?:after|before|following|since|until)\s+(?:a|an|the|its|their|his|her)?\s*"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
#: A clause between a trigger and a later date gives the date to that clause's own verb or noun.
_CLAUSE_AFTER = re.compile(r"\b(?:following|since|until|when|while|because)\b", re.I)
