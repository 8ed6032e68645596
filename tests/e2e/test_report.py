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
