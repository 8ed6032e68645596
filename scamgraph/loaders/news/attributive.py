"""An act's participle standing before a noun as its adjective ("the seized phones", "analyses of
seized ledgers", "the confiscated evidence") names things by what was done to them: it refers to
an act told elsewhere, or to none the story tells, and makes no event of its own (grammar: the
attributive participle). The participle as a verb ("police seized phones", "and seized cash")
is left alone: a noun or a conjunction stands before it, not a determiner or a preposition.

The same holds for a participle hyphened to the body that did the act, a compound adjective before
a name ("the Treasury-designated Harbor Front militia", "a UN-sanctioned firm"): the thing named is
told by a designation made before, which is no new act, and the thing is no target of a new one
told in the same sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from scamgraph.loaders.news.words import SPEAKING

__all__ = ["attributive", "counted_speaker", "hyphened_to_doer", "named_after_hyphened"]

#: Words before an attributive participle: determiners and prepositions
_BEFORE = frozenset({"the", "these", "those", "this", "that", "its", "their", "his", "her", "all", "any", "of",
                     "with", "on", "from", "about", "some", "other", "such", "as"})
#: Words after a participle that show it is no adjective ("the seized were ...", "the seized in ...")
_NOT_NOUNS = frozenset({"of", "to", "in", "by", "on", "at", "from", "for", "with", "and", "or", "as", "after",
                        "before", "during", "were", "was", "are", "is", "be", "been", "being", "had", "have", "has",
                        "will", "would", "could", "last", "this", "that", "under", "over", "into", "since"})
#: Participles of listing a body as a target, which a hyphen joins to the body that listed it
_LISTED = frozenset({"designated", "sanctioned", "blacklisted", "listed",
                     "seized", "confiscated", "impounded"})  # ("a fake sale of customs-seized vehicles": seized before)


def attributive(lower: list[str], words: list[str], i: int, start: int, end: int) -> bool:
    """The event word at ``i`` (a sentence ``[start, end)``) is a participle used as an adjective."""
    # ("Confiscated items are being examined": opening its sentence, as an adjective; "five men,
    # reportedly blacklisted workers from a firm,": an aside's adverb before it)
    aside = i - 2 >= start and lower[i - 1].endswith("ly") and words[i - 2] == ","
    if not lower[i].endswith("ed") or i + 1 >= end or i > start and lower[i - 1] not in _BEFORE and not aside:
        return False
    after = words[i + 1]
    return after.isalpha() and after.islower() and lower[i + 1] not in _NOT_NOUNS


def hyphened_to_doer(doc: Doc, i: int, start: int, end: int) -> bool:
    """The word at ``i`` is a participle of listing hyphened to the word before it, with no space
    either side, and a word follows it in the sentence: "OFAC-designated X", "U.S.-sanctioned X"
    (not "designated - and sanctioned", a dash between words)."""
    if i - 2 < start or i + 1 >= end or doc[i].lower_ not in _LISTED or doc[i - 1].text not in {"-", "‑"}:
        return False
    return not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ and _a_doer(doc[i - 2].lower_) \
        and doc[i + 1].text[:1].isalnum()


def _a_doer(head: str) -> bool:
    """The word before the hyphen may name who listed: not an adverb ("newly-designated X" is listed
    now, by the act the story tells)."""
    return any(c.isalnum() for c in head) and not head.endswith("ly")


def named_after_hyphened(doc: Doc, first: int, start: int) -> bool:
    """A name beginning at ``first`` stands right after such a compound ("the OFAC-designated
    Harbor Front militia"; the tokenizer keeps "U.S.-sanctioned" one word): it is described by a
    designation made before."""
    if first - 1 < start:
        return False
    head, _dash, listed = doc[first - 1].lower_.rpartition("-")
    return _a_doer(head) and listed in _LISTED or hyphened_to_doer(doc, first - 1, start, first + 1)


def counted_speaker(lower: list[str], like_num: list[bool], i: int, start: int, end: int) -> bool:
    """The participle at ``i`` describes the counted people who speak right after it: "One detained
    worker told reporters ...", "Two rescued cooks said ...". They are a source of the story, picked
    out of people an act told elsewhere took: the word makes no act of its own. (Only where the
    number opens its clause: "police detained 30 and held two arrested men" is no speaker's.)"""
    if not lower[i].endswith("ed") or i - 1 < start or not like_num[i - 1] \
            or i - 2 >= start and lower[i - 2] not in {",", ";", "and", "but"}:
        return False
    return i + 2 < end and lower[i + 1].isalpha() and lower[i + 2] in SPEAKING
