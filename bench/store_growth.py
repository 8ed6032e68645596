"""Where the embedded store's cost per record goes as it grows: this process, the server's main
thread and its append-only rewrites (forked children), then the server's operators for the
queries of new reports written into a store of each size.

``python -m bench store`` says that ingest CPU per record grows with the store; this says which
part grows. For each size, generated reports (``bench.generator.scam_network``) are merged one at
a time into a fresh store while the three CPU clocks are read before and after; then the next
``probe`` reports' statements (as ``EmbeddedStore.merge`` would send them) are run through
``GRAPH.PROFILE`` and each operator's time is summed per record. Profiling writes the reports too;
only the operators' own times are counted.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.generator import batches, scam_network
from bench.store import server_cpu
from scamgraph.graph.embedded import GRAPH_NAME, EmbeddedStore, open_embedded
from scamgraph.graph.writes import falkordb_queries, merge_statements

_OPERATOR = re.compile(r"\s*(.*?)\s*\|\s*Records produced: \d+, Execution time: ([\d.]+) ms")


def _clocks(store: EmbeddedStore) -> tuple[float, float, int]:
    """Server CPU seconds of its main thread and of its children, and rewrites so far."""
    rewrites = store.graph.client.connection.info("persistence").get("aof_rewrites", 0)
    return (*server_cpu(store), int(rewrites))


def _records(full: Any) -> int:
    """Records of a batch with its mentions, as ``bench.store`` counts them."""
    return len(full.nodes) + 1 + len(full.edges)


def measure(reports: int, probe: int = 200) -> dict[str, Any]:
    """Fill a store with ``reports`` reports, then profile ``probe`` more."""
    documents = scam_network(max(1_000, (reports + probe) * 2), seed=11, reports=reports + probe)
    with tempfile.TemporaryDirectory() as home, open_embedded(Path(home)) as store:
        before, client, records = _clocks(store), 0.0, 0
        for start in range(0, reports, 1_000):
            for batch in batches(documents[start:min(reports, start + 1_000)]):
                records += _records(batch.with_mentions())
                began = time.process_time()
                store.merge(batch)
                client += time.process_time() - began
        after = _clocks(store)
        operators: Counter[str] = Counter()
        probed = 0
        for batch in batches(documents[reports:reports + probe]):
            full = batch.with_mentions()
            probed += _records(full)
            for query in falkordb_queries(merge_statements(full, create=True)):
                for line in store.graph.client.connection.execute_command("GRAPH.PROFILE", GRAPH_NAME, query):
                    found = _OPERATOR.match(line.decode() if isinstance(line, bytes) else str(line))
                    if found:
                        operators[found.group(1).split(" |")[0]] += float(found.group(2))
    per = 1e6 / max(1, records)
    return {"reports": reports, "client": client * per, "server": (after[0] - before[0]) * per,
            "children": (after[1] - before[1]) * per, "rewrites": after[2] - before[2],
            "operators": {name: ms * 1e3 / max(1, probed) for name, ms in operators.most_common(6)}}


def report(sizes: list[int], probe: int) -> None:
    print("µs of CPU per record while filling; operators: µs per record of the next reports' queries")
    for size in sizes:
        m = measure(size, probe)
        print(f"{size:>7,} reports: this process {m['client']:5.1f}, server {m['server']:5.1f}, "
              f"rewrites {m['children']:4.1f} ({m['rewrites']} rewrites)")
        print("    " + ", ".join(f"{name} {us:.1f}" for name, us in m["operators"].items()))
