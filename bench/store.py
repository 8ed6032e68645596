"""The embedded store at scale: open time, ingest cost as the graph grows, and the write path
against raw FalkorDB on the same rows.

For each size, generated reports (``bench.generator.scam_network``) go through the structured
loader and ``store.merge`` one report at a time into a fresh store (only the merges are timed;
parsing is not). The store is then closed (its append-only file is rewritten with a binary base)
and opened again: the open time is ``open_embedded`` until the server answers plus one query.

The merge-rate line loads one large synthetic batch with ``EmbeddedStore.merge`` and, on the same
server and the same rows, with the ``falkordb`` client sending ``UNWIND $rows MERGE`` per label
and per edge group in one query each (the rows are built before its clock starts), alternating
which goes first, each into an emptied graph; the best round of each counts.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generator import batches, scam_network
from bench.synthetic import synthetic_batch
from scamgraph.graph.embedded import GRAPH_NAME, EmbeddedStore, open_embedded
from scamgraph.graph.writes import edge_rows, node_rows
from scamgraph.model import Label, RelType


def ingest(home: Path, reports: int, chunk: int = 1_000) -> dict[str, Any]:
    """Merge ``reports`` generated reports. Wall µs per record over the run and per tenth, and
    CPU µs per record per tenth (this process's CPU in ``merge`` plus the server's, children
    such as append-only rewrites included): on a shared machine the wall clock also measures
    the neighbours, the CPU time much less so."""
    documents = scam_network(max(1_000, reports * 2), seed=11, reports=reports)
    wall = [[0, 0.0, 0.0] for _ in range(10)]  # records, wall s, client CPU s per tenth
    server = [0.0] * 11
    with open_embedded(home) as store:
        server[0] = _server_cpu(store)
        for start in range(0, reports, chunk):
            for i, batch in enumerate(batches(documents[start : start + chunk]), start):
                full = batch.with_mentions()
                k = i * 10 // reports
                tenth = wall[k]
                began, cpu = time.perf_counter(), time.process_time()
                store.merge(batch)
                tenth[1] += time.perf_counter() - began
                tenth[2] += time.process_time() - cpu
                tenth[0] += len(full.nodes) + 1 + len(full.edges)
                if i + 1 == reports or (i + 1) * 10 // reports != k:  # the tenth ends
                    server[k + 1] = _server_cpu(store)
    records = sum(int(t[0]) for t in wall)
    return {"reports": reports, "records": records, "us": sum(t[1] for t in wall) / records * 1e6,
            "tenths": [t[1] / max(1, t[0]) * 1e6 for t in wall],
            "cpu_tenths": [(t[2] + server[k + 1] - server[k]) / max(1, t[0]) * 1e6
                           for k, t in enumerate(wall)]}


def server_cpu(store: EmbeddedStore) -> tuple[float, float]:
    """CPU seconds of the server's main thread and of its children (append-only rewrites)."""
    info = store.graph.client.connection.info("cpu")
    return (float(info["used_cpu_user"]) + float(info["used_cpu_sys"]),
            float(info["used_cpu_user_children"]) + float(info["used_cpu_sys_children"]))


def _server_cpu(store: EmbeddedStore) -> float:
    return sum(server_cpu(store))


def open_time(home: Path) -> tuple[float, int]:
    """Seconds from nothing running to a first answer, and the reports the store holds."""
    began = time.perf_counter()
    with open_embedded(home) as store:
        held = int(store.query("MATCH (r:Report) RETURN count(r) AS n")[0]["n"])
        seconds = time.perf_counter() - began
    return seconds, held


def crash_open_time(home: Path, reports: int = 300) -> tuple[float, int, int]:
    """Reopen after a crash: ``reports`` more reports are merged, the server is killed (no
    rewrite at shutdown, so they live in the append-only tail only), and the store is opened
    again. Seconds to a first answer, the tail's bytes, and the reports the store then holds."""
    import os
    import signal

    from scamgraph.graph.supervisor import tail_bytes

    documents = scam_network(2_000, seed=77, reports=reports)
    store = open_embedded(home)
    server = store.server
    try:
        for batch in batches(documents):
            store.merge(batch)
        time.sleep(1.2)  # the append-only file is flushed every second
        os.kill(int((home / "falkordb.pid").read_text()), signal.SIGKILL)
    finally:
        store.graph.client.close()
        if server is not None:
            server.release(shutdown=False)
    deadline = time.monotonic() + 30
    while server is not None and server.alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    tail = tail_bytes(home)
    seconds, held = open_time(home)
    return seconds, tail, held


def _raw(store: EmbeddedStore, batch: Any) -> float:
    """The falkordb client's ``UNWIND $rows MERGE`` of the same rows, one query per group."""
    full = batch.with_mentions()
    nodes, edges = node_rows(full), edge_rows(full)
    began = time.perf_counter()
    for label, rows in nodes.items():
        store.graph.query(f"UNWIND $rows AS row MERGE (n:{Label(label).value} {{key: row.key}}) "
                          "SET n += row.props", {"rows": rows})
    for (rel, src, dst), rows in edges.items():
        store.graph.query(f"UNWIND $rows AS row MATCH (a:{src.value} {{key: row.source}}) "
                          f"MATCH (b:{dst.value} {{key: row.target}}) "
                          f"MERGE (a)-[r:{RelType(rel).value} {{report: row.report}}]->(b) "
                          "SET r += row.props", {"rows": rows})
    return time.perf_counter() - began


def _empty(store: EmbeddedStore) -> None:
    store.graph.client.connection.execute_command("GRAPH.DELETE", GRAPH_NAME)
    store.ensure_schema()


def merge_rate(nodes: int, rels: int, rounds: int = 2) -> dict[str, float]:
    """Records per second of ``merge`` and of raw UNWIND MERGE, same rows, alternating order."""
    batch = synthetic_batch(nodes, rels)
    full = batch.with_mentions()
    records = len(full.nodes) + 1 + len(full.edges)
    ours: list[float] = []
    raw: list[float] = []
    with tempfile.TemporaryDirectory() as home, open_embedded(Path(home)) as store:
        for round_ in range(rounds):
            for who in (("ours", "raw") if round_ % 2 == 0 else ("raw", "ours")):
                _empty(store)
                if who == "raw":
                    raw.append(_raw(store, batch))
                    continue
                began = time.perf_counter()
                result = store.merge(batch)
                ours.append(time.perf_counter() - began)
                if result.skipped or result.edges_created != len(full.edges):
                    raise RuntimeError(f"the merge did not write the batch: {result}")
    return {"records": records, "ours": records / min(ours), "raw": records / min(raw)}


def report(sizes: list[int], nodes: int, rels: int) -> None:
    print("machine: 2 shared cores (other work ran at the same time); ratios are within one run")
    first: dict[str, float] = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as home:
            began = time.perf_counter()
            done = ingest(Path(home), size)
            wall = time.perf_counter() - began
            seconds, held = open_time(Path(home))
            files = sum(f.stat().st_size for f in Path(home, "appendonlydir").iterdir())
            crashed, tail, after = crash_open_time(Path(home))
        cpu = sum(done["cpu_tenths"]) / 10
        first = first or {"us": done["us"], "cpu": cpu}
        print(f"{size:>7,} reports: {done['records']:>9,} records; store {files / 1e6:6.1f} MB; "
              f"open {seconds:5.2f} s ({held:,} reports); run {wall:5.0f} s")
        print(f"    open after a killed server left a {tail / 1e6:.1f} MB append-only tail: {crashed:5.2f} s "
              f"({after:,} reports)")
        print(f"    ingest wall {done['us']:6.1f} µs/record ({done['us'] / first['us']:.2f}x the first size), "
              f"by tenth: {', '.join(f'{t:.0f}' for t in done['tenths'])}")
        print(f"    ingest CPU  {cpu:6.1f} µs/record ({cpu / first['cpu']:.2f}x the first size), "
              f"by tenth: {', '.join(f'{t:.0f}' for t in done['cpu_tenths'])}")
    rate = merge_rate(nodes, rels)
    print(f"merge of one {rate['records']:,}-record batch: EmbeddedStore.merge {rate['ours']:,.0f}/s, "
          f"raw FalkorDB UNWIND MERGE {rate['raw']:,.0f}/s = {rate['ours'] / rate['raw']:.0%}")
