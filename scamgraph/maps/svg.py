"""The map drawing itself: one static SVG of country outlines, flows and points.

Drawn here, in Python, so the same picture serves the interactive page (which only adds clicks
and zoom) and any page that may not run script. Projection: plate carree, with longitudes
shrunk by the cosine of the view's middle latitude so the region keeps its shape. The view is
the box around every point and flow end, padded; only countries near it are drawn.

Every name reaches the SVG through ``html.escape``; keys travel in ``data-key`` attributes, also
escaped, and the page looks them up in its JSON, never in markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from scamgraph.gazetteer.geo import outlines
from scamgraph.maps.layers import Flow, MapLayers, Point

__all__ = ["COLOURS", "View", "svg", "view_of"]

UNIT = 10.0  # SVG units per degree of latitude
PAD = 4.0  # degrees around what is drawn
LABELS = 30  # names written on the map (sites and counted places, most people first); the rest on hover
COLOURS = {"Site": "#e6550d", "Location": "#31a354", "flow": "#3182bd", "land": "#eeeeea", "border": "#b8b8b0"}


@dataclass(frozen=True)
class View:
    west: float
    east: float
    south: float
    north: float

    @property
    def shrink(self) -> float:
        return math.cos(math.radians((self.north + self.south) / 2))

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        return round((lon - self.west) * self.shrink * UNIT, 1), round((self.north - lat) * UNIT, 1)

    @property
    def size(self) -> tuple[float, float]:
        return self.xy(self.south, self.east)


def view_of(layers: MapLayers) -> View:
    """The padded box around every drawn point and flow end (South-East Asia when there are none)."""
    lats = [p.coordinate["lat"] for p in layers.points] + [e for f in layers.flows for e in (f.origin[0],)]  # type: ignore[index]
    lons = [p.coordinate["lon"] for p in layers.points] + [f.origin[1] for f in layers.flows]  # type: ignore[index]
    if not lats:
        return View(90.0, 130.0, -10.0, 30.0)
    west, east = min(lons) - PAD, max(lons) + PAD
    south, north = max(min(lats) - PAD, -85.0), min(max(lats) + PAD, 85.0)
    if east - west < 20:  # a single city: show its region, not a blank square
        middle = (east + west) / 2
        west, east = middle - 10, middle + 10
    if north - south < 14:
        middle = (north + south) / 2
        south, north = middle - 7, middle + 7
    return View(west, east, south, north)


def _rings(view: View, rings: list[list[int]], scale: int) -> str:
    parts = []
    for flat in rings:
        lon, lat = flat[0] / scale, flat[1] / scale
        points = [(lon, lat)]
        for i in range(2, len(flat), 2):
            lon, lat = lon + flat[i] / scale, lat + flat[i + 1] / scale
            points.append((lon, lat))
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        margin = 15
        if max(lons) < view.west - margin or min(lons) > view.east + margin or \
                max(lats) < view.south - margin or min(lats) > view.north + margin:
            continue
        xy = [view.xy(la, lo) for lo, la in points]
        parts.append("M" + " ".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
    return "".join(parts)


def _land(view: View) -> str:
    data = outlines()
    paths = []
    for code, country in data["countries"].items():
        d = _rings(view, country["rings"], data["scale"])
        if d:
            paths.append(f'<path class="country" data-iso="{escape(code)}" d="{d}"><title>{escape(country["name"])}'
                         f"</title></path>")
    return "".join(paths)


def width(flow: Flow, largest: int) -> float:
    """Line width: the square root of the people reported, so 500 is not 10 times as loud as 50."""
    return round(1.5 + 10 * math.sqrt(flow.people / largest), 1) if flow.people else 1.5


def radius(point: Point, largest: int) -> float:
    if point.people:
        return round(4 + 14 * math.sqrt(point.people / largest), 1)
    return round(3 + min(point.evidence, 10) * 0.3, 1)


def _flow(view: View, flow: Flow, largest: int, nth: int) -> str:
    (x1, y1), (x2, y2) = view.xy(*flow.origin), view.xy(flow.target["lat"], flow.target["lon"])  # type: ignore[index,misc]
    bend = 0.1 + 0.12 * nth  # curves that differ, so flows from one country do not hide each other
    cx, cy = (x1 + x2) / 2 - (y2 - y1) * bend, (y1 + y2) / 2 + (x2 - x1) * bend
    dashed = "" if flow.people else ' stroke-dasharray="4 3"'
    counted = f"{flow.people:,} people, as reported" if flow.people else "count not reported"
    line = (f'<path class="flow" data-key="{escape(flow.key)}" d="M{x1:g},{y1:g} Q{cx:.1f},{cy:.1f} {x2:g},{y2:g}" '
            f'stroke-width="{width(flow, largest)}"{dashed} marker-end="url(#arrow)"><title>{escape(flow.name)} to '
            f"{escape(flow.to_name)}: {counted}</title></path>")
    if not flow.people:
        return line
    mx, my = 0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2  # the middle of the curve
    return line + f'<text class="count" x="{mx:.1f}" y="{my:.1f}">{flow.people:,}</text>'


def _point(view: View, point: Point, largest: int, labelled: bool) -> str:
    x, y = view.xy(point.coordinate["lat"], point.coordinate["lon"])
    r = radius(point, largest)
    label = ""
    if labelled:
        label = f'<text x="{x + r + 2:g}" y="{y + 4:g}">{escape(point.name[:40])}</text>'
    return (f'<g class="point {point.label.lower()}" data-key="{escape(point.key)}"><circle cx="{x:g}" cy="{y:g}" r="{r}" '
            f'fill="{COLOURS.get(point.label, "#777")}"><title>{escape(point.name)} ({escape(point.coordinate["coord_precision"])}'
            f")</title></circle>{label}</g>")


def _ordered(flows: list[Flow]) -> list[tuple[Flow, int]]:
    """Widest first (thin lines stay on top), each with its rank among flows from the same country."""
    seen: dict[str, int] = {}
    ranked = []
    for flow in sorted(flows, key=lambda f: (-(f.people or 0), f.key)):
        seen[flow.iso2] = seen.get(flow.iso2, -1) + 1
        ranked.append((flow, seen[flow.iso2]))
    return ranked


def svg(layers: MapLayers, view: View | None = None) -> str:
    """The whole drawing as one ``<svg>`` element (no script, no external reference)."""
    view = view or view_of(layers)
    w, h = view.size
    top_flow = max((f.people or 0 for f in layers.flows), default=0) or 1
    top_point = max((p.people for p in layers.points), default=0) or 1
    # sites on top of the places they are in; big points under small ones
    points = sorted(layers.points, key=lambda p: (p.label == "Site", -radius(p, top_point), p.key))
    named = {p.key for p in sorted((p for p in layers.points if p.label == "Site" or p.people),
                                   key=lambda p: (-p.people, -p.evidence, p.key))[:LABELS]}
    return (f'<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:g} {h:g}" role="img" '
            f'aria-label="Map of sites, places and flows of people">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" '
            f'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{COLOURS["flow"]}"/></marker></defs>'
            f'<rect width="{w:g}" height="{h:g}" fill="#dfe9f2"/>'
            f'<g class="land" fill="{COLOURS["land"]}" stroke="{COLOURS["border"]}" stroke-width="0.6">{_land(view)}</g>'
            f'<g class="flows" fill="none" stroke="{COLOURS["flow"]}" stroke-opacity="0.75" font-size="12">'
            + "".join(_flow(view, f, top_flow, nth) for f, nth in _ordered(layers.flows))
            + '</g><g class="points" stroke="#fff" stroke-width="1" font-size="11">'
            + "".join(_point(view, p, top_point, p.key in named) for p in points) + "</g></svg>")
