"""People "found" in a raid and then held or freed: the finding was only how the act began.

- Found, then arrested or detained ("officers found 14 Peruvians in the rooms ... the suspects
  were taken into custody"): the raid holds them. The guidelines' annotators key such people by
  the act done to them, never by the finding too; so where the same event has the same number of
  the same nationality arrested or detained, the finding's edge goes.
- Found, and told as rescued ("Police rescued at least 40 Malaysians ... they found the 43
  Malaysians in a raid on a house on Oct. 7"): a story that opens with the rescue and then tells
  the raid tells one act twice. The undated rescue is folded into the raid, and the people found
  are its rescued, with the number the raid's telling gives.

People found and neither held nor freed ("found 230 foreigners") keep the finding."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from scamgraph.loaders.news.state import _Event
from scamgraph.model import Edge, Node, RelType

__all__ = ["drop_found_then_held", "rescues_found_again"]

#: Acts that hold the people a raid found.
_HOLDING = (RelType.ARRESTED, RelType.DETAINED)


def drop_found_then_held(edges: dict[tuple[str, str, str], Edge], nodes: Mapping[str, Node] | None = None) -> None:
    """Removes each FOUND edge whose event also arrested or detained the same number of the same
    nationality (``edges`` is keyed by source, edge type and target, as the reader keeps them), and
    the event's number found where it is that same number (``nodes``: the batch's, by key): the
    people found are then only the people held, whom the event counts already."""
    for key in [k for k, edge in edges.items() if edge.type is RelType.FOUND]:
        found = edges[key]
        count = found.properties.get("count")
        if count is None:
            continue
        held = (edges.get((found.source, rel, found.target)) for rel in _HOLDING)
        event = nodes.get(found.source) if nodes is not None else None
        if any(edge is not None and edge.properties.get("count") == count for edge in held):
            del edges[key]
            if event is not None and event.properties.get("count_found") == count:
                del event.properties["count_found"]
            continue
        freed = edges.get((found.source, RelType.RESCUED, found.target))
        if freed is not None and (freed.properties.get("count") or 0) <= count:
            freed.properties["count"] = count  # (the raid's own number: "at least 40" told first was rougher)
            freed.evidence = freed.evidence + tuple(e for e in found.evidence if e not in freed.evidence)
            del edges[key]
            if event is not None and event.properties.get("count_found") == count:
                del event.properties["count_found"]
                event.properties["count_rescued"] = max(count, event.properties.get("count_rescued", 0))


def rescues_found_again(events: Sequence[_Event], edges: Mapping[tuple[str, str, str], Edge],
                        told_apart: Collection[int], fold: Callable[[_Event, _Event], None]) -> None:
    """Fold each undated rescue into the one raid that found every nationality it rescued (see the
    module's docstring); a rescue told as an act apart ("Earlier, ...") stays its own."""
    raids = [e for e in events if e.type == "raid"]
    for rescue in [e for e in events if e.type == "rescue" and not e.date and id(e) not in told_apart]:
        freed = {k[2] for k in edges if k[0] == rescue.node.key and k[1] is RelType.RESCUED}
        if not freed:
            continue
        finders = [r for r in raids if freed <= {k[2] for k in edges if k[0] == r.node.key and k[1] is RelType.FOUND}]
        if len(finders) == 1:
            fold(rescue, finders[0])
