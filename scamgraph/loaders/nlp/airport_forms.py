"""One airport named two ways in a story: "X Airport" and "X International Airport" are the same
airport, so both mentions take one name (else the story would hold two airports and split the
events placed there). The name is the form the story writes more often; on a tie the full one.
A name read as a person's right before a lower-case "airport" ("landed at Tan Son Nhat airport")
is the airport's (``names_before_airport``).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["names_before_airport", "one_name_per_airport"]

_FULL = " international airport"


def one_name_per_airport(view: DocView, ents: list[Span]) -> list[Span]:
    """``ents`` with every short or full form of a twice-named airport given the chosen name."""
    airports = [e for e in ents if e.label_ == "PLACE" and e.id_.split("|")[1:2] == ["landmark"]
                and e.text.lower().endswith(" airport")]
    if len(airports) < 2:
        return ents
    forms = Counter(_base(e) for e in airports)  # (place words, full form?) -> mentions
    chosen = {base: forms[(base, True)] >= forms[(base, False)] for base, full in forms if full and forms[(base, False)]}
    ids: dict[str, str] = {}
    for ent in airports:
        base, full = _base(ent)
        if chosen.get(base) is full:
            ids.setdefault(base, ent.id_)  # (the chosen form's name, country and kind)
    if not ids:
        return ents
    spans = {(e.start, e.end) for e in airports}
    return [view.make(e.start, e.end, e.label_, ids[_base(e)[0]]) if (e.start, e.end) in spans and _base(e)[0] in ids
            else e for e in ents]


def _base(ent: Span) -> tuple[str, bool]:
    """The airport's place word(s) in lower case, and whether the full form was written."""
    text = ent.text.lower()
    if text.endswith(_FULL):
        return text[: -len(_FULL)], True
    return text[: -len(" airport")], False


def names_before_airport(view: DocView) -> list[Span]:
    """"landed at Tan Son Nhat airport": a person's name right before a lower-case "airport" names
    the airport, a landmark (as "Noi Bai airport" is read), and no person."""
    n = len(view.words)
    return [view.make(e.start, e.end + 1, "PLACE", f"{view.doc[e.start:e.end + 1].text}|landmark|")
            for e in view.ents if e.label_ == "PERSON" and e.end < n and view.words[e.end] == "airport"]
