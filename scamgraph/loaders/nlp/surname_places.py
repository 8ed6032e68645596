"""A person's family name told alone after the full name is no town: "NBI Director Jaime B.
Santiago said ..." and later "Santiago said" names the director again, not the city in Chile. A
one-word town whose word ends or opens the name of a person of the same document (a Chinese name
puts the family name first: audit 14, o19), and whose country the document names nowhere else (no
other place, country or people of it), is dropped. A sentence that opens with "She" or "He" and a
one-word town right after it names a person whose family name is the pronoun's word ("She Zhijiang
was extradited"): a pronoun is never followed by a place's name and then a verb or a comma. And a
one-word place that closes a run of capitalized words opened by a known family name ("Tran Thi
Chin", "Kaw Yin Chin") is the last word of that person's name, not Myanmar's Chin State."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["names_ending_in_a_place", "pronoun_surnames", "surnames_as_places"]

#: Family names that are English pronouns too (both on the Chinese list of ``gazetteer/surnames.tsv``)
_PRONOUN_NAMES = frozenset({"She", "He"})


def surnames_as_places(ents: list[Span]) -> set[Span]:
    """The one-word towns in ``ents`` (a document's entities) that are a named person's family name."""
    # (the first word too: a Chinese name puts the family name first, "Liang X ... Liang said")
    family = {w.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for w in (e[0], e[-1])}
    if not family:
        return set()
    towns = [e for e in ents if e.label_ == "PLACE" and len(e) == 1 and e.text in family]
    if not towns:
        return set()
    return {t for t in towns if not _country_named_elsewhere(t, ents)}


def _country_named_elsewhere(town: Span, ents: list[Span]) -> bool:
    """Another place, a country or a people of the town's country is named in the document."""
    code = town.id_.split("|")[-1]
    if not code:
        return False
    return any(e is not town and e.text != town.text and e.label_ in {"PLACE", "COUNTRY", "NORP"}
               and e.id_.split("|")[-1] == code for e in ents)


def pronoun_surnames(view: DocView) -> list[Span]:
    """People whose name the gazetteer read as a pronoun and a town: "She Zhijiang, 42, was ...",
    "She Zhijiang was ...", at a sentence's start (elsewhere the name finder reads the name whole).
    The town is one word, and a comma or a lower-case word follows it."""
    found = []
    for e in view.ents:
        k = e.start - 1
        if e.label_ != "PLACE" or len(e) != 1 or k < 0 or view.words[k] not in _PRONOUN_NAMES or not view.starts[k]:
            continue
        after = view.words[e.end] if e.end < len(view.words) else ""
        if after == "," or after[:1].islower():
            found.append(view.make(k, e.end, "PERSON", ""))
    return found


def names_ending_in_a_place(view: DocView) -> list[Span]:
    """People whose name's last word the gazetteer read as a one-word place: "Tran Thi Chin, 29,",
    "handed over X and Kaw Yin Chin to": two capitalized words that no entity holds, one
    of them a family name the gazetteer knows, right before the place, with no capitalized
    word before them and a comma, "and", "to" or a lower-case word after the place."""
    found = []
    for e in view.ents:
        if e.label_ != "PLACE" or len(e) != 1:
            continue
        start = e.start
        while start > e.start - 2 and start - 1 >= 0 and _bare_capitalized(view, start - 1):
            start -= 1
        if start != e.start - 2 or all(w not in gz.surnames() for w in view.words[start:e.start]):
            continue
        if start > 0 and not view.starts[start] and view.words[start - 1][:1].isupper():
            continue  # ("Yangon Region Chin": a longer capitalized run, read as it was)
        after = view.words[e.end] if e.end < len(view.words) else ""
        if after in {",", "and", "to"} or after[:1].islower():
            found.append(view.make(start, e.end, "PERSON", ""))
    return found


def _bare_capitalized(view: DocView, k: int) -> bool:
    return k not in view.owner and view.words[k].isalpha() and view.words[k][:1].isupper() and not view.starts[k + 1] \
        if k + 1 < len(view.words) else False
