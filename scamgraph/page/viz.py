"""Interactive graph HTML that opens on an air-gapped laptop and never runs code from a report.

``render(graph)`` turns the ``MultiDiGraph`` of ``store.to_networkx()`` into one self-contained
HTML file: pyvis builds the network model (nodes, edges, options); this module lays it out with
NetworkX (fixed seed, so the page does not spin physics over thousands of nodes), and writes the
page itself with vis-network's script and styles inlined from pyvis's package. pyvis's own
template is not used because its select and filter menus load Bootstrap and Tom Select from a
CDN; the search box, label filters, legend, physics toggle and details panel here are plain
script.

Every string that came from a report travels as JSON data (with ``<`` escaped, so no text can
close the script element) and reaches the page only through ``textContent``: a person named
``<img src=x onerror=alert(1)>`` shows as those characters.
"""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

__all__ = ["VizOptions", "render", "write", "STYLE"]

#: label -> (colour, vis shape)
STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#d62728", "dot"),
    "Organization": ("#9467bd", "diamond"),
    "Agency": ("#1f77b4", "square"),
    "Delegation": ("#17becf", "triangle"),
    "Site": ("#ff7f0e", "star"),
    "Location": ("#2ca02c", "triangleDown"),
    "Nationality": ("#bcbd22", "hexagon"),
    "Event": ("#8c564b", "dot"),
    "ScamType": ("#e377c2", "diamond"),
    "Identifier": ("#7f7f7f", "square"),
    "Report": ("#c7c7c7", "dot"),
}


@dataclass
class VizOptions:
    """What the page shows. ``max_nodes``: above it the view keeps the most central entities."""

    max_nodes: int = 1500
    top: int | None = None
    labels: list[str] | None = None
    size_by: str = "pagerank"  # pagerank, degree or betweenness
    include_reports: bool = False
    title: str = "scamgraph"
    filters: dict[str, Any] = field(default_factory=dict)  # said in the title bar (as-of, around, ...)
    seed: int = 7
    evidence_per_node: int = 6
    physics: bool = False  # start with physics on and no precomputed layout (slow on big graphs)


def _vis_assets() -> tuple[str, str]:
    base = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    return base.joinpath("vis-network.min.js").read_text("utf-8"), base.joinpath("vis-network.css").read_text("utf-8")


def _view(graph: nx.MultiDiGraph, options: VizOptions) -> tuple[nx.MultiDiGraph, dict[str, float], str]:
    """The part of the graph to draw, a size score per node, and a note when it was trimmed."""
    keep = [n for n, d in graph.nodes(data=True)
            if (options.include_reports or d.get("label") != "Report")
            and (options.labels is None or d.get("label") in options.labels)]
    view = graph.subgraph(keep)
    simple = nx.Graph()
    simple.add_nodes_from(view.nodes)
    simple.add_edges_from((a, b) for a, b, d in view.edges(data=True) if a != b and d.get("type") != "MENTIONS")
    if options.size_by == "degree" or simple.number_of_edges() == 0:
        score = {n: float(d) for n, d in simple.degree()}
    elif options.size_by == "betweenness":
        score = nx.betweenness_centrality(simple, k=min(64, len(simple)) if len(simple) > 2000 else None, seed=options.seed)
    else:
        score = nx.pagerank(simple)
    limit = options.top or (options.max_nodes if len(simple) > options.max_nodes else None)
    note = ""
    if limit is not None and len(simple) > limit:
        chosen = sorted(simple, key=lambda n: (-score[n], n))[:limit]
        note = (f"Showing the {limit:,} most central of {len(simple):,} entities "
                f"(by {options.size_by}) and the links among them.")
        view = view.subgraph(chosen)
    return view, score, note


def _layout(view: nx.MultiDiGraph, seed: int) -> dict[str, tuple[float, float]]:
    simple = nx.Graph(view.to_undirected(as_view=True))
    if len(simple) == 0:
        return {}
    positions = nx.spring_layout(simple, seed=seed, iterations=60 if len(simple) < 1000 else 35)
    scale = 120 * math.sqrt(len(simple))
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in positions.items()}


def _facts_of(graph: nx.MultiDiGraph, node: str, limit: int) -> list[dict[str, Any]]:
    """Facts that touch a node, counted ones first (arrests, rescues: what the event is about)."""
    found = []
    for source, target, data in list(graph.out_edges(node, data=True)) + list(graph.in_edges(node, data=True)):
        if data.get("type") == "MENTIONS" or not data.get("quote"):
            continue
        other = target if source == node else source
        report = graph.nodes.get(data.get("report"), {})
        found.append({"type": data.get("type"), "other": graph.nodes[other].get("name", other),
                      "quote": data.get("quote", ""), "reported": data.get("reported") or "",
                      "report": report.get("title") or report.get("name") or data.get("report") or "",
                      "url": report.get("url") or "", "count": data.get("count")})
    found.sort(key=lambda f: (f["count"] is None, f["type"] or ""))
    return found[:limit]


def _details(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], options: VizOptions) -> dict[str, Any]:
    skip = {"name", "label", "key", "role", "role_class"}
    facts = {k: v for k, v in data.items() if k not in skip and isinstance(v, (str, int, float, bool)) and v != ""}
    return {"name": str(data.get("name", node)), "label": data.get("label", ""),
            "role": str(data.get("role") or data.get("role_class") or ""), "key": node,
            "facts": {k: str(v) for k, v in list(facts.items())[:8]},
            "evidence": _facts_of(graph, node, options.evidence_per_node)}


def build(graph: nx.MultiDiGraph, options: VizOptions | None = None) -> tuple[Network, dict[str, Any]]:
    """The pyvis network and the page data (details per node, legend, summary)."""
    options = options or VizOptions()
    view, score, note = _view(graph, options)
    positions = {} if options.physics else _layout(view, options.seed)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    top_score = max((score.get(n, 0.0) for n in view), default=1.0) or 1.0
    details: dict[str, Any] = {}
    for node, data in view.nodes(data=True):
        label = data.get("label", "")
        colour, shape = STYLE.get(label, ("#999999", "dot"))
        placed = {"x": positions[node][0], "y": positions[node][1]} if node in positions else {}
        net.add_node(node, label=str(data.get("name", node))[:40], color=colour, shape=shape, category=label,
                     size=10 + 30 * math.sqrt(score.get(node, 0.0) / top_score), physics=options.physics, **placed)
        details[node] = _details(graph, node, data, options)
    links: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for source, target, data in view.edges(data=True):
        if data.get("type") != "MENTIONS":
            links[(source, target, data.get("type", ""))].append(data)
    edge_details = []
    for (source, target, rel), facts in links.items():
        weight = sum(int(f.get("count") or 1) if rel not in {"MENTIONS"} else 1 for f in facts)
        net.add_edge(source, target, label=rel, width=1 + math.log2(1 + min(weight, 1000)) if weight > 1 else 1,
                     arrows="to", color="#9a9a9a")
        edge_details.append({"from": source, "to": target, "type": rel, "facts": len(facts),
                             "quotes": [f.get("quote", "") for f in facts[:3]]})
    net.set_options(json.dumps({
        "physics": {"enabled": options.physics, "stabilization": {"enabled": options.physics},
                    "barnesHut": {"gravitationalConstant": -4000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(view) > 800},
        "edges": {"font": {"size": 9, "align": "middle"}, "smooth": False},
        "nodes": {"font": {"size": 12}},
        "layout": {"improvedLayout": False},
    }))
    counts = defaultdict(int)
    for _, data in view.nodes(data=True):
        counts[data.get("label", "")] += 1
    summary = {"title": options.title, "nodes": view.number_of_nodes(), "links": len(links),
               "filters": {k: v for k, v in options.filters.items() if v not in (None, "", [])},
               "note": note, "labels": dict(sorted(counts.items())), "size_by": options.size_by,
               "legend": {label: {"color": STYLE[label][0], "shape": STYLE[label][1]} for label in counts if label in STYLE}}
    return net, {"details": details, "edges": edge_details, "summary": summary}


def _json_for_script(data: Any) -> str:
    """JSON that cannot end the script element it sits in."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028")


def render(graph: nx.MultiDiGraph, options: VizOptions | None = None) -> str:
    """The page as a string (for notebooks: ``IPython.display.HTML(render(g))``)."""
    options = options or VizOptions()
    net, page = build(graph, options)
    nodes, edges, _heading, _height, _width, vis_options = net.get_network_data()
    vis_js, vis_css = _vis_assets()
    payload = {"nodes": nodes, "edges": edges, "options": json.loads(vis_options), **page}
    own = resources.files("scamgraph.page").joinpath("viz_page.js").read_text("utf-8")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{html.escape(options.title)}</title>\n<style>{vis_css}</style>\n<style>{_CSS}</style>\n"
        f"<script>{vis_js}</script>\n</head><body>\n{_BODY}\n"
        f"<script type=\"application/json\" id=\"scamgraph-data\">{_json_for_script(payload)}</script>\n"
        f"<script>{own}</script>\n</body></html>\n"
    )


def write(graph: nx.MultiDiGraph, path: Path, options: VizOptions | None = None) -> Path:
    """Write the page through a temporary file, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render(graph, options), "utf-8")
    tmp.replace(path)
    return path


_CSS = """
html, body { margin: 0; height: 100%; font: 14px system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
#bar { padding: 6px 10px; background: #222; color: #eee; }
#bar .note { color: #ffcc66; margin-left: 1em; }
#controls { padding: 4px 10px; border-bottom: 1px solid #ddd; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
#legend span { margin-right: 10px; white-space: nowrap; }
#legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
#main { flex: 1; min-height: 0; display: flex; }
#graph { flex: 1; }
#details { width: 340px; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd; font-size: 13px; }
#details blockquote { margin: 4px 0 8px; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
.tip { max-width: 360px; white-space: normal; }
.tip b { display: block; }
"""

_BODY = """<div id="bar"><b id="page-title"></b> <span id="summary"></span><span class="note" id="note"></span></div>
<div id="controls"><input id="search" type="search" placeholder="Find an entity" list="names">
<datalist id="names"></datalist><button id="physics" type="button">Physics: off</button>
<span id="filters"></span><span id="legend"></span></div>
<div id="main"><div id="graph"></div><aside id="details">Click an entity to see its facts and evidence.</aside></div>"""
