"""Counts written as digits or words ("3,455", "fifty-seven", "two dozen"): the numbers news text
counts people with, and the amounts ("three months ago") its dates count back."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["number_value", "number_words", "written_year"]

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "several": 0, "a few": 0,
}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}


def number_words(low: int, high: int) -> frozenset[str]:
    """The cardinals written as one word from ``low`` to ``high`` ("two" ... "twelve"): the one list
    that rules asking "is this a small count?" build their own word sets from.

    >>> sorted(number_words(2, 4))
    ['four', 'three', 'two']
    """
    return frozenset(w for w, v in _NUMBER_WORDS.items() if low <= v <= high and w not in {"a", "an", "dozen"})


@lru_cache(maxsize=4096)
def number_value(text: str) -> int | None:
    """Read a count written as digits or words (kept per text: stories repeat their numbers).

    >>> number_value("3,455"), number_value("fifty-seven"), number_value("two dozen"), number_value("1.2 million")
    (3455, 57, 24, 1200000)
    >>> number_value("seven hundred"), number_value("many")
    (700, None)
    """
    words = text.lower().replace("-", " ").replace("\u00a0", " ").split()
    if not words:
        return None
    digits = re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", words[0])
    total = 0
    if digits:
        value = float(words[0].replace(",", ""))
        for word in words[1:]:
            value *= _SCALE.get(word, 12 if word in {"dozen", "dozens"} else 1)
        return int(value)
    current = 0
    for word in words:
        if word in _SCALE:
            current = max(current, 1) * _SCALE[word]
            if _SCALE[word] >= 1000:
                total, current = total + current, 0
        elif word in {"dozen"}:
            current = max(current, 1) * 12
        elif word in _NUMBER_WORDS and word not in {"several", "a few", "a", "an"}:
            current += _NUMBER_WORDS[word]
        elif word in {"a", "an", "and"}:
            continue
        else:
            return None
    value = total + current
    return value or None


def written_year(word: str) -> bool:
    """A number written as a year, 1900-2099 ("in 2023"): a date, which counts no one and is no
    table row's number."""
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}
