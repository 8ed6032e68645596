"""Build the Cypher and the rows that write a GraphBatch. Pure: no database in sight.

Both stores send what these functions build. Neo4j runs the statements one after another in a
single transaction; FalkorDB runs them as one MULTI/EXEC block (``falkordb_queries`` renders
them, in chunks, with their parameters). Values always travel as parameters; labels and
relationship types reach the text only after ``Label(...)``/``RelType(...)`` accepted them, so
nothing from a report can become Cypher.

A new report's edges are *created*, not merged: a report is stored whole or not at all and is
skipped when already stored, so none of its edges can exist yet, and CREATE costs the same
whether a hub pair already carries a thousand parallel edges or none (MERGE scans them). Nodes
are still merged (they are shared between reports). A re-merge (``force``) merges edges too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from scamgraph.model import Edge, GraphBatch, Label, Node, RelType, clean_text

__all__ = ["Statement", "GroupMember", "merge_statements", "group_statements", "group_rows", "combined", "node_rows", "edge_rows",
           "falkordb_queries", "cypher_literal", "edge_source_match"]


@dataclass(frozen=True)
class Statement:
    """One Cypher text and its parameters; ``shape`` says what it writes, for an engine that
    renders its own text: ``("node", label)`` or ``("edge", type, source label, target label,
    create, one_source)`` (empty for any other statement)."""

    cypher: str
    params: dict[str, Any] = field(default_factory=dict)
    shape: tuple[Any, ...] = ()


def node_cypher(label: Label, param: str = "rows") -> str:
    label = Label(label)
    return f"UNWIND ${param} AS row MERGE (n:{label.value} {{key: row.key}}) SET n += row.props"


def edge_cypher(rel: RelType, source: Label, target: Label, param: str = "rows",
                create: bool = False, one_source: bool = False) -> str:
    """``create`` for a new report (its edges cannot exist yet), MERGE for a re-merge.
    ``one_source``: every row starts at the same node (a report's MENTIONS), found once instead
    of once a row (about a tenth off a large report's write on Neo4j)."""
    rel, target = RelType(rel), Label(target)
    return (
        edge_source_match(source, param, one_source) +
        f"MATCH (b:{target.value} {{key: row.target}}) "
        f"{'CREATE' if create else 'MERGE'} (a)-[r:{rel.value} {{report: row.report}}]->(b) "
        "SET r += row.props"
    )


def edge_source_match(source: Label, param: str = "rows", one_source: bool = False) -> str:
    """The start of an edge statement: each row, with ``a`` its source node (found once for all
    rows when ``one_source``; every engine's edge text begins so)."""
    source = Label(source)
    if one_source:
        return f"WITH ${param}[0].source AS first MATCH (a:{source.value} {{key: first}}) UNWIND ${param} AS row "
    return f"UNWIND ${param} AS row MATCH (a:{source.value} {{key: row.source}}) "


def _node_row(node: Node) -> dict[str, Any]:
    return {"key": node.key, "props": {"name": node.name, **node.properties}}


def node_rows(batch: GraphBatch) -> dict[Label, list[dict[str, Any]]]:
    """Rows grouped by label, the Report node first so that it always exists."""
    grouped: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    grouped[Label.REPORT].append(_node_row(batch.report))
    for node in batch.nodes.values():
        grouped[node.label].append(_node_row(node))
    return dict(grouped)


def _edge_props(edge: Edge, reported: str | None) -> dict[str, Any]:
    props: dict[str, Any] = dict(edge.properties)
    if reported:
        props["reported"] = reported
    if edge.evidence:
        first = edge.evidence[0]
        props["quote"] = clean_text(first.quote)
        if first.start is not None:
            props["start"], props["end"] = first.start, first.end
        if len(edge.evidence) > 1:
            props["mentions"] = len(edge.evidence)
    return props


def edge_rows(batch: GraphBatch) -> dict[tuple[RelType, Label, Label], list[dict[str, Any]]]:
    """Rows grouped by (type, source label, target label): the labels let MATCH use the key
    index. One edge per (source, type, target, report); repeats within a report fold into one.
    Labels come from one dictionary built per batch (this runs once per edge of a large batch).
    It checks what ``GraphBatch.validate`` checks, in the same pass: every end is a node of the
    batch, and all evidence comes from the batch's report (``ModelError`` otherwise)."""
    published = batch.report.properties.get("published")
    reported = published if isinstance(published, str) else None
    labels = {key: node.label for key, node in batch.nodes.items()}
    labels[batch.report.key] = Label.REPORT
    report = batch.report_key
    grouped: dict[tuple[RelType, Label, Label], dict[tuple[str, str], dict[str, Any]]]
    grouped = defaultdict(dict)
    for edge in batch.edges:
        source, target = edge.source, edge.target
        ends = (labels.get(source) or batch.label_of(source), labels.get(target) or batch.label_of(target))
        if any(ev.report != batch.report.key for ev in edge.evidence):
            batch.validate()  # raises the model's own error for this edge
        rows = grouped[(edge.type, *ends)]
        props = _edge_props(edge, reported)
        held = rows.get((source, target))
        if held is None:
            rows[(source, target)] = {"source": source, "target": target, "report": report, "props": props}
        else:
            for name, value in props.items():
                held["props"].setdefault(name, value)
    return {group: list(rows.values()) for group, rows in grouped.items()}


def merge_statements(batch: GraphBatch, *, create: bool = False) -> list[Statement]:
    """The statements that write a batch: nodes by label, then edges by type and end labels.
    ``create``: the report is new, so its edges are created (see the module text). The batch
    is checked as ``GraphBatch.validate`` does, by ``edge_rows``, before anything is sent."""
    statements = [
        Statement(node_cypher(label), {"rows": rows}, ("node", label)) for label, rows in node_rows(batch).items()
    ]
    for (rel, src, dst), rows in edge_rows(batch).items():
        one = rel is RelType.MENTIONS
        statements.append(Statement(edge_cypher(rel, src, dst, create=create, one_source=one), {"rows": rows},
                                    ("edge", rel, src, dst, create, one)))
    return statements


@dataclass(frozen=True)
class GroupMember:
    """One report of a grouped write: the node keys it names, by label, and its edge count."""

    keys: dict[Label, list[str]]
    edges: int


def group_rows(batches: list[GraphBatch]) -> tuple[dict[Label, list[dict[str, Any]]],
                                                  dict[tuple[RelType, Label, Label], list[dict[str, Any]]]]:
    """Node rows by label and edge rows by group over several reports, in the reports' order, so
    that a node named by two reports ends with the properties the later one gave it, as two
    merges one after the other would leave it."""
    nodes, edges, _members = _grouped(batches)
    return nodes, edges


def group_statements(batches: list[GraphBatch]) -> tuple[list[Statement], list[GroupMember]]:
    """The statements that write several new reports at once (each batch with its mentions; rows
    as ``group_rows`` orders them), and what each report names, for telling which report
    created a node."""
    nodes, edges, members = _grouped(batches)
    statements = [Statement(node_cypher(label), {"rows": rows}, ("node", label)) for label, rows in nodes.items()]
    statements += [Statement(edge_cypher(rel, src, dst, create=True), {"rows": rows}, ("edge", rel, src, dst, True, False))
                   for (rel, src, dst), rows in edges.items()]
    return statements, members


def _grouped(batches: list[GraphBatch]) -> tuple[dict[Label, list[dict[str, Any]]],
                                                 dict[tuple[RelType, Label, Label], list[dict[str, Any]]],
                                                 list[GroupMember]]:
    nodes: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    edges: dict[tuple[RelType, Label, Label], list[dict[str, Any]]] = defaultdict(list)
    members = []
    for batch in batches:
        by_label, by_group = node_rows(batch), edge_rows(batch)
        members.append(GroupMember({label: [row["key"] for row in rows] for label, rows in by_label.items()},
                                   sum(len(rows) for rows in by_group.values())))
        for label, rows in by_label.items():
            nodes[label] += rows
        for group, rows in by_group.items():
            edges[group] += rows
    return dict(nodes), dict(edges), members


def falkordb_queries(statements: list[Statement], chunk: int = 5_000) -> list[str]:
    """The statements as FalkorDB query texts, parameters rendered in the ``CYPHER name=value``
    header FalkorDB reads.

    A batch of at most ``chunk`` rows becomes one query (``combined``), which FalkorDB runs
    atomically, undoing it whole if any part fails. A larger batch becomes one query per
    ``chunk`` rows of each statement: one giant parameter string costs more to build and to
    parse than the rows are worth. The caller sends the chunks in one MULTI/EXEC block."""
    if sum(len(s.params["rows"]) for s in statements) <= chunk:
        joined = combined(statements)
        header = " ".join(f"{name}={cypher_literal(rows)}" for name, rows in joined.params.items())
        return [f"CYPHER {header} {joined.cypher}"]
    queries = []
    for statement in statements:
        rows = statement.params["rows"]
        for start in range(0, len(rows), chunk):
            literal = cypher_literal(rows[start : start + chunk])
            queries.append(f"CYPHER rows={literal} {statement.cypher}")
    return queries


def cypher_literal(value: Any) -> str:
    r"""A value as a Cypher literal, as FalkorDB parses it in a parameter header: strings in
    double quotes with backslash and quote escaped, map keys in backticks.

    >>> cypher_literal([{"key": 'a"b', "n": 2, "ok": True, "x": None}])
    '[{`key`:"a\\"b",`n`:2,`ok`:true,`x`:null}]'
    """
    kind = type(value)
    if kind is str:
        if "\\" in value or '"' in value:
            value = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{value}"'
    if kind is dict:
        return "{" + ",".join(f"{_map_key(k)}:{cypher_literal(v)}" for k, v in value.items()) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join(map(cypher_literal, value)) + "]"
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return repr(value)
    if isinstance(value, bool):  # subclasses (an enum, say) as their base type
        return "true" if value else "false"
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        return repr(float(value))
    if isinstance(value, str):
        return cypher_literal(str(value))
    if isinstance(value, dict):
        return cypher_literal(dict(value))
    raise ValueError(f"a value of type {kind.__name__} cannot be stored: {value!r:.60}")


def _map_key(name: str) -> str:
    if not name or "`" in name:
        raise ValueError(f"a property name may not be empty or hold a backtick: {name!r:.60}")
    return f"`{name}`"


def combined(statements: list[Statement]) -> Statement:
    """Join UNWIND statements into one query. ``WITH count(*) AS _`` between parts turns any
    number of rows (zero included) back into one, so every part runs whatever came before."""
    parts, params = [], {}
    for i, statement in enumerate(statements):
        name = f"rows{i}"
        parts.append(re.sub(r"\$rows\b", f"${name}", statement.cypher))
        params[name] = statement.params["rows"]
    return Statement("\nWITH count(*) AS _\n".join(parts) + "\nRETURN count(*) AS done", params)
