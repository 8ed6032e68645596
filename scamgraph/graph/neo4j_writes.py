"""Neo4j's own text for the write statements ``writes`` builds. Pure: the caller runs them.

Measured on Neo4j 5.26 (PROFILE and the server's CPU time, bench/README.md), three things make
the shared text costly there, and this form avoids them:

- ``SET n += row.props`` sets properties the planner cannot name, so every statement planned an
  ``Eager`` that holds all the chunk's rows before writing. Here the property names are in the
  text (backtick-quoted, each read from the row's map; a name a row lacks reads null, which
  CREATE leaves unset). The rows are those ``writes`` built, sent as they are.
- ``MERGE`` on a node takes a locking index seek per row. A node the store does not hold yet is
  CREATEd instead: which keys it holds is read first, in the same transaction. If another
  transaction creates one of those keys in between, the unique key constraint fails this one
  whole and the caller writes it again with MERGE (``Neo4jStore._write``).
- After the graph grows or is emptied, Neo4j plans each statement again (its statistics moved).
  These statements always find nodes by their unique key, whatever the statistics, so they ask
  for the cached plan (``CYPHER replan=skip``).

Nodes the store holds keep ``MERGE ... SET n += row.props``: a value absent from a row must
leave the stored one alone, which naming every property (null where absent) would erase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from scamgraph.graph.writes import Statement, edge_source_match, node_cypher
from scamgraph.model import Label, RelType

__all__ = ["PLAN", "Held", "held_by_label_query", "write_queries"]

PLAN = "CYPHER replan=skip "

#: the keys of ``label`` among ``keys`` that the store holds (read in the writing transaction)
Held = Callable[[Label, list[str]], set[str]]


def held_by_label_query(labels: list[Label]) -> str:
    """One read for several labels (``$k0`` holds the keys of ``labels[0]``, and so on), each
    row the label's position and a key held: one round trip instead of one a label, which
    counts in a grouped write of small reports."""
    return PLAN + " UNION ALL ".join(f"UNWIND $k{i} AS k MATCH (:{Label(label).value} {{key: k}}) RETURN {i} AS i, k"
                                     for i, label in enumerate(labels))


def write_queries(statements: list[Statement], held: Held | None,
                  batch_size: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """The queries for ``statements``, in chunks of ``batch_size`` rows, built as they are
    sent. ``held`` None: every node is MERGEd (the fallback after a lost race)."""
    for statement in statements:
        kind = statement.shape[0] if statement.shape else None
        if kind == "node":
            yield from _node_queries(statement, held, batch_size)
        elif kind == "edge" and statement.shape[4]:
            rows = statement.params["rows"]
            _, rel, source, target, _, one_source = statement.shape
            yield from _chunks(_edge_text(rel, source, target, one_source, _names(rows)), rows, batch_size)
        else:
            yield from _chunks(PLAN + statement.cypher, statement.params["rows"], batch_size)


def _node_queries(statement: Statement, held: Held | None,
                  batch_size: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """CREATE for the keys the store lacks (rows of one key folded in order, later values
    winning, as merging them one after another leaves them), MERGE for the rest."""
    label, rows = statement.shape[1], statement.params["rows"]
    if held is None:
        yield from _chunks(PLAN + statement.cypher, rows, batch_size)
        return
    keys = [row["key"] for row in rows]
    stored = held(label, keys)
    fresh = rows
    if stored or len(set(keys)) < len(keys):  # else (a large new report) every row is a new node
        folded: dict[str, dict[str, Any]] = {}
        for row in rows:
            if row["key"] not in stored:
                folded.setdefault(row["key"], {}).update(row["props"])
        yield from _chunks(PLAN + node_cypher(label), [row for row in rows if row["key"] in stored], batch_size)
        fresh = [{"key": key, "props": props} for key, props in folded.items()]
    yield from _chunks(_node_text(label, _names(fresh)), fresh, batch_size)


def _node_text(label: Label, names: list[str]) -> str:
    return f"{PLAN}UNWIND $rows AS row CREATE (n:{Label(label).value} {{key: row.key{_named(names)}}})"


def _edge_text(rel: RelType, source: Label, target: Label, one_source: bool, names: list[str]) -> str:
    """A new report's edges, ``names`` the properties their rows give."""
    rel, target = RelType(rel), Label(target)
    return (f"{PLAN}{edge_source_match(source, 'rows', one_source)}MATCH (b:{target.value} {{key: row.target}}) "
            f"CREATE (a)-[:{rel.value} {{report: row.report{_named(names)}}}]->(b)")


def _named(names: list[str]) -> str:
    """The properties ``names`` of a CREATE's map, each read from the row's map."""
    return "".join(f", {_quoted(name)}: row.props.{_quoted(name)}" for name in names)


def _names(rows: list[dict[str, Any]]) -> list[str]:
    return sorted({name for row in rows for name in row["props"]})


def _quoted(name: str) -> str:
    """A property name as a Cypher identifier: in backticks, a backtick doubled. (The model
    refuses empty names; an empty one here would fail the query, and with it the write.)"""
    return "`" + name.replace("`", "``") + "`"


def _chunks(cypher: str, rows: list[Any], batch_size: int) -> Iterator[tuple[str, dict[str, Any]]]:
    for start in range(0, len(rows), batch_size):
        yield cypher, {"rows": rows[start : start + batch_size]}
