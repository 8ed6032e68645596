"""Link analyses on small graphs whose answers were worked out by hand."""

import math

import networkx as nx
import pytest

from scamgraph.analysis.links import (
    AnalysisOptions, brokers, centrality, communities, explained_path, fact_graph, hidden_links, is_victim,
    k_core, projection, run_all,
)


def graph_of(nodes: dict[str, str], facts: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    """nodes: key -> label; facts: (source, TYPE, target), each from its own report with a quote."""
    graph = nx.MultiDiGraph()
    for key, label in nodes.items():
        graph.add_node(key, label=label, name=key.upper())
    for i, (source, rel, target) in enumerate(facts):
        graph.add_edge(source, target, key=f"{rel}|r{i}", type=rel, report=f"report:{i:016x}",
                       quote=f"{source} {rel.lower()} {target}", reported="2026-10-01")
    return graph


# Two tight groups of three people around a site each, joined only through broker b:
#   a1 a2 a3 + site sa   ---  a3 - b - c1  ---   c1 c2 c3 + site sc
NODES = {**{k: "Person" for k in ("a1", "a2", "a3", "b", "c1", "c2", "c3")}, "sa": "Site", "sc": "Site"}
FACTS = [("a1", "ASSOCIATED_WITH", "a2"), ("a2", "ASSOCIATED_WITH", "a3"), ("a1", "ASSOCIATED_WITH", "a3"),
         ("a1", "OPERATES", "sa"), ("a2", "OPERATES", "sa"), ("a3", "OPERATES", "sa"),
         ("c1", "ASSOCIATED_WITH", "c2"), ("c2", "ASSOCIATED_WITH", "c3"), ("c1", "ASSOCIATED_WITH", "c3"),
         ("c1", "OPERATES", "sc"), ("c2", "OPERATES", "sc"), ("c3", "OPERATES", "sc"),
         ("a3", "ASSOCIATED_WITH", "b"), ("b", "ASSOCIATED_WITH", "c1")]


def test_the_broker_between_two_groups() -> None:
    graph = graph_of(NODES, FACTS)
    found = brokers(graph)
    assert {r["key"] for r in found["articulation_points"]} == {"a3", "b", "c1"}
    assert {(x["source"], x["target"]) for x in found["bridges"]} == {("a3", "b"), ("b", "c1")}
    assert found["go_betweens"][0]["key"] == "b"  # two links, yet on every path between the groups
    ranking = centrality(graph)["ranking"]
    assert max(ranking, key=lambda r: r["betweenness"])["key"] == "b"
    assert centrality(graph)["method"]["betweenness"] == "exact"


def test_two_communities_with_the_reports_that_tie_them() -> None:
    found = communities(graph_of(NODES, FACTS))
    groups = [{m["key"] for m in c["members"]} for c in found["communities"]]
    assert {"a1", "a2", "sa"} <= groups[0] | groups[1] and {"c2", "c3", "sc"} <= groups[0] | groups[1]
    assert not ({"a1", "a2"} <= groups[0] and {"c2", "c3"} & groups[0])
    assert found["communities"][0]["reports"][0]["facts"] == 1 and found["modularity"] > 0.3


def test_a_path_comes_with_the_evidence_of_every_hop() -> None:
    path = explained_path(graph_of(NODES, FACTS), "a1", "c2")
    assert [h["to"] for h in path["hops"]] == ["a3", "b", "c1", "c2"]
    assert path["hops"][1]["facts"][0]["quote"] == "a3 associated_with b"
    assert path["hops"][1]["facts"][0]["report"] == "report:000000000000000c"
    assert "A1 -> A3 -> B -> C1 -> C2" in path["explanation"]


def test_no_path_is_said_plainly() -> None:
    graph = graph_of({"x": "Person", "y": "Person"}, [])
    assert explained_path(graph, "x", "y")["hops"] == []
    with pytest.raises(KeyError):
        explained_path(graph, "x", "missing")


def test_victims_stay_out_of_suspect_rankings_unless_asked() -> None:
    nodes = {"v": "Person", "boss": "Person", "site": "Site", **{f"e{i}": "Event" for i in range(5)}}
    facts = [(f"e{i}", "RESCUED", "v") for i in range(5)] + [("boss", "OPERATES", "site"), ("e0", "OCCURRED_AT", "site")]
    graph = graph_of(nodes, facts)
    assert is_victim(graph, "v") and not is_victim(graph, "boss")
    default = centrality(graph)
    assert "v" not in {r["key"] for r in default["ranking"]} and default["roles_left_out"] == ["victim"]
    everyone = centrality(graph, AnalysisOptions(include_victims=True))
    assert everyone["ranking"][0]["key"] == "v" and everyone["roles_left_out"] == []
    graph.nodes["boss"]["role_class"] = "victim"  # said so by role
    assert is_victim(graph, "boss")


def test_hidden_link_candidates_name_the_partners_they_share() -> None:
    # x and y never appear together, but each shares a site with z
    nodes = {"x": "Person", "y": "Person", "z": "Organization", "s1": "Site", "s2": "Site"}
    facts = [("x", "OPERATES", "s1"), ("z", "OWNS", "s1"), ("y", "OPERATES", "s2"), ("z", "OWNS", "s2")]
    graph = graph_of(nodes, facts)
    projected = projection(graph)
    assert projected["x"]["z"]["via"] == ["s1"] and not projected.has_edge("x", "y")
    (link,) = hidden_links(graph)["links"]
    assert (link["source"], link["target"]) == ("x", "y")
    assert link["shared"][0]["key"] == "z" and set(link["shared"][0]["via"]) == {"S1", "S2"}
    assert link["jaccard"] == 1.0 and link["adamic_adar"] == pytest.approx(1 / math.log(2), abs=1e-4)


def test_reports_and_mentions_do_not_shape_the_structure() -> None:
    graph = graph_of(NODES, FACTS)
    graph.add_node("report:1", label="Report", name="R")
    for key in NODES:
        graph.add_edge("report:1", key, type="MENTIONS", report="report:1")
    simple = fact_graph(graph)
    assert "report:1" not in simple and simple.number_of_edges() == len(FACTS)


def test_k_core_and_sampled_betweenness_on_a_bigger_graph() -> None:
    graph = nx.MultiDiGraph()
    ring = nx.connected_watts_strogatz_graph(300, 6, 0.1, seed=3)
    for n in ring:
        graph.add_node(f"p{n}", label="Person", name=f"P{n}")
    for a, b in ring.edges:
        graph.add_edge(f"p{a}", f"p{b}", type="ASSOCIATED_WITH", report="report:x", quote="")
    result = run_all(graph, AnalysisOptions(exact_betweenness_limit=100, betweenness_samples=20))
    assert result["centrality"]["method"]["betweenness"] == "sampled from 20 sources, seed 7"
    assert result["k_core"]["k"] >= 3
    assert k_core(graph)["k"] == result["k_core"]["k"]


def test_an_empty_graph_gives_empty_answers_not_errors() -> None:
    result = run_all(nx.MultiDiGraph())
    assert result["graph"]["entities"] == 0
    assert result["centrality"]["people_and_organizations"] == [] and result["hidden_links"]["links"] == []


# Two people who share only a nationality, and a third tied to one of them by a fact.
CONTEXT_NODES = {"p1": "Person", "p2": "Person", "p3": "Person", "kr": "Nationality", "kh": "Location",
                 "r": "Report"}
CONTEXT_FACTS = [("p1", "HAS_NATIONALITY", "kr"), ("p2", "HAS_NATIONALITY", "kr"), ("p2", "ASSOCIATED_WITH", "p3"),
                 ("p1", "LOCATED_IN", "kh"), ("p3", "LOCATED_IN", "kh"), ("r", "MENTIONS", "p1"), ("r", "MENTIONS", "p3")]


def test_a_shared_nationality_is_no_path_unless_context_is_asked_for() -> None:
    graph = graph_of(CONTEXT_NODES, CONTEXT_FACTS)
    without = explained_path(graph, "p1", "p2")
    assert without["hops"] == [] and "left out" in without["explanation"]
    within = explained_path(graph, "p1", "p2", include_context=True)
    assert [h["to"] for h in within["hops"]] == ["kr", "p2"] and "included" in within["explanation"]
    assert [h["to"] for h in explained_path(graph, "p1", "kr")["hops"]] == ["kr"]  # a context node may end a path


def test_context_nodes_are_no_part_of_the_structure_by_default() -> None:
    graph = graph_of(CONTEXT_NODES, CONTEXT_FACTS)
    assert set(fact_graph(graph)) == {"p1", "p2", "p3"}
    assert set(fact_graph(graph, include_context=True)) == {"p1", "p2", "p3", "kr", "kh"}
    result = run_all(graph)
    assert result["graph"]["include_context"] is False and "left out" in result["graph"]["context"]
    assert result["components"]["count"] == 2  # p1 alone; p2-p3
    assert run_all(graph, AnalysisOptions(include_context=True))["components"]["count"] == 1


def test_one_neighbourhood_no_report_hops_and_context_not_walked_through() -> None:
    from scamgraph.analysis.neighbourhood import neighbourhood

    graph = graph_of(CONTEXT_NODES, CONTEXT_FACTS)
    near = neighbourhood(graph, "p1", 2)
    assert set(near) == {"p1", "kr", "kh"}  # p1's nationality and place stay visible; nobody reached through them
    assert near.graph["distance"] == {"p1": 0, "kr": 1, "kh": 1} and near.number_of_edges() == 2
    assert set(neighbourhood(graph, "p1", 2, include_context=True)) == {"p1", "kr", "kh", "p2", "p3"}
    assert set(neighbourhood(graph, "kr", 2)) == {"kr", "p1", "p2", "kh", "p3"}  # the centre is always walked from
    with pytest.raises(KeyError):
        neighbourhood(graph, "nobody", 1)
