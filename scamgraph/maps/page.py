"""``map.html``: the map as one offline page. The SVG comes from ``svg.py``; this adds the legend,
the "not placed" list, the facts behind each point and flow (as JSON data, read by
``map_page.js`` and shown only through ``textContent``), zoom, and the attribution.

Nothing is fetched: no tiles, no fonts, no script from elsewhere, and the Content-Security-Policy
forbids it (``default-src 'none'``), so a page opened on an air-gapped laptop is the whole page.
"""

from __future__ import annotations

import html
import json
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from scamgraph.maps.layers import MapLayers, layers
from scamgraph.maps.svg import COLOURS, svg

__all__ = ["ATTRIBUTION", "page_data", "render", "write"]

ATTRIBUTION = ("Place coordinates: GeoNames (geonames.org), CC BY 4.0. Country outlines: Natural Earth "
               "(naturalearthdata.com), public domain. Points are at the precision their source gives "
               "(country, city or a report's exact point); nothing is placed by guess.")


def _json_for_script(data: Any) -> str:
    """JSON that cannot close the script element it sits in."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028")


def page_data(shown: MapLayers, title: str, filters: dict[str, Any]) -> dict[str, Any]:
    """What the script needs: the facts of every point and flow, by key, and the summary."""
    return {"title": title, "filters": {k: v for k, v in filters.items() if v not in (None, "", [])},
            "points": {p.key: asdict(p) for p in shown.points},
            "flows": {f.key: {**asdict(f), "key": f.key} for f in shown.flows},
            "not_placed": shown.not_placed, "flows_not_placed": shown.flows_not_placed}


def _legend(shown: MapLayers) -> str:
    top = max((f.people or 0 for f in shown.flows), default=0)
    rows = [f'<li><i class="dot" style="background:{COLOURS["Site"]}"></i>site or compound</li>',
            f'<li><i class="dot" style="background:{COLOURS["Location"]}"></i>place (city or country)</li>',
            "<li>Circle area: people reported there, as reported (else the number of facts)</li>",
            f'<li><i class="line" style="border-top-width:11px"></i>flow of people, widest = {top:,} people, '
            "as reported (largest single count on the line)</li>" if top else "",
            '<li><i class="line dashed"></i>flow whose count was not reported</li>']
    missing = [f"{p['name']} ({p['label']}: {p['reason']})" for p in shown.not_placed]
    missing += [f"{f['name']} to {f['to_name']} ({f['reason']})" for f in shown.flows_not_placed]
    listed = "".join(f"<li>{html.escape(m)}</li>" for m in missing) or "<li>none</li>"
    return (f"<ul>{''.join(rows)}</ul><h3>Not placed ({len(missing)})</h3>"
            f'<ul id="not-placed">{listed}</ul>')


def render(graph: nx.MultiDiGraph, title: str = "scamgraph map", filters: dict[str, Any] | None = None) -> str:
    """The page as a string, for the graph a view hands over (already filtered and redacted)."""
    shown = layers(graph)
    script = resources.files("scamgraph.maps").joinpath("map_page.js").read_text("utf-8")
    summary = (f"{len(shown.points)} points, {len(shown.flows)} flows, "
               f"{len(shown.not_placed) + len(shown.flows_not_placed)} not placed")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n"
        f"<div id=\"bar\"><b>{html.escape(title)}</b> <span id=\"summary\">{html.escape(summary)}</span>"
        "<span id=\"filters\"></span></div>\n"
        f"<div id=\"main\"><div id=\"canvas\">{svg(shown)}</div>"
        f"<aside id=\"side\"><div id=\"legend\">{_legend(shown)}</div>"
        "<div id=\"details\">Click a point or a flow to see its facts, quotes and reports.</div></aside></div>\n"
        f"<footer>{html.escape(ATTRIBUTION)}</footer>\n"
        f"<script type=\"application/json\" id=\"map-data\">{_json_for_script(page_data(shown, title, filters or {}))}"
        f"</script>\n<script>{script}</script>\n</body></html>\n"
    )


def write(graph: nx.MultiDiGraph, path: Path, title: str = "scamgraph map",
          filters: dict[str, Any] | None = None) -> Path:
    """Write the page through a temporary file, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render(graph, title, filters), "utf-8")
    tmp.replace(path)
    return path


_CSS = """
html, body { margin: 0; height: 100%; font: 13px system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
#bar { padding: 6px 10px; background: #222; color: #eee; }
#bar span { margin-left: 1em; color: #ccc; }
#main { flex: 1; min-height: 0; display: flex; }
#canvas { flex: 1; min-width: 0; background: #dfe9f2; }
#map { width: 100%; height: 100%; cursor: grab; }
#map .point, #map .flow { cursor: pointer; }
#map .flow:hover, #map .flow.chosen { stroke: #08519c; stroke-opacity: 1; }
#map .point.chosen circle { stroke: #000; stroke-width: 2; }
#map text { fill: #222; stroke: #fff; stroke-width: 3; paint-order: stroke; stroke-opacity: 1; }
#map text.count { font-weight: bold; fill: #08519c; pointer-events: none; }
#side { width: 360px; overflow: auto; padding: 6px 12px; border-left: 1px solid #ddd; }
#legend ul { padding-left: 1em; margin: 4px 0; }
#legend h3 { font-size: 13px; margin: 8px 0 2px; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 5px; }
.line { display: inline-block; width: 28px; border-top: 3px solid #3182bd; margin-right: 5px; vertical-align: middle; }
.line.dashed { border-top-style: dashed; }
#details blockquote { margin: 4px 0 8px; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
footer { padding: 4px 10px; font-size: 11px; color: #555; border-top: 1px solid #ddd; }
"""
