"""Build the Cypher and the rows that write a GraphBatch. Pure: no database in sight.

Both stores send what these functions build. Neo4j runs the statements one after another in a
single transaction; FalkorDB, which has no multi-statement transactions, runs them joined into
one query (``combined``), which it executes atomically. Values always travel as parameters;
labels and relationship types reach the text only after ``Label(...)``/``RelType(...)`` accepted
them, so nothing from a report can become Cypher.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from scamgraph.model import Edge, GraphBatch, Label, Node, RelType, clean_text

__all__ = ["Statement", "merge_statements", "combined", "node_rows", "edge_rows"]


@dataclass(frozen=True)
class Statement:
    """One Cypher text and its parameters."""

    cypher: str
    params: dict[str, Any] = field(default_factory=dict)


def node_cypher(label: Label, param: str = "rows") -> str:
    label = Label(label)
    return f"UNWIND ${param} AS row MERGE (n:{label.value} {{key: row.key}}) SET n += row.props"


def edge_cypher(rel: RelType, source: Label, target: Label, param: str = "rows") -> str:
    rel, source, target = RelType(rel), Label(source), Label(target)
    return (
        f"UNWIND ${param} AS row "
        f"MATCH (a:{source.value} {{key: row.source}}) "
        f"MATCH (b:{target.value} {{key: row.target}}) "
        f"MERGE (a)-[r:{rel.value} {{report: row.report}}]->(b) SET r += row.props"
    )


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
    index. One edge per (source, type, target, report); repeats within a report fold into one."""
    reported = batch.report.properties.get("published")
    grouped: dict[tuple[RelType, Label, Label], dict[tuple[str, str], dict[str, Any]]]
    grouped = defaultdict(dict)
    for edge in batch.edges:
        group = (edge.type, batch.label_of(edge.source), batch.label_of(edge.target))
        row = {
            "source": edge.source,
            "target": edge.target,
            "report": batch.report_key,
            "props": _edge_props(edge, reported if isinstance(reported, str) else None),
        }
        held = grouped[group].get((edge.source, edge.target))
        if held is None:
            grouped[group][(edge.source, edge.target)] = row
        else:
            for name, value in row["props"].items():
                held["props"].setdefault(name, value)
    return {group: list(rows.values()) for group, rows in grouped.items()}


def merge_statements(batch: GraphBatch) -> list[Statement]:
    """The statements that write a batch: nodes by label, then edges by type and end labels."""
    batch.validate()
    statements = [
        Statement(node_cypher(label), {"rows": rows}) for label, rows in node_rows(batch).items()
    ]
    statements += [
        Statement(edge_cypher(rel, src, dst), {"rows": rows})
        for (rel, src, dst), rows in edge_rows(batch).items()
    ]
    return statements


def combined(statements: list[Statement]) -> Statement:
    """Join UNWIND statements into one query. ``WITH count(*) AS _`` between parts turns any
    number of rows (zero included) back into one, so every part runs whatever came before."""
    parts, params = [], {}
    for i, statement in enumerate(statements):
        name = f"rows{i}"
        parts.append(statement.cypher.replace("$rows ", f"${name} ", 1))
        params[name] = statement.params["rows"]
    return Statement("\nWITH count(*) AS _\n".join(parts) + "\nRETURN count(*) AS done", params)
