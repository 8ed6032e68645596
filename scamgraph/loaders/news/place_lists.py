"""Lists of places each written with its kind: "in Phnom Penh city, Kandal province and Kampot
province" names three places side by side, not Phnom Penh inside Kandal. A comma between two places
with kind words usually nests them ("Chbar Ampov district, Phnom Penh"; "A commune, B district, C
province"), but when the second is followed by "and" (or "or") and a third place of the same kind,
the three are one list."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz

__all__ = ["closes_a_list_of_its_kind"]

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
