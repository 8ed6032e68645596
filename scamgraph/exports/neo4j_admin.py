"""The graph as CSV files for ``neo4j-admin database import full``, the fastest way to load a
large graph into an empty Neo4j database.

``write_import(graph, folder)`` writes one nodes file per label and one relationships file per
type, with typed headers (``count:long``, ``aliases:string[]``...), and ``import.sh``, the exact
command that loads them. The imported database has the layout scamgraph writes itself (one label
per node, ``key`` and ``name`` properties, evidence on relationships), so ``scamgraph`` works on
it at once; apply the key constraints afterwards with ``scamgraph schema --apply``.

Why typed headers: without them every property arrives as a string, and counts could no longer be
summed in Cypher.

These are CSV files, and someone will open one in a spreadsheet: text that starts like a formula
(``=``, ``+``, ``-``, ``@``) gets a leading ``'``, as in every CSV scamgraph writes, and that quote
is part of the imported value. Typed numbers are written bare. ``--out`` may name an earlier
export: a manifest (``.scamgraph-export``) lists what it wrote, and only those files are replaced.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from scamgraph.graph.values import spreadsheet_safe

__all__ = ["write_import", "MANIFEST"]

#: The file that lists what an export wrote, so that the next export into the same folder
#: replaces exactly those files and refuses a folder that holds anything else.
MANIFEST = ".scamgraph-export"
_OWN_FILE = re.compile(r"(?:nodes|relationships)-[A-Za-z_][A-Za-z0-9_]*\.csv|import\.sh")

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
        return value  # typed numbers: a spreadsheet runs no formula from a bare number
    return spreadsheet_safe(str(value))


def _write_rows(path: Path, fixed: list[str], rows: list[tuple[list[Any], dict[str, Any]]], delimiter: str) -> None:
    columns = sorted({k for _, props in rows for k in props})
    kinds = {k: _cell_type([props.get(k) for _, props in rows]) for k in columns}
    header = fixed + [k if kinds[k] == "string" else f"{k}:{kinds[k]}" for k in columns]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(_line(header))
        for head, props in rows:  # ids, labels and types are the model's own words: never a formula
            handle.write(_line(head + [_cell(props.get(k), kinds[k], delimiter) for k in columns]))


def _line(cells: list[Any]) -> str:
    """One CSV line: strings quoted (so an empty string stays one), numbers bare (so typed
    columns parse), and a missing value as an unquoted empty field, which neo4j-admin reads as
    "no property". Python's csv module cannot tell None from "" this way before 3.12."""
    return ",".join("" if c is None else str(c) if isinstance(c, (int, float)) else
                    '"' + str(c).replace('"', '""') + '"' for c in cells) + "\n"


def write_import(graph: nx.MultiDiGraph, folder: Path) -> Path:
    """Write the CSV files, ``import.sh`` and the manifest into ``folder``; return the script's path.

    The files are written into a fresh temporary folder beside ``folder`` and moved in when all
    are complete. ``folder`` may be new, empty, or an earlier export: then the files that export
    wrote (its manifest says which) are replaced or removed, and nothing else is touched. A
    folder that holds anything else is refused, whatever its name or contents."""
    earlier = _earlier_export(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        names = _write_files(graph, staging)
        _move_in(staging, folder, names, earlier)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # made above, for this export alone
    return folder / "import.sh"


def _earlier_export(folder: Path) -> set[str]:
    """The files an earlier export wrote into ``folder`` (none for a new or empty folder);
    ValueError when the folder holds anything an export did not write."""
    if not folder.exists() and not folder.is_symlink():
        return set()
    if folder.is_symlink() or not folder.is_dir():
        raise ValueError(f"{folder} is not a folder; give a new or empty folder for the export")
    present = {entry.name for entry in folder.iterdir()}
    if not present:
        return set()
    listed = _read_manifest(folder / MANIFEST)
    foreign = sorted(name for name in present - {MANIFEST}
                     if name not in listed or not (folder / name).is_file() or (folder / name).is_symlink())
    if foreign or MANIFEST not in present:
        shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        raise ValueError(f"{folder} is not empty and holds files no scamgraph export wrote ({shown or 'no manifest'}); "
                         "give a new or empty folder")
    return listed


def _read_manifest(path: Path) -> set[str]:
    """Names a manifest lists; only names an export can write count, so an edited manifest
    cannot make the export remove anything else."""
    if not path.is_file() or path.is_symlink():
        return set()
    lines = path.read_text("utf-8", errors="replace").splitlines()
    return {line for line in lines if _OWN_FILE.fullmatch(line)}


def _move_in(staging: Path, folder: Path, names: list[str], earlier: set[str]) -> None:
    """Move the new files into ``folder``. The manifest lists old and new files while they are
    mixed, so an interrupted export is still recognised (and cleaned) by the next one."""
    folder.mkdir(exist_ok=True)
    _write_manifest(staging, folder, earlier | set(names))
    for name in names:  # import.sh is last, so a script is never there before its files
        os.replace(staging / name, folder / name)
    for name in sorted(earlier - set(names)):
        (folder / name).unlink(missing_ok=True)
    _write_manifest(staging, folder, set(names))


def _write_manifest(staging: Path, folder: Path, names: set[str]) -> None:
    draft = staging / MANIFEST
    draft.write_text("".join(f"{name}\n" for name in sorted(names)), "utf-8")
    os.replace(draft, folder / MANIFEST)


def _write_files(graph: nx.MultiDiGraph, folder: Path) -> list[str]:
    """One nodes file per label, one relationships file per type, and ``import.sh`` (last)."""
    delimiter = _delimiter(graph)
    nodes: dict[str, list[tuple[list[Any], dict[str, Any]]]] = defaultdict(list)
    for key, data in graph.nodes(data=True):
        label = str(data.get("label") or "Entity")
        nodes[label].append(([key, label], {k: v for k, v in data.items() if k != "label"}))  # the label is :LABEL
    rels: dict[str, list[tuple[list[Any], dict[str, Any]]]] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        kind = str(data.get("type") or "RELATED_TO")
        rels[kind].append(([source, target, kind], {k: v for k, v in data.items() if k != "type"}))  # the type is :TYPE
    names = []
    for label, rows in sorted(nodes.items()):
        names.append(f"nodes-{_safe_part(label)}.csv")
        _write_rows(folder / names[-1], ["key:ID", ":LABEL"], rows, delimiter)
    for kind, rows in sorted(rels.items()):
        names.append(f"relationships-{_safe_part(kind)}.csv")
        _write_rows(folder / names[-1], [":START_ID", ":END_ID", ":TYPE"], rows, delimiter)
    _write_script(folder / "import.sh", names, delimiter)
    return [*names, "import.sh"]


def _safe_part(name: str) -> str:
    """A label or type as part of a file name: the model's names are plain words already."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"{name!r} is not a label or relationship type the model knows")
    return name


def _write_script(script: Path, names: list[str], delimiter: str) -> None:
    arguments = [f"--{'nodes' if n.startswith('nodes-') else 'relationships'}={n}" for n in names]
    arguments += [f"--array-delimiter={delimiter}", "--multiline-fields=true"]
    script.write_text(
        "#!/usr/bin/env bash\n"
        "# Load these files into an empty (or replaced) Neo4j database; stop the database first.\n"
        "#   bash import.sh [DATABASE]         (default: neo4j)\n"
        "# NEO4J_ADMIN names the neo4j-admin to run. Afterwards: scamgraph schema --apply --store ...\n"
        "# Text that a spreadsheet would run as a formula (=, +, -, @ first) starts with ' here,\n"
        "# and so in the imported graph, as in every CSV scamgraph writes.\n"
        "set -euo pipefail\n"
        'cd "$(dirname "$0")"\n'
        '"${NEO4J_ADMIN:-neo4j-admin}" database import full --overwrite-destination \\\n    '
        + " \\\n    ".join(shlex.quote(a) for a in arguments)
        + ' \\\n    "${1:-neo4j}"\n',
        "utf-8",
    )
    script.chmod(0o755)
