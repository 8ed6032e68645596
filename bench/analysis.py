"""The link-analysis suite on synthetic scam networks: seconds and peak memory per analysis.

A network of ``nodes`` entities: criminal organizations that each run a few sites, people who
work for them (bosses, recruiters, trafficked workers), events at the sites (raids with
arrests and rescues), identifiers the sites use, and agencies that act across groups; about five
facts per entity. Each analysis is timed on its own, with the process's peak resident memory
reset before it (Linux ``clear_refs``), and shown as a ratio to the baseline of the same run:
one pass that builds the fact graph.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import networkx as nx

from scamgraph.analysis import links as an


def synthetic_network(nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    """About five links per entity: 100,000 entities give about 500,000 links."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    counter = iter(range(10**9))

    def add(label: str, **data: Any) -> str:
        key = f"{label.lower()}:{next(counter)}"
        graph.add_node(key, label=label, name=key, **data)
        return key

    def fact(source: str, rel: str, target: str) -> None:
        report = f"report:{rng.randrange(nodes // 20 + 1):016x}"
        graph.add_edge(source, target, key=f"{rel}|{report}", type=rel, report=report,
                       quote=f"{source} {rel} {target}", reported="2026-01-01")

    agencies = [add("Agency", kind="police") for _ in range(max(3, nodes // 2000))]
    people: list[str] = []
    phones: list[str] = []
    while graph.number_of_nodes() < nodes:
        org = add("Organization")
        sites = [add("Site") for _ in range(rng.randint(1, 3))]
        staff = [add("Person", role_class=rng.choice(["suspect", "suspect", "victim"])) for _ in range(rng.randint(4, 12))]
        people.extend(staff)
        for site in sites:
            fact(org, "OPERATES", site)
            for _ in range(rng.randint(1, 3)):
                phone = add("Identifier", kind="phone")
                phones.append(phone)
                fact(site, "USES", phone)
        recent = people[-400:]
        for person in staff:
            fact(person, "WORKS_FOR", org)
            for other in rng.sample(staff, min(5, len(staff))):
                if other != person:
                    fact(person, "ASSOCIATED_WITH", other)
            for other in rng.sample(recent, min(4, len(recent))):  # links across groups
                fact(person, "ASSOCIATED_WITH", other)
            if rng.random() < 0.3:
                fact(person, "USES", rng.choice(phones) if phones and rng.random() < 0.5 else add("Identifier", kind="phone"))
        for _ in range(rng.randint(1, 3)):
            event = add("Event", type="raid")
            fact(event, "OCCURRED_AT", rng.choice(sites))
            fact(rng.choice(agencies), "CONDUCTED", event)
            for person in rng.sample(staff, min(3, len(staff))):
                fact(event, "RESCUED" if graph.nodes[person]["role_class"] == "victim" else "ARRESTED", person)
    return graph


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(nodes: int) -> list[tuple[str, float, float]]:
    graph = synthetic_network(nodes)
    options = an.AnalysisOptions()
    rows: list[tuple[str, float, float]] = []

    def step(name: str, func: Any, *args: Any) -> Any:
        _reset_peak()
        started = time.perf_counter()
        value = func(*args)
        rows.append((name, time.perf_counter() - started, _peak_mib()))
        return value

    simple = step("fact graph (baseline)", an.fact_graph, graph)
    between = step("betweenness", an._betweenness, simple, options)
    step("centrality", an.centrality, graph, options, simple, between)
    step("brokers", an.brokers, graph, options, simple, between)
    step("communities", an.communities, graph, options, simple)
    step("components", an.components, graph, simple)
    step("k-core", an.k_core, graph, simple)
    projected = step("projection", an.projection, graph, simple)
    step("hidden links", an.hidden_links, graph, options, projected)
    step("co-mentions", an.co_mentions, graph)
    print(f"\n{nodes:,} entities, {simple.number_of_edges():,} links, {graph.number_of_edges():,} facts "
          f"(backend {an.backend_name()}; betweenness {'exact' if len(simple) <= options.exact_betweenness_limit else f'sampled k={an._sources(simple, options)}'})")
    base = rows[0][1]
    for name, seconds, peak in rows:
        print(f"  {name:<22} {seconds:8.2f} s  {seconds / base:7.1f}x baseline  peak RSS {peak:8.0f} MiB")
    print(f"  {'suite total':<22} {sum(r[1] for r in rows):8.2f} s")
    return rows


def report(sizes: list[int]) -> None:
    for size in sizes:
        measure(size)
