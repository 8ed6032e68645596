"""Ingest through the real loaders: generated reports into the embedded store and into Neo4j,
each report in its own transaction, plus py2neo's bulk helpers on the same rows (when py2neo can
still talk to this Neo4j). Neo4j and py2neo run on the same warm server, each into an emptied
database, in alternating order (``neo4j_rounds``).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generator import batches, scam_network
from scamgraph.graph.writes import edge_rows, node_rows


def _load(store: Any, loaded: list[Any]) -> dict[str, float]:
    records = sum(len(b.nodes) + 1 + len(b.edges) for b in loaded)
    started = time.perf_counter()
    for batch in loaded:
        store.merge(batch)
    seconds = time.perf_counter() - started
    return {"records": records, "seconds": seconds, "per_s": records / seconds}


def py2neo_bulk(url: str, password: str, loaded: list[Any], prefix: str = "py2neo-") -> dict[str, Any]:
    """The same rows scamgraph writes (MENTIONS and every property included) through py2neo.bulk,
    or why that could not run. Records are counted as scamgraph's loader counts them."""
    try:
        from py2neo import Graph
        from py2neo.bulk import merge_nodes, merge_relationships

        graph = Graph(url, auth=("neo4j", password))
        graph.run("RETURN 1").evaluate()
    except Exception as exc:  # noqa: BLE001 - the reason is the result here
        return {"error": f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:200]}"}
    records, started = 0, time.perf_counter()
    for batch in loaded:
        records += len(batch.nodes) + 1 + len(batch.edges)
        full = batch.with_mentions()
        for label, rows in node_rows(full).items():
            data = [{"key": prefix + r["key"], **r["props"]} for r in rows]
            merge_nodes(graph.auto(), data, (label.value, "key"))
        for (rel, src, dst), rows in edge_rows(full).items():
            data = [(prefix + r["source"], {"report": r["report"], **r["props"]}, prefix + r["target"]) for r in rows]
            merge_relationships(graph.auto(), data, rel.value, start_node_key=(src.value, "key"),
                                end_node_key=(dst.value, "key"))
    seconds = time.perf_counter() - started
    return {"records": records, "seconds": seconds, "per_s": records / seconds}


def report(entities: int, neo4j: bool, rounds: int = 2) -> None:
    from scamgraph.graph.embedded import open_embedded

    documents = scam_network(entities)
    started = time.perf_counter()
    loaded = [batch.with_mentions() for batch in batches(documents)]  # as merge() would, before counting
    parse_s = time.perf_counter() - started
    print(f"generated {len(documents):,} reports naming about {entities:,} entities; "
          f"structured loader: {len(documents) / parse_s:,.0f} reports/s")
    with tempfile.TemporaryDirectory() as home, open_embedded(Path(home)) as store:
        embedded = _load(store, loaded)
    print(f"embedded, per report : {embedded['records']:>9,} records in {embedded['seconds']:7.1f} s = {embedded['per_s']:9,.0f}/s")
    if not neo4j:
        return
    bulk, other = neo4j_rounds(loaded, rounds)
    print(f"neo4j, per report    : {bulk['records']:>9,} records in {bulk['seconds']:7.1f} s = {bulk['per_s']:9,.0f}/s")
    print(f"ratio embedded/neo4j : {embedded['per_s'] / bulk['per_s']:.1f}x")
    print_py2neo(bulk["per_s"], other)


def neo4j_rounds(loaded: list[Any], rounds: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """scamgraph's per-report loader and py2neo's bulk helpers on the same warm server: both
    warmed up first, each run into an emptied database, in alternating order; best of each."""
    from bench.__main__ import neo4j_url
    from bench.neo4j_ingest import clear
    from scamgraph.graph.neo4j import open_neo4j

    ours: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    with neo4j_url() as (url, password):
        store = open_neo4j(url, password=password)
        try:
            warm = loaded[: max(1, len(loaded) // 10)]
            clear(store)
            _load(store, warm)
            clear(store)
            py2neo_bulk(url, password, warm)
            for round_ in range(rounds):
                for who in (("ours", "py2neo") if round_ % 2 == 0 else ("py2neo", "ours")):
                    clear(store)
                    if who == "ours":
                        ours.append(_load(store, loaded))
                    else:
                        theirs.append(py2neo_bulk(url, password, loaded))
            clear(store)
        finally:
            store.close()
    best = max(ours, key=lambda r: r["per_s"])
    failed = [r for r in theirs if "error" in r]
    return best, failed[0] if failed else max(theirs, key=lambda r: r["per_s"])


def print_py2neo(ours_per_s: float, other: dict[str, Any]) -> None:
    """The py2neo line and the ratio against scamgraph's loader, or why py2neo could not run."""
    if "error" in other:
        print(f"py2neo bulk helpers  : could not run against this server: {other['error']}")
        return
    print(f"py2neo bulk helpers  : {other['records']:>9,} records in {other['seconds']:7.1f} s = {other['per_s']:9,.0f}/s")
    print(f"ratio scamgraph/py2neo : {ours_per_s / other['per_s']:.1f}x")
