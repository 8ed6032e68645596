"""An act told as what another act led to: "The Amber Wren inquiry led to the arrest of Ivo
Marek in August 2024".

The date after the outcome's word ("the arrest ... in August 2024") is the outcome's. The act that
led to it came before, on a day the sentence does not tell, so it does not take that date. (A
raid's arrests are the raid itself, on its day: "the raid led to 40 arrests on Tuesday" is read
as before. A comma between the outcome and the date leaves it to the rules for clauses: "led to a
notice, put out in August" gives August to the notice's own participle.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from scamgraph.loaders.dates import DateMention

__all__ = ["dates_the_outcome"]

#: Verbs of an act's outcome, before the outcome's noun: "led to", "resulted in", "leading to"
_LED_TO = re.compile(r"\b(?:led|leading|leads|lead)\s+to\b|\bresult(?:ed|ing|s)?\s+in\b", re.I)
#: Kinds of act whose outcome told after them shares their day: a raid's arrests and rescues
_SAME_OPERATION = frozenset({"raid"})


def dates_the_outcome(text: str, after: int, kind: str | None, date: DateMention, others: Mapping[int, str]) -> bool:
    """Whether ``date`` (after the act word of ``kind``, which ends at character ``after``) is the
    date of an outcome that act "led to" or "resulted in": an act word of another kind (``others``:
    the character where each other act word of the sentence starts, and its kind) stands between
    the verb of outcome and the date, and no comma does."""
    if kind is None or kind in _SAME_OPERATION or date.start <= after:
        return False
    led = _LED_TO.search(text, after, date.start)
    if led is None or "," in text[led.end():date.start]:
        return False
    return any(led.end() <= at < date.start and other not in {"", kind} for at, other in others.items())
