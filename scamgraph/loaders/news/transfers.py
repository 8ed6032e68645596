"""People "transferred": the word tells a sending home only where it moves them between states.

"transferred 104 Chinese suspects to China", "were transferred to Chinese custody", "transferred
back to the Chinese side": their own country takes them back, a handover (of the kind of sending
home the story told before, else a repatriation). "transferred 61 Chinese nationals to Thai
authorities": another state takes them, as before a deportation. "transferred to a prison in
Vientiane", "to the provincial court", "to a shelter": a move inside one country, no act of
sending anyone anywhere."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

__all__ = ["transfer_kind"]

#: Words of another state's hands after a demonym: "to Chinese custody | authorities | police".
_HANDS = frozenset({"custody", "authorities", "police", "side", "officials", "government", "counterparts"})
#: Words of the people's own country after "to": "to their home country", "to their homeland".
_HOMELANDS = frozenset({"home", "homeland", "homelands", "country", "countries", "motherland"})
#: Words of the places people leave a country by: "to the border", "to the checkpoint".
_CROSSINGS = frozenset({"border", "checkpoint", "crossing", "gate", "bridge", "airport", "port", "frontier"})
#: Words of people of many countries: no state takes them all home.
_FOREIGN = frozenset({"foreign", "foreigners", "countries", "nationalities"})
#: The most words read from "transferred" to its "to".
_REACH = 10


def transfer_kind(lower: Sequence[str], doc: Doc, i: int, start: int, end: int) -> str | None:
    """The kind of act "transferred" at ``i`` tells in the sentence ``start:end``: "handover"
    (to the people's own state), "deportation" (to another state, or to no place said), "" (to a
    place inside a country: no act); None where the words say nothing either way."""
    to = next((k for k in range(i + 1, min(end, i + _REACH)) if lower[k] == "to"), None)
    if to is None or to + 1 >= end:
        return None
    back = lower[to - 1] == "back"
    k = to + 1 + (lower[to + 1] == "the")
    if k >= end:
        return None
    state = doc[k].ent_id_ if doc[k].ent_type_ == "COUNTRY" else (
        doc[k].ent_id_ if doc[k].ent_type_ == "NORP" and k + 1 < end and lower[k + 1] in _HANDS else "")
    if not state and not _HOMELANDS.isdisjoint(lower[k:min(end, k + 3)]):
        return "handover"  # "transferred back to their home country"
    if not state and not _CROSSINGS.isdisjoint(lower[k:min(end, k + 4)]):
        return None  # "transferred 40 Vietnamese to the border": on their way out, as before
    if not state:
        return "" if doc[k].is_lower and doc[k].is_alpha else None  # "to a prison", "to the provincial court"
    peoples = {doc[j].ent_id_ for j in range(start, end) if doc[j].ent_type_ == "NORP" and j != k}
    left = doc[k].ent_type_ == "COUNTRY" and any(lower[j - 1] == "from" and doc[j].ent_type_ == "COUNTRY" for j in range(i + 1, to))
    if not peoples and (left or not _FOREIGN.isdisjoint(lower[start:end])):
        # "transferred 283 foreign nationals to Thailand", "citizens of 28 countries transferred from
        # Myanmar to Thailand": sent out of one state into another, not known to be theirs ("from
        # Myanmar to Chinese custody" names whose hands take them: a handover)
        return "deportation"
    return "handover" if back or not peoples or state in peoples else "deportation"
