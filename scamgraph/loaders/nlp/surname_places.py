"""A person's family name told alone after the full name is no town: "NBI Director Jaime B.
Santiago said ..." and later "Santiago said" names the director again, not the city in Chile. A
one-word town whose word ends or opens the name of a person of the same document (a Chinese name
puts the family name first: audit 14, o19), and whose country the document names nowhere else (no
other place, country or people of it), is dropped."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["surnames_as_places"]


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
