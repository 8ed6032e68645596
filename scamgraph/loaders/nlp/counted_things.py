"""Capitalized names of things the story counts: "officers took four Ember Keys from the flat",
"police found a Relay Tower in the room".

A maker's or a trade's name for a device ("Ember Keys", "a Relay Tower") is written in capitals
like a person or a firm, and the name finder's cues read it as one ("Ember" may be a forename,
"Tower" a firm's head). But nobody counts people or firms by their name: a name right after a
number or "a"/"an", ending the noun phrase there, is a count of things, and every mention of it
in the story (in the singular or the plural: "Relay Towers, which ...") names no person or
organization. A year or a day before the name is no count ("in 2024 Amber Wren Holdings",
"on March 3 Wren Tower"), nor is "a"/"an" before a name that a lower-case noun follows
("a Amber Wren company": the firm's name as a modifier).
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.numbers import number_words

__all__ = ["things_counted"]

#: Labels of the guesses a count of things undoes (a gazetteer's body or place stays)
_GUESSED = frozenset({"PERSON", "ORG"})
#: Words that count things before a name
_COUNT_WORDS = number_words(1, 12) | {"a", "an", "dozens", "hundreds", "several", "multiple"}
#: The most digits a count written in figures takes here (four would be a year)
_MOST_DIGITS = 3
#: Words that may follow a noun phrase that ends with the name: a clause's punctuation, a
#: preposition, a conjunction, a relative word or a verb of being ("four Ember Keys | from the
#: flat", "a Relay Tower | in the room"); any other word after it may be the noun the name
#: qualifies ("a Wren Airways flight", "two Amber Wren offices")
_PHRASE_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?", "from", "in", "at", "on", "inside", "into", "with", "for",
                          "and", "or", "which", "that", "were", "was", "are", "is", "had", "have", "to", "by",
                          "hidden", "used", "found", "seized", "worth"})
#: Months, after which a number is a day
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})


def things_counted(view: DocView) -> set[Span]:
    """The PERSON and ORG entities whose words the story also writes counted as things."""
    guessed = [e for e in view.ents if e.label_ in _GUESSED and e.end - e.start >= 2]
    if not guessed:
        return set()
    keys = {_key(view.lower[e.start:e.end]) for e in guessed}
    firsts = {key[0] for key in keys}
    counted: set[tuple[str, ...]] = set()
    for k in range(1, len(view.words)):
        if view.lower[k] in firsts and _count_before(view, k):
            counted.update(key for key in keys if key[0] == view.lower[k] and _ends_here(view, k, key))
    return {e for e in guessed if _key(view.lower[e.start:e.end]) in counted} if counted else set()


def _key(words: list[str]) -> tuple[str, ...]:
    """The name's words in lower case, its last one in the singular ("boxes" and "box" meet)."""
    last = words[-1]
    last = last[:-2] if last.endswith(("xes", "ses", "shes", "ches")) else last[:-1] if last.endswith("s") else last
    return (*words[:-1], last)


def _ends_here(view: DocView, start: int, key: tuple[str, ...]) -> bool:
    """The name ``key`` from ``start``, its noun phrase ending with it (no lower-case noun after:
    "four Amber Wren employees" counts people of the firm)."""
    end = start + len(key)
    if end > len(view.words) or _key(view.lower[start:end]) != key:
        return False
    if end == len(view.words):
        return True
    return view.lower[end] in _PHRASE_ENDS


def _count_before(view: DocView, start: int) -> bool:
    """A number (not a year or a day) or "a"/"an" right before ``start``."""
    before = view.lower[start - 1]
    if before.isdigit():  # (not a day: "March 3 Wren Tower", "2026-01-09 Wren Tower")
        return len(before) <= _MOST_DIGITS and not (start >= 2 and (view.lower[start - 2] in _MONTHS
                                                                   or view.words[start - 2] in {"-", "/", ".", ":"}))
    return before in _COUNT_WORDS
