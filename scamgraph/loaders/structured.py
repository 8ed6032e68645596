"""Structured incident reports (JSON, YAML or CSV) in scamgraph's documented schema
(``loaders/report.schema.json`` for JSON and YAML; the CSV columns are ``CSV_COLUMNS``).

A report file holds::

    report:    {title, url?, published? (YYYY-MM-DD), outlet?, kind?, text?}
    entities:  [{id, label, name, key?, properties?}]
    relations: [{type, source, target, properties?, quote?}]

``source`` and ``target`` name entity ``id``s (or ``"report"`` for the report itself). A quote is
located in ``report.text`` when that is given, so its evidence carries a character span.
A bad entity or relation is skipped with a message naming its JSON pointer; the good ones load.

A CSV file holds one fact per row (``source_label, source_name, relation, target_label,
target_name``, and optionally ``quote, count, date`` and the report's ``report_title,
report_url, report_published, report_outlet, report_country``). Identifiers are written
``kind:value`` (``phone:+855 12 345 678``). A bad row is skipped with its row number.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from scamgraph.loaders import LoadError, read_utf8
from scamgraph.loaders.identifiers import normalize_identifier
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
from scamgraph.resolve import country_code, country_name, entity_key

__all__ = ["load", "parse", "parse_csv", "CSV_COLUMNS"]

CSV_COLUMNS = ("source_label", "source_name", "relation", "target_label", "target_name")
CSV_OPTIONAL = ("quote", "count", "date", "report_title", "report_url", "report_published", "report_outlet",
                "report_country")

_MAX_YAML_ALIASES = 100


def load(path: Path) -> GraphBatch:
    """Read and parse one structured report file."""
    raw, text = read_utf8(path)
    if path.suffix.lower() == ".csv":
        return parse_csv(text, key=report_key(raw), source=path.name, path=path)
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
    region = country_code(str(meta.get("country") or "")) if meta.get("country") else None
    ids = {"report": batch.report_key}
    for i, record in enumerate(_records(document, "entities", path)):
        try:
            node_id, node = _entity(record, region)
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


def _entity(record: Any, region: str | None = None) -> tuple[str, Node]:
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
    props = _iso_dates(props)
    if label is Label.IDENTIFIER:
        kind = str(props.get("kind") or "")
        value = normalize_identifier(kind, str(props.get("value") or name), props.get("country") or region)
        props = {**props, "kind": kind, "value": value}
        return node_id, Node(label, f"{kind}:{value}", key=make_key(label, f"{kind}-{value}"), properties=props)
    key = record.get("key") or entity_key(label, name)
    return node_id, Node(label, name, key=key, properties=props)


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


def parse_csv(text: str, *, key: str, source: str, path: Path | str = "<input>") -> GraphBatch:
    """A batch from CSV rows, one fact each; a bad row lands in ``batch.problems`` with its number."""
    import csv
    import io

    reader = csv.DictReader(io.StringIO(text), strict=True)
    columns = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in CSV_COLUMNS if c not in columns]
    if missing:
        raise LoadError(path, f"CSV lacks the columns {', '.join(missing)}; needs {', '.join(CSV_COLUMNS)}", "line 1")
    unknown = [c for c in columns if c not in CSV_COLUMNS + CSV_OPTIONAL]
    rows: list[tuple[int, dict[str, str]]] = []
    problems: list[str] = [f"{path}: columns {', '.join(unknown)} are not part of the format; ignored"] if unknown else []
    try:
        for row in reader:
            if None in row:  # more cells than columns
                problems.append(f"{path} at row {reader.line_num}: {len(row[None])} cells more than the header has; skipped")
                continue
            rows.append((reader.line_num, {k.strip(): (v or "").strip() for k, v in row.items() if k}))
    except csv.Error as exc:
        raise LoadError(path, f"invalid CSV: {exc}", f"line {reader.line_num}") from exc
    meta = next(({k[7:]: v for k, v in r.items() if k.startswith("report_") and v} for _, r in rows
                 if any(r.get(f"report_{f}") for f in ("title", "url", "published"))), {})
    batch = GraphBatch(_report_node({**meta, "kind": "csv"}, key, source, path))
    batch.problems.extend(problems)
    region = country_code(meta.get("country", "")) if meta.get("country") else None
    for line, row in rows:
        try:
            ends = [_csv_entity(row[f"{end}_label"], row[f"{end}_name"], region) for end in ("source", "target")]
            props: dict[str, Any] = {}
            if row.get("count"):
                props["count"] = int(row["count"].replace(",", ""))
            if row.get("date"):
                props["date"] = row["date"]
            edge = Edge(RelType(row["relation"].upper()), ends[0].key, ends[1].key,
                        (Evidence(batch.report_key, quote=row.get("quote", "")),), props)
        except (ModelError, TypeError, ValueError, KeyError) as exc:
            batch.problems.append(f"{path} at row {line}: {_reason(exc)}; skipped")
            continue
        for node in ends:  # only once the whole row is good: a bad row adds nothing
            batch.add_node(node)
        batch.add_edge(edge)
    return batch


def _csv_entity(label_text: str, name: str, region: str | None) -> Node:
    if not label_text or not name:
        raise ValueError("every fact needs both ends' label and name")
    label = next((lbl for lbl in Label if lbl.value.lower() == label_text.lower()), None)
    if label is None or label is Label.REPORT:
        raise ValueError(f"unknown label {label_text!r}")
    if label is Label.IDENTIFIER:
        kind, _, value = name.partition(":")
        return _entity({"id": "x", "label": label.value, "name": value, "properties": {"kind": kind.strip(), "value": value}},
                       region)[1]
    return _entity({"id": "x", "label": label.value, "name": name}, region)[1]
