"""The GraphStore contract, run against every store (see the ``store`` fixture in conftest)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scamgraph.graph.store import BaseStore, ReadOnlyViolation, StoreError, open_store
from scamgraph.graph.writes import Statement, merge_statements
from scamgraph.loaders import load_path
from scamgraph.loaders.structured import parse
from tests.conftest import EXAMPLES
from tests.reports import expected_counts, synthetic_report, write_reports


def _totals(store: BaseStore) -> tuple[int, int]:
    stats = store.stats()
    return sum(stats["nodes"].values()), sum(stats["edges"].values())


def _batch(i: int):
    return parse(synthetic_report(i), key=f"report:{i:016x}", source=f"r{i}.json")


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], capture_output=True,
                          text=True, timeout=300, env=env or dict(os.environ))


def test_merge_is_idempotent(store: BaseStore) -> None:
    first = store.merge(_batch(1))
    assert first.nodes_created == 5 and first.edges_created == 7  # 3 facts + 4 MENTIONS
    after_first = _totals(store)
    assert store.merge(_batch(1)).skipped
    forced = store.merge(_batch(1), force=True)
    assert (forced.nodes_created, forced.edges_created) == (0, 0)
    assert _totals(store) == after_first == (5, 7)


def test_shared_entities_become_one_node(store: BaseStore) -> None:
    store.merge(_batch(1))
    store.merge(_batch(2))
    rows = store.query("MATCH (s:Site)<-[:OCCURRED_AT]-(e:Event) RETURN s.key AS site, count(e) AS raids")
    assert rows == [{"site": "site:shared-compound", "raids": 2}]
    rows = store.query("MATCH (:Event)-[r:ARRESTED]->(n:Nationality {iso2: 'KR'}) "
                       "RETURN r.count AS n, r.report AS report ORDER BY n")
    assert [r["n"] for r in rows] == [2, 3]
    assert {r["report"] for r in rows} == {f"report:{1:016x}", f"report:{2:016x}"}


def test_query_returns_plain_values(store: BaseStore) -> None:
    store.merge(_batch(3))
    row = store.query("MATCH p = (e:Event)-[r:ARRESTED]->(n:Nationality) RETURN e, r, p, n.iso2 AS iso")[0]
    assert row["e"]["_label"] == "Event" and row["e"]["key"] == "event:raid-number-3"
    assert row["r"]["_type"] == "ARRESTED" and row["r"]["count"] == 4
    assert row["r"]["quote"] == "arrested 4 people" and row["r"]["reported"] == "2025-01-04"
    assert [part.get("_label") or part.get("_type") for part in row["p"]] == ["Event", "ARRESTED", "Nationality"]
    assert row["iso"] == "KR"
    json.dumps(row)  # nothing engine-specific left


def test_read_only_runs_refuse_writes(store: BaseStore) -> None:
    with pytest.raises(ReadOnlyViolation):
        store.query("CREATE (:Person {key: 'person:x', name: 'x'})")
    with pytest.raises(ReadOnlyViolation):
        store.query("match (n) detach delete n")
    assert _totals(store) == (0, 0)
    # a write word inside a string is data, not a clause
    assert store.query("RETURN 'CREATE (n)' AS text") == [{"text": "CREATE (n)"}]
    store.query("CREATE (:Person {key: 'person:x', name: 'x'})", read_only=False)
    assert _totals(store) == (1, 0)


def test_batch_is_all_or_nothing(store: BaseStore) -> None:
    store.merge(_batch(1))
    before = _totals(store)
    statements = merge_statements(_batch(2).with_mentions())
    failing = Statement("UNWIND $rows AS row WITH row WHERE 1 / row.zero > 0 "
                        "CREATE (:Person {key: 'person:never', name: 'never'})",
                        {"rows": [{"zero": 0}]})
    with pytest.raises(StoreError):
        store._write(statements + [failing])
    assert _totals(store) == before
    assert not store.has_report(_batch(2).report_key)


def test_to_networkx_keeps_attributes_and_evidence(store: BaseStore) -> None:
    for path in sorted(EXAMPLES.iterdir()):
        store.merge(load_path(path))
    graph = store.to_networkx()
    assert (graph.number_of_nodes(), graph.number_of_edges()) == _totals(store)
    assert graph.nodes["nationality:KR"]["label"] == "Nationality"
    arrests = [d for _, _, d in graph.out_edges("event:raid-on-building-outside-phnom-penh-2025-10-15", data=True)
               if d["type"] == "ARRESTED"]
    assert arrests == [pytest.approx(arrests[0])] and arrests[0]["count"] == 57
    assert arrests[0]["quote"] == "arrested 57 South Korean nationals"
    raids = store.to_networkx(labels=["Event", "Site"], types=["OCCURRED_AT"])
    assert {d["label"] for _, d in raids.nodes(data=True)} == {"Event", "Site"}
    early = store.to_networkx(as_of="2025-01-01")
    assert early.number_of_edges() < graph.number_of_edges()
    assert all(d["reported"] <= "2025-01-01" for _, _, d in early.edges(data=True))


def test_persistence_across_processes(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder, range(5))
    ingested = _cli("ingest", str(folder), "--store", store_url)
    assert ingested.returncode == 0, ingested.stderr
    if store_url.startswith("embedded:"):  # the last client stopped the server: data is on disk
        assert not (Path(store_url.split(":", 1)[1]) / "falkordb.pid").exists()
    stats = _cli("stats", "--format", "json", "--store", store_url)
    assert stats.returncode == 0, stats.stderr
    counts = json.loads(stats.stdout)
    assert (sum(counts["nodes"].values()), sum(counts["edges"].values())) == expected_counts([folder])


def test_two_concurrent_ingest_processes(store_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_reports(first, range(0, 30))
    write_reports(second, range(20, 50))  # ten reports in both folders
    procs = [subprocess.Popen([sys.executable, "-m", "scamgraph.cli", "ingest", str(folder),
                               "--store", store_url], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for folder in (first, second)]
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
    with open_store(store_url) as store:
        assert _totals(store) == expected_counts([first, second])
        rows = store.query("MATCH (r:Report) RETURN count(r) AS n")
        assert rows == [{"n": 50}]


def test_a_news_article_is_stored_with_its_events_counts_and_evidence(store: BaseStore) -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    batch = load_path(corpus / "wire-raid-phnom-penh.txt")
    result = store.merge(batch)
    assert result.nodes_created == len(batch.nodes) + 1  # and the Report node
    rows = store.query(
        "MATCH (e:Event {type: 'raid', date: '2026-10-13'})-[r:ARRESTED]->(n:Nationality {iso2: 'KR'}) "
        "RETURN e.count_arrested AS arrested, e.count_found AS found, r.count AS count, r.quote AS quote"
    )
    assert len(rows) == 1
    assert (rows[0]["arrested"], rows[0]["found"], rows[0]["count"]) == (57, 86, 57)
    assert "57 South Korean nationals" in rows[0]["quote"]
    assert store.merge(load_path(corpus / "wire-raid-phnom-penh.txt")).skipped


def test_to_networkx_windows(store: BaseStore) -> None:
    for path in sorted(EXAMPLES.iterdir()):
        store.merge(load_path(path))
    whole = store.to_networkx()
    assert "event:raid-on-building-outside-phnom-penh-2025-10-15" in whole
    later = store.to_networkx(since="2025-10-17")
    assert later.number_of_edges() and all(d["reported"] >= "2025-10-17" for _, _, d in later.edges(data=True))
    assert all(later.degree(n) for n in later)  # an entity is in a window when a fact in it names it
