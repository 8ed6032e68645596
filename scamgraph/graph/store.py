"""The GraphStore interface, the behaviour every backend shares, and ``open_store(url)``.

A store takes GraphBatches and answers Cypher. Engines differ only in how they send a query
and a batch (``_run`` and ``_write``); everything built on those two, ``stats`` and
``to_networkx`` among them, lives here once, so one contract test suite covers every backend.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

import networkx as nx

from scamgraph.graph.writes import Statement, merge_statements
from scamgraph.model import GraphBatch, Label, RelType

__all__ = [
    "GraphStore",
    "BaseStore",
    "MergeResult",
    "StoreError",
    "StoreUnavailable",
    "StoreNotAnswering",
    "ReadOnlyViolation",
    "open_store",
    "default_store_url",
    "WRITE_CLAUSE",
    "changes_graph",
]

#: Clauses that change a graph. Used to refuse writes in read-only runs before an engine sees them.
WRITE_CLAUSE = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH)\b|\bCALL\s+db\.(create|drop)",
    re.IGNORECASE,
)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a batch becomes rows and is sent (restarted after,
    if it ran before). A large batch allocates a container per row, and the collector's full
    runs walk every object alive, the batch included: a third of the client's time in a
    20,000-node write to Neo4j (bench/README.md). The rows hold no cycles: reference counting
    frees them, and what cyclic garbage the write leaves is collected once the collector runs
    again."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class StoreError(RuntimeError):
    """A store could not do what was asked; the message says what and why."""


class StoreUnavailable(StoreError):
    """The database cannot be reached or started."""


class StoreNotAnswering(StoreUnavailable):
    """The server stopped answering mid-command; the message says what was done about it. It
    ends the command: retrying on a server that was just examined (and maybe stopped) only hides
    why."""


class ReadOnlyViolation(StoreError):
    """A query that writes was sent as a read-only run."""


@dataclass(frozen=True)
class MergeResult:
    """What one ``merge`` did. ``skipped`` means the report was already stored."""

    report: str
    nodes_created: int = 0
    edges_created: int = 0
    skipped: bool = False


@runtime_checkable
class GraphStore(Protocol):
    """What the CLI, pipeline and analyses need from a graph database."""

    url: str
    engine: str

    def ensure_schema(self) -> None: ...
    def merge(self, batch: GraphBatch, *, force: bool = False) -> MergeResult: ...
    def has_report(self, key: str) -> bool: ...
    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True
    ) -> list[dict[str, Any]]: ...
    def stats(self) -> dict[str, dict[str, int]]: ...
    def to_networkx(
        self,
        *,
        labels: Iterable[Label | str] | None = None,
        types: Iterable[RelType | str] | None = None,
        reports: Iterable[str] | None = None,
        as_of: str | None = None,
        since: str | None = None,
    ) -> nx.MultiDiGraph: ...
    def close(self) -> None: ...
    def __enter__(self) -> GraphStore: ...
    def __exit__(self, *exc: object) -> None: ...


class BaseStore:
    """Shared behaviour over two engine hooks: ``_run`` (one query) and ``_write`` (one batch,
    atomically). Subclasses receive their connection; they never open one themselves."""

    url: str = ""
    engine: str = ""
    #: True when ``_write`` itself checks, in the same round trip, that a new report is absent
    #: (then ``merge`` does not ask first)
    checks_in_write: bool = False
    #: ingest writes pending new reports together (``merge_group``) once they hold this many
    #: records (``batch_records``); 1: one report at a time, the engine gains nothing
    group_records: int = 1

    # -- engine hooks -------------------------------------------------------------------------
    def _run(self, cypher: str, params: Mapping[str, Any], read_only: bool) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _write(self, statements: list[Statement], new_report: str | None = None) -> tuple[int, int] | None:
        """Run all statements atomically; return (nodes created, relationships created).

        With ``new_report`` (the statements CREATE that report's edges), write only if no
        Report node with that key exists when the write commits, and return None if one does:
        another process stored the same report meanwhile."""
        raise NotImplementedError

    def ensure_schema(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- shared behaviour ---------------------------------------------------------------------
    def __enter__(self) -> BaseStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True
    ) -> list[dict[str, Any]]:
        """Run Cypher and return rows of plain Python values (no driver objects).

        With ``read_only`` (the default) a query that would change the graph is refused.
        """
        if read_only and changes_graph(cypher):
            raise ReadOnlyViolation(
                "this query changes the graph, and runs are read-only unless write access is "
                "asked for (--write on the command line, read_only=False in Python)"
            )
        return self._run(cypher, dict(params or {}), read_only)

    def has_report(self, key: str) -> bool:
        rows = self._run("MATCH (r:Report {key: $key}) RETURN count(r) AS n", {"key": key}, True)
        return bool(rows and rows[0]["n"])

    def merge(self, batch: GraphBatch, *, force: bool = False) -> MergeResult:
        """Write a batch all-or-nothing. A report already stored is skipped unless ``force``;
        with ``force`` its facts are merged again (MERGE keeps that idempotent).

        A new report's edges are created, not merged (flat cost however many parallel edges a
        hub pair carries). Storing one report twice at once is excluded by its key: each
        engine checks that the Report node is absent inside the write itself (``_write``), so
        of two processes writing the same report one stores it and the other skips it."""
        if not force and not self.checks_in_write and self.has_report(batch.report_key):
            return MergeResult(batch.report_key, skipped=True)
        with collector_paused():
            statements = merge_statements(batch.with_mentions(), create=not force)
            written = self._write(statements, None if force else batch.report_key)
        if written is None:
            return MergeResult(batch.report_key, skipped=True)
        return MergeResult(batch.report_key, *written)

    def merge_group(self, batches: list[GraphBatch]) -> list[MergeResult] | None:
        """Write several new reports in one all-or-nothing write, one result per report; or
        None, having written nothing, when they must go one by one with ``merge`` (one of them
        is stored already, or holds something the engine refuses). Engines whose cost per
        report is not in round trips and commits keep this default."""
        return None

    def stats(self) -> dict[str, dict[str, int]]:
        """Node counts by label and edge counts by type (labels and types with none are left out)."""
        nodes = {
            label.value: n
            for label in Label
            if (n := self._count(f"MATCH (n:{label.value}) RETURN count(n) AS n"))
        }
        edges = {
            rel.value: n
            for rel in RelType
            if (n := self._count(f"MATCH ()-[r:{rel.value}]->() RETURN count(r) AS n"))
        }
        return {"nodes": nodes, "edges": edges}

    def _count(self, cypher: str) -> int:
        rows = self._run(cypher, {}, True)
        return int(rows[0]["n"]) if rows else 0

    def to_networkx(
        self,
        *,
        labels: Iterable[Label | str] | None = None,
        types: Iterable[RelType | str] | None = None,
        reports: Iterable[str] | None = None,
        as_of: str | None = None,
        since: str | None = None,
    ) -> nx.MultiDiGraph:
        """The graph (or a filtered part) as a NetworkX MultiDiGraph.

        Nodes are keyed by ``key`` with ``label``, ``name`` and their properties; parallel edges
        are keyed ``TYPE|report`` and keep every property, evidence included. ``reports`` keeps
        facts from those reports; ``as_of`` (ISO date) keeps facts reported on or before it, so an
        analyst sees the graph as it stood then; ``since`` keeps facts reported on or after it
        (with ``as_of``, a date window). One entity's neighbourhood is
        ``scamgraph.analysis.neighbourhood`` of this graph: the one meaning of ``--around``.
        """
        wanted_labels = [Label(x) for x in labels] if labels is not None else list(Label)
        wanted_types = [RelType(x) for x in types] if types is not None else list(RelType)
        graph = nx.MultiDiGraph()
        for label in wanted_labels:
            rows = self._run(f"MATCH (n:{label.value}) RETURN properties(n) AS p", {}, True)
            for row in rows:
                props = dict(row["p"])
                graph.add_node(props.pop("key"), label=label.value, **props)
        report_list = sorted(set(reports)) if reports is not None else None
        for rel in wanted_types:
            for row in self._edge_rows(rel, report_list, as_of, since):
                src, dst, props = row["s"], row["t"], dict(row["p"])
                if src in graph and dst in graph:
                    graph.add_edge(src, dst, key=f"{rel.value}|{props.get('report')}",
                                   type=rel.value, **props)
        if as_of is not None or since is not None:
            # an entity exists in the view when a fact in the window names it
            graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
        return graph

    def _edge_rows(
        self, rel: RelType, reports: list[str] | None, as_of: str | None, since: str | None = None
    ) -> list[dict[str, Any]]:
        where = []
        if reports is not None:
            where.append("r.report IN $reports")
        if as_of is not None:
            where.append("r.reported IS NOT NULL AND r.reported <= $as_of")
        if since is not None:
            where.append("r.reported IS NOT NULL AND r.reported >= $since")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        cypher = (
            f"MATCH (a)-[r:{rel.value}]->(b){clause} "
            "RETURN a.key AS s, b.key AS t, properties(r) AS p"
        )
        return self._run(cypher, {"reports": reports or [], "as_of": as_of or "", "since": since or ""}, True)


def changes_graph(cypher: str) -> bool:
    """Whether a query holds a clause that writes, once literals and comments are set aside."""
    return bool(WRITE_CLAUSE.search(_strip_literals(cypher)))


#: What Cypher reads as one unit, left to right: a string (backslash escapes), a backticked
#: name (a doubled backtick inside), a line or block comment; ``open`` is one that never closes.
_LEXEME = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`(?:[^`]|``)*`|//[^\n]*|/\*.*?\*/|(?P<open>['\"`]|/\*)",
    re.DOTALL,
)


def _strip_literals(cypher: str) -> str:
    """Blank string literals, backticked names and comments so that a clause word inside one is
    not read as a clause.

    One left-to-right pass, as the engine reads it: ``//`` inside a string is not a comment and
    a quote inside a comment opens no string. A literal or comment that never closes keeps the
    rest of the text as it is, so a clause after it is still seen.

    >>> _strip_literals("WITH 'http://x' AS u CREATE (n) // DELETE")
    "WITH '' AS u CREATE (n)  "
    """
    parts: list[str] = []
    done = 0
    for found in _LEXEME.finditer(cypher):
        parts.append(cypher[done:found.start()])
        if found.group("open"):
            return "".join(parts) + cypher[found.start():]
        parts.append("''" if found.group(0)[0] in "'\"`" else " ")
        done = found.end()
    return "".join(parts) + cypher[done:]


def default_store_url() -> str:
    """``$SCAMGRAPH_STORE``, else the embedded store in ``$SCAMGRAPH_HOME`` or ``./.scamgraph``."""
    url = os.environ.get("SCAMGRAPH_STORE")
    if url:
        return url
    return "embedded:" + os.environ.get("SCAMGRAPH_HOME", ".scamgraph")


def _check_url(url: str) -> None:
    """A server URL the standard parser cannot read (``bolt://[::1``) is a StoreError, not a
    traceback. Embedded paths are file names, not URLs, and are not parsed as one."""
    from urllib.parse import urlsplit

    try:
        urlsplit(url).port
    except ValueError as exc:
        raise StoreError(f"cannot read the store URL {url!r}: {exc}") from exc


def open_store(url: str | None = None, **options: Any) -> BaseStore:
    """Open the store a URL names: ``embedded:PATH``, ``bolt://``, ``neo4j://``, ``neo4j+s://``...

    This and the CLI are the only places that create connections.
    """
    url = url or default_store_url()
    scheme = url.split(":", 1)[0].lower()
    if scheme == "embedded":
        from scamgraph.graph.embedded import open_embedded

        return open_embedded(Path(url.split(":", 1)[1] or ".scamgraph"), **options)
    if scheme in {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}:
        from scamgraph.graph.neo4j import open_neo4j

        _check_url(url)
        return open_neo4j(url, **options)
    raise StoreError(
        f"unknown store URL {url!r}: use embedded:PATH, bolt://HOST:PORT or neo4j://HOST:PORT"
    )
