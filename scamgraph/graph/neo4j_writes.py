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
- A new report's edge found each end by a seek on the key index, which Neo4j plans in a
  writing query as a *locking* unique seek: a seventh of the server's time in a large report's
  load (a JFR profile, bench/README.md). Every node statement here returns the element ids of
  its nodes (one record a chunk), and each edge chunk carries its ends' ids beside its rows: a
  seek by id takes no index and no lock (40,000 edges cost the server 0.8-1.0 s instead of
  1.3-1.4 s). The ids are those of nodes this transaction created or merged, so they cannot
  change under it.
- After the graph grows or is emptied, Neo4j plans each statement again (its statistics moved).
  These statements always find nodes by their unique key, whatever the statistics, so they ask
  for the cached plan (``CYPHER replan=skip``).

Nodes the store holds keep ``MERGE ... SET n += row.props``: a value absent from a row must
leave the stored one alone, which naming every property (null where absent) would erase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from scamgraph.graph.writes import Statement, node_cypher
from scamgraph.model import Label, RelType

__all__ = ["PLAN", "IDS", "Held", "held_by_label_query", "write_queries"]

PLAN = "CYPHER replan=skip "
#: how every node query ends: one record, the [key, element id] of each of its rows' nodes
IDS = " RETURN collect([row.key, elementId(n)]) AS ids"

#: the keys of ``label`` among ``keys`` that the store holds (read in the writing transaction)
Held = Callable[[Label, list[str]], set[str]]


def held_by_label_query(labels: list[Label]) -> str:
    """One read for several labels (``$k0`` holds the keys of ``labels[0]``, and so on), each
    row the label's position and a key held: one round trip instead of one a label, which
    counts in a grouped write of small reports."""
    return PLAN + " UNION ALL ".join(f"UNWIND $k{i} AS k MATCH (:{Label(label).value} {{key: k}}) RETURN {i} AS i, k"
                                     for i, label in enumerate(labels))


def write_queries(statements: list[Statement], held: Held | None, batch_size: int,
                  ids: dict[str, str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The queries for ``statements``, in chunks of ``batch_size`` rows, built as they are
    sent. ``held`` None: every node is MERGEd (the fallback after a lost race). The caller
    puts the pairs each node query (text ending in ``IDS``) returns into ``ids`` before it asks
    for the next query: a new report's edges are written by id (all its ends are nodes of the
    batch, written before its edges, so every end is in ``ids`` by then)."""
    for statement in statements:
        kind = statement.shape[0] if statement.shape else None
        if kind == "node":
            yield from _node_queries(statement, held, batch_size)
        elif kind == "edge" and statement.shape[4]:
            rows = statement.params["rows"]
            _, rel, _, target, _, one_source = statement.shape
            text = _edge_text(rel, target, one_source, _names(rows))
            for start in range(0, len(rows), batch_size):
                chunk = rows[start : start + batch_size]
                # the ends' ids beside the rows (rows rebuilt with them cost the client more)
                ends = {row["source"] for row in chunk} | {row["target"] for row in chunk}
                yield text, {"rows": chunk, "ids": {key: ids[key] for key in ends}}
        else:
            yield from _chunks(PLAN + statement.cypher, statement.params["rows"], batch_size)


def _node_queries(statement: Statement, held: Held | None,
                  batch_size: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """CREATE for the keys the store lacks (rows of one key folded in order, later values
    winning, as merging them one after another leaves them), MERGE for the rest."""
    label, rows = statement.shape[1], statement.params["rows"]
    if held is None:
        yield from _chunks(PLAN + statement.cypher + IDS, rows, batch_size)
        return
    keys = [row["key"] for row in rows]
    stored = held(label, keys)
    fresh = rows
    if stored or len(set(keys)) < len(keys):  # else (a large new report) every row is a new node
        folded: dict[str, dict[str, Any]] = {}
        for row in rows:
            if row["key"] not in stored:
                folded.setdefault(row["key"], {}).update(row["props"])
        yield from _chunks(PLAN + node_cypher(label) + IDS, [row for row in rows if row["key"] in stored], batch_size)
        fresh = [{"key": key, "props": props} for key, props in folded.items()]
    yield from _chunks(_node_text(label, _names(fresh)), fresh, batch_size)


def _node_text(label: Label, names: list[str]) -> str:
    return f"{PLAN}UNWIND $rows AS row CREATE (n:{Label(label).value} {{key: row.key{_named(names)}}}){IDS}"


def _edge_text(rel: RelType, target: Label, one_source: bool, names: list[str]) -> str:
    """A new report's edges, ``names`` the properties their rows give; the ends' element ids
    come beside the rows, in the map ``$ids`` from key to id (a node found by its id needs no
    label). Not lists read by position: with ``$rows[i]`` Neo4j plans an Eager. (``target``
    is checked as a label, as every label in a query text is, though the text names none.)"""
    rel, target = RelType(rel), Label(target)
    create = f"CREATE (a)-[:{rel.value} {{report: row.report{_named(names)}}}]->(b)"
    if one_source:
        start = "MATCH (a) WHERE elementId(a) = $ids[$rows[0].source] UNWIND $rows AS row "
    else:
        start = "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = $ids[row.source] "
    return f"{PLAN}{start}MATCH (b) WHERE elementId(b) = $ids[row.target] {create}"


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
