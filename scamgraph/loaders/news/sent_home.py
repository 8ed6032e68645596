"""People "sent home", "sent back" or "sent to <country>" after their number ("40 Chileans were
sent home", "Twelve were later sent back to Chile"): a sending home whose kind the story tells
elsewhere. "Sent" alone says no more than that they went home, so the kind is that of a word of
sending home in the same sentence ("as part of a repatriation"), else that of the last such word
the story wrote before it (a deportation, a repatriation, an extradition); with neither, no act is
read.

Read only where a sentence holds "sent" (an anchor word)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS

__all__ = ["KIND_VERBS", "sending_kind", "sent_home_at", "sent_home_verb"]

#: The kinds of sending home, and the word of each in the count verbs.
KIND_VERBS = {"repatriation": "repatriated", "deportation": "deported", "extradition": "extradited"}
#: Words between the auxiliary and "sent": "were (later | also | then | subsequently) sent".
_BETWEEN = frozenset({"were", "was", "been", "be", "had", "have", "has", "later", "also", "then", "subsequently",
                      "all", "safely", "eventually"})
#: The most words between the number and "sent".
_SPAN = 12
#: How far back a story is read for the kind of its sending home (a few paragraphs).
_LOOK_BACK = 600


def sent_home_at(lower: Sequence[str], doc: Doc, start: int, end: int, own: str) -> int | None:
    """Where a passive "sent home | back | to <country>" tells the act of the people counted just
    before ``start`` (None where the words from ``start`` to ``end`` hold none). A country named
    after it must be their own (``own``, their nationality): "were sent to Laos" by the traffickers
    of people from elsewhere is no sending home."""
    for j in range(start, min(end - 1, start + _SPAN)):
        if lower[j] in {".", ";", "who", "which", "that"}:
            return None  # (another clause: its verb is not theirs)
        if lower[j] != "sent" or j == start or lower[j - 1] not in _BETWEEN:
            continue
        k = j + 1 + (lower[j + 1] == "back")
        if lower[k:k + 1] == ["to"] and k + 1 < end and doc[k + 1].ent_type_ == "COUNTRY":
            return j if doc[k + 1].ent_id_ == own else None
        return j if lower[j + 1] in {"home", "back"} else None
    return None


def sending_kind(lower: Sequence[str], start: int, end: int) -> str:
    """The kind of a sending home told in words ``start:end`` ("as part of a repatriation"), else
    that of the last word of a sending home before them (done or still to come: "waiting to be
    deported" tells what kind of sending the story is about), else "". Read only where a sentence
    tells people "sent home", so the look back runs a few times a story at most."""
    kinds = [EVENT_TRIGGERS.get(w) for w in lower[start:end]]
    named = [k for k in kinds if k in KIND_VERBS]
    if named:
        return named[-1]  # type: ignore[return-value]
    for k in range(start - 1, max(-1, start - _LOOK_BACK), -1):
        kind = EVENT_TRIGGERS.get(lower[k])
        if kind in KIND_VERBS:
            return kind  # type: ignore[return-value]
    return ""


def sent_home_verb(lower: Sequence[str], doc: Doc, start: int, sent: tuple[int, int],
                   own: str) -> tuple[int, tuple]:
    """(where "sent" stands, the count verb's entry of its kind) for the people of nationality
    ``own`` counted just before ``start`` in the sentence ``sent`` (its start and end), or (-1, ())
    where none is told."""
    if "sent" not in lower[start:sent[1]]:
        return -1, ()
    j = sent_home_at(lower, doc, start, sent[1], own)
    kind = sending_kind(lower, sent[0], sent[1]) if j is not None else ""
    return (j, _COUNT_VERBS[KIND_VERBS[kind]]) if j is not None and kind else (-1, ())
