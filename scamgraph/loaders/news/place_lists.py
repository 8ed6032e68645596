"""Lists of places each written with its kind: "in Lotville city, Merrow province and Tarsk
province" names three places side by side, not Lotville inside Merrow. A comma between two places
with kind words usually nests them ("Chbar Ampov district, Phnom Penh"; "A commune, B district, C
province"), but when the second is followed by "and" (or "or") and a third place of the same kind,
the three are one list. So are places whose second one carries an aside of where it lies before the
list goes on ("in A, B province in the far north, and then C"): "B" is an item, not
A's province."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph import gazetteer as gz

__all__ = ["an_item_of_a_list", "closes_a_list_of_its_kind"]

_JOINERS = frozenset({"and", "or"})


def closes_a_list_of_its_kind(lower: list[str], place: Span, ents: list[Span], sent: Span) -> bool:
    """``place`` and its kind word ("Kandal province") come right before ", and" / "and" and
    another place of the same kind ("Kampot province")."""
    kinds = gz.place_kinds()
    k = place.end
    kind = lower[k] if k < sent.end and lower[k] in kinds else ""
    if not kind:
        return False
    k += 1 + (k + 1 < sent.end and lower[k + 1] == ",")
    if k >= sent.end or lower[k] not in _JOINERS:
        return False
    third = next((e for e in ents if e.start == k + 1 and e.label_ in {"PLACE", "COUNTRY"}), None)
    return third is not None and third.end < sent.end and kinds.get(lower[third.end]) == kinds[kind]


#: Compass words that close an aside of where a listed place lies ("in the north", "in the far southwest")
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
                      "center", "northern", "southern", "eastern", "western"})
#: The most words such an aside takes, and the most between "and" and the next place ("the capital")
_ASIDE_REACH, _ITEM_REACH = 6, 3


def an_item_of_a_list(lower: list[str], words: list[str], doc: Doc, end: int, sent_end: int) -> bool:
    """The place (or people) ending at token ``end`` is followed by another place after a comma, "and"
    or "or", or after an aside of where it lies ("B province in the south, and C"): an item of a list
    (``lower``, ``words``: the document's words; ``doc``: for entity types; ``sent_end``: the sentence's end)."""
    k = end
    while k < sent_end and lower[k] in {"province", "provinces", "city", "district", "state"}:
        k += 1
    return k + 1 < sent_end and lower[k] in {",", "and", "or"} and doc[k + 1].ent_type_ in {"PLACE", "COUNTRY"} \
        or k + 2 < sent_end and words[k] == "," and lower[k + 1] in _JOINERS and doc[k + 2].ent_type_ in {"PLACE", "COUNTRY"} \
        or _goes_on_after_an_aside(lower, doc, k, sent_end) \
        or "other" in lower[k + 1:k + 3] and lower[k] in {",", "and", "or"} and lower[k + 1] in {"and", "or", "other"}
    # ("in A, B and other areas", "in A, B, and other towns": the list ends on the places it leaves unnamed)


def _goes_on_after_an_aside(lower: list[str], doc: Doc, k: int, end: int) -> bool:
    """From token ``k`` an aside "in the ... <compass word>" runs to a comma, and the list goes on: "and"
    (or "or") and, within a few words, another place ("in A, B province in the far north, and
    then C")."""
    if k >= end or lower[k] != "in":
        return False
    close = next((j for j in range(k + 1, min(end, k + 1 + _ASIDE_REACH)) if lower[j] in _COMPASS), None)
    if close is None or close + 2 >= end or lower[close + 1] != "," or lower[close + 2] not in _JOINERS:
        return False
    return any(doc[j].ent_type_ in {"PLACE", "COUNTRY"} for j in range(close + 3, min(end, close + 3 + _ITEM_REACH)))
