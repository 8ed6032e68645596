"""What the page carries besides positions: evidence per entity and per link, context chips,
reported dates for the time slider, and communities for colouring.

All of it is plain data that the page script reads; nothing here knows about HTML.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("p:a", label="Person", name="A"); g.add_node("nationality:KR", label="Nationality", name="South Korea", iso2="KR")
>>> _ = g.add_edge("p:a", "nationality:KR", type="HAS_NATIONALITY", reported="2025-01-02")
>>> chip(g.nodes["nationality:KR"])
'KR'
>>> links(g, {"p:a", "nationality:KR"})[0]["dates"]
['2025-01-02']
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

__all__ = ["PALETTE", "chip", "chips", "communities", "details", "facts_of", "links"]

#: Community colours (the largest communities first); smaller ones share the last, grey.
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
           "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39", "#b0b0b0"]


def chip(data: dict[str, Any]) -> str:
    """A context entity as a short chip: a country code where there is one, else its name."""
    code = data.get("iso2")
    if code and data.get("label") == "Nationality" or (code and data.get("kind") == "country"):
        return str(code)
    name = str(data.get("name") or "")
    return name if len(name) <= 12 else name[:11] + "\u2026"


def chips(graph: nx.MultiDiGraph, node: str, context: set[str]) -> list[str]:
    """The chips of an entity's context neighbours, sorted, each once."""
    near = {m for m in graph.successors(node) if m in context} | {m for m in graph.predecessors(node) if m in context}
    return sorted({chip(graph.nodes[m]) for m in near})


def _report(graph: nx.MultiDiGraph, data: dict[str, Any]) -> dict[str, Any]:
    report = graph.nodes.get(data.get("report"), {}) if data.get("report") is not None else {}
    found = {"quote": data.get("quote", "") or "", "reported": data.get("reported") or "",
             "report": report.get("title") or report.get("name") or data.get("report") or ""}
    if report.get("url"):
        found["url"] = report["url"]
    if data.get("count") is not None:
        found["count"] = data["count"]
    return found  # empty fields left out: a 5,000-entity page carries tens of thousands of these


def facts_of(graph: nx.MultiDiGraph, node: str, limit: int) -> list[dict[str, Any]]:
    """Facts that touch a node, counted ones first (arrests, rescues: what the event is about)."""
    found = []
    for source, target, data in list(graph.out_edges(node, data=True)) + list(graph.in_edges(node, data=True)):
        if data.get("type") == "MENTIONS" or not data.get("quote"):
            continue
        other = target if source == node else source
        found.append({"type": data.get("type"), "other": graph.nodes[other].get("name", other), **_report(graph, data)})
    found.sort(key=lambda f: (f.get("count") is None, f["type"] or ""))
    return found[:limit]


def details(graph: nx.MultiDiGraph, node: str, limit: int, context_chips: list[str]) -> dict[str, Any]:
    """What the panel and the tooltip say about an entity."""
    data = graph.nodes[node]
    skip = {"name", "label", "key", "role", "role_class"}
    facts = {k: v for k, v in data.items() if k not in skip and isinstance(v, (str, int, float, bool)) and v != ""}
    return {"name": str(data.get("name", node)), "label": data.get("label", ""),
            "role": str(data.get("role") or data.get("role_class") or ""), "key": node,
            "facts": {k: str(v) for k, v in list(facts.items())[:8]},
            "evidence": facts_of(graph, node, limit), "chips": context_chips}


def links(graph: nx.MultiDiGraph, nodes: set[str], quotes: int = 2) -> list[dict[str, Any]]:
    """One link per (source, target, type) among ``nodes``: how many facts, their sorted
    reported dates (the time slider counts them), a few quotes with their reports."""
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        if data.get("type") != "MENTIONS" and source != target and source in nodes and target in nodes:
            grouped[(source, target, str(data.get("type", "")))].append(data)
    result = []
    for (source, target, rel), facts in grouped.items():
        weight = sum(int(f.get("count") or 1) for f in facts)
        dates = sorted(str(f["reported"]) for f in facts if f.get("reported"))
        result.append({"from": source, "to": target, "type": rel, "facts": len(facts), "weight": weight,
                       "dates": dates, "evidence": [_report(graph, f) for f in facts[:quotes]]})
    return result


def communities(simple: nx.Graph, nodes: list[str], seed: int) -> dict[str, int]:
    """Louvain communities over the linked entities (fixed seed), numbered largest first; an
    entity with no link is its own community."""
    sub = simple.subgraph(nodes)
    if sub.number_of_edges() == 0:
        return {n: i for i, n in enumerate(sorted(nodes))}
    found = nx.community.louvain_communities(sub, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {n: index for index, members in enumerate(ordered) for n in members}
