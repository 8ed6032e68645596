"""Lines wrapped inside a sentence. Some outlets and blogs hard-wrap their text at a fixed width,
so one sentence runs over several lines; the sentence splitter starts a sentence at every line
break (headings, captions, datelines and list items stand on lines of their own), which cut such a
sentence into pieces that each lost its verb, its count or its subject. A single line break
between a lower-case word (a number, a comma) and a lower-case word cannot end a sentence or a heading:
it is read as the space it stands for. The text keeps its length, so evidence offsets hold."""

from __future__ import annotations

import re

__all__ = ["unwrapped"]

#: One line break with a lower-case letter, a digit, a comma or a semicolon before it and a lower-case letter after
_SOFT_BREAK = re.compile(r"(?<=[a-z0-9,;])\n(?=[a-z])")


def unwrapped(text: str) -> str:
    """``text`` with every soft line break inside a sentence turned into a space (same length)."""
    return _SOFT_BREAK.sub(" ", text) if "\n" in text else text
