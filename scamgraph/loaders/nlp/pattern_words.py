"""The words a token pattern cannot match without: a screen before a spaCy ``Matcher`` call.

A ``Matcher`` tries every pattern at every token of the span it is given, and calls a Python
predicate for each ``IN`` set it meets: some ten thousand instructions a word. Most sentences it
is asked about hold no match at all. A token of a pattern that is not optional (no ``OP``, or
``"+"``) and asks for its ``LOWER`` or ``ORTH`` to be one word or one of a set must find such a
word in the sentence, or the pattern cannot match there: ``can_match`` tests those sets against
the sentence's words before the matcher runs. The sets are read from the patterns themselves,
so a pattern added later screens itself (one with no such token always runs). A sentence that
passes is matched as before, with every pattern of its matcher: the matches are the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["can_match", "matchable", "required_words"]

#: Attributes whose value is a token's text or its lower-case form, as the screen reads them.
_SCREENED = {"LOWER": "lower", "ORTH": "orth", "TEXT": "orth"}


def required_words(patterns: Iterable[Sequence[dict[str, Any]]]) -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
    """For each pattern, the (attribute, words) of its tokens that must match one of those words:
    "lower" for ``LOWER``, "orth" for ``ORTH`` and ``TEXT``."""
    found = []
    for pattern in patterns:
        needs = []
        for token in pattern:
            if token.get("OP", "") not in {"", "+"}:
                continue  # ("?", "*", "!" and counted repeats may match without the word)
            for attr, kind in _SCREENED.items():
                value = token.get(attr)
                if isinstance(value, str):
                    needs.append((kind, frozenset({value})))
                elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                    needs.append((kind, frozenset(value["IN"])))
        found.append(tuple(needs))
    return tuple(found)


def can_match(required: tuple[tuple[tuple[str, frozenset[str]], ...], ...], lower: Iterable[str],
              orth: Iterable[str]) -> bool:
    """Whether some pattern finds each word it needs among a sentence's words (``lower``: their
    lower-case forms, as the ``LOWER`` attribute holds them; ``orth``: as written)."""
    words = {"lower": frozenset(lower), "orth": frozenset(orth)}
    return any(all(not wanted.isdisjoint(words[kind]) for kind, wanted in needs) for needs in required)


def matchable(required: tuple[tuple[tuple[str, frozenset[str]], ...], ...], lower: Iterable[str],
              orth: Iterable[str]) -> tuple[int, ...]:
    """The places (in ``required``) of the patterns that find each word they need among a
    sentence's words: a matcher of those alone finds what the whole set finds there."""
    words = {"lower": frozenset(lower), "orth": frozenset(orth)}
    return tuple(k for k, needs in enumerate(required)
                 if all(not wanted.isdisjoint(words[kind]) for kind, wanted in needs))
