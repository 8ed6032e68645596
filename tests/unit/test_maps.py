"""Maps: coordinates with their source and precision, flows of people, the offline page's markup,
and the data files the build script made."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from scamgraph.gazetteer import rows
from scamgraph.gazetteer.geo import city_point, country_point
from scamgraph.loaders.structured import parse
from scamgraph.maps import layers, render
from scamgraph.maps.coords import place_all
from tests.reports import example_graph

GAZETTEER = Path(__file__).resolve().parents[2] / "scamgraph" / "gazetteer"
SITE_PP = "site:multi-storey-building-outside-phnom-penh"


def test_places_get_gazetteer_coordinates_with_source_and_precision() -> None:
    placed = place_all(example_graph())
    pp = placed["location:phnom-penh"].coordinate
    assert pp and (pp.lat, pp.lon) == city_point("Phnom Penh", "KH") and (pp.source, pp.precision) == ("gazetteer", "city")
    kh = placed["location:cambodia"].coordinate
    assert kh and kh.precision == "country" and (kh.lat, kh.lon) == country_point("KH")
    site = placed[SITE_PP].coordinate
    assert site and site.via == "location:phnom-penh" and site.precision == "city"
    bamban = placed["location:bamban"].coordinate  # Bamban, Tarlac (PH), not the Indonesian one
    assert bamban and 15 < bamban.lat < 15.5 and 120 < bamban.lon < 121
    raid = placed["event:raid-on-kk-park-2025-10"].coordinate
    assert raid and raid.via == "location:myawaddy"


def test_what_the_gazetteer_does_not_know_has_no_coordinates() -> None:
    graph = example_graph()
    graph.add_node("location:atlantis", label="Location", name="Atlantis", kind="city")
    graph.add_node("site:sunken-compound", label="Site", name="Sunken compound")
    graph.add_edge("site:sunken-compound", "location:atlantis", type="LOCATED_IN", report="r", quote="")
    placed = place_all(graph)
    for key in ("location:atlantis", "site:sunken-compound", "location:tarlac", "location:karen-state"):
        assert placed[key].coordinate is None and placed[key].reason, key
    shown = layers(graph)
    assert {"location:atlantis", "site:sunken-compound", "location:tarlac"} <= {p["key"] for p in shown.not_placed}
    drawn = [(p.coordinate["lat"], p.coordinate["lon"]) for p in shown.points]
    drawn += [f.origin for f in shown.flows] + [(f.target["lat"], f.target["lon"]) for f in shown.flows]
    assert drawn and (0.0, 0.0) not in drawn and all(c is not None for c in drawn)


def _report(entity_props: dict) -> dict:
    return {"report": {"title": "t", "published": "2025-01-01", "text": "Police raided Shwe Kokko."},
            "entities": [{"id": "s", "label": "Site", "name": "Yatai compound", "properties": entity_props},
                         {"id": "p", "label": "Location", "name": "Myawaddy", "properties": {"kind": "city"}}],
            "relations": [{"type": "LOCATED_IN", "source": "s", "target": "p"}]}


def test_a_reports_own_lat_lon_is_exact_and_a_bad_one_is_a_clear_error() -> None:
    batch = parse(_report({"lat": 16.8208, "lon": 98.5309}), key="report:x", source="x.json", path="x.json")
    graph = nx.MultiDiGraph()
    for node in batch.all_nodes():
        graph.add_node(node.key, label=node.label.value, name=node.name, **node.properties)
    for edge in batch.edges:
        graph.add_edge(edge.source, edge.target, type=edge.type.value, report="report:x", quote="")
    site = place_all(graph)["site:yatai-compound"].coordinate
    assert site and (site.lat, site.lon, site.source, site.precision) == (16.8208, 98.5309, "report", "exact")
    for bad, says in (({"lat": 95, "lon": 98.5}, "'lat' must be a number from -90 to 90"),
                      ({"lat": "16.8", "lon": 98.5}, "'lat' must be a number"), ({"lat": 16.8}, "'lon' is missing")):
        batch = parse(_report(bad), key="report:x", source="x.json", path="x.json")
        assert any("x.json at /entities/0" in p and says in p for p in batch.problems), batch.problems
        assert "site:yatai-compound" not in {n.key for n in batch.all_nodes()}  # the record is refused, the rest loads
        assert "location:myawaddy" in {n.key for n in batch.all_nodes()}


def test_flows_go_from_nationality_to_where_people_were_found_with_their_counts() -> None:
    shown = layers(example_graph())
    flows = {f.key: f for f in shown.flows}
    assert flows[f"nationality:KR->{SITE_PP}"].people == 57
    assert flows[f"nationality:CN->{SITE_PP}"].people == 29
    home = flows["nationality:KR->location:cambodia"]  # the flight home to Incheon is part of the detention
    assert home.people == 64 and {f["type"] for f in home.facts} == {"DETAINED", "REPATRIATED"}
    assert not any(f.to == "location:incheon" for f in shown.flows)
    assert flows["nationality:CN->site:kk-park"].people is None  # "among them Chinese": no count, no guess
    points = {p.key: p for p in shown.points}
    assert points[SITE_PP].people == 86  # 57 South Koreans and 29 Chinese: "86 people on site"
    assert {p.country for p in points.values() if p.label == "Site"} == {"KH", "MM", "PH"}


def test_the_page_escapes_every_name_and_fetches_nothing() -> None:
    evil = "<img src=x onerror=alert(1)>"
    graph = example_graph()
    graph.add_node("site:evil", label="Site", name=evil + "</script><script>alert(2)</script>")
    graph.add_edge("site:evil", "location:phnom-penh", type="LOCATED_IN", report="report:e", quote=evil)
    page = render(graph, title=evil)
    assert "<img" not in page and "<script>alert" not in page
    assert page.count("<script") == 2  # the JSON data and our own script, nothing else
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "default-src 'none'" in page and "GeoNames" in page and "Natural Earth" in page
    data = json.loads(re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.DOTALL).group(1))
    assert data["points"]["site:evil"]["name"].startswith(evil)


def test_the_built_data_files_are_small_and_cover_the_shipped_cities() -> None:
    assert (GAZETTEER / "countries.json").stat().st_size < 400_000
    outlines = json.loads((GAZETTEER / "countries.json").read_text())
    assert {"KH", "MM", "PH", "KR", "CN", "LA", "TH"} <= {c for c, v in outlines["countries"].items() if v["rings"]}
    assert "Natural Earth" in outlines["source"]
    cities = {(name, code) for name, code, *_ in rows("cities.tsv")}
    placed = {(name, code) for name, code, *_ in rows("coordinates.tsv")}
    assert len(cities - placed) <= len(cities) // 100, sorted(cities - placed)[:10]
    for _name, _code, lat, lon, *_ in rows("coordinates.tsv"):
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180 and (float(lat), float(lon)) != (0.0, 0.0)


@pytest.mark.parametrize("name", ["Shwe Kokko", "Poipet", "Myawaddy"])
def test_team_places_that_geonames_knows_are_placed(name: str) -> None:
    assert city_point(name, {"Shwe Kokko": "MM", "Myawaddy": "MM", "Poipet": "KH"}[name]) is not None


def test_people_reported_at_no_place_are_listed_not_drawn() -> None:
    graph = example_graph()
    graph.add_node("event:rescue", label="Event", name="Rescue of 100 Indonesians", type="rescue")
    graph.add_node("nationality:ID", label="Nationality", name="Indonesia", iso2="ID")
    graph.add_edge("event:rescue", "nationality:ID", type="RESCUED", count=100, report="r", quote="rescued 100 Indonesians")
    shown = layers(graph)
    assert not any(f.iso2 == "ID" for f in shown.flows)
    listed = [f for f in shown.flows_not_placed if f["key"] == "nationality:ID->event:rescue"]
    assert listed and listed[0]["people"] == 100 and "no place" in listed[0]["reason"]
    assert "Rescue of 100 Indonesians" in render(graph)  # named in the legend's "not placed" list
