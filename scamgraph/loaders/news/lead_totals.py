"""A summary that counts the people of several acts told one by one after it: "Two Zorvanian
nationals have been arrested for laundering, prosecutors said. Ivo Marek, 44, was arrested on 2
February at the airport. Dario Venn, 37, was arrested on 3 June in Harbourton."

The summary tells an act with no day, so the first dated act it is followed by takes it over, and
with it the summary's number: the February arrest held both men. When the acts of that kind told
after it, each on a day of its own and none with a number of its own, are as many as the summary
counted, each act took one of them: the first act's number is one, not the summary's. (A headline
that counts several acts the story gives numbers for is ``headline_totals``.)

A summary with a number that the story's batches add up to ("Zorvania has brought home 500 citizens
over the past two days ... On Monday, 260 were flown home. ... 240 more landed on Tuesday") is no
act of its own either: where it holds no day of its own, it goes, and the batches stay."""

from __future__ import annotations

from collections.abc import Collection, MutableMapping, Sequence
from typing import TYPE_CHECKING

from scamgraph.model import Edge

if TYPE_CHECKING:
    from scamgraph.loaders.news.state import _Event

__all__ = ["DayOfTelling", "sums_of_batches", "undo_lead_totals"]


class DayOfTelling:
    """Which counts were told while their event had no day yet, and which once it had one, each
    by ``(id(event), key)``."""

    def __init__(self) -> None:
        self.undated: set[tuple[int, str]] = set()
        self.dated: set[tuple[int, str]] = set()

    def told(self, event: _Event, key: str) -> None:
        (self.dated if event.date or event.period else self.undated).add((id(event), key))


def undo_lead_totals(events: Sequence[_Event], edges: MutableMapping[tuple, Edge], telling: DayOfTelling,
                     apart: Collection[int]) -> None:
    """Give the first of several acts, each told of one day with no number of its own, the one
    person a summary's number counted for it, where the summary's number is how many acts there
    are (its count and its facts' counts)."""
    for event in events:
        if id(event) in apart or len(event.date) != 10 or event.period:
            continue
        for key, held in list(event.counts.items()):
            what = (id(event), key)
            if held < 2 or what not in telling.undated or what in telling.dated:
                continue
            others = [e for e in events if e is not event and e.type == event.type and id(e) not in apart
                      and len(e.date) == 10 and not e.period and e.date != event.date and key not in e.counts]
            if len(others) + 1 != held:
                continue
            event.counts[key] = 1
            for (source, _rel, _target), edge in edges.items():
                if source == event.node.key and edge.properties.get("count") == held:
                    edge.properties["count"] = 1


def sums_of_batches(events: Sequence[_Event], apart: Collection[int]) -> list[_Event]:
    """The events that only sum others of their kind: no single day, and a number that the numbers
    of two or more other acts of the kind (each of a day, all of them) add up to exactly."""
    sums = []
    for event in events:
        if id(event) in apart or len(event.date) == 10 and not event.period:
            continue
        for key, held in event.counts.items():
            dated = [e for e in events if e is not event and e.type == event.type and key in e.counts
                     and len(e.date) == 10 and not e.period]  # (undated batches may fold into one: the total stays)
            batches = [e.counts[key] for e in dated]
            if len(batches) >= 2 and len({e.date for e in dated}) == len(dated) and sum(batches) == held \
                    and all(n < held for n in batches):
                sums.append(event)
                break
    return sums
