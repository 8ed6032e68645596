"""A run naming a body or its office is no person: "Immigration Bureau Commissioner, Pol Lt Gen
Pakphumpipat" names the office before the name, "the Prince Group TCO" a criminal organization;
both were read as people. A person's name holds no head word of a public body or a company (a
closed class)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["offices_as_people"]

#: Head words of public bodies and of companies and gangs; none is part of a person's name.
BODY_HEADS = frozenset({"bureau", "ministry", "department", "police", "agency", "office", "commission", "embassy",
                        "council", "authority", "directorate", "immigration", "customs", "gendarmerie",
                        "procuratorate", "secretariat", "taskforce", "consulate", "centre", "center", "unit",
                        "division", "squad", "brigade", "precinct",
                        "group", "company", "corporation", "holdings", "ltd", "ltd.", "inc.", "enterprises",
                        "syndicate", "triad", "cartel",
                        "services", "limited", "llc", "solutions", "technologies",  # ("named Amber Gate Support Services")
                        "research", "consultancy", "institute", "foundation", "brief"})  # ("a series by Lantern Research")


def offices_as_people(view: DocView) -> set[Span]:
    """The people in the document's entities whose words hold a body's head word, or a title with
    its portfolio after "for" or "of" ("Coordinating Minister for Political", cut at a comma of its
    list of portfolios: an office, the holder named after the list)."""
    titles = _one_word_titles()
    return {e for e in view.ents if e.label_ == "PERSON" and any(
        view.lower[k] in BODY_HEADS or view.lower[k] in titles and k + 1 < e.end and view.lower[k + 1] in {"for", "of"}
        for k in range(e.start, e.end))}


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    """The one-word forms of the gazetteer's titles ("minister", "director", "secretary")."""
    return frozenset(form for form in gz.roles() if " " not in form and form.islower())
