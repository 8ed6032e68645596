"""Ingest through the real loaders: generated reports into the embedded store and into Neo4j,
each report in its own transaction, plus py2neo's bulk helpers on the same rows (when py2neo can
still talk to this Neo4j). Neo4j and py2neo run on the same warm server, each into an emptied
database, in alternating order (``neo4j_rounds``).
"""

from __future__ import annotations

import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from bench.generator import batches, scam_network
from scamgraph.graph.writes import group_rows
from scamgraph.pipeline import batch_records, write_loaded


def grouped(loaded: list[Any], sizes: list[int], limit: int) -> list[list[Any]]:
    """The groups ``scamgraph ingest`` writes together: pending reports, written once they hold
    ``limit`` records, each report's ``sizes`` entry counted as ingest counts it
    (``pipeline.batch_records`` of the report as loaded, before its mentions)."""
    groups: list[list[Any]] = [[]]
    records = 0
    for batch, size in zip(loaded, sizes, strict=True):
        groups[-1].append(batch)
        records += size
        if records >= limit:
            groups.append([])
            records = 0
    return [group for group in groups if group]


def _load(store: Any, groups: list[list[Any]]) -> dict[str, float]:
    """As ``scamgraph ingest`` writes reports: one at a time on the embedded store, a group in
    one transaction on Neo4j (``grouped``), each report all or nothing."""
    records = sum(len(b.nodes) + 1 + len(b.edges) for group in groups for b in group)
    started = time.perf_counter()
    for group in groups:
        outcomes = write_loaded(store, [(Path(b.report_key), b) for b in group])
        if any(o.status != "stored" for o in outcomes):
            raise RuntimeError(f"a report was not stored: {[o for o in outcomes if o.status != 'stored'][0]}")
    seconds = time.perf_counter() - started
    return {"records": records, "seconds": seconds, "per_s": records / seconds}


def py2neo_bulk(url: str, password: str, groups: list[list[Any]], prefix: str = "py2neo-") -> dict[str, Any]:
    """The same rows scamgraph writes (MENTIONS and every property included) through py2neo.bulk,
    a group's rows to a call, or why that could not run. Records are counted as scamgraph's
    loader counts them."""
    try:
        from py2neo import Graph
        from py2neo.bulk import merge_nodes, merge_relationships

        graph = Graph(url, auth=("neo4j", password))
        graph.run("RETURN 1").evaluate()
    except Exception as exc:  # noqa: BLE001 - the reason is the result here
        return {"error": f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:200]}"}
    records, started = 0, time.perf_counter()
    for part in groups:
        records += sum(len(b.nodes) + 1 + len(b.edges) for b in part)  # before with_mentions adds to them
        fulls = [batch.with_mentions() for batch in part]
        nodes, edges = group_rows(fulls)
        for label, rows in nodes.items():
            data = [{"key": prefix + r["key"], **r["props"]} for r in rows]
            merge_nodes(graph.auto(), data, (label.value, "key"))
        for (rel, src, dst), rows in edges.items():
            data = [(prefix + r["source"], {"report": r["report"], **r["props"]}, prefix + r["target"]) for r in rows]
            merge_relationships(graph.auto(), data, rel.value, start_node_key=(src.value, "key"),
                                end_node_key=(dst.value, "key"))
    seconds = time.perf_counter() - started
    return {"records": records, "seconds": seconds, "per_s": records / seconds}


def report(entities: int, neo4j: bool, rounds: int = 2) -> None:
    from scamgraph.graph.embedded import open_embedded

    documents = scam_network(entities)
    started = time.perf_counter()
    raw = list(batches(documents))
    parse_s = time.perf_counter() - started
    sizes = [batch_records(batch) for batch in raw]  # as ingest counts them, for its groups
    loaded = [batch.with_mentions() for batch in raw]  # as merge() would, before counting
    print(f"generated {len(documents):,} reports naming about {entities:,} entities; "
          f"structured loader: {len(documents) / parse_s:,.0f} reports/s")
    with tempfile.TemporaryDirectory() as home, open_embedded(Path(home)) as store:
        embedded = _load(store, grouped(loaded, sizes, store.group_records))
    print(f"embedded, per report : {embedded['records']:>9,} records in {embedded['seconds']:7.1f} s = {embedded['per_s']:9,.0f}/s")
    if not neo4j:
        return
    best = neo4j_rounds(loaded, sizes, rounds)
    bulk = best["ours"]
    print(f"neo4j, as ingest writes ({bulk['group']} reports a transaction, average): {bulk['records']:>9,} records in "
          f"{bulk['seconds']:7.1f} s = {bulk['per_s']:9,.0f}/s")
    print(f"ratio embedded/neo4j : {embedded['per_s'] / bulk['per_s']:.1f}x")
    slow = best["per-record"]
    print(f"neo4j, one auto-commit MERGE per record (sample): {slow['records']:>6,} records in {slow['seconds']:5.1f} s "
          f"= {slow['per_s']:7,.0f}/s; ratio {bulk['per_s'] / slow['per_s']:.0f}x")
    print_py2neo(bulk["per_s"], best["py2neo"], "one report a call")
    print_py2neo(bulk["per_s"], best["py2neo-grouped"], "the same groups a call, as scamgraph writes them")
    if all(best[who].get("least_cpu_s") for who in ("ours", "py2neo", "py2neo-grouped")):
        mine = best["ours"]["least_cpu_s"]
        print(f"cpu, client + test server (least round): scamgraph {mine:.2f} s; py2neo a report a call "
              f"{best['py2neo']['least_cpu_s']:.2f} s ({best['py2neo']['least_cpu_s'] / mine:.1f}x); py2neo grouped "
              f"{best['py2neo-grouped']['least_cpu_s']:.2f} s ({best['py2neo-grouped']['least_cpu_s'] / mine:.1f}x)")


def neo4j_rounds(loaded: list[Any], sizes: list[int], rounds: int) -> dict[str, dict[str, Any]]:
    """scamgraph's loader (as ``ingest`` writes: ``grouped`` reports a transaction) and
    py2neo's bulk helpers, one report a call and in the same groups, on the same warm server:
    all warmed up first, each run into an emptied database, the order rotated every round;
    the best round of each counts (or py2neo's error). Then one auto-commit MERGE per record,
    on a sample (``bench.neo4j_ingest.naive``)."""
    from bench.__main__ import neo4j_url, with_cpu
    from bench.neo4j_ingest import clear, naive
    from scamgraph.graph.neo4j import open_neo4j

    runs: dict[str, list[dict[str, Any]]] = {"ours": [], "py2neo": [], "py2neo-grouped": []}
    with neo4j_url() as (url, password):
        store = open_neo4j(url, password=password)

        def groups(part: list[Any]) -> list[list[Any]]:
            return grouped(part, sizes[: len(part)], store.group_records)

        loaders = {"ours": lambda part: _load(store, groups(part)),
                   "py2neo": lambda part: py2neo_bulk(url, password, [[batch] for batch in part]),
                   "py2neo-grouped": lambda part: py2neo_bulk(url, password, groups(part))}
        group = round(len(loaded) / len(groups(loaded)))
        try:
            warm = loaded[: max(1, len(loaded) // 10)]
            for load in loaders.values():
                clear(store)
                load(warm)
            order = list(loaders)
            for round_ in range(rounds):
                for who in order[round_ % 3:] + order[: round_ % 3]:
                    clear(store)
                    runs[who].append({**with_cpu(partial(loaders[who], loaded)), "group": group})
            clear(store)
            runs["per-record"] = [naive(store, 1_000)]
            clear(store)
        finally:
            store.close()
    cpu = {who: min((r["cpu_s"] for r in results if "cpu_s" in r), default=None) for who, results in runs.items()}
    best = {}
    for who, results in runs.items():
        failed = [r for r in results if "error" in r]
        best[who] = failed[0] if failed else max(results, key=lambda r: r["per_s"])
        best[who]["least_cpu_s"] = cpu.get(who)
    return best


def print_py2neo(ours_per_s: float, other: dict[str, Any], how: str = "") -> None:
    """The py2neo line and the ratio against scamgraph's loader, or why py2neo could not run."""
    what = f"py2neo bulk helpers{f' ({how})' if how else ''}"
    if "error" in other:
        print(f"{what}: could not run against this server: {other['error']}")
        return
    print(f"{what}: {other['records']:>9,} records in {other['seconds']:7.1f} s = {other['per_s']:9,.0f}/s")
    print(f"ratio scamgraph/{what}: {ours_per_s / other['per_s']:.1f}x")
