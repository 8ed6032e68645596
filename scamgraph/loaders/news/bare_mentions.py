"""An act named in passing, with nothing said of it, is the act of its kind the story dates.

A story tells its act on its day ("Police sent 80 home between May 3 and May 9") and names the
kind again elsewhere with no people, no place, no body and no day: in a heading ("Expulsions
go on"), in a purpose ("taken to a camp for screening and repatriation"), in a general remark
("deportation bars re-entry"). Read alone, such a word made a second, undated event of
the kind: the act split in two, the undated half an event no annotator keeps (the guidelines
give one event per type and date, and a bare word adds no date). The bare event is folded into
the one dated event of its kind, whatever its span: with nothing of its own, it cannot be one of
many acts inside a tally of months, as a counted act can (days_told.py keeps those apart).

Left alone: a bare event where the story dates two or more acts of its kind, or only acts it
tells apart ("a similar raid in March"), since the word may name any or none of them; a seizure or
a flight where the story also tells an undated raid of its own ("During the crackdown, officers
seized 300 phones"), since it may be that raid's, undated as the raid is; one with a day written
that could not be resolved ("on Wednesday" in a story without a date of its own); and any event
with an edge or a count, which the story told something of ("rescued 31 workers", of no nationality
read, is an act of its own)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from scamgraph.loaders.news.state import _Event

__all__ = ["fold_bare_mentions"]

#: Acts done during a raid, on the raid's day (or on none, where the raid has none)
_DURING_A_RAID = frozenset({"seizure", "escape"})


def fold_bare_mentions(events: Sequence[_Event], edges: Mapping[tuple, object], told_apart: Collection[int],
                       fold: Callable[[_Event, _Event], None]) -> None:
    """Fold each bare undated event into the one dated event of its kind (see the module's docstring)."""
    ends = {end for key in edges for end in (key[0], key[2])}
    bare = [e for e in events if not e.date and not e.period and not e.counts and e.node.key not in ends
            and id(e) not in told_apart and "date_text" not in e.node.properties]
    undated_raid = any(e.type == "raid" and not e.date and not e.period and id(e) not in told_apart for e in events)
    for event in bare:
        if undated_raid and event.type in _DURING_A_RAID:
            continue
        dated = [e for e in events if e.type == event.type and (e.date or e.period) and id(e) not in told_apart]
        if len(dated) == 1:  # (two dated acts: the word may name either)
            fold(event, dated[0])
