"""Run benchmarks: ``python -m bench neo4j [--nodes N --rels M --naive-sample K]``,
``python -m bench news [--rounds R]``, ``python -m bench analysis [--sizes 10000 100000]``, ``python -m bench viz``,
``python -m bench ingest [--entities N] [--neo4j]``,
``python -m bench store [--sizes 1000 10000 100000]``, ``python -m bench store-growth [--sizes 1000 20000]``.

Neo4j: the server NEO4J_URI names (with NEO4J_USER / NEO4J_PASSWORD), else the test server from
tools/neo4j-test-server, started and stopped here. Each benchmark prints its figures and a ratio
line against its baseline from the same run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: the pid of the test server ``neo4j_url`` started (none for a server NEO4J_URI names)
SERVER: dict[str, int] = {}


def server_cpu_s() -> float | None:
    """CPU seconds the test server has used (all its threads, GC included), or None. On a
    machine shared with other jobs this moves far less with their load than wall time does."""
    try:
        fields = Path(f"/proc/{SERVER['pid']}/stat").read_text().rsplit(")", 1)[1].split()
    except (KeyError, OSError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def with_cpu(load: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``load()``'s result with the CPU seconds it cost: this process plus the server."""
    client, server = time.process_time(), server_cpu_s()
    result = load()
    after = server_cpu_s()
    if server is not None and after is not None and "error" not in result:
        result["cpu_s"] = time.process_time() - client + after - server
    return result


@contextmanager
def neo4j_url() -> Iterator[tuple[str, str]]:
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"], os.environ.get("NEO4J_PASSWORD", "")
        return
    script = ROOT / "tools" / "neo4j-test-server" / "neo4j-test-server"
    with tempfile.TemporaryDirectory() as home:
        # A fixed heap, as Neo4j advises for a server (initial size = maximum): with the test
        # server's growing one, a large transaction's state is copied young GC after young GC
        # (a third of the server's CPU in a one-report load). The parallel collector instead of
        # G1: bulk loads are a throughput job, and G1's concurrent threads and write barriers
        # cost on two cores (bench/README.md). Every loader in a run uses this server.
        env = {"NEO4J_TEST_JAVA_OPTS": "-Xms2g -Xmx2g -XX:+UseParallelGC", **os.environ, "NEO4J_TEST_HOME": home}
        url = subprocess.run([str(script), "start"], env=env, check=True, capture_output=True,
                             text=True).stdout.strip()
        SERVER["pid"] = int((Path(home) / "pid").read_text())
        try:
            yield url, (Path(home) / "password").read_text().strip()
        finally:
            SERVER.clear()
            subprocess.run([str(script), "stop"], env=env, capture_output=True)


def run_neo4j(args: argparse.Namespace) -> None:
    """Both loaders on the same server, each into an emptied database, after a warm-up of both
    query shapes (the first load on a fresh JVM is several times slower, whichever loader it is),
    in alternating order over ``--rounds``; the best round of each counts."""
    from bench.ingest import print_py2neo, py2neo_bulk
    from bench.neo4j_ingest import bulk, clear, naive
    from bench.synthetic import synthetic_batch
    from scamgraph.graph.embedded import open_embedded
    from scamgraph.graph.neo4j import open_neo4j

    with neo4j_url() as (url, password):
        store = open_neo4j(url, password=password, batch_size=args.batch_size)
        try:
            warm = synthetic_batch(min(args.nodes, 5000), min(args.rels, 10000), seed=3)
            store.merge(warm)
            py2neo_bulk(url, password, [[warm]])
            ours: list[dict] = []
            theirs: list[dict] = []
            for round_ in range(args.rounds):
                for who in (("ours", "py2neo") if round_ % 2 == 0 else ("py2neo", "ours")):
                    clear(store)
                    batch = synthetic_batch(args.nodes, args.rels)
                    if who == "ours":
                        ours.append(with_cpu(partial(bulk, store, batch)))
                    else:
                        theirs.append(with_cpu(partial(py2neo_bulk, url, password, [[batch]])))
            clear(store)
            slow = naive(store, args.naive_sample)
        finally:
            store.close()
    fast = max(ours, key=lambda r: r["per_s"])
    other = theirs[0] if "error" in theirs[0] else max(theirs, key=lambda r: r["per_s"])
    rounds = ", ".join(f"{r['seconds']:.1f} s" for r in ours)
    print(f"neo4j bulk loader : {fast['records']:>8} records in {fast['seconds']:8.2f} s "
          f"= {fast['per_s']:10.0f} records/s  ({fast['nodes_created']} nodes, {fast['edges_created']} relationships; "
          f"rounds: {rounds})")
    print(f"naive per-record  : {slow['records']:>8} records in {slow['seconds']:8.2f} s "
          f"= {slow['per_s']:10.0f} records/s  (one auto-commit MERGE each, sample)")
    print(f"ratio bulk/naive  : {fast['per_s'] / slow['per_s']:.0f}x")
    print_py2neo(fast["per_s"], other)
    print_cpu(ours, theirs)
    if args.embedded:
        with tempfile.TemporaryDirectory() as home, open_embedded(Path(home)) as embedded:
            batch = synthetic_batch(args.nodes, args.rels)
            started = time.perf_counter()
            embedded.merge(batch)
            seconds = time.perf_counter() - started
        per_s = fast["records"] / seconds
        print(f"embedded FalkorDB : {fast['records']:>8} records in {seconds:8.2f} s = {per_s:10.0f} records/s")
        print(f"ratio embedded/neo4j-bulk : {per_s / fast['per_s']:.2f}x")


def print_cpu(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> None:
    """CPU seconds (client + test server) per round and the ratio of the least of each."""
    if not all("cpu_s" in r for r in ours + theirs):
        return
    mine, other = min(r["cpu_s"] for r in ours), min(r["cpu_s"] for r in theirs)
    rounds = [", ".join(f"{r['cpu_s']:.2f}" for r in runs) for runs in (ours, theirs)]
    print(f"cpu, client + server: scamgraph {rounds[0]} s; py2neo {rounds[1]} s; "
          f"ratio (least of each) {other / mine:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="bench", required=True)
    neo = sub.add_parser("neo4j", help="Neo4j bulk loader vs one MERGE per record")
    neo.add_argument("--nodes", type=int, default=100_000)
    neo.add_argument("--rels", type=int, default=200_000)
    neo.add_argument("--naive-sample", type=int, default=2_000, help="records per kind for the baseline")
    neo.add_argument("--rounds", type=int, default=2, help="alternating rounds of both loaders (best counts)")
    neo.add_argument("--batch-size", type=int, default=5_000)
    neo.add_argument("--embedded", action="store_true", help="also load the same batch into the embedded store")
    neo.set_defaults(run=run_neo4j)
    news = sub.add_parser("news", help="news extraction: articles and words per second on one core")
    news.add_argument("--rounds", type=int, default=20)
    news.set_defaults(run=lambda a: __import__("bench.news", fromlist=["report"]).report(a.rounds))
    ana = sub.add_parser("analysis", help="link-analysis suite on synthetic scam networks")
    ana.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ana.set_defaults(run=lambda a: __import__("bench.analysis", fromlist=["report"]).report(a.sizes))
    ing = sub.add_parser("ingest", help="generated reports through the real loader into the stores (and py2neo)")
    ing.add_argument("--entities", type=int, default=10_000)
    ing.add_argument("--neo4j", action="store_true", help="also Neo4j and py2neo (starts the test server)")
    ing.add_argument("--rounds", type=int, default=2, help="alternating rounds of Neo4j and py2neo (best counts)")
    ing.set_defaults(run=lambda a: __import__("bench.ingest", fromlist=["report"]).report(a.entities, a.neo4j, a.rounds))
    sto = sub.add_parser("store", help="embedded store at 1k-100k reports: open time, ingest cost, merge vs raw FalkorDB",
                         description="Generated stores of each size: µs per record as they fill, time to open them "
                                     "again, and EmbeddedStore.merge against raw FalkorDB UNWIND MERGE on the same rows. "
                                     "Example: python -m bench store --sizes 1000 10000")
    sto.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000], help="reports per store")
    sto.add_argument("--nodes", type=int, default=20_000, help="nodes in the merge-rate batch")
    sto.add_argument("--rels", type=int, default=40_000, help="relationships in the merge-rate batch")
    sto.set_defaults(run=lambda a: __import__("bench.store", fromlist=["report"]).report(a.sizes, a.nodes, a.rels))
    grow = sub.add_parser("store-growth", help="which part of the embedded store's cost per record grows with it",
                          description="Fill generated stores of each size, split the CPU per record between this "
                                      "process, the server and its append-only rewrites, and profile the server's "
                                      "operators on the next reports. Example: python -m bench store-growth --sizes 1000 20000")
    grow.add_argument("--sizes", type=int, nargs="+", default=[1_000, 20_000], help="reports per store")
    grow.add_argument("--probe", type=int, default=200, help="reports profiled after filling")
    grow.set_defaults(run=lambda a: __import__("bench.store_growth", fromlist=["report"]).report(a.sizes, a.probe))
    viz = sub.add_parser("viz", help="graph page: time to interactive in headless chromium")
    viz.add_argument("--sizes", type=int, nargs="+", default=[500, 1500, 5000])
    viz.add_argument("--physics-size", type=int, default=1500)
    viz.add_argument("--timeout", type=float, default=300)
    viz.set_defaults(run=lambda a: __import__("bench.viz", fromlist=["report"]).report(a.sizes, a.physics_size, a.timeout))
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
