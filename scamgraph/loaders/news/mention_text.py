"""How a mention's text is written out: its display name ("the Myanmar's military" -> "Myanmar
military"), a place's kind written out ("Brgy."), a sentence quoted as evidence, an acronym in
parentheses after its name, a lookup over runs of words. Apart from ``words`` because it reads
names and quotes, not the vocabulary of facts."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span


def _in_phrases(text: str, lookup: Callable[[str], str | None]) -> str:
    """The first answer ``lookup`` gives for a run of up to three words of ``text``, widest first."""
    words = text.split()
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            found = lookup(" ".join(words[i:i + width]))
            if found:
                return found
    return ""


def _parenthesized(ent: Span) -> bool:
    """"(CCOS)" right after the name it abbreviates: the same mention, not a second actor."""
    doc = ent.doc
    return 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"


def _quote(text: str) -> str:
    """A sentence as quoted in evidence: whitespace runs made one space, at most 600 characters. A
    text already so (printable: no whitespace but the ASCII space, which is single and inside) is
    kept as it is, without splitting and joining it."""
    if not (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "):
        text = " ".join(text.split())
    return text if len(text) <= 600 else text[:597] + "..."


_HYPHEN = re.compile(r"\s*-\s*")
_THE = re.compile(r"^(?:the|The)\s+")
_OWNED = re.compile(r"^\w+-(?:owned|run|based|backed|linked|controlled)\s+")
_POSSESSIVE_S = re.compile(r"(?<=\w)\s*['’]s\s+(?=[a-z])")


@lru_cache(maxsize=4096)
def kind_written_out(name: str) -> str:
    """"Brgy. San Isidro" is "Barangay San Isidro": a place's name with its kind's abbreviation
    before it written out, so both writings are one place."""
    return "Barangay " + name[len("Brgy. "):] if name.startswith("Brgy. ") else name


@lru_cache(maxsize=4096)
def display_name(text: str) -> str:
    """A mention's display name. Kept per text: an article names the same entities again and
    again, and each name goes through four regular expressions."""
    text = " ".join(text.split())
    text = _HYPHEN.sub("-", text)
    text = _THE.sub("", text)
    text = _OWNED.sub("", text)  # "Chinese-owned Yatai ..."
    text = _POSSESSIVE_S.sub(" ", text)  # "Myanmar's military" -> "Myanmar military"
    if text.isupper() and len(text) > 5:
        text = text.title()
    return text.rstrip(".,;:")
