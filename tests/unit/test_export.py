"""Exports read back with the same nodes, edges and attributes; redaction leaves no victim's name."""

from pathlib import Path

import networkx as nx

from scamgraph.graph.export import export
from scamgraph.loaders.ftm import load as load_ftm
from tests.reports import example_graph


def with_victim() -> nx.MultiDiGraph:
    graph = example_graph()
    graph.add_node("person:nguyen-thi-mai", label="Person", name="Nguyen Thi Mai", role_class="victim")
    graph.add_node("identifier:phone-84901234567", label="Identifier", name="phone:+84901234567", kind="phone")
    raid = "event:raid-on-building-outside-phnom-penh-2025-10-15"
    graph.add_edge(raid, "person:nguyen-thi-mai", type="RESCUED", report="report:v", quote="Nguyen Thi Mai was rescued")
    graph.add_edge("person:nguyen-thi-mai", "identifier:phone-84901234567", type="USES", report="report:v", quote="her phone")
    return graph


def test_graphml_and_node_link_json_round_trip(tmp_path: Path) -> None:
    graph = example_graph()
    back = nx.read_graphml(export(graph, "graphml", tmp_path / "g.graphml"))
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    raid = "event:raid-on-building-outside-phnom-penh-2025-10-15"
    assert back.nodes[raid]["label"] == "Event" and back.nodes["nationality:KR"]["iso2"] == "KR"
    counts = sorted(d.get("count") for _, t, d in back.edges(data=True) if t == "nationality:KR" and d.get("count"))
    assert 57 in counts
    data = __import__("json").loads(export(graph, "json", tmp_path / "g.json").read_text())
    again = nx.node_link_graph(data, edges="links")
    assert (again.number_of_nodes(), again.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert nx.read_gexf(export(graph, "gexf", tmp_path / "g.gexf")).number_of_nodes() == graph.number_of_nodes()


def test_ftm_output_reimports_to_the_same_entities(tmp_path: Path) -> None:
    graph = example_graph()
    batch = load_ftm(export(graph, "ftm", tmp_path / "g.ftm.json"))
    assert not batch.problems
    wanted = {n for n, d in graph.nodes(data=True) if d.get("label") in {"Person", "Organization", "Agency", "Site"}}
    assert wanted <= set(batch.nodes)
    directs = {(e.source, e.target) for e in batch.edges if e.type.value == "DIRECTS"}
    assert ("person:chen-zhi", "organization:prince-group") in directs


def test_no_victim_name_survives_redaction(tmp_path: Path) -> None:
    graph = with_victim()
    for fmt in ("graphml", "gexf", "json", "ftm"):
        text = export(graph, fmt, tmp_path / f"r.{fmt}", redact_victims=True).read_text()
        assert "Nguyen Thi Mai" not in text and "84901234567" not in text, fmt
        assert "victim " in text or fmt == "ftm"
    plain = export(graph, "json", tmp_path / "plain.json").read_text()
    assert "Nguyen Thi Mai" in plain  # only when asked
