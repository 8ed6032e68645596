"""A body's name and its acronym in brackets ("the Department of Justice (DoJ)"): the one body
both stand for, and whether an acronym's letters are the initials of a name. Kept apart from
agencies.py, which reads the body from the span chosen here."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from scamgraph.loaders.news.agency_names import _generic_agency
from scamgraph.loaders.news.body_countries import BodyCountries, _country_named_first


class BracketedAcronyms(BodyCountries):
    """The span a bracketed acronym and its name are read from (mixed into the agency rules)."""

    def _named_before_brackets(self, ent: Span) -> Span | None:
        """The one body that a name and its acronym in brackets stand for, as the span to read it
        from: "the Department of Justice (DoJ)" is the body named in full (in a Philippine story, not
        the American one the gazetteer knows by the acronym), and so is "the DoJ" told after it; the
        full name is read by the acronym where only the acronym is a known body ("the Philippine
        Anti-Organized Crime Commission (PAOCC)", misnamed, is the known commission). None where
        ``ent`` is neither, or is already the span to read."""
        doc, words = self.doc, self.words
        if ent.end + 2 < len(doc) and words[ent.end] == "(" and words[ent.end + 2] == ")" \
                and doc[ent.end + 1].ent_type_ == "AGENCY" and _abbreviates(words[ent.end + 1], ent.text):
            acronym = next((e for e in self.ents if e.start == ent.end + 1), None)  # (Doc.ents builds every span again)
            known_home = "" if acronym is None else (acronym.id_.split("|") + ["", "", ""])[2]
            if acronym is not None and not _canonical(ent) and _canonical(acronym) and not _generic_agency(_canonical(acronym)) \
                    and known_home in {self._possessor(ent), _country_named_first(ent.text), self.article_country, self.dateline_country} - {""}:
                return acronym  # (not "Uganda's Criminal Investigations Directorate (CID)": read as written, the owner's)
            return None
        if (paired := self._named_before_paired_acronym(ent)) is not None:
            return paired
        if len(ent) != 1 or not ent.text.isalpha() or sum(c.isupper() for c in ent.text) < 2:
            return None
        letters = ent.text.lower()
        at = next((k for k in _positions(self.lower, letters, 2, ent.start + 1) if words[k - 1] == "("
                   and k + 1 < len(doc) and words[k + 1] == ")" and doc[k - 2].ent_type_ == "AGENCY"), None)
        named = None if at is None else next((e for e in self.ents if e.end == at - 1 and e.label_ == "AGENCY"), None)
        if named is None or not _abbreviates(ent.text, named.text) or (not _canonical(named) and _canonical(ent)):
            return None
        return named

    def _named_before_paired_acronym(self, ent: Span) -> Span | None:
        """"the Philippine National Police Criminal Investigation and Detection Group (PNP CIDG)": an
        acronym written in brackets as two capital words (the force's, then its unit's) stands for
        the body just named, whether the reader took one word ("CIDG", a unit the gazetteer knows)
        or both ("PNP ACG") as a body: never a second node for the same unit. The two words together
        must be the name's initials, so "the Interior Ministry (MOI Laos)" stays as it is."""
        words = self.words
        opened = next((k for k in (ent.start - 1, ent.start - 2) if k >= 1 and words[k] == "("), None)
        if opened is None or opened + 3 >= len(words) or words[opened + 3] != ")" or ent.end > opened + 3 \
                or not all(w.isalpha() and w.isupper() for w in words[opened + 1:opened + 3]):
            return None
        named = next((e for e in self.ents if e.end == opened and e.label_ == "AGENCY"), None)
        if named is None or not _abbreviates(words[opened + 1] + words[opened + 2], named.text):
            return None
        return named

def _canonical(ent: Span) -> str:
    """The name the gazetteer knows a body by, or ""."""
    return ent.id_.split("|")[0]


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters are initials of ``name``'s words, in order, from its first
    significant word ("DoJ" of "the Department of Justice", "DSI" of "Department of Special
    Investigation"; not "CCOS" of "Secretariat of the Commission for Combating Online Scams")."""
    initials = [w[0].lower() for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if initials[:1] == ["t"] and name.lower().startswith("the "):
        initials = initials[1:]
    letters = acronym.lower()
    if initials[1:2] and letters[:1] == initials[1] != initials[0] and _country_named_first(name.removeprefix("the ")):
        initials = initials[1:]  # "Myanmar Border Guard Forces (BGF)": a country's name or people before the body's
    if not initials or not letters or letters[0] != initials[0]:
        return False
    k = 0
    for letter in letters:
        while k < len(initials) and initials[k] != letter:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


def _positions(words: list[str], word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands in ``words[start:end]``, in order: found by ``list.index``, a scan in C
    (an acronym is looked for before it through the whole story)."""
    k = start
    while True:
        try:
            k = words.index(word, k, end)
        except ValueError:
            return
        yield k
        k += 1
