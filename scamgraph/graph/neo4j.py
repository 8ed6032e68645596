"""Neo4j over Bolt with the official driver: the store for teams.

The driver is passed in (``Neo4jStore(driver, ...)``); ``open_neo4j`` is the one place that makes
one, from the URL and ``NEO4J_USER`` / ``NEO4J_PASSWORD`` (or a ``.env`` file beside the command).
A batch is written by the statements ``writes.merge_statements`` builds, in Neo4j's own text
(``neo4j_writes``), rows sent ``UNWIND`` in chunks of ``batch_size``, all inside one managed
write transaction: the driver retries it on transient errors, and a report is stored whole or
not at all. The password never enters a message this module raises.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import neo4j
from neo4j import Driver, GraphDatabase, ManagedTransaction, RoutingControl, unit_of_work
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from scamgraph.graph.neo4j_writes import IDS, Held, held_by_label_query, write_queries
from scamgraph.graph.store import (BaseStore, MergeResult, ReadOnlyViolation, StoreError, StoreUnavailable,
                                   collector_paused)
from scamgraph.graph.values import plain
from scamgraph.graph.writes import GroupMember, Statement, group_statements
from scamgraph.model import GraphBatch, Label, ModelError

__all__ = ["Neo4jStore", "Neo4jAddress", "open_neo4j", "parse_url", "schema_statements", "read_credentials"]

DEFAULT_BATCH_SIZE = 5_000
#: records (nodes and edges) of the new reports ``ingest`` writes in one transaction with
#: ``merge_group``: a write costs about 25 round trips and a commit whatever its size (a
#: statement per label and edge group), so a group is counted in records, not reports (50
#: reports a group, about 1,500 records, was half as fast on generated reports; bench/README.md)
GROUP_RECORDS = 5_000


def schema_statements() -> list[str]:
    """The statements of ``cypher/schema.cypher`` (shipped in the package), comments removed."""
    text = resources.files("scamgraph.cypher").joinpath("schema.cypher").read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


class Neo4jStore(BaseStore):
    """GraphStore over a Neo4j driver."""

    engine = "neo4j"
    checks_in_write = True  # the Report node's CREATE fails under its unique key when stored
    group_records = GROUP_RECORDS

    def __init__(self, driver: Driver, url: str, *, database: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, timeout_s: float | None = None) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.driver = driver
        self.url = url
        self.database = database
        self.batch_size = batch_size
        self.timeout_s = timeout_s

    def _run(self, cypher: str, params: Mapping[str, Any], read_only: bool) -> list[dict[str, Any]]:
        routing = RoutingControl.READ if read_only else RoutingControl.WRITE
        try:
            with self.driver.session(database=self.database,
                                     default_access_mode=neo4j.READ_ACCESS if read_only
                                     else neo4j.WRITE_ACCESS) as session:
                work = session.execute_read if routing is RoutingControl.READ else session.execute_write
                fetch = unit_of_work(timeout=self.timeout_s)(_fetch)
                return work(fetch, cypher, dict(params))
        except ClientError as exc:
            if read_only and exc.code == "Neo.ClientError.Statement.AccessMode":
                raise ReadOnlyViolation("this query changes the graph; ask for write access") from exc
            raise StoreError(f"Neo4j refused the query: {exc.message}") from exc
        except (ServiceUnavailable, DriverError, Neo4jError) as exc:
            raise StoreUnavailable(f"Neo4j at {self.url} is unavailable: {_describe(exc)}") from exc

    def _write(self, statements: list[Statement], new_report: str | None = None) -> tuple[int, int] | None:
        """Nodes the store lacks are CREATEd; if another process created one of them after
        this write read which it holds, the unique key fails the write whole, and it is sent
        again with every node MERGEd."""
        try:
            return self._write_once(statements, new_report, create_nodes=True)
        except ClientError as exc:
            if exc.code != "Neo.ClientError.Schema.ConstraintValidationFailed":
                raise StoreError(f"Neo4j refused the batch (nothing was written): {exc.message}") from exc
        try:
            return self._write_once(statements, new_report, create_nodes=False)
        except ClientError as exc:
            raise StoreError(f"Neo4j refused the batch (nothing was written): {exc.message}") from exc

    def _write_once(self, statements: list[Statement], new_report: str | None,
                    create_nodes: bool) -> tuple[int, int] | None:
        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(self._write_tx, statements, new_report, create_nodes)
        except ClientError as exc:
            if (new_report is not None and exc.code == "Neo.ClientError.Schema.ConstraintValidationFailed"
                    and self.has_report(new_report)):
                return None  # another process stored this report first: see _write_tx
            raise
        except (ServiceUnavailable, DriverError, Neo4jError) as exc:
            raise StoreUnavailable(
                f"Neo4j at {self.url} went away; the report was not written: {_describe(exc)}"
            ) from exc

    def _write_tx(self, tx: ManagedTransaction, statements: list[Statement],
                  new_report: str | None, create_nodes: bool) -> tuple[int, int]:
        """A new report's node is CREATEd first: under the unique key constraint a second
        transaction writing the same report waits for the first and then fails, so its edges
        are never created twice."""
        held = None
        if create_nodes:
            wanted = {s.shape[1]: [row["key"] for row in s.params["rows"]] for s in statements if s.shape[:1] == ("node",)}
            stored = self._held(tx, wanted)
            if new_report is not None:
                stored.add((Label.REPORT.value, new_report))  # the guard creates it first
            held = _lookup(stored)
        ids: dict[str, str] = {}
        return _run_writes(tx, neo4j_queries(statements, new_report, self.batch_size, held, ids), ids)

    def _held(self, tx: ManagedTransaction, wanted: dict[Label, list[str]]) -> set[tuple[str, str]]:
        """Which of the ``wanted`` keys the store holds, as (label, key): one read for every
        label, in the writing transaction (a round trip a label costs a small report)."""
        labels = sorted(wanted, key=lambda label: label.value)
        keys = {f"k{i}": sorted(set(wanted[label])) for i, label in enumerate(labels)}
        return {(labels[record["i"]].value, record["k"]) for record in tx.run(held_by_label_query(labels), keys)}

    def merge_group(self, batches: list[GraphBatch]) -> list[MergeResult] | None:
        """Several new reports in one transaction: their Report nodes are CREATEd first, so if
        any of them is stored already the unique key fails the whole transaction and nothing
        is written (then they go one by one, and that one is skipped). A value Neo4j refuses
        does the same, so only its own report fails."""
        keys = [batch.report_key for batch in batches]
        if len(batches) < 2 or len(set(keys)) < len(keys):
            return None
        with collector_paused():
            return self._merge_group(batches, keys)

    def _merge_group(self, batches: list[GraphBatch], keys: list[str]) -> list[MergeResult] | None:
        try:
            statements, members = group_statements([batch.with_mentions() for batch in batches])
        except (ModelError, ValueError):
            return None
        guard = Statement(_REPORT_GUARD, {"rows": [{"key": key} for key in keys]})
        try:
            with self.driver.session(database=self.database) as session:
                created = session.execute_write(self._group_tx, [guard, *statements], members, keys)
        except ClientError:
            return None
        except (ServiceUnavailable, DriverError, Neo4jError) as exc:
            raise StoreUnavailable(
                f"Neo4j at {self.url} went away; the reports were not written: {_describe(exc)}"
            ) from exc
        return [MergeResult(key, nodes, member.edges)
                for key, nodes, member in zip(keys, created, members, strict=True)]

    def _group_tx(self, tx: ManagedTransaction, statements: list[Statement],
                  members: list[GroupMember], reports: list[str]) -> list[int]:
        """Which nodes are new is read first, in the same transaction: each is counted for the
        first report that names it, as merging them one after another would count it. (Every
        edge row of a new report is CREATEd, so its edge count is its rows.)"""
        wanted: dict[Label, list[str]] = {}
        for member in members:
            for label, keys in member.keys.items():
                wanted.setdefault(label, []).extend(keys)
        existing = self._held(tx, wanted)
        # the same read tells which nodes to CREATE; the Report nodes the guard creates first
        stored = existing | {(Label.REPORT.value, key) for key in reports}
        ids: dict[str, str] = {}
        _run_writes(tx, neo4j_queries(statements, None, self.batch_size, _lookup(stored), ids), ids)
        created = []
        for member in members:
            fresh = {(label.value, key) for label, keys in member.keys.items() for key in keys} - existing
            existing |= fresh
            created.append(len(fresh))
        return created

    def ensure_schema(self) -> None:
        """Apply ``cypher/schema.cypher``: a unique ``key`` per label and lookup indexes."""
        for statement in schema_statements():
            try:
                self.driver.execute_query(statement, database_=self.database)  # type: ignore[arg-type]
            except ClientError as exc:
                # IF NOT EXISTS is not atomic: a concurrent client may create the same rule
                # between the check and the write. That client's rule is the one we wanted.
                if exc.code != "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists":
                    raise StoreError(f"could not apply the schema: {exc.message}") from exc

    def close(self) -> None:
        self.driver.close()


@dataclass(frozen=True)
class Neo4jAddress:
    """What a Neo4j URL asks for, read without connecting."""

    scheme: str
    host: str
    port: int
    encrypted: bool  # +s: TLS with a verified certificate; +ssc: TLS, self-signed accepted
    verify_certificate: bool
    routing: bool  # neo4j:// discovers cluster members; bolt:// talks to one server


_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


def parse_url(url: str) -> Neo4jAddress:
    """Check a Neo4j URL and say what it means, before any connection is tried.

    >>> parse_url("neo4j+s://db.example.org")
    Neo4jAddress(scheme='neo4j+s', host='db.example.org', port=7687, encrypted=True, verify_certificate=True, routing=True)
    """
    parts = urlsplit(url)
    if parts.scheme not in _SCHEMES:
        raise StoreError(f"{url!r} is not a Neo4j URL: use one of {', '.join(sorted(_SCHEMES))}")
    if not parts.hostname:
        raise StoreError(f"Neo4j URL {url!r} names no host")
    if parts.username or parts.password:
        raise StoreError("put Neo4j credentials in NEO4J_USER / NEO4J_PASSWORD, not in the URL")
    try:
        port = parts.port or 7687
    except ValueError as exc:
        raise StoreError(f"Neo4j URL {url!r} has a bad port") from exc
    base, _, security = parts.scheme.partition("+")
    return Neo4jAddress(parts.scheme, parts.hostname, port, bool(security), security == "s",
                        base == "neo4j")


def neo4j_queries(statements: list[Statement], new_report: str | None, batch_size: int,
                  held: Held | None, ids: dict[str, str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The queries that write a batch, each with its parameters, chunks of ``batch_size`` rows
    built as they are sent (see ``Neo4jStore._write_tx``), in Neo4j's own text
    (``neo4j_writes``); ``held`` tells which node keys the store holds (None: MERGE them all),
    and ``ids`` takes the element ids each node query returns (``_run_writes`` fills it).

    Each statement stays its own query, with a text shared by every report: joining a report's
    statements into one query (``WITH count(*)`` or ``CALL {}`` between parts) saves round trips
    but measured 4-9x slower per report on Neo4j 5.26, which plans and runs it worse."""
    guard = [] if new_report is None else [Statement(_REPORT_GUARD, {"rows": [{"key": new_report}]})]
    yield from write_queries(guard + statements, held, batch_size, ids)


def _run_writes(tx: ManagedTransaction, queries: Iterator[tuple[str, dict[str, Any]]],
                ids: dict[str, str]) -> tuple[int, int]:
    """Run ``queries`` in order, putting the element ids each node query returns into ``ids``
    before the next query is built (``write_queries`` reads them); nodes and relationships
    created."""
    nodes = edges = 0
    for cypher, params in queries:
        result = tx.run(cypher, params)  # type: ignore[arg-type]
        if cypher.endswith(IDS):
            ids.update(result.single(strict=True)[0])
        summary = result.consume()
        nodes += summary.counters.nodes_created
        edges += summary.counters.relationships_created
    return nodes, edges


_REPORT_GUARD = "UNWIND $rows AS row CREATE (:Report {key: row.key})"


def _lookup(stored: set[tuple[str, str]]) -> Held:
    return lambda label, keys: {key for key in keys if (label.value, key) in stored}


def _fetch(tx: ManagedTransaction, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    result = tx.run(cypher, params)  # type: ignore[arg-type]
    return [{k: plain(v) for k, v in record.items()} for record in result]


def read_credentials(env_file: Path = Path(".env")) -> tuple[str, str | None]:
    """``NEO4J_USER`` / ``NEO4J_PASSWORD`` from the environment, else from a ``.env`` file."""
    values = dict(os.environ)
    if env_file.is_file():
        for line in env_file.read_text("utf-8", errors="replace").splitlines():
            name, sep, value = line.partition("=")
            if sep and not name.strip().startswith("#"):
                values.setdefault(name.strip().removeprefix("export "), value.strip().strip("'\""))
    return values.get("NEO4J_USER", "neo4j"), values.get("NEO4J_PASSWORD")


def open_neo4j(url: str, *, user: str | None = None, password: str | None = None,
               database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
               timeout_s: float | None = None, retry_s: float = 15.0) -> Neo4jStore:
    """Connect, check the credentials, apply the schema, and return the store."""
    parse_url(url)
    env_user, env_password = read_credentials()
    user, password = user or env_user, password if password is not None else env_password
    if password is None:
        raise StoreUnavailable("no Neo4j password: set NEO4J_PASSWORD (and NEO4J_USER) or a .env file")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    try:
        driver = GraphDatabase.driver(url, auth=(user, password), max_transaction_retry_time=retry_s,
                                      connection_timeout=10.0,
                                      # "type does not exist yet" warnings are noise for a
                                      # store whose queries cover the whole closed model
                                      notifications_min_severity="OFF")
    except (ValueError, DriverError) as exc:
        raise StoreError(f"cannot use Neo4j URL {url!r}: {exc}") from exc
    try:
        driver.verify_connectivity()
        store = Neo4jStore(driver, url, database=database, batch_size=batch_size, timeout_s=timeout_s)
        store.ensure_schema()
    except AuthError as exc:
        driver.close()
        raise StoreUnavailable(
            f"Neo4j at {url} refused the credentials for user {user!r}; "
            "check NEO4J_USER and NEO4J_PASSWORD"
        ) from exc
    except StoreError:
        driver.close()
        raise
    except (ServiceUnavailable, DriverError, Neo4jError, OSError) as exc:
        driver.close()
        raise StoreUnavailable(f"cannot reach Neo4j at {url}: {_describe(exc)}") from exc
    return store


def _describe(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return message.splitlines()[0]
