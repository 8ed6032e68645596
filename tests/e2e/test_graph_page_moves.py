"""The graph page an investigator works in, in a real browser: legible at the default view, and the
moves (expand, path, time, communities, hide, pin, link, picture) change what the page shows.

Pages come from the real CLI over the example reports ingested into a temporary embedded store.
Overlaps are measured in the page: node positions from the network, label boxes from the
canvas's own text measurement with the page's font.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.analysis import synthetic_network
from scamgraph.page import VizOptions, write
from tests.conftest import EXAMPLES

#: Label boxes as drawn: vis-network draws a label under its node, 4 canvas units below, at the
#: node's font size times the zoom (capped at maxVisible), and skips it under drawThreshold - 1.
LABEL_BOXES = """() => {
  const s = window.scamgraph, net = s.network, scale = net.getScale(), opts = s.data.options.nodes;
  const min = opts.scaling.label.drawThreshold - 1, cap = opts.scaling.label.maxVisible;
  const ctx = document.createElement('canvas').getContext('2d');
  const ids = s.nodes.getIds().filter(id => s.shown[id]);
  const at = net.getPositions(ids), boxes = [];
  for (const id of ids) {
    const n = s.nodes.get(id), px = n.font.size * scale;
    if (px < min) continue;
    const size = Math.min(px, cap);
    ctx.font = size + 'px ' + (n.font.face || opts.font.face);
    const w = ctx.measureText(n.label).width, c = net.canvasToDOM(at[id]);
    const top = c.y + n.size * scale + 4 * scale + 0.5 * size;
    boxes.push({id: id, px: size, l: c.x - w / 2, r: c.x + w / 2, t: top, b: top + size});
  }
  const bad = new Set();
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b) { bad.add(a.id); bad.add(b.id); }
  }
  return {shown: boxes.length, overlapping: bad.size, smallest: Math.min(...boxes.map(b => b.px))};
}"""

SHOWN = "() => Object.keys(window.scamgraph.shown).filter(id => window.scamgraph.shown[id])"
SHOWN_LINKS = """() => window.scamgraph.edges.get({filter: e => !e.hidden}).map(e => [e.from, e.to, e.info.dates])"""


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCAMGRAPH_HOME": str(home)}
    env.pop("SCAMGRAPH_STORE", None)
    done = subprocess.run([sys.executable, "-m", "scamgraph.cli", *args], capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example reports in an embedded store, and the pages the CLI writes from it."""
    home = tmp_path_factory.mktemp("store")
    out = tmp_path_factory.mktemp("pages")
    cli("ingest", str(EXAMPLES), home=home)
    cli("viz", "--out", str(out / "all.html"), home=home)
    cli("viz", "--out", str(out / "around.html"), "--around", "Chen Zhi", "--hops", "2", home=home)
    cli("viz", "--out", str(out / "near.html"), "--around", "Chen Zhi", "--hops", "1", home=home)
    return {"all": out / "all.html", "around": out / "around.html", "near": out / "near.html"}


def open_page(browser: Any, path: Path | str, **context: Any) -> Any:
    page = browser.new_context(offline=True, viewport={"width": 1400, "height": 900}, **context).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    page.goto(path if isinstance(path, str) else path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
    return page


def screen_point(page: Any, key: str) -> tuple[float, float]:
    page.wait_for_timeout(150)  # let vis-network catch up with any change of its frame's size
    return page.evaluate(
        """key => { const n = window.scamgraph.network, d = n.canvasToDOM(n.getPositions([key])[key]);
                    const r = document.getElementById('graph').getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; }""", key)


def key_of(page: Any, name: str) -> str:
    return page.evaluate("name => Object.values(window.scamgraph.details).find(d => d.name === name).key", name)


def test_default_view_of_the_example_graph_has_no_overlapping_labels(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["all"])
    labels = page.evaluate(LABEL_BOXES)
    assert labels["overlapping"] == 0 and labels["shown"] >= 8
    assert labels["smallest"] >= 12  # readable at the first fit
    shown = page.evaluate(SHOWN)
    context = page.evaluate("() => Object.keys(window.scamgraph.meta).filter(id => window.scamgraph.meta[id].kind === 'context')")
    assert context and not set(context) & set(shown)  # context is chips, not nodes, at first
    page.check("#context")
    assert set(context) & set(page.evaluate(SHOWN))
    assert page.errors == []


def test_500_entities_overlap_at_most_two_percent(browser: Any, tmp_path: Path) -> None:
    path = write(synthetic_network(1500), tmp_path / "g500.html", VizOptions(max_nodes=500))
    page = open_page(browser, path)
    labels = page.evaluate(LABEL_BOXES)
    assert labels["shown"] >= 10 and labels["overlapping"] <= 0.02 * labels["shown"]
    assert labels["smallest"] >= 12


def test_around_page_shows_no_entity_without_a_link(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["around"])
    shown = set(page.evaluate(SHOWN))
    linked = {end for a, b, _ in page.evaluate(SHOWN_LINKS) for end in (a, b)}
    assert len(shown) > 3 and shown == linked
    page.check("#context")
    shown = set(page.evaluate(SHOWN))
    assert shown == {end for a, b, _ in page.evaluate(SHOWN_LINKS) for end in (a, b)}


def test_double_click_expands_hidden_neighbours(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["near"])
    before = set(page.evaluate(SHOWN))
    ring = page.evaluate("() => Object.keys(window.scamgraph.meta).filter(id => window.scamgraph.meta[id].kind === 'ring')")
    assert ring and not set(ring) & before
    target = next(n for n in before if page.evaluate(
        "id => window.scamgraph.data.edges.some(e => (e.from === id && window.scamgraph.meta[e.to].kind === 'ring') || (e.to === id && window.scamgraph.meta[e.from].kind === 'ring'))", n))
    page.mouse.dblclick(*screen_point(page, target))
    after = set(page.evaluate(SHOWN))
    added = after - before
    assert added and added <= set(ring) and before <= after
    links = page.evaluate(SHOWN_LINKS)
    assert all(any(n in (a, b) and target in (a, b) for a, b, _ in links) for n in added)
    assert "neighbours of" in page.inner_text("#status")


def test_two_entities_selected_show_the_path_with_evidence(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["all"])
    a, b = key_of(page, "Chen Zhi"), key_of(page, "Office of Foreign Assets Control")
    for key in (a, b):
        page.evaluate("key => window.scamgraph.network.focus(key, {scale: 1.2, animation: false})", key)
        page.keyboard.down("Control")
        page.mouse.click(*screen_point(page, key))
        page.keyboard.up("Control")
    panel = page.inner_text("#details")
    assert panel.startswith("Path: Chen Zhi") and "Office of Foreign Assets Control" in panel
    hops = page.query_selector_all("#details .hop")
    assert hops and all(h.query_selector("blockquote") for h in hops)
    highlighted = page.evaluate("() => window.scamgraph.edges.get({filter: e => e.color === '#e6550d'}).length")
    assert highlighted == len(hops)


def test_time_slider_replays_the_graph_as_known_on_a_date(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["all"])
    everything = set(page.evaluate(SHOWN))
    page.focus("#time")
    page.keyboard.press("Home")
    first = page.evaluate("window.scamgraph.state.date")
    assert first == page.evaluate("window.scamgraph.data.dates[0]")
    assert page.inner_text("#time-label") == f"as known on {first}"
    early = set(page.evaluate(SHOWN))
    assert 0 < len(early) < len(everything)
    assert all(not dates or dates[0] <= first for _, _, dates in page.evaluate(SHOWN_LINKS))
    page.keyboard.press("End")
    assert set(page.evaluate(SHOWN)) == everything


def test_community_colours_toggle(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["all"])
    colours = "() => Object.fromEntries(window.scamgraph.nodes.get({filter: n => !n.hidden}).map(n => [n.id, n.color]))"
    by_label = page.evaluate(colours)
    page.click("#colour")
    by_group = page.evaluate(colours)
    groups = page.evaluate("window.scamgraph.data.communities")
    palette = page.evaluate("window.scamgraph.data.palette")
    assert by_group != by_label and len(set(by_group.values())) >= 3
    for node, colour in by_group.items():
        assert colour == palette[min(groups[node], len(palette) - 1)]
    page.click("#colour")
    assert page.evaluate(colours) == by_label


def test_save_as_png(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["all"])
    with page.expect_download() as caught:
        page.click("#png")
    picture = Path(caught.value.path()).read_bytes()
    width = page.evaluate("document.querySelector('#graph canvas').width")
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(picture[16:20], "big") == width
    assert len(picture) > 10_000  # a drawing, not a blank


def test_hide_pin_and_the_link_reopen_the_same_view(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["all"])
    chen, group = key_of(page, "Lee Min-su"), key_of(page, "Prince Group")
    page.evaluate("key => window.scamgraph.network.focus(key, {scale: 1.2, animation: false})", group)
    page.mouse.click(*screen_point(page, group))
    page.click("#pin-entity")
    assert page.evaluate("key => window.scamgraph.nodes.get(key).fixed.x", group) is True
    page.evaluate("key => window.scamgraph.network.focus(key, {scale: 1.2, animation: false})", chen)
    page.mouse.click(*screen_point(page, chen))
    page.click("#hide-entity")
    assert chen not in page.evaluate(SHOWN) and group in page.evaluate(SHOWN)
    page.click("#colour")
    page.evaluate("key => window.scamgraph.network.focus(key, {scale: 1.2, animation: false})", group)
    page.mouse.click(*screen_point(page, group))
    link = page.evaluate("location.href")
    assert "#" in link and "sel=" in link and "hide=" in link
    again = open_page(browser, link)
    assert again.evaluate("window.scamgraph.network.getSelectedNodes()") == [group]
    assert chen not in again.evaluate(SHOWN) and again.evaluate("window.scamgraph.state.colour") == "community"
    assert again.evaluate("key => window.scamgraph.nodes.get(key).fixed.x", group) is True
    assert again.inner_text("#details").startswith("Prince Group")


def test_hovering_a_link_shows_its_type_and_count(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["all"])
    link = page.evaluate("window.scamgraph.edges.get({filter: e => !e.hidden && e.info.evidence[0].quote})[0]")
    page.evaluate("ids => window.scamgraph.network.fit({nodes: ids})", [link["from"], link["to"]])
    (ax, ay), (bx, by) = screen_point(page, link["from"]), screen_point(page, link["to"])
    page.mouse.move((ax + bx) / 2, (ay + by) / 2)
    page.wait_for_timeout(300)
    label = page.evaluate("id => window.scamgraph.edges.get(id).label", link["id"])
    assert label == f"{link['info']['type']} \u00d7{link['info']['facts']}"
    page.mouse.click((ax + bx) / 2, (ay + by) / 2)  # a click on a link: its evidence in the panel
    panel = page.inner_text("#details")
    assert link["info"]["type"] in panel and link["info"]["evidence"][0]["quote"] in panel
    corner = page.evaluate("() => { const r = document.getElementById('graph').getBoundingClientRect(); return [r.left + 3, r.top + 3]; }")
    page.mouse.move(*corner, steps=5)  # off the link, still over the drawing
    page.wait_for_timeout(300)
    assert not (page.evaluate("id => window.scamgraph.edges.get(id).label", link["id"]) or "").strip()


def test_the_bench_reports_a_page_that_never_settles_as_not_run(browser: Any, tmp_path: Path) -> None:
    from bench.viz import _try

    still = write(synthetic_network(60), tmp_path / "still.html", VizOptions())
    seconds, why = _try(browser, still, True, 2)  # a still page never marks itself stable
    assert seconds is None and why.startswith("not run: TimeoutError")
    seconds, why = _try(browser, still, False, 30)
    assert seconds is not None and seconds > 0 and why == ""
