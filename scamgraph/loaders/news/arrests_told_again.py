"""An arrest the story never dates, of as many people as a raid of the same story arrested or
detained, is that raid's arrest told again: "Police raided a farmhouse in Kampot and held 40
Bolivians ... Officers arrested 40 Bolivians at dawn" is one operation, not a raid and
an arrest. The guidelines keep arrests told with a raid on the raid; told apart from it, with the
same number, they are still its. A dated arrest, or one of another number, stays its own (a
story's earlier arrest of other people, an arrest of a few of those found)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from scamgraph.loaders.news.state import _Event

__all__ = ["arrests_told_again"]

#: Counts of a raid that name the people it took
_TAKEN = ("arrested", "detained")


def arrests_told_again(events: Sequence[_Event], told_apart: Collection[int],
                       fold: Callable[[_Event, _Event], None]) -> None:
    """Fold each undated arrest into the raid that took the same number of people."""
    raids = [e for e in events if e.type == "raid"]
    for arrest in [e for e in events if e.type == "arrest" and not e.date]:
        number = arrest.counts.get("arrested")
        if not number or id(arrest) in told_apart:
            continue
        raid = next((r for r in raids if any(r.counts.get(name) == number for name in _TAKEN)), None)
        if raid is not None:
            fold(arrest, raid)
