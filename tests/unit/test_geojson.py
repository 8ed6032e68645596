"""The GeoJSON export: valid RFC 7946, read back by shapely, the same layers as the map, and no
victim's name in any property when victims are redacted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import geojson
from shapely.geometry import mapping, shape

from scamgraph.exports import export
from scamgraph.maps import layers
from tests.reports import example_graph
from tests.unit.test_export import SECRETS, with_victim

SITE_PP = "site:multi-storey-building-outside-phnom-penh"


def _strings(value: Any) -> list[str]:
    """Every string anywhere in a JSON value: keys and values, however deep."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_examples_export_validates_and_round_trips(tmp_path: Path) -> None:
    graph = example_graph()
    path = export(graph, "geojson", tmp_path / "map.geojson")
    collection = geojson.loads(path.read_text())
    assert collection.is_valid, collection.errors()
    features = collection["features"]
    for feature in features:
        geometry = shape(feature["geometry"])
        assert geometry.is_valid and not geometry.is_empty
        back = json.loads(json.dumps(mapping(geometry)))  # shapely's tuples become JSON lists again
        assert back == feature["geometry"]
        for lon, lat in (geometry.coords if geometry.geom_type in ("Point", "LineString") else []):
            assert -180 <= lon <= 180 and -90 <= lat <= 90 and (lon, lat) != (0.0, 0.0)
        assert feature["properties"]["coord_source"] in {"gazetteer", "report"}
        assert feature["properties"]["coord_precision"] in {"country", "province", "city", "exact"}
    shown = layers(graph)
    by_id = {f["id"]: f for f in features}
    assert len([f for f in features if f["geometry"]["type"] == "LineString"]) == len(shown.flows)
    assert {p.key for p in shown.points} <= set(by_id)
    pp = shape(by_id["location:phnom-penh"]["geometry"])
    assert (round(pp.x, 1), round(pp.y, 1)) == (104.9, 11.6)  # [longitude, latitude], in that order
    flow = by_id[f"nationality:KR->{SITE_PP}"]["properties"]
    assert flow["people"] == 57 and flow["reported_as"] == ["ARRESTED"] and flow["evidence"] == 1
    assert flow["facts"][0]["quote"] == "arrested 57 South Korean nationals"
    event = by_id["event:raid-on-building-outside-phnom-penh-2025-10-15"]["properties"]
    assert event["label"] == "Event" and event["date"] == "2025-10-15" and event["place"] == "location:phnom-penh"
    assert {p["key"] for p in collection["not_placed"]} >= {"location:tarlac", "location:karen-state"}
    assert "location:tarlac" not in by_id


def test_a_victim_redacted_export_has_no_victims_name_in_any_property(tmp_path: Path) -> None:
    graph = with_victim()
    plain = json.loads(export(graph, "geojson", tmp_path / "plain.geojson").read_text())
    assert any("Nguyen Thi Mai" in s for s in _strings(plain))  # the raid's facts name her when not asked
    redacted = json.loads(export(graph, "geojson", tmp_path / "r.geojson", redact_victims=True).read_text())
    assert geojson.loads(json.dumps(redacted)).is_valid
    text = [s.casefold() for s in _strings(redacted)]
    for secret in SECRETS:
        assert not any(secret.casefold() in s for s in text), secret
    assert len(redacted["features"]) == len(plain["features"])  # masking hides names, not places
