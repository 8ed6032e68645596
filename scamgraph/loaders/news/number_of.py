"""A count told as the new size of "the number of" people an act was done to: "The number of
Bolivians freed rose from an initial 26 to 127", "the number of Bolivians sent home has reached
500". The number after "to" (or right after "reached") counts the people of that act, with the
nationality named after "number of"; the first figure ("from an initial 26") is the old size, told
only to be outgrown."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["number_of_act"]

#: Verbs of a figure growing to its new size, and those after which the size follows at once
_GROWING = frozenset({"rose", "risen", "rises", "increased", "increases", "climbed", "climbs", "jumped", "grew",
                      "grown", "reached", "reaches", "hit", "hits", "swelled"})
_REACHING = frozenset({"reached", "reaches", "hit", "hits"})
#: The most words from "number of" to the count
_SPAN = 20


def number_of_act(lower: list[str], doc: Doc, start: int, floor: int, acts: dict) -> tuple[str, str] | None:
    """(the participle of the act, the people's nationality code) for the count at ``start`` (its
    sentence opens at ``floor``) where "the number of <people> <participle> ... rose to" comes
    before it, else None. ``acts``: the verbs of the count rules, which the participle must be."""
    lead = lower[start - 1] if start > floor else ""
    if lead != "to" and lead not in _REACHING:
        return None
    grown = next((k for k in range(start - 1, max(floor, start - 8) - 1, -1) if lower[k] in _GROWING), None)
    if grown is None:
        return None
    at = next((k for k in range(grown - 1, max(floor, start - _SPAN) - 1, -1)
               if lower[k] == "number" and lower[k + 1] == "of"), None)
    if at is None or at + 3 >= grown:
        return None
    people = at + 2
    if doc[people].ent_type_ not in {"NORP", "COUNTRY"}:
        return None
    k = people
    while k < grown and doc[k].ent_type_ in {"NORP", "COUNTRY"} or k < grown and lower[k] in {"nationals", "citizens"}:
        k += 1
    participle = lower[k] if k < grown else ""
    if participle not in acts or not participle.endswith(("ed", "sent")):
        return None
    return participle, doc[people].ent_id_
