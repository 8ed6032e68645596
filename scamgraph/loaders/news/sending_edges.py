"""The people an event sends home are told by that event's own kind: a repatriation REPATRIATED
them, a deportation DEPORTED them, an extradition EXTRADITED them (the guidelines give each kind
its edge, and every hand-labelled story writes it so). A count verb of another kind may have read
the people first ("were transferred" is a deportation's verb, "the plane carrying him landed" a
homecoming's), and the event's kind may be settled by other words of the story; once the events
are final, the people's edges and the event's counts take the event's own kind, so that no event
carries two kinds of sending at once."""

from __future__ import annotations

from dataclasses import replace

from scamgraph.loaders.news.state import _Event
from scamgraph.model import Edge, RelType

__all__ = ["SENT_AS", "retype_event_edges", "retype_sending_edges"]

#: Each kind of sending home, its edge to the people sent and the name of its count
SENT_AS = {"repatriation": (RelType.REPATRIATED, "repatriated"),
           "deportation": (RelType.DEPORTED, "deported"),
           "extradition": (RelType.EXTRADITED, "extradited")}
_SENDINGS = frozenset(rel for rel, _count in SENT_AS.values())
_COUNTS = frozenset(count for _rel, count in SENT_AS.values())


def retype_sending_edges(events: list[_Event], edges: dict[tuple, Edge]) -> None:
    """Give the people edges and counts of each sending home its own kind's edge and count name."""
    for event in events:
        retype_event_edges(event, edges)


def retype_event_edges(event: _Event, edges: dict[tuple, Edge]) -> None:
    """Give one event's people edges and counts its own kind's edge and count name, if it is a
    sending home; where the event already holds its own edge to the same people, that edge and its
    count stand (the moved edge's evidence joins it)."""
    own = SENT_AS.get(event.type)
    if own is None:
        return
    rel, count = own
    for key in [k for k in edges if k[0] == event.node.key and k[1] in _SENDINGS and k[1] is not rel]:
        edge = edges.pop(key)
        new = (key[0], rel, key[2])
        held = edges.get(new)
        if held is None:
            edges[new] = replace(edge, type=rel)
        else:
            held.evidence = tuple(dict.fromkeys((*held.evidence, *edge.evidence)))
    for name in [n for n in event.counts if n in _COUNTS and n != count]:
        value = event.counts.pop(name)
        event.counts.setdefault(count, value)
