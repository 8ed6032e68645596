"""One entity's neighbourhood: the one definition that viz, analyze, export and the library's
``entity-network`` query share, so that ``--around X --hops 2`` means the same thing everywhere.

The definition, in words (the README says the same):

- start at the centre and follow facts (any relationship except MENTIONS), in either direction,
  at most ``hops`` of them;
- reports are never on the way: two entities named in the same report are not neighbours;
- context nodes (nationalities, places, scam types; see ``analysis.context``) can be reached, so
  an entity's nationality or country stays visible, but a path never goes *through* one: a shared
  nationality does not make two people neighbours. ``include_context=True`` lifts that rule;
- the result holds every entity reached and every fact among them.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for key, label in [("person:a", "Person"), ("person:b", "Person"), ("nationality:KR", "Nationality")]:
...     g.add_node(key, label=label)
>>> _ = g.add_edge("person:a", "nationality:KR", type="HAS_NATIONALITY")
>>> _ = g.add_edge("person:b", "nationality:KR", type="HAS_NATIONALITY")
>>> sorted(neighbourhood(g, "person:a", 2))
['nationality:KR', 'person:a']
>>> sorted(neighbourhood(g, "person:a", 2, include_context=True))
['nationality:KR', 'person:a', 'person:b']
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import networkx as nx

from scamgraph.analysis.context import is_context

__all__ = ["NOT_A_LINK", "distances", "neighbourhood"]

#: Relationship types that are never a hop: a report naming an entity is not a tie.
NOT_A_LINK = frozenset({"MENTIONS"})


def _linked(graph: nx.MultiDiGraph, node: str) -> Iterator[str]:
    """Neighbours of ``node`` through at least one fact, in either direction, reports left out."""
    for side in (graph.succ[node], graph.pred[node]):
        for other, facts in side.items():
            if graph.nodes[other].get("label") == "Report":
                continue
            if any(data.get("type") not in NOT_A_LINK for data in facts.values()):
                yield other


def distances(graph: nx.MultiDiGraph, center: str, hops: int, *, include_context: bool = False) -> dict[str, int]:
    """Entity -> how many facts away from ``center`` it is, for every entity within ``hops``.

    Breadth first, so each distance is the fewest facts; context nodes are reached but not
    walked through unless ``include_context`` (the centre itself is always walked from).
    """
    if center not in graph:
        raise KeyError(f"no entity with key {center!r} in this view of the graph")
    found = {center: 0}
    queue = deque([center])
    while queue:
        node = queue.popleft()
        if found[node] >= hops or (node != center and not include_context and is_context(graph.nodes[node])):
            continue
        for other in _linked(graph, node):
            if other not in found:
                found[other] = found[node] + 1
                queue.append(other)
    return found


def neighbourhood(graph: nx.MultiDiGraph, center: str, hops: int, *, include_context: bool = False) -> nx.MultiDiGraph:
    """The entities within ``hops`` facts of ``center`` and every fact among them (a copy).

    The copy's ``graph`` attributes say how it was made (``around``, ``hops``,
    ``include_context``) and hold ``distance`` (entity -> facts from the centre), so a page or
    a table can say which view it shows.
    """
    reached = distances(graph, center, hops, include_context=include_context)
    view = nx.MultiDiGraph()
    view.add_nodes_from((n, graph.nodes[n]) for n in reached)
    view.add_edges_from((a, b, k, d) for a, b, k, d in graph.edges(keys=True, data=True)
                        if a in reached and b in reached and d.get("type") not in NOT_A_LINK)
    view.graph.update(graph.graph)
    view.graph.update(around=center, hops=hops, include_context=include_context, distance=reached)
    return view
