"""Structured incident reports (JSON or YAML) in scamgraph's documented schema.

A report file holds::

    report:    {title, url?, published? (YYYY-MM-DD), outlet?, kind?, text?}
    entities:  [{id, label, name, key?, properties?}]
    relations: [{type, source, target, properties?, quote?}]

``source`` and ``target`` name entity ``id``s (or ``"report"`` for the report itself). A quote is
located in ``report.text`` when that is given, so its evidence carries a character span.
A bad entity or relation is skipped with a message naming its JSON pointer; the good ones load.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from scamgraph.loaders import LoadError
from scamgraph.model import (
    Edge,
    Evidence,
    GraphBatch,
    Label,
    ModelError,
    Node,
    RelType,
    make_key,
    report_key,
)
from scamgraph.resolve import country_code, country_name

__all__ = ["load", "parse"]

_MAX_YAML_ALIASES = 100


def load(path: Path) -> GraphBatch:
    """Read and parse one structured report file."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(path, f"not UTF-8 text (byte {exc.start})") from exc
    document = _decode(path, text)
    return parse(document, key=report_key(raw), source=path.name, path=path)


def _decode(path: Path, text: str) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise LoadError(path, f"invalid JSON: {exc.msg}", f"line {exc.lineno} column {exc.colno}") from exc
        except RecursionError as exc:
            raise LoadError(path, "JSON nested too deeply") from exc
    try:
        aliases = sum(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=yaml.SafeLoader))
        if aliases > _MAX_YAML_ALIASES:
            raise LoadError(path, f"YAML uses {aliases} aliases; over {_MAX_YAML_ALIASES} is refused "
                                  "(alias expansion can exhaust memory)")
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise LoadError(path, f"invalid YAML: {getattr(exc, 'problem', None) or exc}", where) from exc
    except RecursionError as exc:
        raise LoadError(path, "YAML nested too deeply") from exc


def parse(document: Any, *, key: str, source: str, path: Path | str = "<input>") -> GraphBatch:
    """Build a batch from a decoded document; per-record problems land in ``batch.problems``."""
    if not isinstance(document, dict):
        raise LoadError(path, f"expected an object at the top, found {type(document).__name__}", "/")
    meta = document.get("report")
    if not isinstance(meta, dict):
        raise LoadError(path, "missing the 'report' object (title, published, ...)", "/report")
    batch = GraphBatch(_report_node(meta, key, source, path))
    text = meta.get("text") if isinstance(meta.get("text"), str) else ""
    ids = {"report": batch.report_key}
    for i, record in enumerate(_records(document, "entities", path)):
        try:
            node_id, node = _entity(record)
        except (ModelError, TypeError, ValueError, KeyError) as exc:
            batch.problems.append(f"{path} at /entities/{i}: {_reason(exc)}; skipped")
            continue
        ids[node_id] = batch.add_node(node).key
    for i, record in enumerate(_records(document, "relations", path)):
        try:
            batch.add_edge(_relation(record, ids, batch.report_key, text))
        except (ModelError, TypeError, ValueError, KeyError) as exc:
            batch.problems.append(f"{path} at /relations/{i}: {_reason(exc)}; skipped")
    return batch


def _reason(exc: Exception) -> str:
    return f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)


def _records(document: dict[str, Any], name: str, path: Path | str) -> list[Any]:
    records = document.get(name, [])
    if not isinstance(records, list):
        raise LoadError(path, f"'{name}' must be a list", f"/{name}")
    return records


def _report_node(meta: dict[str, Any], key: str, source: str, path: Path | str) -> Node:
    props = {k: meta.get(k) for k in ("url", "published", "outlet", "kind")}
    for name, value in props.items():
        if value is not None and not isinstance(value, str):
            if isinstance(value, (date, datetime)):  # YAML reads dates itself
                props[name] = value.isoformat()
                continue
            raise LoadError(path, f"'{name}' must be a string", f"/report/{name}")
    title = meta.get("title") or source
    if not isinstance(title, str):
        raise LoadError(path, "'title' must be a string", "/report/title")
    return Node(Label.REPORT, title, key=key, properties={**props, "source": source})


def _entity(record: Any) -> tuple[str, Node]:
    if not isinstance(record, dict):
        raise TypeError(f"expected an object, found {type(record).__name__}")
    node_id, label, name = record["id"], Label(record["label"]), record["name"]
    props = record.get("properties") or {}
    if not isinstance(node_id, str) or not isinstance(name, str):
        raise TypeError("'id' and 'name' must be strings")
    if not isinstance(props, dict):
        raise TypeError("'properties' must be an object")
    if label is Label.NATIONALITY:
        code = country_code(str(props.get("iso2") or name))
        if code is None:
            raise ValueError(f"cannot tell which country {name!r} is; give properties.iso2")
        return node_id, Node(label, country_name(code), properties={**_iso_dates(props), "iso2": code})
    key = record.get("key") or make_key(label, name)
    return node_id, Node(label, name, key=key, properties=_iso_dates(props))


def _iso_dates(props: dict[str, Any]) -> dict[str, Any]:
    """YAML reads ``2024-03-13`` as a date; the model stores dates as ISO strings."""
    return {k: v.isoformat() if isinstance(v, (date, datetime)) else v for k, v in props.items()}


def _relation(record: Any, ids: dict[str, str], report: str, text: str) -> Edge:
    if not isinstance(record, dict):
        raise TypeError(f"expected an object, found {type(record).__name__}")
    rel = RelType(record["type"])
    ends = []
    for end in ("source", "target"):
        if record[end] not in ids:
            raise ValueError(f"{end} {record[end]!r} is not an entity id of this report")
        ends.append(ids[record[end]])
    quote = record.get("quote") or ""
    if not isinstance(quote, str):
        raise TypeError("'quote' must be a string")
    start = text.find(quote) if quote and text else -1
    evidence = Evidence(report, start, start + len(quote), quote) if start >= 0 else Evidence(report, quote=quote)
    props = record.get("properties") or {}
    if not isinstance(props, dict):
        raise TypeError("'properties' must be an object")
    return Edge(rel, ends[0], ends[1], (evidence,), _iso_dates(props))
