"""Small structured reports written on the fly, for tests that need many distinct files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from scamgraph.loaders import iter_report_files, load_path


def synthetic_report(i: int, *, shared_site: bool = True) -> dict[str, Any]:
    """Report ``i``: a raid on a site, a person, a nationality count. Every report shares the
    nationality and (by default) one site, so reports meet in the graph as real ones do."""
    site = "Shared compound" if shared_site else f"Compound {i}"
    text = f"Police raided {site} and arrested {i + 1} people, among them worker number {i}."
    return {
        "report": {"title": f"Synthetic raid report {i}", "published": f"2025-01-{i % 28 + 1:02d}",
                   "text": text},
        "entities": [
            {"id": "site", "label": "Site", "name": site},
            {"id": "raid", "label": "Event", "name": f"Raid number {i}",
             "properties": {"type": "raid", "date": f"2025-01-{i % 28 + 1:02d}"}},
            {"id": "p", "label": "Person", "name": f"Worker {i}", "properties": {"role": "worker"}},
            {"id": "kr", "label": "Nationality", "name": "South Korean"},
        ],
        "relations": [
            {"type": "OCCURRED_AT", "source": "raid", "target": "site", "quote": f"Police raided {site}"},
            {"type": "ARRESTED", "source": "raid", "target": "kr", "properties": {"count": i + 1},
             "quote": f"arrested {i + 1} people"},
            {"type": "HAS_NATIONALITY", "source": "p", "target": "kr"},
        ],
    }


def write_reports(folder: Path, indices: range | list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indices:
        path = folder / f"report-{i:04d}.json"
        path.write_text(json.dumps(synthetic_report(i)), "utf-8")
        paths.append(path)
    return paths


def expected_counts(folders: list[Path]) -> tuple[int, int]:
    """Distinct nodes and edges the reports in these folders should make, worked out from the
    loaders alone (no store): what any correct store must hold after ingesting them all."""
    nodes: set[str] = set()
    edges: set[tuple[str, str, str, str]] = set()
    for path in iter_report_files(folders):
        batch = load_path(path).with_mentions()
        nodes.update(n.key for n in batch.all_nodes())
        edges.update((e.source, e.type.value, e.target, batch.report_key) for e in batch.edges)
    return len(nodes), len(edges)


def example_graph() -> nx.MultiDiGraph:
    """The example reports as to_networkx() shapes them, without a store in the way."""
    graph = nx.MultiDiGraph()
    for path in sorted((Path(__file__).resolve().parents[1] / 'examples' / 'reports').iterdir()):
        batch = load_path(path)
        for node in batch.all_nodes():
            graph.add_node(node.key, label=node.label.value, name=node.name, **node.properties)
        for edge in batch.edges:
            ev = edge.evidence[0] if edge.evidence else None
            graph.add_edge(edge.source, edge.target, key=f"{edge.type.value}|{batch.report_key}", type=edge.type.value,
                           report=batch.report_key, quote=ev.quote if ev else "", reported=batch.report.properties.get("published"),
                           **edge.properties)
    return graph
