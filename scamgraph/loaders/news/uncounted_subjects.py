"""People told of with no number, as the subject of an act: "The victims, aged between 18 and 35,
were rescued on Friday. They included 12 Kenyans and nine Ugandans." The breakdown after them parts
the people of that act, as it parts counted ones ("Police rescued 21 victims ... They included"),
so the act is kept as the people told last."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Event
from scamgraph.model import RelType

__all__ = ["uncounted_subject_act"]

_AUXILIARIES = frozenset({"were", "have", "had", "been", "all", "also", "later", "reportedly", "successfully"})


def uncounted_subject_act(lower: Sequence[str], words: Sequence[str], start: int, end: int,
                          events: list[_Event]) -> tuple[RelType | None, str, _Event] | None:
    """(relation, count key, event) of "The <people> (, aside,) were <act>" opening the sentence
    ``start:end``, where the sentence told that act's event; else None."""
    if start + 3 >= end or lower[start] != "the" or lower[start + 1] not in gz.people_nouns():
        return None
    k = start + 2
    if words[k] == ",":  # ", aged between 18 and 35,": an aside about them
        close = next((j for j in range(k + 1, min(end, k + 12)) if words[j] == ","), None)
        if close is None:
            return None
        k = close + 1
    if k >= end or lower[k] != "were":
        return None
    while k < end and lower[k] in _AUXILIARIES:
        k += 1
    told = _COUNT_VERBS.get(lower[k]) if k < end and lower[k].endswith("ed") else None
    if told is None or told[0] is None:
        return None
    event = next((e for e in events if e.type == told[2]), None) or next(
        (e for e in events if e.type == "raid" and told[2] in {"arrest", "detention", "rescue"}), None)  # "arrested in a raid"
    return (told[0], told[1], event) if event is not None else None
