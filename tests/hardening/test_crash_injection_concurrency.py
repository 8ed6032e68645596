"""Crashes mid-write, Cypher injection, concurrent runs and secrets, against every store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from scamgraph.graph.store import BaseStore, open_store
from scamgraph.loaders import load_path
from scamgraph.loaders.structured import parse
from tests.reports import expected_counts, write_reports

INJECTIONS = ['"}) DETACH DELETE n //', "`) MATCH (m) DETACH DELETE m //", "\\u0027}) DETACH DELETE n //",
              "' OR 1=1 //", "Robert'); DROP TABLE reports;--", "<script>alert(1)</script>", "${jndi:ldap://x}"]


def cli(*args: str, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "scamgraph.cli", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)  # type: ignore[call-overload]


def totals(store: BaseStore) -> tuple[int, int]:
    stats = store.stats()
    return sum(stats["nodes"].values()), sum(stats["edges"].values())


def per_report(store: BaseStore) -> list[dict[str, int]]:
    return store.query("MATCH (r:Report) OPTIONAL MATCH (r)-[m:MENTIONS]->() WITH r, count(m) AS mentions "
                       "OPTIONAL MATCH ()-[f]->() WHERE f.report = r.key RETURN r.key AS report, mentions, count(f) AS facts")


def test_a_killed_ingest_leaves_whole_reports_and_a_rerun_completes(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder, range(200))
    # (about 25 reports a Neo4j group, so that the kill lands between groups)
    run = cli("ingest", str(folder), "--store", store_url, "--group-records", "200", start_new_session=True)
    with open_store(store_url) as watcher:
        deadline = time.monotonic() + 180
        while watcher.query("MATCH (r:Report) RETURN count(r) AS n")[0]["n"] < 15:
            assert time.monotonic() < deadline and run.poll() is None, "ingest ended before it could be killed"
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(timeout=60)
        rows = per_report(watcher)
        assert 15 <= len(rows) < 200
        assert all(r["mentions"] == 4 and r["facts"] == 7 for r in rows), rows  # 3 facts + 4 MENTIONS: each whole, none half-stored
    rerun = subprocess.run([sys.executable, "-m", "scamgraph.cli", "ingest", str(folder), "--store", store_url],
                           capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(store_url) as store:
        assert totals(store) == expected_counts([folder])  # no duplicates


def test_cypher_injection_is_stored_as_data(store: BaseStore) -> None:
    document = {
        "report": {"title": INJECTIONS[0], "text": " ".join(INJECTIONS)},
        "entities": [{"id": f"e{i}", "label": "Person", "name": text, "properties": {"role": text, "note": text}}
                     for i, text in enumerate(INJECTIONS)],
        "relations": [{"type": "ASSOCIATED_WITH", "source": f"e{i}", "target": f"e{i + 1}", "quote": INJECTIONS[i],
                       "properties": {"why": INJECTIONS[i]}} for i in range(len(INJECTIONS) - 1)],
    }
    store.merge(parse({"report": {"title": "control"}, "entities": [{"id": "c", "label": "Site", "name": "Control site"}]},
                      key="report:00000000000000c0", source="c.json"))
    before = totals(store)
    result = store.merge(parse(document, key="report:00000000000000c1", source="i.json"))
    assert result.nodes_created == len(INJECTIONS) + 1
    names = {r["name"] for r in store.query("MATCH (p:Person) RETURN p.name AS name")}
    assert names == set(INJECTIONS)
    quotes = {r["q"] for r in store.query("MATCH ()-[r:ASSOCIATED_WITH]->() RETURN r.quote AS q")}
    assert quotes == set(INJECTIONS[:-1])
    assert store.query("MATCH (s:Site {key: 'site:control-site'}) RETURN s.name AS n") == [{"n": "Control site"}]
    assert totals(store) == (before[0] + len(INJECTIONS) + 1, before[1] + 2 * len(INJECTIONS) - 1)
    for text in INJECTIONS:  # and as parameters of the library's questions
        assert store.query("MATCH (p:Person) WHERE p.name = $name RETURN count(p) AS n", {"name": text}) == [{"n": 1}]


def test_two_ingests_and_a_report_at_once(store_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_reports(first, range(0, 60))
    write_reports(second, range(40, 100))  # overlapping reports: both runs may try the same ones
    if store_url.startswith("embedded:"):  # report only reads: it refuses a store that is not there yet
        Path(store_url.split(":", 1)[1]).mkdir(parents=True, exist_ok=True)
    runs = [cli("ingest", str(first), "--store", store_url), cli("ingest", str(second), "--store", store_url),
            cli("report", "--out", str(tmp_path / "reports"), "--store", store_url, "--wait", "120")]
    outputs = [run.communicate(timeout=900) for run in runs]
    assert [run.returncode for run in runs[:2]] == [0, 0], outputs
    assert runs[2].returncode in (0, 5), outputs[2]
    with open_store(store_url) as store:
        assert totals(store) == expected_counts([first, second])
        assert all(r["mentions"] == 4 and r["facts"] == 7 for r in per_report(store))


def test_the_neo4j_password_never_shows(neo4j_server: dict[str, str], tmp_path: Path) -> None:
    password = neo4j_server["password"]
    env = {**os.environ, "NEO4J_USER": neo4j_server["user"], "NEO4J_PASSWORD": password, "COLUMNS": "200"}
    examples = Path(__file__).resolve().parents[2] / "examples" / "reports"
    seen = []
    for args in (["run", str(examples), "--out", str(tmp_path / "out")], ["stats"], ["analyze", "--out", str(tmp_path / "a")],
                 ["report", "--out", str(tmp_path / "r")], ["query", "RETURN $x AS x", "--param", "x=1"],
                 ["query", "MATCH (n) DETACH DELETE n"]):
        done = subprocess.run([sys.executable, "-m", "scamgraph.cli", *args, "--store", neo4j_server["url"]],
                              capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)
        seen.append(done.stdout + done.stderr)
    written = [p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()]
    assert all(password not in text for text in seen + written)
    assert "read-only" in seen[-1]  # the destructive query was refused, and said so without secrets
    json.loads((tmp_path / "out" / "stats.json").read_text())


def test_report_html_escapes_report_text(tmp_path: Path) -> None:
    from scamgraph.report import write_report

    with open_store(f"embedded:{tmp_path / 'store'}") as store:
        evil = {"report": {"title": "<img src=x onerror=alert(1)>"},
                "entities": [{"id": "p", "label": "Person", "name": "<script>alert(2)</script>"},
                             {"id": "s", "label": "Site", "name": "Site"}],
                "relations": [{"type": "OPERATES", "source": "p", "target": "s", "quote": "<b onmouseover=x>"}]}
        store.merge(parse(evil, key="report:00000000000000e1", source="e.json"))
        result = write_report(store, tmp_path / "reports")
    page = (result.folder / "report.html").read_text()
    assert "<script>alert(2)" not in page and "<img src=x" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert load_path  # the loaders are the same ones the CLI uses
