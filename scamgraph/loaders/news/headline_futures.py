"""A headline's future: "Laos to deport 40 foreigners", "Ministry to repatriate 27 workers". Headlines
write an act still to come as a name and "to" + the verb. Such an act is an event only where the story
then tells it in a sentence of its own (an act prepared, or done); a headline alone says no more than
that someone means to do it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS

if TYPE_CHECKING:
    from scamgraph.loaders.news.state import _Event


class HeadlineFutures:
    """Marks the events a headline's future made, and drops those the story never tells again."""

    lower: list[str]
    words: list[str]
    trigger_at: list[int]
    last_told: _Event | None
    headline_futures: set[int]

    def _future_in_title(self, kind: str) -> bool:
        """Whether an event word of ``kind`` in the headline being read follows a name and "to"."""
        return any(EVENT_TRIGGERS.get(self.lower[p]) == kind and p >= 2 and self.lower[p - 1] == "to"
                   and self.words[p - 2][:1].isupper() for p in self.trigger_at)

    def _named_now(self, events: list) -> None:
        """The events a sentence's own words name; one named by the story's body is told by it."""
        self.named.update(id(e) for e in events)  # type: ignore[attr-defined]
        if events:
            self.last_told = events[-1]  # (the last event a sentence named: what "the operation" may tell again)
        # (most texts: no headline future, and no need to read the sentence's text)
        if self.headline_futures and not self._in_title():  # type: ignore[attr-defined]
            self.headline_futures.difference_update(id(e) for e in events)  # type: ignore[attr-defined]

    def _drop_headline_futures(self) -> None:
        """Events only a headline's future told: no event, and none of their edges."""
        for event in [e for e in self.events if id(e) in self.headline_futures]:  # type: ignore[attr-defined]
            for key in [k for k in self.edges if event.node.key in (k[0], k[2])]:  # type: ignore[attr-defined]
                del self.edges[key]  # type: ignore[attr-defined]
            self.events.remove(event)  # type: ignore[attr-defined]
            self.batch.nodes.pop(event.node.key, None)  # type: ignore[attr-defined]
