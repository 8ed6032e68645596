"""The number of an act told only as a list of people by nationality ("arrested 30 Bolivians and
four Chileans"): the act counts every item of the list, so its number is their sum (34), not the
largest item. A total told beside the list is never lowered: the larger number stands."""

from __future__ import annotations

from scamgraph.loaders.news.state import _Event

__all__ = ["ListSums"]

#: Words before a number that make its people a further group, not the next item of a list.
_ANOTHER = frozenset({"another", "other", "further", "more"})


class ListSums:
    """The items of the lists one sentence tells, by the event and count key they were counted on."""

    def __init__(self) -> None:
        self._runs: list[tuple[_Event, str, list[int]]] = []

    def add(self, event: _Event, key: str, value: int, listed: bool, before: str) -> None:
        """One item; ``listed`` when it follows the item before with no verb of its own between
        (people no act is told of, keyed "people", count on no event); ``before`` is the word before
        its number: "and another 15" tells a second group, perhaps of a second act, not an item."""
        if key == "people":
            return
        if listed and before not in _ANOTHER and self._runs and self._runs[-1][0] is event and self._runs[-1][1] == key:
            self._runs[-1][2].append(value)
        else:
            self._runs.append((event, key, [value]))

    def settle(self) -> None:
        """Each run of two items or more counts their sum on its event, where that is larger."""
        for event, key, values in self._runs:
            if len(values) > 1:
                event.counts[key] = max(sum(values), event.counts.get(key, 0))
