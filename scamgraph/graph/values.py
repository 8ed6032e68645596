"""Turn driver values into plain Python, so that callers never see an engine's own types.

A node becomes ``{"_label": ..., **properties}``, a relationship ``{"_type": ..., **properties}``,
a path the list of its nodes and relationships in order, and temporal values ISO strings. Both engines map to the same shapes, which is what lets one
differential test compare their answers row for row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["plain", "spreadsheet_safe"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A CSV cell that a spreadsheet will not run: text starting like a formula gets a quote.

    >>> spreadsheet_safe("=1+2"), spreadsheet_safe("@SUM(A1)"), spreadsheet_safe("-5"), spreadsheet_safe("Kim")
    ("'=1+2", "'@SUM(A1)", '-5', 'Kim')
    >>> spreadsheet_safe("+85512345678")  # a phone number, not a sum: a spreadsheet would eat the +
    "'+85512345678"
    """
    if text.startswith(_FORMULA_START) and not (_number(text) and not text.startswith("+")):
        return "'" + text
    return text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def plain(value: Any) -> Any:
    """Recursively convert a value returned by FalkorDB or the Neo4j driver."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    converter = _converter(value)
    if converter is not None:  # first: a Neo4j node is also a Mapping
        return converter(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _converter(value: Any) -> Any:
    """The engine a value comes from, by its class ancestry: the Neo4j driver makes a class per
    relationship type on the fly (in module ``abc``), so the value's own module is not enough."""
    for cls in type(value).__mro__:
        found = _CONVERTERS.get(cls.__module__.split(".")[0])
        if found is not None:
            return found
    return None


def _from_falkordb(value: Any) -> Any:
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path

    if isinstance(value, Node):
        label = value.labels[0] if len(value.labels) == 1 else sorted(value.labels)
        return {"_label": label, **plain(value.properties)}
    if isinstance(value, Edge):
        return {"_type": value.relation, **plain(value.properties)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        out: list[Any] = []
        for i, node in enumerate(value.nodes()):
            out.append(_from_falkordb(node))
            if i < len(value.edges()):
                out.append(_from_falkordb(value.edges()[i]))
        return out
    return str(value)


def _from_neo4j(value: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        labels = sorted(value.labels)
        return {"_label": labels[0] if len(labels) == 1 else labels, **plain(dict(value))}
    if isinstance(value, Relationship):
        return {"_type": value.type, **plain(dict(value))}
    if isinstance(value, Path):
        out: list[Any] = []
        for i, node in enumerate(value.nodes):
            out.append(_from_neo4j(node))
            if i < len(value.relationships):
                out.append(_from_neo4j(value.relationships[i]))
        return out
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


_CONVERTERS = {"falkordb": _from_falkordb, "neo4j": _from_neo4j}
