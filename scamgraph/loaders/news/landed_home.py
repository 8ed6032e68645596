"""People "from" a country told arriving somewhere inside that same country.

After a deportation or a return, "from X" usually tells where the people left ("flew 73 workers
from Laos"), so it gives them no nationality. But people from a country who land in one of its
own towns ("a batch of deportees, 95 people from Ghana, touched down in Accra") cannot have left
it: the country is their home, and so their nationality."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

__all__ = ["landed_at_home"]

#: Verbs of reaching a journey's end, told after the people counted ("touched down in", "arrived at")
_ARRIVING = frozenset({"landed", "arrived", "reached", "touched"})
#: How far past the arrival verb its place may be named ("arrived back at the airport in Accra")
_PLACE_REACH = 6


def _country_of(doc: Doc, k: int) -> str:
    """The ISO code of the country the place or country entity opening at ``k`` is in ("" if untold):
    a town's id ends with its country ("Accra|city|GH")."""
    if doc[k].ent_type_ == "COUNTRY":
        return doc[k].ent_id_
    return doc[k].ent_id_.rsplit("|", 1)[-1] if doc[k].ent_type_ == "PLACE" and "|" in doc[k].ent_id_ else ""


def landed_at_home(lower: Sequence[str], doc: Doc, end: int, sent_end: int, code: str) -> bool:
    """Whether the people counted before ``end``, "from" the country ``code``, are told arriving
    at a place in that same country later in the sentence: "95 people from Ghana, touched down
    in Accra" (they are Ghanaians), not "95 people from Laos, touched down in Accra"."""
    for k in range(end, sent_end):
        if lower[k] not in _ARRIVING:
            continue
        place = next((j for j in range(k + 1, min(sent_end, k + _PLACE_REACH))
                      if doc[j].ent_iob_ == "B" and doc[j].ent_type_ in {"PLACE", "COUNTRY"}), None)
        return place is not None and bool(code) and _country_of(doc, place) == code
    return False
