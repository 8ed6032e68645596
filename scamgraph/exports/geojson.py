"""The map layers as an RFC 7946 GeoJSON FeatureCollection, for QGIS, kepler.gl or ArcGIS.

Features, all in WGS 84 with coordinates ``[longitude, latitude]``:
- a Point for every place and site with coordinates (``label`` Location or Site);
- a Point for every event with coordinates, at its OCCURRED_AT place (``label`` Event);
- a LineString for every flow of people, from a point inside their country to where they were
  found, with ``people`` (the largest reported count, or null) and the verbs reported.

Every feature carries its facts (up to twelve: what, between whom, the count, the quote, the
report and its date), so a GIS user can see the evidence behind a point or a line. Every feature
says where its coordinate came from (``coord_source``: gazetteer or report) and how
fine it is (``coord_precision``: country, city or exact). Places without coordinates are not
features (GeoJSON has no honest way to draw them); the collection lists them under ``not_placed``.
The layers are those of the map page (``scamgraph.maps.layers``), so both show the same.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from scamgraph.maps.coords import place_all
from scamgraph.maps.layers import (
    FACTS_PER_ITEM,
    Flow,
    MapLayers,
    Point,
    facts_at,
    layers,
)
from scamgraph.maps.page import ATTRIBUTION

__all__ = ["feature_collection"]


def _lonlat(lat: float, lon: float) -> list[float]:
    return [round(lon, 6), round(lat, 6)]


def _dates(facts: list[dict[str, Any]]) -> dict[str, Any]:
    reported = sorted(f["reported"] for f in facts if f.get("reported"))
    return {"first_reported": reported[0] if reported else None, "last_reported": reported[-1] if reported else None}


def _coordinate(c: dict[str, Any]) -> dict[str, Any]:
    return {"coord_source": c["coord_source"], "coord_precision": c["coord_precision"],
            "coord_via": c.get("coord_via")}


def _point(point: Point) -> dict[str, Any]:
    facts = point.facts + [f for e in point.events for f in e["facts"]]
    return {"type": "Feature", "id": point.key,
            "geometry": {"type": "Point", "coordinates": _lonlat(point.coordinate["lat"], point.coordinate["lon"])},
            "properties": {"key": point.key, "name": point.name, "label": point.label, "kind": point.kind or None,
                           "country": point.country, "people": point.people or None, "evidence": point.evidence,
                           "events": [e["key"] for e in point.events], **_coordinate(point.coordinate),
                           **_dates(facts), "facts": facts[:FACTS_PER_ITEM]}}


def _events(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    found = []
    for key, placement in sorted(place_all(graph).items()):
        data = graph.nodes[key]
        c = placement.coordinate
        if data.get("label") != "Event" or c is None:
            continue
        facts = facts_at(graph, key)
        found.append({"type": "Feature", "id": key, "geometry": {"type": "Point", "coordinates": _lonlat(c.lat, c.lon)},
                      "properties": {"key": key, "name": str(data.get("name", key)), "label": "Event",
                                     "event_type": data.get("type"), "date": data.get("date"),
                                     "place": c.via or None, "evidence": len(facts),
                                     **_coordinate(c.as_properties()), **_dates(facts),
                                     "facts": facts[:FACTS_PER_ITEM]}})
    return found


def _flow(flow: Flow) -> dict[str, Any]:
    assert flow.origin is not None and flow.target is not None
    return {"type": "Feature", "id": flow.key,
            "geometry": {"type": "LineString", "coordinates": [_lonlat(*flow.origin),
                                                               _lonlat(flow.target["lat"], flow.target["lon"])]},
            "properties": {"key": flow.key, "label": "Flow", "nationality": flow.nationality, "from": flow.name,
                           "iso2": flow.iso2, "to": flow.to, "to_name": flow.to_name, "people": flow.people,
                           "people_unit": "people, as reported (largest single count)",
                           "reported_as": sorted({f["type"] for f in flow.facts}), "evidence": len(flow.facts),
                           "origin_precision": "country", "coord_source": flow.target["coord_source"],
                           "coord_precision": flow.target["coord_precision"], **_dates(flow.facts),
                           "facts": flow.facts[:FACTS_PER_ITEM]}}


def feature_collection(graph: nx.MultiDiGraph, shown: MapLayers | None = None) -> dict[str, Any]:
    """The collection for a graph (already filtered and, where asked, redacted)."""
    shown = shown or layers(graph)
    features = [_point(p) for p in shown.points] + _events(graph) + [_flow(f) for f in shown.flows]
    return {"type": "FeatureCollection", "features": features, "attribution": ATTRIBUTION,
            "not_placed": shown.not_placed + shown.flows_not_placed}
