"""A store reopens fast and writes fast after it reopens, whatever its last server went through.

The embedded server rebuilds its key indexes in the background after a load, so that a large
store answers at once. Two things must not happen while they are missing: replaying an
append-only tail (each MERGE on a key would scan its label: minutes at 100k reports), and
writing a report (the same scans). These tests use the real server.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from bench.synthetic import synthetic_batch
from scamgraph.graph.embedded import open_embedded
from scamgraph.graph.supervisor import REWRITE_ABOVE, tail_bytes
from tests.hardening.test_store_ownership import parse_report, servers_for, wait_until


def _delays_indexing(store) -> bool:  # type: ignore[no-untyped-def]
    """What the running server was started with (FalkorDB reports its module settings)."""
    name, value = store.graph.client.connection.execute_command("GRAPH.CONFIG", "GET", "DELAY_INDEXING")
    return bool(value)


def _building(store) -> list[str]:  # type: ignore[no-untyped-def]
    rows = store.query("CALL db.indexes() YIELD label, status RETURN label, status")
    return [row["label"] for row in rows if "UNDER CONSTRUCTION" in str(row["status"])]


def test_the_tail_of_a_killed_server_is_replayed_with_its_indexes(tmp_path: Path) -> None:
    home = tmp_path / "store"
    store = open_embedded(home)
    store.merge(parse_report(1))
    (pid,) = servers_for(home)
    os.kill(pid, signal.SIGKILL)  # no rewrite at shutdown: the report lives in the tail only
    assert wait_until(lambda: not servers_for(home), 30)
    assert tail_bytes(home) > 0
    with open_embedded(home) as reopened:
        assert not _delays_indexing(reopened)
        assert reopened.has_report(parse_report(1).report_key)
        reopened.merge(parse_report(2))
    store.close()


def test_a_clean_store_opens_before_its_indexes_and_writes_after_them(tmp_path: Path) -> None:
    home = tmp_path / "store"
    with open_embedded(home) as store:
        store.merge(synthetic_batch(100_000, 0, seed=4))
    assert tail_bytes(home) == 0  # the stop folded the writes into the binary base
    with open_embedded(home) as store:
        assert _delays_indexing(store)
        result = store.merge(parse_report(5))
        assert not result.skipped
        assert _building(store) == []  # the write waited for every key index
        assert store.has_report(parse_report(5).report_key)


def test_writes_made_during_a_rewrite_are_folded_at_close(tmp_path: Path) -> None:
    home = tmp_path / "store"
    with open_embedded(home) as store:
        store.merge(synthetic_batch(5_000, 5_000, seed=6))
        redis = store.graph.client.connection
        redis.config_set("rdb-key-save-delay", 500_000)  # µs a key: the rewrite takes a while
        redis.bgrewriteaof()  # a rewrite is running ...
        store.merge(synthetic_batch(5_000, 5_000, seed=7))  # ... while these land in a new tail
    assert tail_bytes(home) <= REWRITE_ABOVE
    with open_embedded(home) as store:
        assert len(store.query("MATCH (r:Report) RETURN r.key AS key")) == 2


def test_tightening_a_store_skips_a_file_a_running_server_just_removed(tmp_path: Path) -> None:
    """An older store's files are tightened on open while its server may be rewriting them."""
    from scamgraph.graph import server

    home = tmp_path / "store"
    (home / "appendonlydir").mkdir(parents=True)
    part = home / "appendonlydir" / "appendonly.aof.1.base.rdb"
    part.write_bytes(b"x")
    part.chmod(0o644)
    real_lstat = os.lstat

    def vanishing(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path) == str(part):
            part.unlink(missing_ok=True)  # the server removed it between the listing and the check
        return real_lstat(path, *args, **kwargs)

    server.os.lstat = vanishing  # type: ignore[assignment]
    try:
        server.make_private(home)
    finally:
        server.os.lstat = real_lstat  # type: ignore[assignment]
    assert not part.exists()
