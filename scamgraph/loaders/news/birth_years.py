"""A year of birth is no day of any event: "detained Tran Van A (born in 1985)", "arrested B, born
1990, of District 3". Vietnamese police and court reports give each suspect's birth year beside the
name, and the nearest date to the act verb was that year (audit 20, page u01: a detention dated
with a suspect's birth year; audit page c17: an arrest and a seizure dated with one). English
grammar: the past participle "born", with or without "in" or "on", right before the date."""

from __future__ import annotations

import re

from scamgraph.loaders.dates import DateMention

#: "born", "born in", "born on" ending right where the date begins (an opening bracket may come first)
_BORN = re.compile(r"\bborn(?:\s+(?:in|on))?\s*$", re.I)
#: How far back the words may begin: "born on " is eight characters
_LOOK_BACK = 10


def a_birth_date(mention: DateMention, text: str) -> bool:
    """Whether the date written at ``mention`` (offsets into ``text``, the whole article) is a birth date."""
    return _BORN.search(text, max(0, mention.start - _LOOK_BACK), mention.start) is not None
