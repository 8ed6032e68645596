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
    assert "South Korea" in as_table.stdout and as_table.stdout.rstrip().splitlines()[-1] == "1 row"


def test_writes_need_write_and_errors_are_one_line(tmp_path: Path) -> None:
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES / "2025-10-repatriation-flight.json"), home=home).returncode == 0
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


def test_version_the_store_line_and_quiet(tmp_path: Path) -> None:
    from scamgraph import __version__

    version = scamgraph("--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"scamgraph {__version__}"
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    said = scamgraph("stats", home=home)
    first = said.stderr.splitlines()[0]
    assert first == f"store: embedded:{home.resolve()} ({len(list(EXAMPLES.iterdir()))} reports)"
    quiet = scamgraph("--quiet", "stats", home=home)
    assert quiet.returncode == 0 and "store:" not in quiet.stderr and "Report" in quiet.stdout


def test_read_commands_never_create_an_empty_store(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"SCAMGRAPH_HOME", "SCAMGRAPH_STORE"}}
    for command in (["stats"], ["query", "MATCH (n) RETURN count(n) AS n"], ["analyze", "--out", "o"]):
        done = subprocess.run([sys.executable, "-m", "scamgraph.cli", *command], capture_output=True, text=True,
                              timeout=120, env=env, cwd=elsewhere, check=False)
        assert done.returncode == 2 and f"no store at {elsewhere / '.scamgraph'}" in done.stderr, done.stderr
    assert list(elsewhere.iterdir()) == []


def test_bad_dates_are_refused_clearly(tmp_path: Path) -> None:
    home = tmp_path / "store"
    for bad in ("2025-99-99", "20-10-2025"):
        done = scamgraph("analyze", "--out", str(tmp_path / "o"), "--as-of", bad, home=home)
        assert done.returncode == 2 and f"'{bad}' is not a date" in done.stderr
    report = json.loads((EXAMPLES / "2025-11-victim-report-phone.json").read_text())
    report["report"]["published"] = "2025-13-45"
    (tmp_path / "bad-date.json").write_text(json.dumps(report))
    ingested = scamgraph("ingest", str(tmp_path / "bad-date.json"), home=home)
    assert ingested.returncode == 0 and "'2025-13-45' is not a date" in ingested.stderr
    stored = scamgraph("query", "MATCH (r:Report) RETURN r.published AS published", "-f", "json", home=home)
    assert json.loads(stored.stdout) == [{"published": None}]


def test_library_queries_take_a_key_or_a_name_and_typos_are_named(tmp_path: Path) -> None:
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    by_key = scamgraph("query", "entity-profile", "-p", "key=person:lee-min-su", "-f", "json", home=home)
    by_name = scamgraph("query", "entity-profile", "-p", "key=Lee Min-su", "-f", "json", home=home)
    assert json.loads(by_key.stdout) == json.loads(by_name.stdout) != []
    nobody = scamgraph("query", "entity-profile", "-p", "key=Nobody Here", home=home)
    assert nobody.returncode == 2 and "no entity has that key or name" in nobody.stderr
    timelines = [json.loads(scamgraph("query", "country-timeline", "-p", f"country={c}", "-f", "json", home=home).stdout)
                 for c in ("Cambodia", "KH", "kh")]
    assert timelines[0] and timelines[0] == timelines[1] == timelines[2]
    typo = scamgraph("query", "entity-profil", "-p", "key=x", home=home)
    assert typo.returncode == 2 and "'entity-profil' is not a library query; did you mean entity-profile" in typo.stderr
    assert "Traceback" not in typo.stderr and "syntax" not in typo.stderr.lower()


def test_tables_keep_whole_keys_and_count_rows_after_them(tmp_path: Path) -> None:
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    env = {k: v for k, v in os.environ.items() if k not in {"SCAMGRAPH_STORE", "COLUMNS"}}
    done = subprocess.run([sys.executable, "-m", "scamgraph.cli", "query",
                           "MATCH (e:Event) RETURN e.key AS key, e.name AS name ORDER BY key"],
                          capture_output=True, text=True, timeout=120, env={**env, "SCAMGRAPH_HOME": str(home)}, check=False)
    assert "event:repatriation-charter-flight-cambodia-to-incheon-2025-10-18" in done.stdout  # not cut at 80 columns
    lines = done.stdout.rstrip().splitlines()
    assert lines[-1] == f"{len(lines) - 5} rows" and lines[-2].startswith("└")


def test_csv_output_neutralizes_phone_numbers_like_handles(tmp_path: Path) -> None:
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    done = scamgraph("query", "MATCH (i:Identifier) WHERE i.kind IN ['phone', 'telegram'] RETURN i.value AS value "
                     "ORDER BY value", "-f", "csv", home=home)
    values = done.stdout.splitlines()[1:]
    assert "'+85512345678" in values and "'@tw_support_kh" in values
    assert not [v for v in values if v[0] in "+=-@"]


def test_ftm_export_says_what_it_wrote(tmp_path: Path) -> None:
    home, out = tmp_path / "store", tmp_path / "g.ftm.json"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    done = scamgraph("export", "--format", "ftm", "--out", str(out), home=home)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    links = sum(1 for e in lines if e["schema"] in {"Ownership", "Directorship", "Employment", "Membership", "UnknownLink"})
    assert f"({len(lines) - links} entities, {links} links)" in done.stdout


def test_the_sanctions_stream_gives_one_event_per_action_and_a_dated_report(tmp_path: Path) -> None:
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES / "2026-10-crimson-tide-sanctions.ftm.json"), home=home).returncode == 0
    events = json.loads(scamgraph("query", "MATCH (e:Event)-[:TARGETED]->(x) RETURN e.key AS event, x.name AS target",
                                  "-f", "json", home=home).stdout)
    assert len({e["event"] for e in events}) == 1 and {e["target"] for e in events} == {
        "Crimson Tide Group Co., Ltd.", "Lim Kok Seng"}
    report = json.loads(scamgraph("query", "MATCH (r:Report) RETURN r.title AS title, r.published AS published",
                                  "-f", "json", home=home).stdout)
    assert report == [{"title": "FollowTheMoney: team_sanctions_notes (2026-10-crimson-tide-sanctions.ftm.json)",
                       "published": "2026-10-13"}]


def test_review_proposes_a_name_written_with_a_title(tmp_path: Path) -> None:
    home = tmp_path / "store"
    assert scamgraph("ingest", str(EXAMPLES / "2025-10-repatriation-flight.json"), home=home).returncode == 0
    created = scamgraph("query", "CREATE (:Person {key: 'person:immigration-commissioner-joel-viado', "
                        "name: 'Immigration Commissioner Joel Viado'}), (:Person {key: 'person:joel-viado', "
                        "name: 'Joel Viado'})", "--write", home=home)
    assert created.returncode == 0, created.stderr
    rows = json.loads(scamgraph("resolve", "--review", "-f", "json", home=home).stdout)
    assert [(r["left"], r["right"]) for r in rows] == [("person:immigration-commissioner-joel-viado", "person:joel-viado")]
    assert rows[0]["score"] >= 85
    duplicates = json.loads(scamgraph("query", "possible-duplicates", "-f", "json", home=home).stdout)
    assert [(r["a"], r["b"]) for r in duplicates] == [(rows[0]["left"], rows[0]["right"])]


def test_a_shared_nationality_is_not_a_path_unless_asked(tmp_path: Path) -> None:
    """Before the 2026 sanctions stream, Lee Min-su and Chen Zhi meet only through South Korea and
    Cambodia: attributes, not ties."""
    home, out = tmp_path / "store", tmp_path / "out"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    args = ("analyze", "--out", str(out), "--as-of", "2025-11-10", "--path", "Lee Min-su", "Chen Zhi")
    plain = scamgraph(*args, home=home)
    assert plain.returncode == 0, plain.stderr
    assert "No chain of facts links Lee Min-su and Chen Zhi" in plain.stdout and "left out" in plain.stdout
    result = json.loads((out / "analysis.json").read_text())
    assert result["path"]["hops"] == [] and result["view"]["include_context"] is False
    assert result["graph"]["context"].startswith("context nodes (Location, Nationality, ScamType) left out")
    assert not {"Location", "Nationality", "ScamType"} & {c["label"] for c in result["centrality"]["ranking"]}
    wider = scamgraph(*args, "--include-context", home=home)
    assert wider.returncode == 0 and "South Korea" in wider.stdout and "included as links" in wider.stdout
    hops = json.loads((out / "analysis.json").read_text())["path"]["hops"]
    assert {"nationality:KR", "location:cambodia"} <= {h["to"] for h in hops}


def _viz_nodes(page: Path) -> int:
    import re

    data = re.search(r'<script type="application/json" id="scamgraph-data">(.*?)</script>', page.read_text(), re.DOTALL)
    assert data is not None
    # the page also carries, hidden, the ring beyond the view (for double-click expansion) and the
    # nationalities, places and scam types of those entities (chips): in_view marks the view itself
    return sum(1 for n in json.loads(data.group(1))["nodes"] if n.get("in_view"))


@pytest.mark.parametrize("center,key", [("Lee Min-su", "person:lee-min-su"),
                                        ("Multi-storey building outside Phnom Penh",
                                         "site:multi-storey-building-outside-phnom-penh")])
def test_one_neighbourhood_for_viz_analyze_export_and_the_library(tmp_path: Path, center: str, key: str) -> None:
    from scamgraph.analysis.neighbourhood import neighbourhood
    from scamgraph.graph.store import open_store

    home, out = tmp_path / "store", tmp_path / "out"
    assert scamgraph("ingest", str(EXAMPLES), home=home).returncode == 0
    around = ("--around", center, "--hops", "2")
    assert scamgraph("viz", "--out", str(out / "g.html"), *around, home=home).returncode == 0
    assert scamgraph("export", "--format", "json", "--out", str(out / "g.json"), *around, home=home).returncode == 0
    assert scamgraph("analyze", "--out", str(out), *around, home=home).returncode == 0
    library = json.loads(scamgraph("query", "entity-network", "-p", f"key={center}", "-p", "hops=2", "-f", "json",
                                   home=home).stdout)
    with open_store(f"embedded:{home}") as store:
        expected = neighbourhood(store.to_networkx(), key, 2)
    counts = {"viz": _viz_nodes(out / "g.html"), "export": len(json.loads((out / "g.json").read_text())["nodes"]),
              "analyze": json.loads((out / "analysis.json").read_text())["view"]["entities"],
              "entity-network": len(library) + 1}
    assert counts == dict.fromkeys(counts, expected.number_of_nodes()), counts
    assert {r["key"] for r in library} | {key} == set(expected)
    assert all(expected.nodes[n].get("label") != "Report" for n in expected)
