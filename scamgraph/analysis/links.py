"""Link analysis over NetworkX graphs: who matters, who connects whom, what belongs together, and
which links are probably missing, each answer with the evidence an analyst can check.

Pure functions. They take the ``MultiDiGraph`` that ``store.to_networkx()`` returns (one edge per
fact and report, evidence on the edge) and return plain data: lists of dicts with an
``explanation`` in words. Report nodes and MENTIONS edges are left out of the structure (every
entity of a report would otherwise be two hops from every other), but the reports behind each
fact stay on the edges.

People recorded as victims (``role_class`` victim, or only ever rescued, repatriated or harmed
in the facts) are kept out of suspect rankings unless ``include_victims``; every ranking says
which roles it covered. The graph they share, its options and explained paths live in
``analysis.facts`` (re-exported here).
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from scamgraph.analysis.facts import (
    ACTORS,
    SHARED,
    SUSPECT_EDGES,
    AnalysisOptions,
    _entry,
    _evidence,
    _ranked_nodes,
    backend_name,
    context_view,
    explained_path,
    fact_graph,
    is_victim,
)

__all__ = [
    "SUSPECT_EDGES",
    "AnalysisOptions",
    "backend_name",
    "brokers",
    "centrality",
    "co_mentions",
    "communities",
    "components",
    "context_view",
    "explained_path",
    "fact_graph",
    "hidden_links",
    "is_victim",
    "k_core",
    "projection",
    "run_all",
]


def centrality(graph: nx.MultiDiGraph, options: AnalysisOptions | None = None,
               simple: nx.Graph | None = None, betweenness: dict[str, float] | None = None) -> dict[str, Any]:
    """Degree, PageRank and betweenness for every entity, ranked by PageRank.

    Betweenness is exact up to ``exact_betweenness_limit`` nodes, then sampled from
    ``betweenness_samples`` sources with a fixed seed; the result says which.
    """
    options = options or AnalysisOptions()
    simple = simple if simple is not None else fact_graph(graph, options.include_context)
    if simple.number_of_nodes() == 0:
        return {"method": {}, "roles_left_out": [], "ranking": [], "people_and_organizations": [],
                "explanation": "The graph is empty."}
    degree = dict(simple.degree())
    pagerank = nx.pagerank(simple, weight="weight") if simple.number_of_edges() else {n: 1 / len(simple) for n in simple}
    sampled = simple.number_of_nodes() > options.exact_betweenness_limit
    k = _sources(simple, options) if sampled else None
    backend = backend_name()
    betweenness = betweenness if betweenness is not None else _betweenness(simple, options)
    keep, left_out = _ranked_nodes(graph, simple, options)
    top = heapq.nlargest(options.top, keep, key=lambda n: (pagerank[n], degree[n]))
    ranking = [_entry(graph, n, degree=degree[n], pagerank=round(pagerank[n], 6),
                      betweenness=round(betweenness[n], 6)) for n in top]
    people = [n for n in keep if graph.nodes[n].get("label") in ACTORS]
    actors = [_entry(graph, n, degree=degree[n], pagerank=round(pagerank[n], 6), betweenness=round(betweenness[n], 6))
              for n in heapq.nlargest(options.top, people, key=lambda n: (pagerank[n], degree[n]))]
    method = {"betweenness": f"sampled from {k} sources, seed {options.seed}" if sampled else "exact",
              "pagerank": "weighted by the number of facts per link", "backend": backend}
    lead = ranking[0]["name"] if ranking else "nobody"
    return {"method": method, "roles_left_out": left_out, "ranking": ranking, "people_and_organizations": actors,
            "explanation": f"{lead} is the most central entity by PageRank over {simple.number_of_nodes()} entities "
                           f"and {simple.number_of_edges()} links; betweenness is {method['betweenness']}."}


def brokers(graph: nx.MultiDiGraph, options: AnalysisOptions | None = None,
            simple: nx.Graph | None = None, betweenness: dict[str, float] | None = None) -> dict[str, Any]:
    """Entities whose removal splits the network (articulation points), links that are the only
    way between two parts (bridges, with their evidence), and entities with high betweenness
    but few links of their own (go-betweens)."""
    options = options or AnalysisOptions()
    simple = simple if simple is not None else fact_graph(graph, options.include_context)
    keep, left_out = _ranked_nodes(graph, simple, options)
    kept = set(keep)
    blocks: Counter[str] = Counter()
    for block in nx.biconnected_components(simple):
        blocks.update(block)  # a cut point sits in every block it joins
    cut_points = [n for n in kept if blocks[n] > 1]
    cut_ranked = sorted(cut_points, key=lambda n: -simple.degree(n))[: options.top]
    bridges = []
    for a, b in itertools.islice(nx.bridges(simple), 10 * options.top):
        if simple.degree(a) > 1 and simple.degree(b) > 1:  # a leaf hanging on is not a bridge of interest
            bridges.append({"source": a, "source_name": graph.nodes[a].get("name", a), "target": b,
                            "target_name": graph.nodes[b].get("name", b), "types": sorted(simple[a][b]["types"]),
                            "evidence": _evidence(graph, a, b)[:3]})
    if betweenness is None:
        betweenness = _betweenness(simple, options)
    degrees = sorted(d for _, d in simple.degree())
    median = degrees[len(degrees) // 2] if degrees else 0
    go_betweens = sorted((n for n in keep if betweenness.get(n, 0) > 0 and simple.degree(n) <= max(median, 2)),
                         key=lambda n: -betweenness[n])[: options.top]
    return {
        "roles_left_out": left_out,
        "articulation_points": [_entry(graph, n, degree=simple.degree(n), splits_into=blocks[n])
                                for n in cut_ranked],
        "bridges": bridges[: options.top],
        "go_betweens": [_entry(graph, n, degree=simple.degree(n), betweenness=round(betweenness[n], 6))
                        for n in go_betweens],
        "explanation": f"{len(cut_points)} entities hold parts of the network together (removing one splits it); "
                       f"{len(bridges)} links are the only path between two parts; go-betweens have few links "
                       f"(at most {max(median, 2)}) yet lie on many shortest paths.",
    }


def communities(graph: nx.MultiDiGraph, options: AnalysisOptions | None = None,
                simple: nx.Graph | None = None) -> dict[str, Any]:
    """Louvain communities (fixed seed), largest first, each with its most linked members and the
    reports whose facts tie it together."""
    options = options or AnalysisOptions()
    simple = simple if simple is not None else fact_graph(graph, options.include_context)
    if simple.number_of_edges() == 0:
        return {"method": "louvain", "communities": [], "explanation": "No links to group."}
    if simple.number_of_edges() <= options.louvain_limit:
        method = f"louvain, seed {options.seed}"
        found = nx.community.louvain_communities(simple, weight="weight", seed=options.seed)
    else:
        method = f"fast label propagation, seed {options.seed} (over {options.louvain_limit:,} links Louvain is too slow)"
        found = list(nx.community.fast_label_propagation_communities(simple, weight="weight", seed=options.seed))
    found = sorted(found, key=len, reverse=True)
    result = []
    for index, members in enumerate(found[: options.top]):
        inside = simple.subgraph(members)
        reports: Counter[str] = Counter()
        for _, _, data in inside.edges(data=True):
            reports.update(r for r in data["reports"] if r)
        leaders = sorted(members, key=lambda n: -inside.degree(n))[:10]
        result.append({
            "id": index, "size": len(members),
            "members": [_entry(graph, n, degree=inside.degree(n)) for n in leaders],
            "keys": sorted(members),  # every member, so that a later run can tell a merge from a split
            "labels": dict(Counter(graph.nodes[n].get("label") for n in members)),
            "reports": [{"report": r, "title": _title(graph, r), "facts": c} for r, c in reports.most_common(5)],
        })
    modularity = nx.community.modularity(simple, found, weight="weight")
    return {"method": method, "modularity": round(modularity, 4), "count": len(found),
            "communities": result,
            "explanation": f"{len(found)} communities (modularity {modularity:.2f}); each lists its most linked "
                           "members and the reports whose facts tie it together."}


def _title(graph: nx.MultiDiGraph, report: str) -> str:
    """A report's title: from its node, or from the titles a neighbourhood keeps of the reports
    behind its facts (``graph.graph["report_titles"]``), else its key."""
    if report in graph:
        return str(graph.nodes[report].get("title") or graph.nodes[report].get("name", report))
    return str(graph.graph.get("report_titles", {}).get(report, report))


def projection(graph: nx.MultiDiGraph, simple: nx.Graph | None = None,
               actors: Iterable[str] = ACTORS, shared: Iterable[str] = SHARED) -> nx.Graph:
    """People and organizations linked when they share a site, an event or an identifier.

    ``weight`` = how many things they share; ``via`` = which (keys).
    """
    simple = simple if simple is not None else fact_graph(graph)
    actor_labels, shared_labels = set(actors), set(shared)
    projected = nx.Graph()
    projected.add_nodes_from((n, d) for n, d in simple.nodes(data=True) if d.get("label") in actor_labels)
    for hub, data in simple.nodes(data=True):
        if data.get("label") not in shared_labels:
            continue
        _connect_all(projected, [n for n in simple[hub] if n in projected], "via", hub)
    return projected


def _connect_all(graph: nx.Graph, members: Iterable[str], field: str, reason: str) -> None:
    """Link every pair of members, or strengthen their link: ``weight`` + 1, ``reason`` noted."""
    for a, b in itertools.combinations(sorted(set(members)), 2):
        if graph.has_edge(a, b):
            graph[a][b]["weight"] += 1
            graph[a][b][field].append(reason)
        else:
            graph.add_edge(a, b, weight=1, **{field: [reason]})


def co_mentions(graph: nx.MultiDiGraph, labels: Iterable[str] = ACTORS + ("Site", "Agency")) -> nx.Graph:
    """Entities named in the same reports; ``weight`` = how many reports name both."""
    wanted = set(labels)
    mentioned: dict[str, list[str]] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        if data.get("type") == "MENTIONS" and graph.nodes[target].get("label") in wanted:
            mentioned[source].append(target)
    together = nx.Graph()
    for report, names in mentioned.items():
        _connect_all(together, names, "reports", report)
    return together


def hidden_links(graph: nx.MultiDiGraph, options: AnalysisOptions | None = None,
                 projected: nx.Graph | None = None) -> dict[str, Any]:
    """Pairs of people or organizations not yet linked who share partners in the projection,
    scored by Adamic-Adar, Jaccard and resource allocation, each with the shared neighbours that
    justify it. Ranked by Adamic-Adar."""
    options = options or AnalysisOptions()
    projected = projected if projected is not None else projection(graph)
    victims = set() if options.include_victims else {n for n in projected if is_victim(graph, n)}
    candidates: set[tuple[str, str]] = set()
    for hub in projected:
        neighbours = [n for n in projected[hub] if n not in victims]
        if len(neighbours) > options.hidden_link_neighbour_cap:
            continue
        for a, b in itertools.combinations(sorted(neighbours), 2):
            if not projected.has_edge(a, b):
                candidates.add((a, b))
    pairs = sorted(candidates)
    adamic = {(a, b): s for a, b, s in nx.adamic_adar_index(projected, pairs)}
    jaccard = {(a, b): s for a, b, s in nx.jaccard_coefficient(projected, pairs)}
    allocation = {(a, b): s for a, b, s in nx.resource_allocation_index(projected, pairs)}
    ranked = heapq.nlargest(options.top, pairs, key=lambda p: (adamic[p], jaccard[p], p))
    links = []
    for a, b in ranked:
        shared = sorted(nx.common_neighbors(projected, a, b))
        links.append({
            "source": a, "source_name": graph.nodes[a].get("name", a),
            "target": b, "target_name": graph.nodes[b].get("name", b),
            "adamic_adar": round(adamic[(a, b)], 4), "jaccard": round(jaccard[(a, b)], 4),
            "resource_allocation": round(allocation[(a, b)], 4),
            "shared": [{"key": s, "name": graph.nodes[s].get("name", s),
                        "via": [graph.nodes[v].get("name", v) for v in projected[a][s]["via"] + projected[b][s]["via"]][:4]}
                       for s in shared],
        })
    return {"roles_left_out": [] if options.include_victims else ["victim"], "candidates": len(pairs), "links": links,
            "explanation": "People and organizations with no link of their own yet who work with the same partners "
                           "(sharing sites, events or identifiers with them); the shared partners are the reason."}



def components(graph: nx.MultiDiGraph, simple: nx.Graph | None = None, top: int = 10) -> dict[str, Any]:
    simple = simple if simple is not None else fact_graph(graph)
    parts = sorted(nx.connected_components(simple), key=len, reverse=True)
    return {"count": len(parts), "sizes": [len(p) for p in parts[:top]],
            "largest": [_entry(graph, n, degree=simple.degree(n)) for n in
                        sorted(parts[0], key=lambda n: -simple.degree(n))[:top]] if parts else [],
            "explanation": f"{len(parts)} separate groups; the largest holds {len(parts[0]) if parts else 0} entities."}


def k_core(graph: nx.MultiDiGraph, simple: nx.Graph | None = None, top: int = 20) -> dict[str, Any]:
    """The densest core: every member has at least k links inside it."""
    simple = simple if simple is not None else fact_graph(graph)
    if simple.number_of_edges() == 0:
        return {"k": 0, "size": 0, "members": [], "explanation": "No links."}
    cores = nx.core_number(simple)
    k = max(cores.values())
    members = sorted((n for n, c in cores.items() if c == k), key=lambda n: -simple.degree(n))
    return {"k": k, "size": len(members), "members": [_entry(graph, n, degree=simple.degree(n)) for n in members[:top]],
            "explanation": f"The {k}-core: {len(members)} entities that each have at least {k} links among themselves."}


def run_all(graph: nx.MultiDiGraph, options: AnalysisOptions | None = None,
            timings: dict[str, float] | None = None) -> dict[str, Any]:
    """Every analysis, sharing the fact graph and projection; ``timings`` collects seconds per step."""
    import time

    options = options or AnalysisOptions()
    clock = timings if timings is not None else {}

    def timed(name: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        value = func(*args, **kwargs)
        clock[name] = time.perf_counter() - started
        return value

    simple = timed("fact_graph", fact_graph, graph, options.include_context)
    between = timed("betweenness", _betweenness, simple, options) if len(simple) else {}
    central = timed("centrality", centrality, graph, options, simple, between)
    result = {
        "graph": {"entities": simple.number_of_nodes(), "links": simple.number_of_edges(),
                  "facts": sum(1 for *_, d in graph.edges(data=True) if d.get("type") != "MENTIONS"),
                  "backend": backend_name(),
                  "include_context": options.include_context, "context": context_view(options.include_context)},
        "centrality": central,
        "brokers": timed("brokers", brokers, graph, options, simple, between),
        "communities": timed("communities", communities, graph, options, simple),
        "components": timed("components", components, graph, simple),
        "k_core": timed("k_core", k_core, graph, simple),
    }
    projected = timed("projection", projection, graph, simple)
    result["projection"] = {
        "pairs": projected.number_of_edges(),
        "strongest": [{"source": a, "source_name": graph.nodes[a].get("name", a), "target": b,
                       "target_name": graph.nodes[b].get("name", b), "weight": d["weight"],
                       "via": [graph.nodes[v].get("name", v) for v in d["via"][:5]]}
                      for a, b, d in heapq.nlargest(options.top, projected.edges(data=True), key=lambda e: e[2]["weight"])],
        "explanation": "People and organizations that share sites, events or identifiers; weight = how many.",
    }
    result["hidden_links"] = timed("hidden_links", hidden_links, graph, options, projected)
    together = timed("co_mentions", co_mentions, graph)
    result["co_mentions"] = {
        "pairs": together.number_of_edges(),
        "strongest": [{"source": a, "source_name": graph.nodes[a].get("name", a), "target": b,
                       "target_name": graph.nodes[b].get("name", b), "reports": d["weight"]}
                      for a, b, d in heapq.nlargest(options.top, together.edges(data=True), key=lambda e: e[2]["weight"])],
        "explanation": "Entities named together in the same reports; weight = how many reports.",
    }
    return result


def _sources(simple: nx.Graph, options: AnalysisOptions) -> int:
    """How many sources to sample: ``betweenness_samples``, fewer when each one costs a walk
    over many links, never under 8."""
    budget = max(8, options.betweenness_budget // max(1, simple.number_of_edges()))
    return min(options.betweenness_samples, budget, len(simple))


def _betweenness(simple: nx.Graph, options: AnalysisOptions) -> dict[str, float]:
    """Exact on small graphs, sampled (stated k, fixed seed) above the limit; on the parallel
    backend when it is installed."""
    sampled = len(simple) > options.exact_betweenness_limit
    kwargs: dict[str, Any] = {"k": _sources(simple, options) if sampled else None,
                              "seed": options.seed if sampled else None}
    if backend_name() != "networkx":
        kwargs["backend"] = backend_name()
    return nx.betweenness_centrality(simple, **kwargs)
