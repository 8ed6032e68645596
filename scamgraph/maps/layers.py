"""What a map shows, as plain data: points (sites and places), flows (nationality -> where those
people were found) and what could not be placed. The HTML page, the report and the GeoJSON
export all draw from ``layers(graph)``, so they cannot disagree.

A flow: an Event that ARRESTED, DETAINED, FOUND, RESCUED, REPATRIATED or DEPORTED people of a
Nationality, drawn from a point inside that country to the event's OCCURRED_AT place. When that
place is in the people's own country (a flight home to Incheon), the flow goes to the place of the
event it is PART_OF (the detention in Cambodia) if that lies abroad; otherwise there is no line.
A flow's weight is the largest single count reported on it, not a sum: "64 detained" and "50 of
them repatriated" are not 114 people. A point's size is the people reported there (per
nationality, the largest count) and, for points with no count, its number of facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from scamgraph.gazetteer.geo import country_point
from scamgraph.maps.coords import Placement, place_all

__all__ = ["PEOPLE_TYPES", "Flow", "MapLayers", "Point", "fact", "facts_at", "layers"]

PEOPLE_TYPES = ("ARRESTED", "DETAINED", "FOUND", "RESCUED", "REPATRIATED", "DEPORTED")
FACTS_PER_ITEM = 12


@dataclass
class Point:
    key: str
    name: str
    label: str  # Site or Location
    kind: str
    coordinate: dict[str, Any]  # Coordinate.as_properties()
    country: str | None
    people: int = 0
    facts: list[dict[str, Any]] = field(default_factory=list)  # the first FACTS_PER_ITEM
    events: list[dict[str, Any]] = field(default_factory=list)
    evidence: int = 0  # all facts here and at its events, not only those listed


@dataclass
class Flow:
    nationality: str  # its key
    name: str  # the country's name
    iso2: str
    origin: tuple[float, float] | None
    to: str  # the place's key
    to_name: str
    target: dict[str, Any] | None  # the place's Coordinate.as_properties(), None when not placed
    people: int | None = None  # the largest count reported on this flow; None when none was given
    facts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.nationality}->{self.to}"


@dataclass
class MapLayers:
    points: list[Point]
    flows: list[Flow]  # drawn: both ends placed
    not_placed: list[dict[str, str]]  # places and sites: key, name, label, reason
    flows_not_placed: list[dict[str, Any]]  # flows with an end that has no coordinate


def fact(graph: nx.MultiDiGraph, source: str, target: str, data: dict[str, Any]) -> dict[str, Any]:
    """One fact as the page lists it: what, between whom, how many, the quote and its report."""
    report = graph.nodes.get(data.get("report"), {})
    return {"type": str(data.get("type", "")), "from": str(graph.nodes[source].get("name", source)),
            "to": str(graph.nodes[target].get("name", target)), "count": data.get("count"),
            "quote": str(data.get("quote") or ""), "report": str(report.get("name") or data.get("report") or ""),
            "reported": str(data.get("reported") or report.get("published") or ""), "url": str(report.get("url") or "")}


def facts_at(graph: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    edges = list(graph.in_edges(node, data=True)) + list(graph.out_edges(node, data=True))
    found = [fact(graph, a, b, d) for a, b, d in edges if d.get("type") != "MENTIONS"]
    return sorted(found, key=lambda f: (not f["quote"], f["count"] is None, f["type"]))


def _destination(graph: nx.MultiDiGraph, event: str, iso2: str, placed: dict[str, Placement]) -> str | None:
    """The place a flow of people of ``iso2`` ends at, for this event (see the module docstring)."""
    here = [t for _, t, d in graph.out_edges(event, data=True) if d.get("type") == "OCCURRED_AT" and t in placed]
    if not here:
        return None
    home = [t for t in here if placed[t].country == iso2]
    if len(home) < len(here):
        return min(t for t in here if t not in home)
    parents = [t for _, t, d in graph.out_edges(event, data=True)
               if d.get("type") == "PART_OF" and graph.nodes[t].get("label") == "Event"]
    for parent in sorted(parents):
        found = _destination(graph, parent, iso2, placed)
        if found:
            return found
    return None


def _flows(graph: nx.MultiDiGraph, placed: dict[str, Placement]) -> dict[tuple[str, str], Flow]:
    flows: dict[tuple[str, str], Flow] = {}
    for event, target, data in graph.edges(data=True):
        nat = graph.nodes[target]
        if data.get("type") not in PEOPLE_TYPES or nat.get("label") != "Nationality" or event not in placed:
            continue
        iso2 = str(nat.get("iso2") or "")
        to = _destination(graph, event, iso2, placed) or event  # no place: listed as not placed, by event
        flow = flows.get((target, to))
        if flow is None:
            c = placed[to].coordinate if to != event else None
            flow = flows[(target, to)] = Flow(target, str(nat.get("name", target)), iso2,
                                              country_point(iso2) if iso2 else None, to,
                                              str(graph.nodes[to].get("name", to)), c.as_properties() if c else None)
        flow.facts.append(fact(graph, event, target, data))
        if isinstance(data.get("count"), int):
            flow.people = max(flow.people or 0, data["count"])
    return flows


def layers(graph: nx.MultiDiGraph) -> MapLayers:
    """Everything a map of this graph shows (see the module docstring)."""
    placed = place_all(graph)
    flows = _flows(graph, placed)
    points, not_placed = [], []
    for node, placement in sorted(placed.items()):
        data = graph.nodes[node]
        label = str(data.get("label"))
        if label == "Event":
            continue
        if placement.coordinate is None:
            not_placed.append({"key": node, "name": str(data.get("name", node)), "label": label,
                               "reason": placement.reason})
            continue
        facts = facts_at(graph, node)
        points.append(Point(node, str(data.get("name", node)), label, str(data.get("kind") or ""),
                            placement.coordinate.as_properties(), placement.country,
                            facts=facts[:FACTS_PER_ITEM], evidence=len(facts)))
    _attach_events(graph, placed, points, flows)
    drawn = [f for f in flows.values() if f.origin and f.target]
    undrawn = [{"key": f.key, "name": f.name, "to_name": f.to_name, "people": f.people, "reason": _why(graph, f)}
               for f in flows.values() if not (f.origin and f.target)]
    return MapLayers(points, sorted(drawn, key=lambda f: f.key), not_placed, sorted(undrawn, key=lambda f: f["key"]))


def _why(graph: nx.MultiDiGraph, flow: Flow) -> str:
    if not flow.origin:
        return "the country has no point"
    if graph.nodes[flow.to].get("label") == "Event":
        return "the event has no place abroad (no OCCURRED_AT, or only in their own country)"
    return "the place has no coordinates"


def _attach_events(graph: nx.MultiDiGraph, placed: dict[str, Placement], points: list[Point],
                   flows: dict[tuple[str, str], Flow]) -> None:
    """Each point lists the events that happened there, and its size counts the people in them."""
    by_key = {p.key: p for p in points}
    at: dict[str, list[str]] = defaultdict(list)
    for event, place, data in graph.edges(data=True):
        if data.get("type") == "OCCURRED_AT" and place in by_key:
            at[place].append(event)
    for key, events in at.items():
        point = by_key[key]
        for event in sorted(set(events)):
            data, facts = graph.nodes[event], facts_at(graph, event)
            point.evidence += len(facts)
            point.events.append({"key": event, "name": str(data.get("name", event)), "date": str(data.get("date") or ""),
                                 "facts": facts[:FACTS_PER_ITEM]})
    for flow in flows.values():
        if flow.to in by_key and flow.people:
            by_key[flow.to].people += flow.people
