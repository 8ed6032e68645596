"""A run naming a public body's office is no person: "Immigration Bureau Commissioner, Pol Lt Gen
Pakphumpipat" names the office before the name; "Immigration Bureau Commissioner" read alone as a
person. A person's name holds no head word of a public body (a closed class)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["offices_as_people"]

#: Head words of public bodies; none is part of a person's name.
BODY_HEADS = frozenset({"bureau", "ministry", "department", "police", "agency", "office", "commission", "embassy",
                        "council", "authority", "directorate", "immigration", "customs", "gendarmerie",
                        "procuratorate", "secretariat", "taskforce", "consulate"})


def offices_as_people(view: DocView) -> set[Span]:
    """The people in the document's entities whose words hold a public body's head word."""
    return {e for e in view.ents if e.label_ == "PERSON" and any(view.lower[k] in BODY_HEADS
                                                                 for k in range(e.start, e.end))}
