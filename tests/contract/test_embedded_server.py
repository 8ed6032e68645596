"""The embedded server's life: start on first use, share, stop with the last user, recover."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scamgraph.graph.embedded import EmbeddedServer, open_embedded
from scamgraph.graph.store import StoreUnavailable
from tests.reports import synthetic_report
from scamgraph.loaders.structured import parse


def _batch(i: int):
    return parse(synthetic_report(i), key=f"report:{i:016x}", source=f"r{i}.json")


def test_stores_share_one_server_and_the_last_stops_it(tmp_path: Path) -> None:
    first = open_embedded(tmp_path)
    pid = int((tmp_path / "falkordb.pid").read_text())
    second = open_embedded(tmp_path)
    assert int((tmp_path / "falkordb.pid").read_text()) == pid
    first.merge(_batch(1))
    first.close()
    assert second.has_report(_batch(1).report_key)  # still served
    second.close()
    assert not (tmp_path / "falkordb.pid").exists()
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


def test_data_survives_a_restart(tmp_path: Path) -> None:
    with open_embedded(tmp_path) as store:
        store.merge(_batch(7))
    with open_embedded(tmp_path) as store:
        assert store.has_report(_batch(7).report_key)
        assert store.stats()["nodes"]["Report"] == 1


def test_stale_pid_and_socket_are_cleared(tmp_path: Path) -> None:
    with open_embedded(tmp_path) as store:
        store.merge(_batch(2))
    server = EmbeddedServer(tmp_path)
    server.pid_file.write_text("999999\n")  # a crash left a pid that is no redis-server
    server.socket.write_text("")  # and a file where the socket was
    with open_embedded(tmp_path) as store:
        assert store.has_report(_batch(2).report_key)


def test_a_server_that_was_killed_is_replaced(tmp_path: Path) -> None:
    store = open_embedded(tmp_path)
    store.merge(_batch(3))
    store.graph.client.connection.save()
    os.kill(int((tmp_path / "falkordb.pid").read_text()), 9)
    store.server.release(shutdown=False)
    store.server = None
    with open_embedded(tmp_path) as again:
        assert again.has_report(_batch(3).report_key)


def test_a_server_that_cannot_start_says_why(tmp_path: Path) -> None:
    (tmp_path / "appendonlydir").write_text("a file where the append-only folder belongs")
    with pytest.raises(StoreUnavailable) as raised:
        open_embedded(tmp_path)
    assert "exited while starting" in str(raised.value)
    assert "falkordb.log" in str(raised.value) and "appendonlydir" in str(raised.value)
