"""Where each place, site and event of a graph is, and how we know.

Placement happens here, over the graph a view hands us, not in the loaders: so a store filled
before maps existed gets maps too, a better gazetteer places old facts without re-ingesting, and
the filters (``--as-of``, ``--around``, redaction) apply to the map exactly as to every view.

The sources, finest first:
- ``report``/``exact``: ``lat`` and ``lon`` properties a structured report gave (checked there);
- ``gazetteer``/``city``: a Location named like a GeoNames city or town in its country (its own
  ``country``, else the country its LOCATED_IN chain reaches, else the gazetteer's own answer);
- ``gazetteer``/``country``: a Location that is a country, at a point inside it (Natural Earth).
A Site takes its finest place's coordinate (LOCATED_IN), an Event its OCCURRED_AT place's; both
keep the source and precision and say ``via`` which place. Provinces, areas the gazetteer does not
hold, places with no country: no coordinate, and a reason. Nothing is put at (0, 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from scamgraph.gazetteer.geo import city_point, country_point, report_point
from scamgraph.resolve import country_code, place_country

__all__ = ["PRECISION_ORDER", "Coordinate", "Placement", "place_all"]

PRECISION_ORDER = ("exact", "city", "province", "country")  # finest first
_AREAS = {"province", "state", "region", "division", "area"}


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float
    source: str  # gazetteer | report
    precision: str  # country | province | city | exact
    via: str = ""  # the place whose coordinate this is, when not the entity's own

    def as_properties(self) -> dict[str, Any]:
        return {"lat": self.lat, "lon": self.lon, "coord_source": self.source, "coord_precision": self.precision,
                **({"coord_via": self.via} if self.via else {})}


@dataclass(frozen=True)
class Placement:
    """A coordinate, or None and the reason; ``country`` is the ISO code the place is in, if known."""

    coordinate: Coordinate | None
    country: str | None
    reason: str = ""


def _parents(graph: nx.MultiDiGraph, node: str) -> list[str]:
    return [t for _, t, d in graph.out_edges(node, data=True)
            if d.get("type") in ("LOCATED_IN", "PART_OF") and graph.nodes[t].get("label") == "Location"]


def _own_country(data: dict[str, Any]) -> str | None:
    for value in (data.get("iso2"), data.get("country")):
        if value and country_code(str(value)):
            return country_code(str(value))
    return None


def _country_of(graph: nx.MultiDiGraph, node: str, depth: int = 4) -> str | None:
    """The country a Location is in: its own code, a country it is LOCATED_IN, else the gazetteer's."""
    data = graph.nodes[node]
    found = _own_country(data)
    if found or depth == 0:
        return found
    if data.get("kind") == "country" or not data.get("kind") and country_code(str(data.get("name", ""))):
        return country_code(str(data.get("name", "")))
    for parent in _parents(graph, node):
        found = _country_of(graph, parent, depth - 1)
        if found:
            return found
    return place_country(str(data.get("name", ""))) if depth == 4 else None


def _own(data: dict[str, Any]) -> Coordinate | None:
    """The report's own lat/lon; a bad pair (loaded before checks existed) counts as none."""
    try:
        point = report_point(data)
    except ValueError:
        return None
    return Coordinate(point[0], point[1], "report", "exact") if point else None


def _place_location(graph: nx.MultiDiGraph, node: str) -> Placement:
    data = graph.nodes[node]
    name, kind = str(data.get("name", "")), str(data.get("kind") or "")
    country = _country_of(graph, node)
    own = _own(data)
    if own:
        return Placement(own, country)
    if kind == "country" or (not kind and country_code(name) and len(name) > 2):
        point = country_point(country) if country else None
        return Placement(Coordinate(*point, "gazetteer", "country") if point else None, country,
                         "" if point else "a country the outlines do not hold")
    if kind in _AREAS:
        return Placement(None, country, f"a {kind}: the gazetteer places cities and countries only")
    if not country:
        return Placement(None, None, "the gazetteer cannot tell which country it is in")
    point = city_point(name, country)
    return Placement(Coordinate(*point, "gazetteer", "city") if point else None, country,
                     "" if point else f"no city or town of that name in {country} in the gazetteer")


def _finest(placements: list[tuple[str, Placement]]) -> tuple[str, Placement] | None:
    placed = [(k, p) for k, p in placements if p.coordinate]
    return min(placed, key=lambda kp: (PRECISION_ORDER.index(kp[1].coordinate.precision), kp[0]),  # type: ignore[union-attr]
               default=None)


def _inherit(own_key: str, found: tuple[str, Placement] | None, fallback_country: str | None,
             reason: str) -> Placement:
    if found is None:
        return Placement(None, fallback_country, reason)
    via, placement = found
    c = placement.coordinate
    assert c is not None
    return Placement(Coordinate(c.lat, c.lon, c.source, c.precision, c.via or via), placement.country)


def place_all(graph: nx.MultiDiGraph) -> dict[str, Placement]:
    """A placement for every Location, Site and Event of the graph (placed or not, with why)."""
    found: dict[str, Placement] = {}
    for node, data in graph.nodes(data=True):
        if data.get("label") == "Location":
            found[node] = _place_location(graph, node)
    for node, data in graph.nodes(data=True):
        if data.get("label") == "Site":
            own = _own(data)
            places = [(t, found[t]) for t in _parents(graph, node) if t in found]
            country = next((p.country for _, p in places if p.country), None)
            found[node] = Placement(own, country) if own else _inherit(
                node, _finest(places), country, "not LOCATED_IN a place the gazetteer knows")
    for node, data in graph.nodes(data=True):
        if data.get("label") == "Event":
            places = [(t, found[t]) for _, t, d in graph.out_edges(node, data=True)
                      if d.get("type") == "OCCURRED_AT" and t in found]
            own = _own(data)
            country = next((p.country for _, p in places if p.country), None)
            found[node] = Placement(own, country) if own else _inherit(
                node, _finest(places), country, "no OCCURRED_AT place with coordinates")
    return found
