"""Neo4j beyond the shared contract: constraints, credentials, URLs, a server that dies."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from scamgraph.graph.neo4j import parse_url
from scamgraph.graph.store import StoreError, StoreUnavailable, open_store
from tests.conftest import EXAMPLES, SERVER_SCRIPT, neo4j_store
from tests.reports import expected_counts, write_reports


@pytest.mark.parametrize(("url", "encrypted", "verify", "routing"), [
    ("bolt://127.0.0.1:7687", False, False, False),
    ("bolt+s://db.example.org", True, True, False),
    ("neo4j+ssc://10.0.0.5:9999", True, False, True),
    ("neo4j+s://abc.databases.example.io", True, True, True),
])
def test_url_parsing(url: str, encrypted: bool, verify: bool, routing: bool) -> None:
    address = parse_url(url)
    assert (address.encrypted, address.verify_certificate, address.routing) == (encrypted, verify, routing)
    assert address.port == (int(url.rsplit(":", 1)[1]) if url.count(":") == 2 else 7687)


@pytest.mark.parametrize("url", ["http://localhost:7474", "bolt://", "neo4j://user:pw@host", "bolt://h:notaport"])
def test_bad_urls_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(StoreError):
        parse_url(url)


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreUnavailable, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        open_store("bolt://127.0.0.1:1", password="x", retry_s=0.5)


def test_constraint_violation_is_reported(neo4j_server: dict[str, str]) -> None:
    with neo4j_store(neo4j_server) as store:
        create = "CREATE (:Person {key: 'person:twin', name: 'Twin'})"
        store.query(create, read_only=False)
        with pytest.raises(StoreError, match="already exists"):
            store.query(create, read_only=False)
        assert store.query("MATCH (p:Person {key: 'person:twin'}) RETURN count(p) AS n") == [{"n": 1}]


def test_a_node_another_process_created_meanwhile_is_merged_after_all(neo4j_server: dict[str, str]) -> None:
    """A write reads which nodes the store holds and CREATEs the others. If another process
    created one of them after that read, the unique key fails the write whole and it is sent
    again with every node MERGEd: the report is stored once, the shared node stays one."""
    from scamgraph.graph.neo4j import Neo4jStore
    from scamgraph.loaders.structured import parse
    from tests.reports import synthetic_report

    class ReadTooEarly(Neo4jStore):  # as if the read came before the other process committed
        def _held(self, tx: Any, wanted: Any) -> set[tuple[str, str]]:
            return set()

    first, second = (parse(synthetic_report(i), key=f"report:{i:016x}", source=f"{i}.json") for i in (1, 2))
    with neo4j_store(neo4j_server) as store:
        store.merge(first)
        result = ReadTooEarly(store.driver, store.url).merge(second)
        new_nodes = set(second.with_mentions().nodes) - set(first.with_mentions().nodes)
        assert not result.skipped and result.nodes_created == len(new_nodes) + 1  # and its Report
        assert result.edges_created == len(second.with_mentions().edges)
        assert store.query("MATCH (s:Site) RETURN count(s) AS n") == [{"n": 1}]
        assert store.query("MATCH (r:Report) RETURN count(r) AS n") == [{"n": 2}]


def test_wrong_password_is_one_clear_line(neo4j_server: dict[str, str], tmp_path: Path) -> None:
    secret = "not-the-password-" + "x" * 8
    env = {**os.environ, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": secret}
    result = subprocess.run([sys.executable, "-m", "scamgraph.cli", "stats", "--store", neo4j_server["url"]],
                            capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert result.returncode == 2
    assert "refused the credentials for user 'neo4j'" in result.stderr
    assert "Traceback" not in result.stderr and secret not in result.stderr + result.stdout


def _server(home: Path, *args: str, port: str) -> str:
    env = {**os.environ, "NEO4J_TEST_HOME": str(home), "PORT": port}
    env.pop("NEO4J_PASSWORD", None)
    done = subprocess.run([str(SERVER_SCRIPT), *args], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_server_that_dies_mid_ingest_leaves_no_half_report(neo4j_server: dict[str, str], tmp_path: Path) -> None:
    if "home" not in neo4j_server:
        pytest.skip("needs the test server this suite starts (NEO4J_URI points elsewhere)")
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    home = tmp_path / "server"
    url = _server(home, "start", port=port)
    env = {**os.environ, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": (home / "password").read_text().strip()}
    folder = tmp_path / "reports"
    write_reports(folder, range(150))  # about 25 reports a group: the server killed between groups
    try:
        ingest = subprocess.Popen([sys.executable, "-m", "scamgraph.cli", "ingest", str(folder), "--store", url,
                                   "--group-records", "200"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        with open_store(url, password=env["NEO4J_PASSWORD"]) as watcher:
            deadline = time.monotonic() + 120
            while watcher.query("MATCH (r:Report) RETURN count(r) AS n")[0]["n"] < 10:
                assert time.monotonic() < deadline and ingest.poll() is None
                time.sleep(0.1)
        os.kill(int((home / "pid").read_text()), signal.SIGKILL)
        _, stderr = ingest.communicate(timeout=180)
        assert ingest.returncode == 2, stderr
        assert "went away" in stderr or "unavailable" in stderr, stderr
        assert "Traceback" not in stderr

        _server(home, "start", port=port)  # same data folder: Neo4j recovers from its log
        with open_store(url, password=env["NEO4J_PASSWORD"]) as store:
            per_report = store.query("MATCH (r:Report) OPTIONAL MATCH (r)-[m:MENTIONS]->() "
                                     "WITH r, count(m) AS mentions "
                                     "OPTIONAL MATCH ()-[f]->() WHERE f.report = r.key "
                                     "RETURN r.key AS report, mentions, count(f) AS facts")
            assert 10 <= len(per_report) < 150
            assert all(row["mentions"] == 4 and row["facts"] == 7 for row in per_report), per_report
        rerun = subprocess.run([sys.executable, "-m", "scamgraph.cli", "ingest", str(folder), "--store", url],
                               capture_output=True, text=True, env=env, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        with open_store(url, password=env["NEO4J_PASSWORD"]) as store:
            stats = store.stats()
            assert (sum(stats["nodes"].values()), sum(stats["edges"].values())) == expected_counts([folder])
    finally:
        _server(home, "stop", port=port)


def test_main_job_gives_the_same_counts_on_both_stores(neo4j_server: dict[str, str], tmp_path: Path) -> None:
    neo4j_store(neo4j_server).close()
    env = {**os.environ, "NEO4J_USER": neo4j_server["user"], "NEO4J_PASSWORD": neo4j_server["password"]}
    counts = []
    for url in (f"embedded:{tmp_path / 'store'}", neo4j_server["url"]):
        out = tmp_path / url.split(":")[0]
        done = subprocess.run([sys.executable, "-m", "scamgraph.cli", "run", str(EXAMPLES), "--out", str(out),
                               "--store", url], capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        counts.append(json.loads((out / "stats.json").read_text()))
    assert counts[0] == counts[1]
    assert sum(counts[0]["nodes"].values()) == 67 and sum(counts[0]["edges"].values()) == 151


def test_neo4j_admin_export_is_accepted_by_a_real_import(neo4j_server: dict[str, str], tmp_path: Path) -> None:
    """`export --format csv-neo4j-admin`, its import.sh run by the real `neo4j-admin database import`
    into a fresh database, and that database read back: the same graph, property for property."""
    if "home" not in neo4j_server:
        pytest.skip("needs the test server this suite starts (NEO4J_URI points elsewhere)")
    reports = tmp_path / "reports"
    shutil.copytree(EXAMPLES, reports)
    (reports / "awkward.json").write_text(json.dumps({
        "report": {"title": 'Quotes, "marks"; and\nline breaks', "published": "2025-12-01", "kind": "ngo",
                   "text": "x"},
        "entities": [
            {"id": "a", "label": "Person", "name": "Test Person", "properties": {
                "aliases": ["T.; Person", "Tester"], "verified": True, "age": 41, "score": 0.5}},
            {"id": "b", "label": "Organization", "name": "Comma, Inc"},
            {"id": "c", "label": "Person", "name": "=HYPERLINK(\"http://127.0.0.1:9/x\")", "properties": {
                "aliases": ["@boss", "plain"], "age": -3}}],
        "relations": [{"type": "WORKS_FOR", "source": "a", "target": "b", "quote": 'said "yes",\nthen left'}],
    }))
    store = f"embedded:{tmp_path / 'store'}"
    folder = tmp_path / "admin"
    for args in (["ingest", str(reports)], ["export", "--format", "csv-neo4j-admin", "--out", str(folder)]):
        done = subprocess.run([sys.executable, "-m", "scamgraph.cli", *args, "--store", store],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    home = tmp_path / "imported"
    env = {**os.environ, "NEO4J_TEST_HOME": str(home), "NEO4J_ADMIN": str(SERVER_SCRIPT.parent / "neo4j-admin")}
    imported = subprocess.run(["bash", str(folder / "import.sh")], env=env, capture_output=True, text=True, timeout=600)
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-2000:]
    assert "IMPORT DONE" in imported.stdout
    with open_store(store) as embedded:
        expected = _as_exported(embedded.to_networkx())
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    url = _server(home, "start", port=port)
    try:
        with open_store(url, user="neo4j", password=(home / "password").read_text().strip()) as server:
            got = server.to_networkx()
    finally:
        _server(home, "stop", port=port)
    assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))
    assert got.nodes["person:hyperlink-http-127-0-0-1-9-x"]["name"].startswith("'=")  # as the CSV has it
    assert got.nodes["person:hyperlink-http-127-0-0-1-9-x"]["age"] == -3  # a typed number, not text
    person = got.nodes["person:test-person"]
    assert person["aliases"] == ["T.; Person", "Tester"] and person["verified"] is True and person["age"] == 41


def _as_exported(graph: Any) -> Any:
    """The graph as the CSV files hold it: text a spreadsheet would run as a formula starts with
    ``'`` (see exports/neo4j_admin.py); numbers and everything else unchanged."""
    from scamgraph.graph.values import spreadsheet_safe

    def safe(value: Any) -> Any:
        if isinstance(value, str):
            return spreadsheet_safe(value)
        return [safe(v) for v in value] if isinstance(value, list) else value

    for _, data in graph.nodes(data=True):
        data.update({k: safe(v) for k, v in data.items() if k != "label"})
    for *_, data in graph.edges(data=True):
        data.update({k: safe(v) for k, v in data.items() if k != "type"})
    return graph
