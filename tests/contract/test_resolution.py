"""Entities from different reports and formats meeting in the store, and reviewers' decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from scamgraph.graph import resolution
from scamgraph.analysis.links import fact_graph
from scamgraph.graph.store import BaseStore, StoreError
from scamgraph.loaders import load_path
from tests.conftest import FIXTURES

HERE = FIXTURES / "resolution"


def load_all(store: BaseStore) -> dict[str, list[str]]:
    problems = {}
    for name in ("crimson-news.md", "crimson-report.json", "crimson-stream.ftm.json", "victim-phone.csv"):
        batch = load_path(HERE / name)
        store.merge(batch)
        problems[name] = batch.problems
    return problems


def sources_of(store: BaseStore, label: str, key: str) -> set[str]:
    rows = store.query(f"MATCH (r:Report)-[:MENTIONS]->(n:{label} {{key: $key}}) RETURN r.kind AS kind", {"key": key})
    return {row["kind"] for row in rows}


def test_news_json_and_ftm_meet_in_one_node_per_entity(store: BaseStore) -> None:
    load_all(store)
    assert store.query("MATCH (p:Person) WHERE p.key STARTS WITH 'person:lim' RETURN p.key AS k") == [{"k": "person:lim-kok-seng"}]
    assert sources_of(store, "Person", "person:lim-kok-seng") == {"news", "ngo", "ftm"}  # its CSV row is malformed
    assert sources_of(store, "Organization", "organization:crimson-tide-group") == {"news", "ngo", "ftm", "csv"}
    directs = store.query("MATCH (:Person {key: 'person:lim-kok-seng'})-[r:DIRECTS]->(:Organization "
                          "{key: 'organization:crimson-tide-group'}) RETURN DISTINCT r.report AS report")
    assert len(directs) >= 3  # one fact per report that states it, each with its own evidence


def test_a_phone_with_and_without_country_code_is_one_identifier(store: BaseStore) -> None:
    load_all(store)
    phones = store.query("MATCH (i:Identifier {kind: 'phone'}) RETURN i.value AS value")
    assert phones == [{"value": "+85512345678"}]


def test_look_alikes_are_never_merged_silently(store: BaseStore) -> None:
    load_all(store)
    store.merge(load_path(Path(__file__).resolve().parents[1] / "corpus" / "two-kims.txt"))
    kims = {r["k"] for r in store.query("MATCH (p:Person) WHERE p.name STARTS WITH 'Kim' RETURN p.key AS k")}
    assert kims == {"person:kim-tae-hoon", "person:kim-jun-seo"}
    golden = {r["k"] for r in store.query("MATCH (o:Organization) WHERE o.name STARTS WITH 'Golden' RETURN o.key AS k")}
    assert golden == {"organization:golden-fortune-holdings", "organization:golden-fortune-trading"}
    pairs = {(c["left"], c["right"]) for c in resolution.review(store)}
    assert ("person:kim-jun-seo", "person:kim-tae-hoon") not in pairs
    assert ("organization:golden-fortune-holdings", "organization:golden-fortune-trading") not in pairs
    assert store.query("MATCH ()-[r:SAME_AS]->() RETURN count(r) AS n") == [{"n": 0}]


def test_bad_records_are_named_precisely_and_the_rest_loads(store: BaseStore) -> None:
    problems = load_all(store)
    (json_problem,) = problems["crimson-report.json"]
    assert "crimson-report.json at /relations/4" in json_problem and "'since'" in json_problem
    assert any("victim-phone.csv at row 3" in p and "cells more" in p for p in problems["victim-phone.csv"])
    assert any("victim-phone.csv at row 4" in p and "FLIES" in p for p in problems["victim-phone.csv"])
    ftm = problems["crimson-stream.ftm.json"]
    assert any("at line 4" in p and "unknown FtM schema 'Spaceship'" in p for p in ftm)
    assert any("at line 5" in p and "'missing-asset' is not an entity of this stream" in p for p in ftm)
    assert any("at line 6" in p for p in ftm)
    assert store.query("MATCH (:Organization {key: 'organization:huiyuan-pay'})-[r:ASSOCIATED_WITH]->() "
                       "RETURN r.quote AS q") == [{"q": "named in the same transfers"}]


def test_merge_and_split_are_recorded_and_reversible(store: BaseStore) -> None:
    load_all(store)
    decision = resolution.merge(store, "organization:huiyuan-pay", "organization:crimson-tide-group",
                                why="same registration number", who="analyst-1")
    assert decision.who == "analyst-1" and decision.report.startswith("report:")
    assert store.query("MATCH (a)-[r:SAME_AS]->(b) RETURN a.key AS a, b.key AS b, r.decided_by AS who") == [
        {"a": "organization:huiyuan-pay", "b": "organization:crimson-tide-group", "who": "analyst-1"}]
    simple = fact_graph(store.to_networkx())
    assert "organization:huiyuan-pay" not in simple and "organization:crimson-tide-group" in simple
    resolution.split(store, "organization:huiyuan-pay", "organization:crimson-tide-group", why="different owners")
    assert store.query("MATCH ()-[r:SAME_AS]->() RETURN count(r) AS n") == [{"n": 0}]
    assert [h["action"] for h in resolution.history(store)] == ["merge", "split"]
    with pytest.raises(StoreError, match="not merged"):
        resolution.split(store, "organization:huiyuan-pay", "organization:crimson-tide-group", why="again")
    with pytest.raises(StoreError, match="needs a reason"):
        resolution.merge(store, "organization:huiyuan-pay", "organization:crimson-tide-group", why=" ")
    with pytest.raises(StoreError, match="different labels"):
        resolution.merge(store, "organization:huiyuan-pay", "person:lim-kok-seng", why="x")
