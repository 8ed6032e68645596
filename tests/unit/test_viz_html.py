"""The graph page as a file: self-contained, and report text only ever as escaped data."""

import re

import networkx as nx

from scamgraph.page import VizOptions, render


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
