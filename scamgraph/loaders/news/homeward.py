"""A move told as the first leg of a journey home: "transferred to Bangkok before returning home",
"first sent to Mae Sot ... before being flown back to China", "will be transferred to the embassy
in Bangkok before returning home". The people are being brought home (a repatriation), not
deported to the city they pass through."""

from __future__ import annotations

import re

__all__ = ["leg_home"]

#: "before" and the journey home that follows the move
_HOMEWARD = re.compile(r"\bbefore (?:returning|being (?:flown|sent|repatriated|returned)|flying)\b", re.IGNORECASE)


def leg_home(text: str, start: int, end: int) -> bool:
    """Whether the text between the move's word (``start``) and its sentence's end tells the
    journey home that the move began."""
    return _HOMEWARD.search(text, start, end) is not None
