"""The command line as a user runs it: real processes, the embedded store."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scamgraph.cli import app
from tests.conftest import EXAMPLES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def scamgraph(*args: str, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCAMGRAPH_HOME": str(home), "COLUMNS": "200"}
    env.pop("SCAMGRAPH_STORE", None)
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], capture_output=True,
                          text=True, timeout=300, env=env, cwd=cwd)


def _counts(stdout: str) -> tuple[int, int]:
    stats = json.loads(stdout)
    return sum(stats["nodes"].values()), sum(stats["edges"].values())


def test_main_job_twice_gives_the_same_counts(tmp_path: Path) -> None:
    home, out = tmp_path / "store", tmp_path / "out"
    first = scamgraph("run", str(EXAMPLES), "--out", str(out), home=home)
    assert first.returncode == 0, first.stderr
    assert f"stats: {out / 'stats.json'}" in first.stdout
    counts = _counts((out / "stats.json").read_text())
    assert counts[0] > 40 and counts[1] > 80
    second = scamgraph("run", str(EXAMPLES), "--out", str(out), home=home)
    assert second.returncode == 0, second.stderr
    assert _counts((out / "stats.json").read_text()) == counts
    assert json.loads((out / "ingest.json").read_text())["unchanged"] == len(list(EXAMPLES.iterdir()))


def test_one_malformed_file_fails_alone(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    shutil.copytree(EXAMPLES, folder)
    bad = folder / "zz-broken.json"
    bad.write_text('{"report": {"title": "cut off"')
    result = scamgraph("ingest", str(folder), home=tmp_path / "store")
    assert result.returncode == 1
    assert f"{bad}" in result.stderr and "invalid JSON" in result.stderr
    stats = scamgraph("query", "MATCH (r:Report) RETURN count(r) AS n", "--format", "json",
                      home=tmp_path / "store")
    assert json.loads(stats.stdout) == [{"n": len(list(EXAMPLES.iterdir()))}]


def test_query_formats_and_params(tmp_path: Path) -> None:
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    cypher = "MATCH (n:Nationality {iso2: $iso}) RETURN n.name AS name, n.iso2 AS iso2"
    as_json = scamgraph("query", cypher, "--param", "iso=KR", "--format", "json", home=home)
    assert json.loads(as_json.stdout) == [{"name": "South Korea", "iso2": "KR"}]
    as_csv = scamgraph("query", cypher, "-p", "iso=KR", "-f", "csv", home=home)
    assert as_csv.stdout.splitlines() == ["name,iso2", "South Korea,KR"]
    as_table = scamgraph("query", cypher, "-p", "iso=KR", home=home)
    assert "South Korea" in as_table.stdout and "1 row" in as_table.stderr


def test_writes_need_write_and_errors_are_one_line(tmp_path: Path) -> None:
    home = tmp_path / "store"
    refused = scamgraph("query", "CREATE (:Person {key: 'person:x', name: 'x'})", home=home)
    assert refused.returncode == 2 and "read-only" in refused.stderr and "Traceback" not in refused.stderr
    bad = scamgraph("query", "MATCH (n RETURN n", home=home)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "error:" in bad.stderr
    unknown = scamgraph("stats", "--store", "mongodb://localhost", home=home)
    assert unknown.returncode == 2 and "unknown store URL" in unknown.stderr


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result = scamgraph("ingest", str(tmp_path / "nope"), str(EXAMPLES), home=tmp_path / "store")
    assert result.returncode == 1 and "no such file or folder" in result.stderr


@pytest.mark.parametrize("command", [c.name or c.callback.__name__ for c in app.registered_commands])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Example: scamgraph " + command in result.output


def test_extract_prints_the_documented_json(tmp_path: Path) -> None:
    article = CORPUS / "wire-raid-phnom-penh.txt"
    done = scamgraph("extract", str(article), "--format", "json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["report"]["published"] == "2026-10-15" and data["report"]["url"].startswith("https://")
    raid = next(n for n in data["nodes"] if n["label"] == "Event" and n["properties"]["date"] == "2026-10-13")
    assert raid["properties"]["counts"]["arrested"] == 57
    table = scamgraph("extract", str(article), home=tmp_path)
    assert table.returncode == 0 and "Yoon Ha-neul" in table.stdout and "ARRESTED (57)" in table.stdout


def test_extract_of_a_hostile_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "junk.html"
    bad.write_bytes(b"<p>\xff\xfe\x00\x00 binary</p>" * 50)
    done = scamgraph("extract", str(bad), home=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "junk.html" in done.stderr and "binary" in done.stderr


def test_evaluate_scores_the_corpus(tmp_path: Path) -> None:
    done = scamgraph("evaluate", str(CORPUS), "--format", "json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = {(r["part"], r["category"]): r for r in json.loads(done.stdout)}
    assert rows[("entities", "ALL")]["f1"] >= 0.9 and rows[("relations", "ALL")]["f1"] >= 0.75


def test_ingest_mixes_articles_and_structured_reports(tmp_path: Path) -> None:
    reports = tmp_path / "in"
    reports.mkdir()
    (reports / "a.txt").write_text((CORPUS / "wire-raid-phnom-penh.txt").read_text())
    (reports / "b.json").write_text((EXAMPLES / "2025-10-cambodia-compound-raid.json").read_text())
    (reports / "c.html").write_bytes(b"\xff\xfe not text")
    done = scamgraph("ingest", str(reports), home=tmp_path)
    assert done.returncode == 1  # c.html failed, the others stored
    assert "c.html" in done.stdout + done.stderr
    stats = json.loads(scamgraph("stats", "--format", "json", home=tmp_path).stdout)
    assert stats["nodes"]["Event"] >= 8 and stats["nodes"]["Report"] == 2


def test_analyze_writes_json_and_tables_and_explains_a_path(tmp_path: Path) -> None:
    assert scamgraph("ingest", str(EXAMPLES), str(CORPUS), home=tmp_path).returncode == 0
    out = tmp_path / "out"
    done = scamgraph("analyze", "--out", str(out), "--path", "Yoon Ha-neul", "Keo Vannak", home=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads((out / "analysis.json").read_text())
    assert result["centrality"]["roles_left_out"] == ["victim"]
    assert result["path"]["hops"] and all(h["facts"] for h in result["path"]["hops"])
    assert (out / "hidden_links.csv").read_text().startswith("source,")
    assert "Likely hidden links" in done.stdout and "3 hops" in done.stdout
    around = scamgraph("analyze", "--out", str(out), "--around", "Yoon Ha-neul", "--hops", "1", home=tmp_path)
    assert around.returncode == 0, around.stderr
    assert json.loads((out / "analysis.json").read_text())["graph"]["entities"] < result["graph"]["entities"]
    wrong = scamgraph("analyze", "--out", str(out), "--around", "Nobody At All", home=tmp_path)
    assert wrong.returncode == 2 and "no entity named" in wrong.stderr


def test_resolve_review_merge_split_history(tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "resolution"
    ingested = scamgraph("ingest", str(fixtures), home=tmp_path)
    assert ingested.returncode == 0 and "skipped" in ingested.stdout + ingested.stderr  # bad records, good files
    review = scamgraph("resolve", "--review", "--threshold", "60", "--format", "json", home=tmp_path)
    assert review.returncode == 0, review.stderr
    merged = scamgraph("resolve", "--merge", "organization:huiyuan-pay", "organization:crimson-tide-group",
                       "--why", "same registration", "--who", "tester", home=tmp_path)
    assert merged.returncode == 0 and "merge: organization:huiyuan-pay = organization:crimson-tide-group by tester" in merged.stdout
    split = scamgraph("resolve", "--split", "organization:huiyuan-pay", "organization:crimson-tide-group",
                      "--why", "not the same", home=tmp_path)
    assert split.returncode == 0, split.stderr
    history = json.loads(scamgraph("resolve", "--history", "--format", "json", home=tmp_path).stdout)
    assert [h["action"] for h in history] == ["merge", "split"] and history[0]["why"] == "same registration"
    none = scamgraph("resolve", home=tmp_path)
    assert none.returncode == 2 and "exactly one of" in none.stderr


def test_redact_victims_in_exports_graph_pages_and_reports(tmp_path: Path) -> None:
    """The example survivor (Park Ji-hoon, his own phone) appears nowhere in what is shared."""
    home, out = tmp_path / "store", tmp_path / "shared"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    commands = [["export", "--format", fmt, "--out", str(out / fmt)] for fmt in ("json", "stix", "csv-neo4j-admin")]
    commands += [["viz", "--out", str(out / "graph.html")], ["report", "--out", str(out / "reports")]]
    for command in commands:
        done = scamgraph(*command, "--redact", "victims", home=home)
        assert done.returncode == 0, (command, done.stderr)
    written = [p for p in out.rglob("*") if p.is_file()]
    assert len(written) > 10
    for path in written:
        text = path.read_text()
        for secret in ("Ji-hoon", "ji-hoon", "Park was", "+82 10 5555 0142", "821055550142"):
            assert secret not in text, (path.name, secret)
    page = (out / "graph.html").read_text()
    assert "victims redacted" in page and "KK Park" in page  # the site keeps its name
    assert "People recorded as victims are masked." in next(out.rglob("report.md")).read_text()
    plain = scamgraph("viz", "--out", str(tmp_path / "plain.html"), home=home)
    assert plain.returncode == 0 and "Park Ji-hoon" in (tmp_path / "plain.html").read_text()
    wrong = scamgraph("export", "--format", "json", "--out", str(tmp_path / "x.json"), "--redact", "everyone", home=home)
    assert wrong.returncode == 2 and "only thing --redact masks is 'victims'" in wrong.stderr
