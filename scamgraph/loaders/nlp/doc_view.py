"""One document as the name finder reads it: token texts and flags as plain lists (indexing a
``Doc`` builds a ``Token`` object each time, and the rules look at every token several times),
with the entities decided so far and which token each one owns.

The rule modules (``runs``, ``kinds``, ``cues``, ``bodies``, ``place_names``) are functions of a
``DocView``; this class only keeps the bookkeeping that they share.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from scamgraph.loaders.nlp.ents import Ent
from scamgraph.loaders.nlp.sentences import (
    sentence_starts,
    token_lowers,
    token_spaces,
    token_texts,
)

if TYPE_CHECKING:
    from scamgraph.loaders.nlp.patterns import CuePatterns

__all__ = ["DocView"]


class _Capitalized(dict[str, bool]):
    """Whether a word is capitalized (and not the pronoun "I"), kept per word: a story writes its
    words again and again (emptied past a bound, so that a long run keeps no unbounded table)."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= 200_000:
            self.clear()
        capitalized = self[word] = bool(word) and word[0].isupper() and (word[0].isalpha() or word[0] == "'") \
            and word.lower() != "i"
        return capitalized


_CAPITALIZED = _Capitalized()


def name_cased(word: str) -> bool:
    """A word cased as a name's part: title case, or a capital then lower-case letters around an
    apostrophe ("Sing'oei", which ``str.istitle`` refuses for the letter after the mark)."""
    return word.istitle() or word[:1].isupper() and word.replace("'", "").replace("’", "")[1:].isalpha() \
        and word.replace("'", "").replace("’", "")[1:].islower()


def _titled_acronym(ent: Span, word: str) -> bool:
    """"Department of International Relations and Cooperation (Dirco)": a public body's acronym
    written as a word (South African, Indonesian usage) is one too; a place in parentheses
    ("Myawaddy (Myanmar)") follows no body, and a company's or an airport's title-case word is
    left out (an agency's only)."""
    return ent.label_ == "AGENCY" and len(word) >= 4 and word.isalpha() and word.istitle()


def _not_its_initials(ent: Span, word: str) -> bool:
    """"United Arab Emirates (UAE)" names the country again; "THAILAND (TR)", a dateline with the
    outlet's tag, or "the Association of Nationals in Laos (ANL)", an acronym whose body ends with
    the country's name, do not: a country or a people takes only the initials of its own words."""
    initials = "".join(w[0] for w in ent.text.split() if w[:1].isupper())
    return ent.label_ in {"COUNTRY", "NORP"} and word != initials


class DocView:
    """A document's words, its entities so far and its cue matches, for one pass of the name finder."""

    def __init__(self, doc: Doc, ents: list[Span], patterns: CuePatterns) -> None:
        self.doc = doc
        self.ents = ents
        self.words = token_texts(doc)
        self.matches = patterns(doc, self.words)  # where the compiled cue phrases occur
        self.spaces = token_spaces(doc)  # 1 where a space follows
        self.starts = sentence_starts(doc)
        self.lower = token_lowers(doc)
        self.cap = list(map(_CAPITALIZED.__getitem__, self.words))  # a capitalized word, not the pronoun "I"
        self.owner: dict[int, Span] = {i: ent for ent in ents for i in range(ent.start, ent.end)}
        self.acronyms: dict[str, Span] = {}
        self.sites_named: set[tuple[str, ...]] = set()  # the words of each site named so far ("jade", "gate")
        self.dropped: list[Span] = []  # gazetteer hits that turned out to be parts of a name

    @cached_property
    def text(self) -> str:
        """``Doc.text``, joined from the word list where it holds the document's own words (no
        spaced hyphen was read as a dash): ``Doc.text`` builds a Token object per token."""
        if "\u2013" in self.words:
            return self.doc.text  # (an en dash may stand for a hyphen the tokens hold)
        return "".join([word + " " if space else word for word, space in zip(self.words, self.spaces)])

    @cached_property
    def offsets(self) -> list[int]:
        """The character offset of each token (``Token.idx``), read from the token array at once."""
        return self.doc.to_array(IDX).tolist()  # type: ignore[no-any-return]

    def make(self, start: int, end: int, label: str, kb_id: str) -> Span:
        """A new entity span; an empty id is written "||" (canonical|kind|country all unknown)."""
        if label == "SITE":
            self.sites_named.add(tuple(self.lower[start:end]))
        return Ent(self.doc, start, end, label=label, span_id=kb_id or "||")

    def note_acronym(self, ent: Span) -> None:
        """"Commission for Combating Online Scams (CCOS)": later "CCOS" means the commission."""
        doc = self.doc
        if ent.end + 2 < len(doc) and self.words[ent.end] == "(" and self.words[ent.end + 2] == ")" \
                and (self.words[ent.end + 1].isupper() or _titled_acronym(ent, self.words[ent.end + 1])) \
                and not _not_its_initials(ent, self.words[ent.end + 1]):
            self.acronyms[self.words[ent.end + 1]] = ent
        elif ent.end + 4 < len(doc) and self.words[ent.end] == "(" and self.words[ent.end + 2] == "-" \
                and self.words[ent.end + 4] == ")" and self.words[ent.end + 1].isupper() and self.words[ent.end + 3].isupper():
            self.acronyms["".join(self.words[ent.end + 1:ent.end + 4])] = ent  # "(PNP-CIDG)"
        elif ent.end + 3 < len(doc) and self.words[ent.end] == "(" and self.words[ent.end + 3] == ")" \
                and all(w.isalpha() and w.isupper() for w in self.words[ent.end + 1:ent.end + 3]):
            self.acronyms["".join(self.words[ent.end + 1:ent.end + 3])] = ent  # "(PNP ACG)": "the PNP ACG" later
        if ent.label_ in {"ORG", "AGENCY"}:
            initials = "".join(w[0] for w in self.words[ent.start:ent.end] if w[:1].isupper())
            if len(initials) >= 3 and initials.isalpha():
                self.acronyms.setdefault(initials, ent)  # "the United Wa State Army ... The UWSA": undefined, as known

    def replace(self, decided: list[Span]) -> None:
        """Put decided spans in place of whatever they overlap (an earlier decided span wins)."""
        covered: set[int] = set()
        kept: list[Span] = []
        for span in decided:  # (set.isdisjoint reads the range in C: no generator per span)
            if covered.isdisjoint(range(span.start, span.end)):
                kept.append(span)
                covered.update(range(span.start, span.end))
        self.ents = [e for e in self.ents if covered.isdisjoint(range(e.start, e.end))] + kept
        for span in kept:
            self.note_acronym(span)
        self.reindex()

    def reindex(self) -> None:
        """Which entity owns each token, after ``ents`` changed."""
        self.owner = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}

    def label_at(self, k: int) -> str:
        """The label of the entity owning token ``k``, or ""."""
        ent = self.owner.get(k)
        return ent.label_ if ent is not None else ""
