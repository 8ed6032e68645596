"""The map page in a real browser (headless Debian chromium), made by the CLI from a real embedded
store of the example reports, and checked against Cypher queries of that store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scamgraph.graph.store import open_store
from tests.conftest import ARTIFACTS, EXAMPLES

PEOPLE = ["ARRESTED", "DETAINED", "FOUND", "RESCUED", "REPATRIATED", "DEPORTED"]
SITE_PP = "site:multi-storey-building-outside-phnom-penh"


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCAMGRAPH_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], capture_output=True, text=True,
                          env=env, timeout=600, check=False)


@pytest.fixture(scope="module")
def example_map(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The examples ingested into an embedded store, the map the CLI drew, and the store's answers."""
    home = tmp_path_factory.mktemp("map-store")
    assert cli("ingest", str(EXAMPLES), home=home).returncode == 0
    done = cli("map", "--out", str(home / "map.html"), home=home)
    assert done.returncode == 0, done.stderr
    with open_store(f"embedded:{home}") as store:
        places = store.query("MATCH (n) WHERE n:Site OR n:Location RETURN n.key AS key")
        facts = store.query(
            "MATCH (e:Event)-[:OCCURRED_AT]->(p) MATCH (e)-[r]->(n:Nationality) WHERE type(r) IN $types "
            "RETURN DISTINCT e.key AS event, type(r) AS type, n.key AS nationality, r.count AS count",
            {"types": PEOPLE})
    return {"path": home / "map.html", "places": {r["key"] for r in places}, "facts": facts, "stdout": done.stdout}


def open_map(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    """The page, with every request that is not the file itself (or data:) refused and recorded."""
    context = browser.new_context(offline=True, viewport={"width": 1300, "height": 760})
    outside: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_function("window.scamgraphMap && window.scamgraphMap.ready", timeout=15_000)
    return page, problems, outside


def test_points_and_flows_match_the_store_and_nothing_is_fetched(browser: Any, example_map: dict[str, Any]) -> None:
    page, problems, outside = open_map(browser, example_map["path"])
    drawn = set(page.evaluate("[...document.querySelectorAll('#map .point')].map(p => p.dataset.key)"))
    data = page.evaluate("window.scamgraphMap.data")
    not_placed = {p["key"] for p in data["not_placed"]}
    assert drawn == set(data["points"]) and drawn | not_placed == example_map["places"] and not drawn & not_placed
    assert {"location:tarlac", "location:karen-state"} <= not_placed  # provinces: listed, not drawn
    assert "Not placed (2)" in page.inner_text("#legend") and "Tarlac" in page.inner_text("#not-placed")
    assert all((p["coordinate"]["lat"], p["coordinate"]["lon"]) != (0, 0) for p in data["points"].values())
    lines = page.evaluate("[...document.querySelectorAll('#map .flow')].map(p => p.dataset.key)")
    assert sorted(lines) == sorted(data["flows"]) and len(lines) == 8
    on_lines = sorted((f["count"] or 0) for flow in data["flows"].values() for f in flow["facts"])
    assert on_lines == sorted(r["count"] or 0 for r in example_map["facts"])  # every reported fact on one line
    assert {f["nationality"] for f in data["flows"].values()} == {r["nationality"] for r in example_map["facts"]}
    countries = {p["country"] for p in data["points"].values() if p["label"] == "Site"}
    assert {"KH", "MM", "PH"} <= countries
    assert data["flows"][f"nationality:KR->{SITE_PP}"]["people"] == 57
    assert data["flows"][f"nationality:CN->{SITE_PP}"]["people"] == 29
    assert "15 points, 8 flows, 2 not placed" in example_map["stdout"]
    assert problems == [] and outside == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-page.png"))


def test_clicking_a_flow_shows_its_quotes_and_report(browser: Any, example_map: dict[str, Any]) -> None:
    page, problems, outside = open_map(browser, example_map["path"])
    x, y = page.evaluate(
        """key => { const path = document.querySelector(`#map .flow[data-key="${key}"]`);
                    const p = path.getPointAtLength(path.getTotalLength() * 0.3);
                    const m = path.getScreenCTM(); return [p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f]; }""",
        f"nationality:KR->{SITE_PP}")
    page.mouse.click(x, y)
    details = page.inner_text("#details")
    assert "South Korea \u2192 Multi-storey building outside Phnom Penh" in details
    assert "57 people, as reported" in details and "arrested 57 South Korean nationals" in details
    assert "57 South Koreans among those held" in details  # the report's title
    page.evaluate("window.scamgraphMap.show('site:kk-park')")
    assert "troops raided KK Park" in page.inner_text("#details")
    assert problems == [] and outside == []


def test_redacted_map_names_no_victim(tmp_path: Path, example_map: dict[str, Any]) -> None:
    home = example_map["path"].parent
    done = cli("map", "--out", str(tmp_path / "r.html"), "--redact", "victims", home=home)
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "r.html").read_text()
    plain = example_map["path"].read_text()
    assert "Park Ji-hoon" in plain and "Park Ji-hoon" not in page and "victims redacted" in page
