"""A headline that counts several acts at once ("Cambodia deports 180 foreigners in two days" atop
"deported 110 Chinese on Monday and 70 Vietnamese on Tuesday"): its number is their sum, not the
first act's. The headline's event takes the first act's day and so becomes that act, and the
larger number, the headline's, had replaced the act's own (a count is the largest told).

The reader notes which numbers the headline told and which the story told (``HeadlineTotals``);
after reading, a count the headline alone gave, where the story told a smaller one for the same act
and the acts of its kind add up to the headline's, becomes the story's own."""

from __future__ import annotations

from collections.abc import Hashable, MutableMapping, Sequence
from typing import TYPE_CHECKING

from scamgraph.model import Edge

if TYPE_CHECKING:
    from scamgraph.loaders.news.state import _Event


class HeadlineTotals:
    """The numbers a headline and a story told, each by what it counts: ``(id(event), key)`` for an
    event's count, ``(source, rel, target)`` for a fact's."""

    def __init__(self) -> None:
        self.in_headline = False  # the sentence being read is the headline atop the text
        self.by_headline: dict[Hashable, int] = {}
        self.by_story: dict[Hashable, int] = {}

    def told(self, what: Hashable, value: int) -> None:
        told = self.by_headline if self.in_headline else self.by_story
        told[what] = max(value, told.get(what, 0))

    def story_number(self, what: Hashable, held: int, others: int) -> int | None:
        """The story's own number for what the headline counted ``held`` of, when the other acts of
        its kind (``others`` in all) make up the difference; None where the headline's stands."""
        own = self.by_story.get(what)
        if self.by_headline.get(what) != held or own is None or own >= held or not others:
            return None
        return own if own + others == held else None


def undo_headline_totals(events: Sequence[_Event], edges: MutableMapping[tuple, Edge], totals: HeadlineTotals) -> None:
    """Give each act back the number the story told of it where the headline's was a total of
    several acts of its kind: its count and each of its facts' counts."""
    for event in events:
        same = [e for e in events if e is not event and e.type == event.type]
        if not same:
            continue
        for key, held in list(event.counts.items()):
            own = totals.story_number((id(event), key), held, sum(e.counts.get(key, 0) for e in same))
            if own is not None:
                event.counts[key] = own
        keys = {e.node.key for e in same}
        for (source, rel, target), edge in edges.items():
            if source != event.node.key or not (counted := _count(edge)):
                continue
            others = sum(_count(e) for (s, r, t), e in edges.items() if s in keys and r is rel and t == target)
            own = totals.story_number((source, rel, target), counted, others)
            if own is not None:
                edge.properties["count"] = own


def _count(edge: Edge) -> int:
    count = edge.properties.get("count")
    return count if isinstance(count, int) else 0
