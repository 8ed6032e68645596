"""Interactive graph HTML that opens on an air-gapped laptop and never runs code from a report.

``render(graph)`` turns the ``MultiDiGraph`` of ``store.to_networkx()`` into one self-contained
HTML file. :mod:`~scamgraph.page.view` picks what is shown, what is carried hidden (context
entities, the ring a double-click reveals); :mod:`~scamgraph.page.layout` places it with no label
over another; :mod:`~scamgraph.page.data` gathers evidence, dates and communities; pyvis builds the
network model; this module writes the page with vis-network's script and styles inlined from
pyvis's package, and our own script (``viz_page.js`` with ``viz_moves.js`` inside it). pyvis's
own template is not used because its menus load Bootstrap and Tom Select from a CDN.

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

from scamgraph.page.data import PALETTE, chips, communities, links
from scamgraph.page.data import details as details_of
from scamgraph.page.layout import Box, fit_zoom, layout, place_satellites, relax
from scamgraph.page.view import Chosen, choose

__all__ = ["STYLE", "VizOptions", "render", "write"]

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
    """What the page shows. ``max_nodes``: above it the view keeps the most central entities.
    ``center``/``hops``: only that entity's neighbourhood. ``expand_hops``/``expand_budget``: the
    hidden entities a double-click can reveal (that many links beyond the view, at most that many)."""

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
    center: str | None = None
    hops: int = 2
    show_context: bool = False  # context entities as nodes from the start (a toggle on the page)
    expand_hops: int = 2
    expand_budget: int = 500


#: Label fonts in canvas units run from BASE_FONT (least central) to BASE_FONT + FONT_RANGE; the
#: page draws a label only when it is at least MIN_SCREEN_FONT px on screen, so the least central
#: labels appear as one zooms in.
BASE_FONT, FONT_RANGE, MIN_SCREEN_FONT, LABEL_CHARS = 12.0, 12.0, 12, 26
HEADLINES = 12  # the most central labels, readable when the whole drawing fits the screen
#: Above this many entities arrowheads (too small to see when the whole graph fits) are drawn
#: only once one zooms in: drawing them is a third of the first drawing's time.
ARROWS_UP_TO, ARROWS_FROM_ZOOM = 2000, 0.5


def _vis_assets() -> tuple[str, str]:
    base = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    return base.joinpath("vis-network.min.js").read_text("utf-8"), base.joinpath("vis-network.css").read_text("utf-8")


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    """A label short enough to place (the panel and the tooltip give the whole name)."""
    name = str(graph.nodes[node].get("name", node))
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "\u2026"


def _looks(graph: nx.MultiDiGraph, chosen: Chosen, context: set[str]) -> dict[str, dict[str, Any]]:
    """Radius, font, chips and label box per node: sized by centrality, context ones small."""
    top = max((chosen.score.get(n, 0.0) for n in chosen.core), default=1.0) or 1.0
    looks = {}
    for node in chosen.core + chosen.ring + chosen.context:
        weight = 0.0 if node in context else math.sqrt(max(chosen.score.get(node, 0.0), 0.0) / top)
        radius, font = 8 + 20 * weight, BASE_FONT + FONT_RANGE * weight
        tags = chips(graph, node, context) if node not in context else []
        text = " \u00b7 ".join(tags[:2]) + (f" +{len(tags) - 2}" if len(tags) > 2 else "")
        looks[node] = {"radius": radius, "font": font, "chips": tags, "chip_text": text,
                       "box": Box.for_label(_name(graph, node), radius, font, text)}
    return looks


def _headlines(graph: nx.MultiDiGraph, chosen: Chosen, looks: dict[str, dict[str, Any]],
               core: dict[str, tuple[float, float]], alone: set[str]) -> dict[str, tuple[float, float]]:
    """Make the most central labels large enough to read when the whole drawing fits a screen,
    however big the graph (the others appear as one zooms in), and make room for them."""
    boxes = {n: looks[n]["box"] for n in core}
    for _ in range(3):
        zoom = fit_zoom(core, boxes)
        small = [n for n in chosen.core[:HEADLINES] if n in core and looks[n]["font"] * zoom < MIN_SCREEN_FONT + 1.5]
        if not small:
            break
        for node in small:
            look = looks[node]
            look["font"] = (MIN_SCREEN_FONT + 2.5) / zoom
            look["box"] = boxes[node] = Box.for_label(_name(graph, node), look["radius"], look["font"], look["chip_text"])
        core = relax(core, boxes, alone)
    return core


def _positions(graph: nx.MultiDiGraph, chosen: Chosen, looks: dict[str, dict[str, Any]], seed: int,
               alone: set[str]) -> dict[str, tuple[float, float]]:
    boxes = {n: v["box"] for n, v in looks.items()}
    core = layout(chosen.structure.subgraph(chosen.core), boxes, seed)
    core = _headlines(graph, chosen, looks, core, alone)
    boxes = {n: v["box"] for n, v in looks.items()}
    return {**core, **place_satellites(chosen.structure, core, chosen.ring + chosen.context, boxes, seed)}


def _with_context_links(graph: nx.MultiDiGraph, chosen: Chosen) -> None:
    """Let satellites find their entities: context entities are left out of the structure."""
    for node in chosen.context:
        for other in list(graph.successors(node)) + list(graph.predecessors(node)):
            if other in chosen.structure and other != node:
                chosen.structure.add_edge(node, other, weight=1)


def _add_nodes(net: Network, graph: nx.MultiDiGraph, chosen: Chosen, looks: dict[str, dict[str, Any]],
               pos: dict[str, tuple[float, float]], options: VizOptions, alone: set[str]) -> dict[str, Any]:
    kinds = {**{n: "ring" for n in chosen.ring}, **{n: "context" for n in chosen.context}}
    evidence = options.evidence_per_node if len(chosen.core) <= 2000 else min(3, options.evidence_per_node)  # page weight
    details = {}
    for node in chosen.core + chosen.ring + chosen.context:
        data, look, kind = graph.nodes[node], looks[node], kinds.get(node, "core")
        colour, shape = STYLE.get(data.get("label", ""), ("#999999", "dot"))
        placed = {"x": round(pos[node][0], 1), "y": round(pos[node][1], 1)} if node in pos and not options.physics else {}
        hidden = kind == "ring" or (kind == "context" and not options.show_context)
        net.add_node(node, label=_name(graph, node), color=colour, shape=shape, category=data.get("label", ""),
                     size=look["radius"], font={"size": round(look["font"], 1)}, physics=options.physics,
                     hidden=hidden, kind=kind, alone=node in alone, in_view=node in chosen.context_in_view or kind == "core",
                     **placed)
        details[node] = details_of(graph, node, evidence, look["chips"])
    return details


def build(graph: nx.MultiDiGraph, options: VizOptions | None = None) -> tuple[Network, dict[str, Any]]:
    """The pyvis network and the page data (details per node, links, legend, summary)."""
    options = options or VizOptions()
    limit = options.top or (options.max_nodes if options.max_nodes else None)
    chosen = choose(graph, center=options.center, hops=options.hops, labels=options.labels,
                    include_reports=options.include_reports, size_by=options.size_by, limit=limit,
                    expand_hops=options.expand_hops, expand_budget=options.expand_budget, seed=options.seed)
    context = set(chosen.context)
    in_core = set(chosen.core)
    alone = {n for n in chosen.core if not any(m in in_core for m in chosen.structure[n])}
    _with_context_links(graph, chosen)
    looks = _looks(graph, chosen, context)
    pos = {} if options.physics else _positions(graph, chosen, looks, options.seed, alone)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    details = _add_nodes(net, graph, chosen, looks, pos, options, alone)
    edge_details = links(graph, set(details))
    hidden = {n["id"] for n in net.nodes if n["hidden"]}
    for link in edge_details:
        wide = {"width": round(1 + math.log2(1 + min(link["weight"], 1000)), 2)} if link["weight"] > 1 else {}
        net.add_edge(link["from"], link["to"], hidden=link["from"] in hidden or link["to"] in hidden, **wide)
    groups = communities(chosen.structure, [n for n in chosen.core + chosen.ring if n not in context], options.seed)
    net.set_options(json.dumps(_vis_options(options, len(chosen.core))))
    return net, {"details": details, "links": edge_details, "summary": _summary(graph, chosen, options),
                 "communities": groups, "palette": PALETTE, "dates": sorted({d for e in edge_details for d in e["dates"]})}


def _vis_options(options: VizOptions, shown: int) -> dict[str, Any]:
    return {
        "physics": {"enabled": options.physics, "stabilization": {"enabled": options.physics},
                    "barnesHut": {"gravitationalConstant": -4000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": shown > 800, "multiselect": True},
        "edges": {"font": {"size": 12, "align": "middle", "background": "#ffffff"}, "smooth": False,
                  "arrows": {"to": {"enabled": shown <= ARROWS_UP_TO}}, "color": "#9a9a9a"},
        "nodes": {"font": {"size": BASE_FONT, "face": "arial"},
                  "scaling": {"label": {"drawThreshold": MIN_SCREEN_FONT + 1, "maxVisible": 30}}},
        "layout": {"improvedLayout": False},
    }


def _summary(graph: nx.MultiDiGraph, chosen: Chosen, options: VizOptions) -> dict[str, Any]:
    counts: dict[str, int] = defaultdict(int)
    for node in chosen.core:
        counts[graph.nodes[node].get("label", "")] += 1
    context_counts: dict[str, int] = defaultdict(int)
    for node in chosen.context:
        context_counts[graph.nodes[node].get("label", "")] += 1
    every = {**context_counts, **counts}
    return {"title": options.title, "nodes": len(chosen.core), "context": len(chosen.context), "ring": len(chosen.ring),
            "filters": {k: v for k, v in options.filters.items() if v not in (None, "", [])},
            "note": chosen.note, "labels": dict(sorted(counts.items())), "context_labels": dict(sorted(context_counts.items())),
            "size_by": options.size_by, "expand_hops": options.expand_hops, "expand_budget": options.expand_budget,
            "show_context": options.show_context, "min_font": MIN_SCREEN_FONT,
            "arrows_from_zoom": 0 if len(chosen.core) <= ARROWS_UP_TO else ARROWS_FROM_ZOOM,
            "legend": {label: {"color": STYLE[label][0], "shape": STYLE[label][1]} for label in sorted(every) if label in STYLE}}


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
    edges = [{k: v for k, v in e.items() if k != "arrows"} for e in edges]  # the options say, for all at once
    payload = {"nodes": nodes, "edges": edges, "options": json.loads(vis_options), **page}
    folder = resources.files("scamgraph.page")
    own = folder.joinpath("viz_page.js").read_text("utf-8").replace(
        "  //=MOVES=\n", folder.joinpath("viz_moves.js").read_text("utf-8"))
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
#controls { padding: 4px 10px; border-bottom: 1px solid #ddd; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; font-size: 13px; }
#legend span { margin-right: 8px; white-space: nowrap; }
#legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
#status { color: #a04000; }
#main { flex: 1; min-height: 0; display: flex; }
#graph { flex: 1; }
#details { width: 300px; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd; font-size: 13px; }
#details blockquote { margin: 4px 0 4px; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
#details .source { color: #666; margin-bottom: 8px; }
#details .hop { border-left: 3px solid #e6550d; padding-left: 6px; margin-bottom: 8px; }
#details .hint { color: #888; }
.tip { max-width: 360px; white-space: normal; }
.tip b { display: block; }
"""

_BODY = """<div id="bar"><b id="page-title"></b> <span id="summary"></span><span class="note" id="note"></span></div>
<div id="controls"><input id="search" type="search" placeholder="Find an entity" list="names">
<datalist id="names"></datalist>
<label><input id="context" type="checkbox"> <span id="context-count">context as nodes</span></label>
<label>time <input id="time" type="range" min="0" max="0" step="1"> <span id="time-label">all dates</span></label>
<button id="colour" type="button">Colour: label</button><button id="unhide" type="button">Show hidden (0)</button>
<button id="png" type="button">Save PNG</button><button id="physics" type="button">Physics: off</button>
<span id="budget"></span><span id="status"></span>
<span id="filters"></span><span id="legend"></span></div>
<div id="main"><div id="graph"></div><aside id="details">Click an entity to see its facts and evidence.
Double-click to show its hidden neighbours; ctrl+click a second one for the path between them.</aside></div>"""
