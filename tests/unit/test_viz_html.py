"""The graph page as a file: self-contained, and report text only ever as escaped data."""

import re

import networkx as nx

from scamgraph.analysis.context import CONTEXT_LABELS
from scamgraph.page import VizOptions, build, render
from scamgraph.page.layout import Box, overlapping
from tests.reports import example_graph


def small_graph(name: str = "Kim Seok-ki") -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("person:a", label="Person", name=name)
    graph.add_node("site:b", label="Site", name="KK Park")
    graph.add_edge("person:a", "site:b", type="OPERATES", report="report:1", quote="</script><b>x</b>", reported="2026-01-01")
    return graph


def test_nothing_is_loaded_from_the_network() -> None:
    page = render(small_graph())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?https?:", page)
    assert "default-src 'none'" in page  # and the browser is told so


def test_report_text_cannot_close_the_data_script() -> None:
    page = render(small_graph("<img src=x onerror=alert(1)>"), VizOptions(title="<b>t</b>"))
    data = page.split('id="scamgraph-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\\u003cimg src=x onerror=alert(1)\\u003e" in data
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    assert page.count("</script>") == 3  # vis-network, the data block, the page script


def test_big_graphs_are_trimmed_and_laid_out_in_advance() -> None:
    graph = nx.MultiDiGraph()
    for i in range(60):
        graph.add_node(f"person:{i}", label="Person", name=f"P{i}")
        graph.add_edge(f"person:{i}", f"person:{(i * 7) % 60}", type="ASSOCIATED_WITH", report="r", quote="q")
    page = render(graph, VizOptions(max_nodes=25))
    assert "Showing the 25 most central of 60 entities" in page
    assert '"physics": false' in page and '"x":' in page
    still = render(graph, VizOptions(physics=True))
    assert '"x":' not in still


def test_the_layout_leaves_no_box_overlapping_and_isolates_in_a_grid() -> None:
    graph = example_graph()
    for i in range(5):  # entities whose only tie is a nationality: no link once context is chips
        graph.add_node(f"person:alone-{i}", label="Person", name=f"Alone {i}")
        graph.add_edge(f"person:alone-{i}", "nationality:KR", type="HAS_NATIONALITY", quote="q", reported="2025-10-16")
    net, _ = build(graph)
    placed = {n["id"]: (n["x"], n["y"]) for n in net.nodes if n["kind"] == "core"}
    boxes = {n["id"]: Box.for_label(n["label"], n["size"], n["font"]["size"]) for n in net.nodes if n["kind"] == "core"}
    assert overlapping(placed, boxes) == 0
    alone = [n for n in net.nodes if n["alone"]]
    linked = [n for n in net.nodes if n["kind"] == "core" and not n["alone"]]
    assert {f"person:alone-{i}" for i in range(5)} <= {n["id"] for n in alone}
    assert all(a["x"] > max(n["x"] for n in linked) for a in alone)  # to one side, not scattered
    assert len({round(a["y"]) for a in alone}) < len(alone)  # in rows


def test_context_is_chips_until_asked_and_the_around_view_is_all_linked() -> None:
    graph = example_graph()
    net, data = build(graph, VizOptions(center="person:chen-zhi", hops=2, expand_budget=5))
    kinds = {n["id"]: n["kind"] for n in net.nodes}
    assert {d["label"] for k, d in graph.nodes(data=True) if kinds.get(k) == "context"} <= set(CONTEXT_LABELS)
    assert all(n["hidden"] for n in net.nodes if n["kind"] != "core")
    assert any(d["chips"] for d in data["details"].values())
    core = {k for k, v in kinds.items() if v == "core"}
    linked = {e["from"] for e in net.edges if not e["hidden"]} | {e["to"] for e in net.edges if not e["hidden"]}
    assert core == linked and "person:chen-zhi" in core
    assert 0 < sum(v == "ring" for v in kinds.values()) <= 5
    shown_context = build(graph, VizOptions(show_context=True))[0].nodes
    assert any(n["kind"] == "context" and not n["hidden"] for n in shown_context)
    drawn = [n for n in shown_context if not n["hidden"]]  # context as nodes: still no overlap
    boxes = {n["id"]: Box.for_label(n["label"], n["size"], n["font"]["size"]) for n in drawn}
    assert overlapping({n["id"]: (n["x"], n["y"]) for n in drawn}, boxes) == 0


def test_a_label_filter_around_an_entity_leaves_no_entity_unlinked() -> None:
    net, _ = build(example_graph(), VizOptions(center="person:chen-zhi", hops=2, labels=["Person", "Organization"]))
    core = {n["id"] for n in net.nodes if n["kind"] == "core"}
    linked = {e["from"] for e in net.edges if not e["hidden"]} | {e["to"] for e in net.edges if not e["hidden"]}
    assert "person:chen-zhi" in core and core == linked
