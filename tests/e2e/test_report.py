"""Scheduled reports: what changed between runs, and the guarantees schedulers rely on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from scamgraph.loaders import load_path
from tests.conftest import ARTIFACTS, EXAMPLES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "SCAMGRAPH_HOME": str(home), "COLUMNS": "200", **extra}
    env.pop("SCAMGRAPH_STORE", None)
    return env


def cli(*args: str, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], capture_output=True, text=True,
                          timeout=300, env=env_for(home, **extra))


def reports_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def test_the_second_report_lists_exactly_what_was_added(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    assert cli("ingest", str(EXAMPLES), home=tmp_path).returncode == 0
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0
    article = CORPUS / "wire-raid-phnom-penh.txt"
    assert cli("ingest", str(article), home=tmp_path).returncode == 0
    second = cli("report", "--out", str(out), home=tmp_path)
    assert second.returncode == 0, second.stderr
    latest = json.loads((reports_in(out)[-1] / "report.json").read_text())
    batch = load_path(article)
    before = json.loads((reports_in(out)[0] / "snapshot.json").read_text())
    expected_entities = set(batch.nodes) - set(before["entities"])
    assert {e["key"] for e in latest["changes"]["entities"]} == expected_entities
    expected_facts = {(e.source, e.type.value, e.target) for e in batch.edges if e.type.value != "MENTIONS"}
    assert {(f["source"], f["type"], f["target"]) for f in latest["changes"]["facts"]} == expected_facts
    assert [r["key"] for r in latest["changes"]["reports"]] == [batch.report_key]
    assert "## New entities" in (reports_in(out)[-1] / "report.md").read_text()


def test_a_run_with_nothing_new_says_so_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    cli("ingest", str(EXAMPLES), home=tmp_path)
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0
    again = cli("report", "--out", str(out), home=tmp_path)
    assert again.returncode == 5 and "nothing changed" in again.stdout
    assert len(reports_in(out)) == 1


def _start_paused(home: Path, out: Path, pause: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "scamgraph.cli", "report", "--out", str(out)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env_for(home, SCAMGRAPH_REPORT_PAUSE=pause), start_new_session=True)


def _wait_for_tmp(out: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not list(out.glob(".tmp-*/report.json")):
        assert time.monotonic() < deadline, "the paused run never started writing"
        time.sleep(0.2)


def test_a_killed_run_leaves_no_half_report_and_the_next_succeeds(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    cli("ingest", str(EXAMPLES), home=tmp_path)
    run = _start_paused(tmp_path, out, "60")
    _wait_for_tmp(out)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert reports_in(out) == [] and list(out.glob(".tmp-*"))
    done = cli("report", "--out", str(out), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(reports_in(out)) == 1 and not list(out.glob(".tmp-*"))
    assert {p.name for p in reports_in(out)[0].iterdir()} == {"report.html", "report.md", "report.json",
                                                             "snapshot.json", "changes.html", "map.html"}


def test_concurrent_runs_do_not_interleave(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    cli("ingest", str(EXAMPLES), home=tmp_path)
    first = _start_paused(tmp_path, out, "4")
    _wait_for_tmp(out)
    second = cli("report", "--out", str(out), home=tmp_path)
    assert second.returncode == 3 and "another report run" in second.stderr
    assert first.wait(timeout=120) == 0
    assert len(reports_in(out)) == 1
    waited = cli("report", "--out", str(out), "--wait", "30", home=tmp_path)
    assert waited.returncode == 5  # got the lock, found nothing new


def test_the_html_report_renders_offline_with_its_chart(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    cli("ingest", str(EXAMPLES), str(CORPUS / "wire-raid-phnom-penh.txt"), home=tmp_path)
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0
    page_file = reports_in(out)[0] / "report.html"
    context = browser.new_context(offline=True, viewport={"width": 1200, "height": 1400})
    page = context.new_page()
    remote: list[str] = []
    page.on("request", lambda r: remote.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(page_file.as_uri())
    assert page.locator("h1").inner_text().startswith("scamgraph report")
    assert page.locator("svg.chart rect").count() > 2
    assert "New entities" in page.inner_text("body") and remote == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-page.png"), full_page=True)


def _tables(markdown: str) -> dict[str, int]:
    """Section title -> rows in its table (0 for "None.")."""
    counts, title = {}, None
    for line in markdown.splitlines():
        if line.startswith("## "):
            title = line[3:]
            counts[title] = 0
        elif title and line.startswith("| ") and not line.startswith("|---"):
            counts[title] += 1
    return {t: max(0, n - 1) for t, n in counts.items()}  # less the header row


SUMMARY_TABLES = {"new facts on watched entities": "Watched entities with new facts", "new reports": "New reports", "new entities": "New entities", "new facts": "New facts",
                  "movers": "Movers among people and organizations", "community changes": "Community changes",
                  "new likely hidden links": "New likely hidden links", "data-quality warnings": "Data-quality warnings"}


def _summary(markdown: str) -> dict[str, int]:
    import re

    line = next(x for x in markdown.splitlines() if x.startswith("Since "))
    return {what: int(n) for n, what in re.findall(r"(\d+) ([a-z -]+?)(?=,|\.)", line.split(": ", 1)[-1].replace("\\", ""))}


def test_the_summary_says_what_changed_in_numbers_that_are_the_tables_rows(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    assert cli("ingest", str(EXAMPLES), home=tmp_path).returncode == 0
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0
    assert cli("ingest", str(CORPUS / "wire-raid-phnom-penh.txt"), home=tmp_path).returncode == 0
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0
    for folder in reports_in(out):
        markdown = (folder / "report.md").read_text()
        summary, tables = _summary(markdown), _tables(markdown)
        assert set(summary) == set(SUMMARY_TABLES), summary
        assert {what: tables[SUMMARY_TABLES[what]] for what in summary} == summary
    first = json.loads((reports_in(out)[0] / "report.json").read_text())
    assert first["summary"]["counts"]["facts"] == first["totals"]["facts"]  # the first report: every fact is new
    assert first["summary"]["counts"]["entities"] == first["totals"]["entities"]
    assert "left out" in (reports_in(out)[0] / "report.md").read_text()  # which view the rankings used


def test_timeline_counts_chart_axes_and_movers_that_are_people(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    assert cli("ingest", str(EXAMPLES), home=tmp_path).returncode == 0
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0
    doc = json.loads((reports_in(out)[0] / "report.json").read_text())
    raid = next(t for t in doc["timeline"] if t["name"] == "Raid on building outside Phnom Penh (2025-10-15)")
    assert raid["counts"] == {"arrested KR": 57, "found CN": 29}
    page = (reports_in(out)[0] / "report.html").read_text()
    chart = page[page.index('<svg class="chart"'):page.index("</svg>")]
    assert ">people</text>" in chart and ">month</text>" in chart and ">57</text>" in chart and ">50</text>" in chart
    assert "57 people" in chart and "Arrests and repatriations by nationality (people)" in page
    movers = doc["changes"]["movers"]
    assert movers and all(m["key"].split(":")[0] in {"person", "organization"} for m in movers)


def test_a_community_is_in_one_change_only() -> None:
    import networkx as nx

    from scamgraph.report import _community_changes

    graph = nx.MultiDiGraph()
    graph.add_nodes_from("abcdefgh")
    before = [["a", "b", "c"], ["d", "e", "f"], ["g"]]
    now = [["a", "b", "d"], ["c", "e", "f"], ["g", "h"], ["x"]]
    result = {"communities": {"communities": [{"keys": k, "members": [{"key": m} for m in k]} for k in now]}}
    changes = _community_changes(graph, result, before)
    assert [c["change"] for c in changes] == ["regrouped 2 earlier communities into 2", "appeared"]
    merged = _community_changes(graph, {"communities": {"communities": [
        {"keys": ["a", "b", "c", "d", "e", "f"], "members": [{"key": "a"}]}]}}, before[:2])
    assert [c["change"] for c in merged] == ["merged 2 earlier communities"]


def test_ingest_warnings_reach_a_later_report(tmp_path: Path) -> None:
    """The README's cron pattern: `ingest` then `report`, two processes; what ingest found wrong
    is kept in the store and shown by the next report, and only by it."""
    inbox, out = tmp_path / "inbox", tmp_path / "reports"
    inbox.mkdir()
    for path in EXAMPLES.iterdir():
        (inbox / path.name).write_bytes(path.read_bytes())
    (inbox / "copy-of-flight.json").write_bytes((EXAMPLES / "2025-10-repatriation-flight.json").read_bytes())
    (inbox / "cut-off.json").write_text('{"report": {"title": "cut off"')
    dated = json.loads((EXAMPLES / "2025-11-victim-report-phone.json").read_text())
    dated["report"].update(published="2025-13-45", title="A report with an impossible date")
    (inbox / "impossible-date.json").write_text(json.dumps(dated))
    assert cli("ingest", str(inbox), home=tmp_path).returncode == 1
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0
    warnings = json.loads((reports_in(out)[0] / "report.json").read_text())["warnings"]
    assert any("cut-off.json" in w and w.startswith("ingest failed") for w in warnings)
    assert any("'2025-13-45' is not a date" in w for w in warnings)
    assert any("copy-of-flight.json" in w and "duplicate" in w for w in warnings)
    stats = json.loads(cli("stats", "--format", "json", home=tmp_path).stdout)
    assert "IngestRun" not in stats["nodes"] and stats["nodes"]["Report"] == len(list(EXAMPLES.iterdir())) + 1
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "broken.yaml").write_text("report: [unclosed")
    assert cli("ingest", str(tmp_path / "later"), home=tmp_path).returncode == 1
    assert cli("report", "--out", str(out), home=tmp_path).returncode == 0  # nothing new but a failure: still news
    later = json.loads((reports_in(out)[-1] / "report.json").read_text())["warnings"]
    assert any("broken.yaml" in w for w in later) and not any("cut-off.json" in w for w in later)


HOSTILE = ("Evil <script>alert(1)</script> ![x](http://127.0.0.1:9/track.png) [link](javascript:alert(1)) "
           "`code` a|b <img src=x onerror=alert(2)> www.example.com me@example.com")


def test_report_markdown_shows_hostile_text_as_text(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    report = {"report": {"title": "Hostile " + HOSTILE, "published": "2025-10-01", "kind": "news"},
              "entities": [{"id": "p", "label": "Person", "name": HOSTILE},
                           {"id": "o", "label": "Organization", "name": "Front Company"}],
              "relations": [{"type": "WORKS_FOR", "source": "p", "target": "o", "quote": HOSTILE}]}
    (tmp_path / "hostile.json").write_text(json.dumps(report))
    assert cli("ingest", str(tmp_path / "hostile.json"), home=tmp_path).returncode == 0
    assert cli("report", "--out", str(tmp_path / "reports"), home=tmp_path).returncode == 0
    markdown = (reports_in(tmp_path / "reports")[0] / "report.md").read_text()
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    for markup in ("<script", "<img", "<a ", "<code", "javascript:alert(1)\""):
        assert markup not in rendered, markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered and "![x](http://127.0.0.1:9/track.png)" in rendered
    assert rendered.count("<table>") >= 3  # pipes in names did not break the tables
