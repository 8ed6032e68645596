"""People "found" in a raid and then arrested or detained ("officers found 14 Peruvians in the rooms
... the suspects were taken into custody"): the raid holds them, and the finding was only how the
holding began. The guidelines' annotators key such people by the act done to them, never by the
finding too; so where the same event has the same number of the same nationality arrested or
detained, the finding's edge goes. People found and not held ("found 230 foreigners") keep it."""

from __future__ import annotations

from collections.abc import Mapping

from scamgraph.model import Edge, Node, RelType

__all__ = ["drop_found_then_held"]

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
        if any(edge is not None and edge.properties.get("count") == count for edge in held):
            del edges[key]
            event = nodes.get(found.source) if nodes is not None else None
            if event is not None and event.properties.get("count_found") == count:
                del event.properties["count_found"]
