"""Neo4j ingest: scamgraph's bulk loader against one MERGE statement per record, same server.

The naive baseline writes each node and each relationship in its own auto-commit transaction,
as a script that loops over records would. It is timed on a sample (every record would take
hours at its speed) and compared by records per second, which is what the sample measures.
"""

from __future__ import annotations

import random
import time
from typing import Any

from bench.synthetic import synthetic_batch
from scamgraph.graph.neo4j import Neo4jStore
from scamgraph.graph.writes import node_rows
from scamgraph.model import GraphBatch


def bulk(store: Neo4jStore, batch: GraphBatch) -> dict[str, Any]:
    records = len(batch.nodes) + 1 + len(batch.edges)
    started = time.perf_counter()
    result = store.merge(batch)
    seconds = time.perf_counter() - started
    return {"records": records, "nodes_created": result.nodes_created,
            "edges_created": result.edges_created, "seconds": seconds, "per_s": records / seconds}


def clear(store: Neo4jStore) -> None:
    """Empty the database between loaders, in small transactions (one big delete would need
    more heap than a bench server has)."""
    with store.driver.session(database=store.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def naive(store: Neo4jStore, sample: int) -> dict[str, Any]:
    """One auto-commit MERGE per record: ``sample`` nodes, then ``sample`` relationships
    between them, with the same statements the bulk loader sends, one row at a time."""
    rng = random.Random(5)
    batch = synthetic_batch(sample, 0, seed=99)
    nodes = [(label, row) for label, rows in node_rows(batch).items() for row in rows][:sample]
    started = time.perf_counter()
    with store.driver.session(database=store.database) as session:
        for label, row in nodes:
            session.run(f"MERGE (n:{label.value} {{key: $key}}) SET n += $props",
                        key="naive-" + row["key"], props=row["props"]).consume()
        for _ in range(sample):
            (src, a), (dst, b) = rng.sample(nodes, 2)
            session.run(f"MATCH (a:{src.value} {{key: $s}}) MATCH (b:{dst.value} {{key: $t}}) "
                        "MERGE (a)-[r:ASSOCIATED_WITH {report: $report}]->(b) SET r.quote = $quote",
                        s="naive-" + a["key"], t="naive-" + b["key"], report=batch.report_key,
                        quote="synthetic").consume()
    seconds = time.perf_counter() - started
    return {"records": 2 * sample, "seconds": seconds, "per_s": 2 * sample / seconds}
