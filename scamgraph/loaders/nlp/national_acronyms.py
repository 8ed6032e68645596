"""Short forms that name a state body only within one country's news ("the BI" is the Philippine
Bureau of Immigration in a Philippine story and Bank Indonesia in an Indonesian one), listed in
``gazetteer/national_acronyms.tsv``. A two-letter form is too short for the gazetteer's matcher,
which would read it everywhere; here it is read as its country's body only where the story's
other known bodies and places are mostly of that country, and left alone elsewhere (a fact never
said is worse than a body missed)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["national_acronyms"]


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, tuple[str, str]]]:
    """Short form -> country -> (the body's name, its kind)."""
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for form, country, name, kind in gz.rows("national_acronyms.tsv"):
        table.setdefault(form, {})[country] = (name, kind)
    return table


def national_acronyms(view: DocView) -> list[Span]:
    """An agency for each listed short form, in capitals, that no name holds, where the story's
    country (``_story_country``) is one the table lists for it."""
    table = _table()
    at = [k for k, w in enumerate(view.words) if w in table and _standalone(view, k)]
    if not at:
        return []
    country = _story_country(view)
    return [view.make(k, k + 1, "AGENCY", f"{name}|{kind}|{country}")
            for k in at if (found := table[view.words[k]].get(country)) is not None for name, kind in [found]]


def _standalone(view: DocView, k: int) -> bool:
    """The short form stands alone: no name holds it, no capitalized word touches it ("BI
    Group" is a firm's name) and no hyphen joins it to another short form ("BI-FSU", a unit's)."""
    if view.owner.get(k) is not None:
        return False
    before = view.words[k - 1] if k else ""
    after = view.words[k + 1] if k + 1 < len(view.words) else ""
    if "-" in (before, after):
        return False
    return not (before[:1].isupper() and before.isalpha() and before != "The") and not (after[:1].isupper() and after.isalpha())


def _story_country(view: DocView) -> str:
    """The country most of the story's known bodies and places belong to (by mention), "" where
    none leads: the third part of each gazetteer entity's id."""
    countries = Counter(e.id_.split("|")[2] for e in view.ents
                        if e.label_ in {"AGENCY", "PLACE"} and e.id_.count("|") == 2 and len(e.id_.split("|")[2]) == 2)
    ranked = countries.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return ""
    return ranked[0][0]
