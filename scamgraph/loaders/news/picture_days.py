"""A picture's day is not the act's: "A photo released on May 4 shows phones seized during a raid
on a call centre in the Amber Wren compound" tells when the picture came out (or was taken), and
the raid it shows may be days older. Like footage "posted on July 20" (``timing._posted_on``), the
day only bounds the act: its month is what is known."""

from __future__ import annotations

import re

__all__ = ["picture_day"]

#: A picture noun, its own participle of release or making, and the preposition of the day
#: right before the date: "a photo released on", "handout pictures taken in", "video footage
#: posted last" (the participle may stand after a word or two: "a photo the ministry released on";
#: a second participle may follow the first's day: "a photo taken on May 3 and released on"; the
#: page it was posted to may stand between: "a photo posted on the Merrow police's Facebook page on";
#: the participle may be set off by commas, as wire captions write it: "This pool photo, taken on
#: May 3, 2025, and released on")
_PICTURE_BEFORE = re.compile(
    r"\b(?:photo|photos|photograph|photographs|picture|pictures|image|images|video|videos|footage|handout|screenshot|"
    r"screengrab)\b(?:\s+[\w’']+){0,3}?,?\s+_MADE(?:\s+(?:on|in)\s+[^.;]{1,25}?,?\s+and\s+_MADE)?"
    r"(?:\s+(?:on|to)\s+[^.;]{1,60}?\b(?:page|pages|account|accounts|channel|channels|website|feed|profile|timeline))?"
    r"\s+(?:on|in|last|this|earlier|late|early)?\s*$".replace(
        "_MADE", "(?:released|published|posted|shared|issued|provided|distributed|taken|dated|circulated|uploaded|supplied)"),
    re.I)


def picture_day(text: str, sent_start: int, date_start: int) -> bool:
    """The date starting at ``date_start`` is told as a picture's ("a photo released on ..."),
    looking no further back than ``sent_start``: it dates the picture, and bounds what it shows."""
    return bool(_PICTURE_BEFORE.search(text[max(sent_start, date_start - 80):date_start]))
