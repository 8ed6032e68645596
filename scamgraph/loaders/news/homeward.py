"""Journeys home and journeys that only seem so.

A move told as the first leg of a journey home: "transferred to Bangkok before returning home",
"first sent to Mae Sot ... before being flown back to China", "will be transferred to the embassy
in Bangkok before returning home". The people are being brought home (a repatriation), not
deported to the city they pass through.

"Back" that takes people to their captors or their work ("were sent back to the compound",
"brought back to work"): no journey home at all."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

__all__ = ["back_to_captors", "leg_home", "sent_by_auxiliary"]

#: Words of a people's own country after "back to": "back to their home country", "back to their families".
_HOMELANDS = frozenset({"home", "homeland", "homelands", "country", "countries", "families", "family", "hometown",
                        "hometowns", "motherland"})
#: Auxiliaries and adverbs that lead "sent" as an act done: "were (later) sent back", "have been sent back".
_SENT_LEADS = frozenset({"were", "was", "been", "be", "being", "are", "is", "had", "have", "has", "later", "also",
                         "then", "subsequently", "all", "safely", "eventually", "finally", "already"})
#: "before" and the journey home that follows the move
_HOMEWARD = re.compile(r"\bbefore (?:returning|being (?:flown|sent|repatriated|returned)|flying)\b", re.IGNORECASE)


def leg_home(text: str, start: int, end: int) -> bool:
    """Whether the text between the move's word (``start``) and its sentence's end tells the
    journey home that the move began."""
    return _HOMEWARD.search(text, start, end) is not None


def back_to_captors(lower: Sequence[str], doc: Doc, k: int, end: int) -> bool:
    """"were sent back to the compound", "brought back to work": the "back" at ``k`` (in a sentence
    ending at ``end``) takes people to a thing named in common words, not home. "back to China",
    "back to the Philippines", "back to Lumora" (a name), "back to their home country" and "back"
    with no place at all ("were flown back on Friday") are a return home."""
    if k + 2 >= end or lower[k + 1] != "to" or doc[k + 2].is_title:
        return False
    place = [t for t in doc[k + 2:min(end, k + 6)] if t.ent_type_ in {"COUNTRY", "PLACE", "GPE"}]
    return not place and _HOMELANDS.isdisjoint(lower[k + 2:min(end, k + 6)])


def sent_by_auxiliary(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether "sent" at ``i`` (in a sentence from ``start``) follows an auxiliary, as an act done
    ("were later sent back"); after a noun it describes people ("arrested 11 people sent back from
    Laos": their past, not this story's act)."""
    return i > start and lower[i - 1] in _SENT_LEADS
