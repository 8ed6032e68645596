"""Wire the rooms together: files -> loaders -> store, and the main job over them.

Used by the CLI and by notebooks. Each file is loaded and written on its own, so one bad file
costs only itself: its error is recorded and the batch goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from scamgraph.graph.store import BaseStore, StoreError, StoreUnavailable
from scamgraph.graph.values import spreadsheet_safe
from scamgraph.loaders import LoadError, iter_report_files, load_path
from scamgraph.model import ModelError

__all__ = ["FileOutcome", "IngestSummary", "ingest", "ingest_file", "run", "write_outputs", "write_analysis"]


@dataclass
class FileOutcome:
    """What happened to one file: ``stored``, ``unchanged`` (already in the store) or ``failed``."""

    path: str
    status: str
    report: str = ""
    nodes_created: int = 0
    edges_created: int = 0
    error: str = ""
    problems: list[str] = field(default_factory=list)


@dataclass
class IngestSummary:
    files: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "failed"]

    @property
    def nodes_created(self) -> int:
        return sum(f.nodes_created for f in self.files)

    @property
    def edges_created(self) -> int:
        return sum(f.edges_created for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": self.count("stored"),
            "unchanged": self.count("unchanged"),
            "failed": self.count("failed"),
            "nodes_created": self.nodes_created,
            "edges_created": self.edges_created,
            "files": [asdict(f) for f in self.files],
        }


def ingest_file(store: BaseStore, path: Path, *, force: bool = False) -> FileOutcome:
    """Load one file and write it; a load or model error becomes a failed outcome.

    A store that becomes unreachable is not the file's fault: that error propagates.
    """
    try:
        batch = load_path(path)
        result = store.merge(batch, force=force)
    except (LoadError, ModelError) as exc:
        return FileOutcome(str(path), "failed", error=str(exc))
    except StoreUnavailable:
        raise
    except StoreError as exc:
        return FileOutcome(str(path), "failed", error=f"{path}: {exc}")
    status = "unchanged" if result.skipped else "stored"
    return FileOutcome(str(path), status, result.report, result.nodes_created,
                       result.edges_created, problems=list(batch.problems))


def ingest(
    store: BaseStore,
    paths: Iterable[Path],
    *,
    force: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders into a store, one report at a time."""
    summary = IngestSummary()
    for path in iter_report_files(paths):
        outcome = ingest_file(store, path, force=force)
        summary.files.append(outcome)
        if on_file is not None:
            on_file(outcome)
    return summary


def write_outputs(store: BaseStore, summary: IngestSummary, out_dir: Path) -> dict[str, Path]:
    """Write what the main job produces after ingest; returns output name -> path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return {
        "ingest": _write_json(out_dir / "ingest.json", summary.to_dict()),
        "stats": _write_json(out_dir / "stats.json", store.stats()),
    }


def run(
    store: BaseStore,
    paths: Iterable[Path],
    out_dir: Path,
    *,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> tuple[IngestSummary, dict[str, Path]]:
    """The main job: ingest, then write the outputs into ``out_dir``."""
    summary = ingest(store, paths, on_file=on_file)
    return summary, write_outputs(store, summary, out_dir)


#: analysis.json section -> (CSV file, list inside the section) for the tables analysts open first
_ANALYSIS_TABLES = {
    "centrality": [("centrality.csv", "ranking"), ("people_and_organizations.csv", "people_and_organizations")],
    "brokers": [("articulation_points.csv", "articulation_points"), ("go_betweens.csv", "go_betweens"),
                ("bridges.csv", "bridges")],
    "hidden_links": [("hidden_links.csv", "links")],
    "projection": [("shared_partners.csv", "strongest")],
    "co_mentions": [("co_mentions.csv", "strongest")],
    "k_core": [("k_core.csv", "members")],
}


def write_analysis(result: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write ``analysis.json`` and one CSV per ranking; returns output name -> path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {"analysis": _write_json(out_dir / "analysis.json", result)}
    for section, tables in _ANALYSIS_TABLES.items():
        for filename, key in tables:
            rows = result.get(section, {}).get(key, [])
            written[filename[:-4]] = _write_csv(out_dir / filename, rows)
    communities = [{"community": c["id"], "size": c["size"], **m} for c in result.get("communities", {}).get("communities", [])
                   for m in c["members"]]
    written["communities"] = _write_csv(out_dir / "communities.csv", communities)
    return written


_EMPTY_HEADERS = {
    "hidden_links.csv": ["source", "source_name", "target", "target_name", "adamic_adar", "jaccard",
                         "resource_allocation", "shared"],
    "bridges.csv": ["source", "source_name", "target", "target_name", "types", "evidence"],
    "shared_partners.csv": ["source", "source_name", "target", "target_name", "weight", "via"],
    "co_mentions.csv": ["source", "source_name", "target", "target_name", "reports"],
}


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    """A CSV with a header even when there are no rows, so readers can rely on its columns."""
    columns: list[str] = [] if rows else _EMPTY_HEADERS.get(path.name, ["key", "name", "label", "role"])
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: spreadsheet_safe(json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict, set))
                                              else "" if v is None else str(v)) for k, v in row.items()})
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(buffer.getvalue(), "utf-8")
    tmp.replace(path)
    return path


def _write_json(path: Path, data: Any) -> Path:
    """Write through a temporary file and rename, so a reader never sees half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=_plain) + "\n", "utf-8")
    tmp.replace(path)
    return path


def _plain(value: Any) -> Any:
    """JSON for what analyses return besides plain types (sets of relationship types)."""
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)
