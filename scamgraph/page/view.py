"""Which entities the graph page draws, which it carries hidden, and how central each one is.

The page works on the *structure*: entities (not reports) linked by facts (not MENTIONS), with
context entities (nationalities, places, kinds of scam; :mod:`scamgraph.analysis.context`) left
out, as the analyses leave them out. From it:

- ``core``: what the page shows at first: the neighbourhood of ``center`` within ``hops`` links
  (:func:`scamgraph.analysis.neighbourhood.distances`, less the context entities it reaches, so
  every entity shown is linked to the centre through entities shown), or the whole graph;
  then the most central ones when there are more than the page can hold;
- ``context``: context entities of the core, drawn as chips on their entities until asked for;
- ``ring``: hidden entities within ``expand_hops`` links of the core, closest and most central
  first, at most ``expand_budget``: what a double-click can reveal without a server.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for a, b in [("p:a", "p:b"), ("p:b", "p:c"), ("p:c", "p:d")]:
...     g.add_node(a, label="Person"); g.add_node(b, label="Person"); _ = g.add_edge(a, b, type="KNOWS")
>>> g.add_node("nationality:KR", label="Nationality"); _ = g.add_edge("p:a", "nationality:KR", type="HAS_NATIONALITY")
>>> chosen = choose(g, center="p:a", hops=1)
>>> sorted(chosen.core), sorted(chosen.context), sorted(chosen.ring)
(['p:a', 'p:b'], ['nationality:KR'], ['p:c', 'p:d'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from scamgraph.analysis.context import is_context
from scamgraph.analysis.neighbourhood import distances

__all__ = ["Chosen", "choose", "structure"]


@dataclass
class Chosen:
    """The page's parts. ``score``: centrality over the structure, for sizes and label tiers."""

    core: list[str]
    context: list[str]
    ring: list[str]
    score: dict[str, float]
    structure: nx.Graph
    note: str = ""
    distance: dict[str, int] = field(default_factory=dict)
    #: context entities inside the --around view itself (the analyses' neighbourhood reaches them);
    #: the other context entities are attributes of shown or hidden ones
    context_in_view: set[str] = field(default_factory=set)


def _entity(data: dict, labels: list[str] | None, include_reports: bool) -> bool:
    label = data.get("label")
    return (include_reports or label != "Report") and (labels is None or label in labels)


def structure(graph: nx.MultiDiGraph, labels: list[str] | None = None, include_reports: bool = False,
              with_context: bool = False) -> nx.Graph:
    """Entities linked by facts: an undirected graph, ``weight`` = how many facts link a pair."""
    simple = nx.Graph()
    simple.add_nodes_from(n for n, d in graph.nodes(data=True)
                          if _entity(d, labels, include_reports) and (with_context or not is_context(d)))
    for source, target, data in graph.edges(data=True):
        if data.get("type") == "MENTIONS" or source == target or source not in simple or target not in simple:
            continue
        held = simple.get_edge_data(source, target)
        if held:
            held["weight"] += 1
        else:
            simple.add_edge(source, target, weight=1)
    return simple


def _scores(simple: nx.Graph, size_by: str, seed: int) -> dict[str, float]:
    if size_by == "degree" or simple.number_of_edges() == 0:
        return {n: float(d) for n, d in simple.degree()}
    if size_by == "betweenness":
        sample = min(64, len(simple)) if len(simple) > 2000 else None
        return nx.betweenness_centrality(simple, k=sample, seed=seed)
    return nx.pagerank(simple)


def _ring(simple: nx.Graph, core: set[str], hops: int, budget: int, score: dict[str, float]) -> dict[str, int]:
    """Hidden entities by distance from the core (1 = a neighbour of a shown entity)."""
    distance: dict[str, int] = {}
    frontier = set(core)
    for step in range(1, hops + 1):
        frontier = {m for n in frontier for m in simple[n] if m not in core and m not in distance}
        distance.update((m, step) for m in frontier)
    ordered = sorted(distance, key=lambda n: (distance[n], -score.get(n, 0.0), n))[:budget]
    return {n: distance[n] for n in ordered}


def choose(graph: nx.MultiDiGraph, *, center: str | None = None, hops: int = 2, labels: list[str] | None = None,
           include_reports: bool = False, size_by: str = "pagerank", limit: int | None = None,
           expand_hops: int = 2, expand_budget: int = 500, seed: int = 7) -> Chosen:
    """The page's core, context and ring (see the module's docstring)."""
    simple = structure(graph, labels, include_reports, with_context=center is not None and is_context(graph.nodes[center]))
    score = _scores(simple, size_by, seed)
    core = set(simple)
    in_view: set[str] | None = None
    if center is not None:  # the one definition of --around: context reached, never walked through
        around = distances(graph, center, hops)
        in_view = {n for n in around if is_context(graph.nodes[n])}
        reached = {n for n in around if n in simple or n == center}
        if center in simple:  # a --labels filter can cut a path: keep what still links to the centre
            reached = nx.node_connected_component(simple.subgraph(reached), center)
        core = set(reached)
    note = ""
    if limit is not None and len(core) > limit:
        keep = sorted(core, key=lambda n: (n != center, -score.get(n, 0.0), n))[:limit]
        note = (f"Showing the {limit:,} most central of {len(core):,} entities "
                f"(by {size_by}) and the links among them.")
        core = set(keep)
    ring = _ring(simple, core, expand_hops, expand_budget, score)
    context = sorted({m for n in core | set(ring) for m in graph.successors(n) if m not in core and is_context(graph.nodes[m])}
                     | {m for n in core | set(ring) for m in graph.predecessors(n) if m not in core and is_context(graph.nodes[m])})
    context = [c for c in context if _entity(graph.nodes[c], labels, include_reports)]
    ordered = sorted(core, key=lambda n: (-score.get(n, 0.0), n))
    shown_context = in_view if in_view is not None else {c for c in context if any(
        m in core for m in nx.all_neighbors(graph, c))}
    return Chosen(ordered, context, list(ring), score, simple, note, ring, shown_context & set(context))
