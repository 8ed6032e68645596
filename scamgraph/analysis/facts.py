"""The graph the analyses see, and what every ranking and path shares.

``fact_graph`` turns the store's ``MultiDiGraph`` (one edge per fact and report) into one weighted
link per pair of entities, with reports and MENTIONS left out, reviewers' SAME_AS merges folded in,
and context nodes (``analysis.context``) left out unless asked for. ``explained_path`` walks it.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for key, label in [("person:a", "Person"), ("person:b", "Person"), ("nationality:KR", "Nationality")]:
...     g.add_node(key, label=label, name=key)
>>> _ = g.add_edge("person:a", "nationality:KR", type="HAS_NATIONALITY")
>>> _ = g.add_edge("person:b", "nationality:KR", type="HAS_NATIONALITY")
>>> sorted(fact_graph(g)), explained_path(g, "person:a", "person:b")["hops"]
(['person:a', 'person:b'], [])
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any

import networkx as nx

from scamgraph.analysis.context import CONTEXT_LABELS, is_context

__all__ = [
    "ACTORS",
    "SHARED",
    "SUSPECT_EDGES",
    "AnalysisOptions",
    "backend_name",
    "context_view",
    "explained_path",
    "fact_graph",
    "is_victim",
    "same_as_groups",
]

ACTORS = ("Person", "Organization")
SHARED = ("Site", "Event", "Identifier")
VICTIM_EDGES = {"RESCUED", "REPATRIATED", "AFFECTED"}
SUSPECT_EDGES = {"ARRESTED", "CHARGED", "DEPORTED", "DETAINED", "TARGETED", "OPERATES", "OWNS", "DIRECTS"}


@dataclass
class AnalysisOptions:
    """Knobs shared by the analyses; the defaults suit graphs of a few thousand entities."""

    top: int = 20
    include_victims: bool = False
    exact_betweenness_limit: int = 5_000  # above this many nodes, betweenness is sampled
    betweenness_samples: int = 64  # sources sampled, fewer on big graphs (see _sources)
    betweenness_budget: int = 3_000_000  # links visited in all, at most: k = budget // links
    louvain_limit: int = 100_000  # above this many links, label propagation replaces Louvain
    seed: int = 7
    hidden_link_neighbour_cap: int = 200  # shared neighbours above this degree say little
    include_context: bool = False  # nationalities, places and scam types as ties (see analysis.context)


def context_view(include_context: bool) -> str:
    """The words every output uses to say whether context nodes were part of the structure."""
    kinds = ", ".join(sorted(CONTEXT_LABELS))
    return (f"context nodes ({kinds}) included as links" if include_context
            else f"context nodes ({kinds}) left out: a shared nationality, place or scam type is not a link")


@lru_cache(maxsize=1)
def backend_name() -> str:
    """The NetworkX backend betweenness runs on: ``parallel`` (nx-parallel) when it is installed
    and imports, else plain ``networkx``."""
    for entry in entry_points(group="networkx.backends"):
        if entry.name == "parallel":
            try:
                entry.load()
            except Exception:  # noqa: BLE001 - a broken optional backend must not stop the analysis
                return "networkx"
            return "parallel"
    return "networkx"


def same_as_groups(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Node -> the key that stands for its SAME_AS group (a reviewer's merge decisions)."""
    merged = nx.Graph()
    merged.add_edges_from((a, b) for a, b, d in graph.edges(data=True) if d.get("type") == "SAME_AS")
    return {n: min(group) for group in nx.connected_components(merged) for n in group}


def fact_graph(graph: nx.MultiDiGraph, include_context: bool = False, keep: Iterable[str] = ()) -> nx.Graph:
    """An undirected weighted graph of entities: one edge per linked pair, ``weight`` = how many
    facts link them, ``types`` and ``reports`` the kinds and sources of those facts. Entities a
    reviewer merged (SAME_AS) count as one, under the smallest key of the group.

    Context nodes (nationalities, places, scam types) are attributes, not ties: they are left out
    unless ``include_context`` (``keep`` names ones to keep anyway, such as a path's ends)."""
    simple = nx.Graph()
    alias = same_as_groups(graph)
    kept = set(keep)
    for node, data in graph.nodes(data=True):
        if is_context(data) and not include_context and node not in kept:
            continue
        if data.get("label") != "Report" and alias.get(node, node) == node:
            simple.add_node(node, **data, **({"merged": sorted(k for k, v in alias.items() if v == node)}
                                             if node in alias else {}))
    for source, target, data in graph.edges(data=True):
        if data.get("type") in {"MENTIONS", "SAME_AS"}:
            continue
        source, target = alias.get(source, source), alias.get(target, target)
        if source not in simple or target not in simple or source == target:
            continue
        if simple.has_edge(source, target):
            held = simple[source][target]
            held["weight"] += 1
            held["types"].add(data.get("type"))
            held["reports"].add(data.get("report"))
        else:
            simple.add_edge(source, target, weight=1, types={data.get("type")}, reports={data.get("report")})
    return simple


def is_victim(graph: nx.MultiDiGraph, node: str) -> bool:
    """Recorded as a victim: said so by role, or only ever rescued, repatriated or harmed."""
    data = graph.nodes[node]
    if data.get("label") != "Person":
        return False
    if data.get("role_class") == "victim":
        return True
    incoming = {d.get("type") for _, _, d in graph.in_edges(node, data=True)}
    outgoing = {d.get("type") for _, _, d in graph.out_edges(node, data=True)} - {"HAS_NATIONALITY"}
    return bool(incoming & VICTIM_EDGES) and not (incoming | outgoing) & SUSPECT_EDGES


def _role(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    if is_victim(graph, node):
        return "victim"
    return str(data.get("role_class") or data.get("kind") or data.get("label", "").lower())


def _entry(graph: nx.MultiDiGraph, node: str, **values: Any) -> dict[str, Any]:
    data = graph.nodes[node]
    return {"key": node, "name": data.get("name", node), "label": data.get("label"), "role": _role(graph, node), **values}


def _ranked_nodes(graph: nx.MultiDiGraph, simple: nx.Graph, options: AnalysisOptions) -> tuple[list[str], list[str]]:
    """Nodes a suspect ranking may list, and the roles left out (said in every ranking)."""
    left_out = [] if options.include_victims else ["victim"]
    keep = [n for n in simple if options.include_victims or not is_victim(graph, n)]
    return keep, left_out


def explained_path(graph: nx.MultiDiGraph, source: str, target: str, simple: nx.Graph | None = None,
                   include_context: bool = False) -> dict[str, Any]:
    """The shortest chain of facts between two entities, each hop with its evidence.

    The chain never runs through a nationality, place or scam type unless ``include_context``
    (either end may be one: "how is this person tied to Cambodia" is a fair question)."""
    for end in (source, target):
        if end not in graph or graph.nodes[end].get("label") == "Report":
            raise KeyError(f"no entity with key {end!r} in this graph")
    simple = simple if simple is not None else fact_graph(graph, include_context, keep=(source, target))
    source, target = (same_as_groups(graph).get(end, end) for end in (source, target))
    view = context_view(include_context)
    try:
        nodes = nx.shortest_path(simple, source, target)
    except nx.NetworkXNoPath:
        return {"source": source, "target": target, "hops": [], "length": None, "context": view,
                "explanation": f"No chain of facts links {graph.nodes[source].get('name')} and "
                               f"{graph.nodes[target].get('name')} ({view})."}
    hops = []
    for a, b in itertools.pairwise(nodes):
        hops.append({"from": a, "from_name": graph.nodes[a].get("name", a), "to": b, "to_name": graph.nodes[b].get("name", b),
                     "facts": _evidence(graph, a, b)})
    words = " -> ".join(graph.nodes[n].get("name", n) for n in nodes)
    return {"source": source, "target": target, "length": len(hops), "hops": hops, "context": view,
            "explanation": f"{len(hops)} hops: {words} ({view})."}


def _evidence(graph: nx.MultiDiGraph, a: str, b: str) -> list[dict[str, Any]]:
    """Every fact between two entities, either direction, with its report and quote."""
    found = []
    for source, target in ((a, b), (b, a)):
        for data in (graph.get_edge_data(source, target) or {}).values():
            found.append({"type": data.get("type"), "source": source, "target": target, "report": data.get("report"),
                          "reported": data.get("reported"), "quote": data.get("quote", ""), "count": data.get("count")})
    return found
