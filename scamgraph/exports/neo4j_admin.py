"""The graph as CSV files for ``neo4j-admin database import full``, the fastest way to load a
large graph into an empty Neo4j database.

``write_import(graph, folder)`` writes one nodes file per label and one relationships file per
type, with typed headers (``count:long``, ``aliases:string[]``...), and ``import.sh``, the exact
command that loads them. The imported database has the layout scamgraph writes itself (one label
per node, ``key`` and ``name`` properties, evidence on relationships), so ``scamgraph`` works on
it at once; apply the key constraints afterwards with ``scamgraph schema --apply``.

Why typed headers: without them every property arrives as a string, and counts could no longer be
summed in Cypher.
"""

from __future__ import annotations

import shlex
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["write_import"]

_ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u001f")


def _cell_type(values: list[Any]) -> str:
    """The neo4j-admin type of a column: long, double, boolean, an array of those, or string."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, (list, tuple)) for v in present):
        inner = _cell_type([x for v in present for x in v] or [""])
        return inner + "[]"
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def _delimiter(graph: nx.MultiDiGraph) -> str:
    """An array delimiter that no list element contains."""
    elements = {str(x) for _, d in graph.nodes(data=True) for v in d.values() if isinstance(v, (list, tuple)) for x in v}
    elements |= {str(x) for *_, d in graph.edges(data=True) for v in d.values() if isinstance(v, (list, tuple)) for x in v}
    for candidate in _ARRAY_DELIMITERS:
        if not any(candidate in e for e in elements):
            return candidate
    raise ValueError("every array delimiter neo4j-admin could use appears inside a list value")


def _cell(value: Any, kind: str, delimiter: str) -> Any:
    if value is None:
        return None  # an unquoted empty field: no property
    if kind.endswith("[]"):
        return delimiter.join(str(_cell(x, kind[:-2], delimiter)) for x in value)
    if kind == "boolean":
        return "true" if value else "false"
    if kind in {"long", "double"}:
        return value
    return str(value)


def _write_rows(path: Path, fixed: list[str], rows: list[tuple[list[Any], dict[str, Any]]], delimiter: str) -> None:
    columns = sorted({k for _, props in rows for k in props})
    kinds = {k: _cell_type([props.get(k) for _, props in rows]) for k in columns}
    header = fixed + [k if kinds[k] == "string" else f"{k}:{kinds[k]}" for k in columns]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(_line(header))
        for head, props in rows:
            handle.write(_line(head + [_cell(props.get(k), kinds[k], delimiter) for k in columns]))


def _line(cells: list[Any]) -> str:
    """One CSV line: strings quoted (so an empty string stays one), numbers bare (so typed
    columns parse), and a missing value as an unquoted empty field, which neo4j-admin reads as
    "no property". Python's csv module cannot tell None from "" this way before 3.12."""
    return ",".join("" if c is None else str(c) if isinstance(c, (int, float)) else
                    '"' + str(c).replace('"', '""') + '"' for c in cells) + "\n"


def write_import(graph: nx.MultiDiGraph, folder: Path) -> Path:
    """Write the CSV files and ``import.sh`` into ``folder``; return the script's path.

    The files are written into a temporary folder that replaces ``folder`` when complete, so an
    interrupted export never leaves a mix of old and new files. A non-empty ``folder`` that is
    not an earlier export is refused rather than replaced."""
    if folder.is_dir() and any(folder.iterdir()) and not (folder / "import.sh").is_file():
        raise ValueError(f"{folder} is not empty and holds no earlier export; give a new folder")
    final, folder = folder, folder.with_name(folder.name + ".tmp")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    delimiter = _delimiter(graph)
    nodes: dict[str, list[tuple[list[Any], dict[str, Any]]]] = defaultdict(list)
    for key, data in graph.nodes(data=True):
        label = str(data.get("label") or "Entity")
        nodes[label].append(([key, label], {k: v for k, v in data.items() if k != "label"}))  # the label is :LABEL
    rels: dict[str, list[tuple[list[Any], dict[str, Any]]]] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        kind = str(data.get("type") or "RELATED_TO")
        rels[kind].append(([source, target, kind], {k: v for k, v in data.items() if k != "type"}))  # the type is :TYPE
    arguments = []
    for label, rows in sorted(nodes.items()):
        name = f"nodes-{label}.csv"
        _write_rows(folder / name, ["key:ID", ":LABEL"], rows, delimiter)
        arguments.append(f"--nodes={name}")
    for kind, rows in sorted(rels.items()):
        name = f"relationships-{kind}.csv"
        _write_rows(folder / name, [":START_ID", ":END_ID", ":TYPE"], rows, delimiter)
        arguments.append(f"--relationships={name}")
    arguments += [f"--array-delimiter={delimiter}", "--multiline-fields=true"]
    script = folder / "import.sh"
    script.write_text(
        "#!/usr/bin/env bash\n"
        "# Load these files into an empty (or replaced) Neo4j database; stop the database first.\n"
        "#   bash import.sh [DATABASE]         (default: neo4j)\n"
        "# NEO4J_ADMIN names the neo4j-admin to run. Afterwards: scamgraph schema --apply --store ...\n"
        "set -euo pipefail\n"
        'cd "$(dirname "$0")"\n'
        '"${NEO4J_ADMIN:-neo4j-admin}" database import full --overwrite-destination \\\n    '
        + " \\\n    ".join(shlex.quote(a) for a in arguments)
        + ' \\\n    "${1:-neo4j}"\n',
        "utf-8",
    )
    script.chmod(0o755)
    shutil.rmtree(final, ignore_errors=True)
    folder.rename(final)
    return final / script.name
