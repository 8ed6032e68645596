"""People told again by their number alone: "Police freed 20 Bolivians and 4 Chileans ... The 24
foreigners flew home": a definite number ("the 24", "all 24", "these 24") with no nationality of
its own, equal to the sum of the people counted by nationality in an earlier sentence, is those
people again; each nationality takes the act with its own number (grammar: a definite noun
phrase refers back, and the number says to whom)."""

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
        if rel is None or count.nationality or count.value < 2 or not told or count.start < 2 \
                or lower[count.start - 1] not in _DEFINITE or sum(v for _k, v in told) != count.value:
            return ""
        if lower[count.start - 2] == "of":
            return ""  # "awaits the return of the three": an act named by its noun is often not told as done
        for key, value in told:
            if key != event.node.key:
                self._edge(rel, event.node.key, key, ev, count=value)  # type: ignore[attr-defined]
        return ""
