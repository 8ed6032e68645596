"""The graph page in a real browser (headless Debian chromium) with the network off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from scamgraph.page import VizOptions, build, write
from tests.conftest import ARTIFACTS
from tests.reports import example_graph

EVIL = "<img src=x onerror=alert(1)>"


def open_page(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    remote: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: remote.append(request.url) if not request.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
    return page, problems, remote


def click_node(page: Any, key: str) -> None:
    x, y = page.evaluate(
        """key => { const n = window.scamgraph.network; const p = n.getPositions([key])[key];
                    const d = n.canvasToDOM(p); const r = document.getElementById('graph').getBoundingClientRect();
                    return [d.x + r.left, d.y + r.top]; }""", key)
    page.mouse.click(x, y)


def test_the_page_works_offline_with_every_node_and_link(browser: Any, tmp_path: Path) -> None:
    graph = example_graph()
    net, _ = build(graph)
    page, problems, remote = open_page(browser, write(graph, tmp_path / "graph.html"))
    counts = page.evaluate("[window.scamgraph.nodes.length, window.scamgraph.edges.length]")
    drawn = [sum(not n["hidden"] for n in net.nodes), sum(not e["hidden"] for e in net.edges)]
    assert counts == drawn and counts[0] > 30  # hidden ones (context, the expansion ring) join when shown
    assert problems == [] and remote == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph-page.png"))


def test_clicking_a_node_shows_its_evidence_quote(browser: Any, tmp_path: Path) -> None:
    graph = example_graph()
    page, problems, _ = open_page(browser, write(graph, tmp_path / "graph.html"))
    raid = "event:raid-on-building-outside-phnom-penh-2025-10-15"
    page.evaluate("key => window.scamgraph.network.focus(key, {scale: 1.5})", raid)
    page.wait_for_timeout(300)
    click_node(page, raid)
    details = page.inner_text("#details")
    assert "Raid on building outside Phnom Penh" in details
    assert "arrested 57 South Korean nationals" in details
    assert problems == []


def test_no_script_from_the_data_runs(browser: Any, tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("person:evil", label="Person", name=EVIL)
    graph.add_node("site:x", label="Site", name="</script><script>window.__owned = 1</script>")
    graph.add_edge("person:evil", "site:x", type="OPERATES", report="report:1",
                   quote=f"{EVIL} runs it <script>window.__owned = 2</script>", reported="2026-01-01")
    page, problems, remote = open_page(browser, write(graph, tmp_path / "evil.html", VizOptions(title=EVIL)))
    page.evaluate("window.scamgraph.network.fit()")
    click_node(page, "person:evil")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__owned") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert EVIL in page.inner_text("#details") and EVIL in page.inner_text("#bar")
    assert problems == [] and remote == []


def test_trimming_and_the_title_bar_say_what_is_shown(browser: Any, tmp_path: Path) -> None:
    graph = example_graph()
    options = VizOptions(max_nodes=20, filters={"as of": "2025-10-31"})
    page, _, _ = open_page(browser, write(graph, tmp_path / "top.html", options))
    shown = page.evaluate("Object.keys(window.scamgraph.shown).filter(id => window.scamgraph.shown[id])")
    assert len(shown) == 20
    bar = page.inner_text("#bar")
    assert "Showing the 20 most central" in bar and "as of 2025-10-31" in bar
    page.click("#physics")
    assert page.evaluate("window.scamgraph.network.physics.options.enabled") is True


@pytest.mark.parametrize("label", ["Event"])
def test_label_filter_hides_nodes(browser: Any, tmp_path: Path, label: str) -> None:
    graph = example_graph()
    page, _, _ = open_page(browser, write(graph, tmp_path / "f.html"))
    page.uncheck(f"input[data-label='{label}']")
    shown = page.evaluate("window.scamgraph.nodes.get({filter: n => !n.hidden}).map(n => n.category)")
    assert shown and label not in shown
    page.check(f"input[data-label='{label}']")
    assert page.evaluate("window.scamgraph.nodes.get({filter: n => !n.hidden && n.category === 'Event'}).length") == sum(
        1 for _, d in graph.nodes(data=True) if d.get("label") == label)
