"""People told again by their number alone: "Police freed 20 Bolivians and 4 Chileans ... The 24
foreigners flew home": a definite number ("the 24", "all 24", "these 24") with no nationality of
its own, equal to the sum of the people counted by nationality in an earlier sentence, is those
people again; each nationality takes the act with its own number (grammar: a definite noun
phrase refers back, and the number says to whom). Where the sentence before counted others, the
people may be those of an earlier act: one whose own number is the same and whose people by
nationality add up to it ("freed 30 people, among them a Chilean ... The 30 Andeans flew home")."""

from __future__ import annotations

from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.model import Evidence, RelType

__all__ = ["SameNumber"]

#: Words right before a number that make it definite, referring back.
_DEFINITE = frozenset({"the", "all", "these", "those"})


class SameNumber:
    """Keeps the people counted by nationality in the last sentence that counted any."""

    _people_summed: tuple[tuple[str, int], ...] = ()  # (nationality node key, number), set by ``_remember_told``

    def _remember_told(self, counted: list[tuple[str, int]]) -> None:
        """The people one sentence counted, by nationality (a sentence counting none keeps the last)."""
        if counted:
            self._people_summed = tuple(counted)

    def _same_number(self, count: _Count, rel: RelType | None, event: _Event, ev: Evidence) -> str:
        """Gives the act ``rel`` on ``event`` to the people counted before whose sum the definite number
        ``count`` repeats; returns "" (their edges are made here, one nationality or several)."""
        told, lower = self._people_summed, self.lower  # type: ignore[attr-defined]
        if rel is None or count.nationality or count.value < 2 or count.start < 2 \
                or lower[count.start - 1] not in _DEFINITE:
            return ""
        if lower[count.start - 2] == "of":
            return ""  # "awaits the return of the three": an act named by its noun is often not told as done
        if sum(v for _k, v in told) != count.value:
            told = self._people_of_act(count.value, event)  # the people of an earlier act, told again
        for key, value in told:
            if key != event.node.key:
                self._edge(rel, event.node.key, key, ev, count=value)  # type: ignore[attr-defined]
        return ""

    def _people_of_act(self, value: int, event: _Event) -> tuple[tuple[str, int], ...]:
        """The people by nationality of the last earlier act counted ``value`` in all whose edges of one
        kind add up to that number (none where no act was)."""
        for other in reversed(self.events):  # type: ignore[attr-defined]
            if other is event or value not in other.counts.values():
                continue
            by_kind: dict[object, list[tuple[str, int]]] = {}
            for (source, rel, target), edge in self.edges.items():  # type: ignore[attr-defined]
                told = edge.properties.get("count")
                if source == other.node.key and target.startswith("nationality:") and isinstance(told, int):
                    by_kind.setdefault(rel, []).append((target, told))
            for people in by_kind.values():
                if sum(v for _k, v in people) == value:
                    return tuple(people)
        return ()
