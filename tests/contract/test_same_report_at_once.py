"""A new report's edges are CREATEd, so storing one report twice at once must be excluded by the
report's key inside the write itself: of several writers racing on one report, exactly one
stores it and the others skip it, on every store."""

from __future__ import annotations

import threading

from scamgraph.graph.store import MergeResult, open_store
from scamgraph.loaders.structured import parse
from tests.reports import synthetic_report


def test_one_report_written_by_four_at_once_is_stored_once(store_url: str) -> None:
    batch = parse(synthetic_report(9), key="report:0000000000000099", source="r9.json")
    stores = [open_store(store_url) for _ in range(4)]
    results: list[MergeResult] = []
    start = threading.Barrier(len(stores))

    def write(store: object) -> None:
        start.wait()
        results.append(store.merge(batch))  # type: ignore[attr-defined]

    try:
        threads = [threading.Thread(target=write, args=(s,)) for s in stores]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert sorted(r.skipped for r in results) == [False, True, True, True], results
        edges = stores[0].query("MATCH ()-[r]->() WHERE r.report = $k RETURN count(r) AS n",
                                {"k": batch.report_key})
        assert edges == [{"n": len(batch.with_mentions().edges)}]
        assert stores[0].query("MATCH (r:Report) RETURN count(r) AS n") == [{"n": 1}]
    finally:
        for store in stores:
            store.close()
