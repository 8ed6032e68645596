"""Wire the rooms together: files -> loaders -> store, and the main job over them.

Used by the CLI and by notebooks. Each file is loaded and written as a whole report, so one bad
file costs only itself: its error is recorded and the batch goes on.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from scamgraph.graph.store import BaseStore, MergeResult, StoreError, StoreUnavailable
from scamgraph.graph.values import spreadsheet_safe
from scamgraph.loaders import LoadError, iter_report_files, load_path
from scamgraph.model import GraphBatch, ModelError

__all__ = [
    "OUTCOME_LABEL",
    "FileOutcome",
    "IngestSummary",
    "batch_records",
    "ingest",
    "ingest_file",
    "ingest_notes",
    "record_outcomes",
    "recorded_notes",
    "run",
    "write_analysis",
    "write_loaded",
    "write_outputs",
]

#: The label of the records ingest keeps in the store for later reports. Not a model label: no
#: fact edge touches these nodes, and to_networkx, stats and the analyses never see them.
OUTCOME_LABEL = "IngestRun"
_NOTES_KEPT = 200  # lines per run; a run with more says how many it left out


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
    title: str = ""  # with ``published``: how a repeat of a report under another file name shows
    published: str = ""


@dataclass
class IngestSummary:
    files: list[FileOutcome] = field(default_factory=list)
    #: why this run's outcome could not be kept in the store (a full disk), or ""
    unrecorded: str = ""

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
    loaded = _load(path)
    return loaded if isinstance(loaded, FileOutcome) else _write_one(store, path, loaded, force)


def ingest(
    store: BaseStore,
    paths: Iterable[Path],
    *,
    force: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders into a store, each report all or nothing; the outcome
    (failures, problems, duplicates) is kept in the store too, so that a later ``report``
    shows it. Where the store writes new reports faster together (Neo4j, whose cost per write
    is round trips and a commit, for few rows or many), they are written in one transaction
    once they hold ``store.group_records`` records (``batch_records``), and one by one when
    that cannot be (one is stored already, or refused)."""
    summary = IngestSummary()
    seen: dict[Any, str] = {}
    pending: list[tuple[Path, GraphBatch]] = []
    records = 0  # in pending

    def done(outcome: FileOutcome) -> None:
        _note_duplicate(outcome, seen)
        summary.files.append(outcome)
        if on_file is not None:
            on_file(outcome)

    def flush() -> None:
        nonlocal records
        for outcome in write_loaded(store, pending, force):
            done(outcome)
        pending.clear()
        records = 0

    for path in iter_report_files(paths):
        loaded = _load(path)
        if isinstance(loaded, FileOutcome):
            flush()  # outcomes stay in the order of the files
            done(loaded)
            continue
        pending.append((path, loaded))
        records += batch_records(loaded)
        if records >= store.group_records:
            flush()
    flush()
    try:
        record_outcomes(store, summary)
    except StoreError as exc:  # the reports are stored (or not) already; say so rather than fail here
        summary.unrecorded = str(exc)
    return summary


def batch_records(batch: GraphBatch) -> int:
    """The records a report writes, as ingest counts them for grouping: its nodes, the Report
    node and its edges (each node's MENTIONS edge left out)."""
    return len(batch.nodes) + 1 + len(batch.edges)


def _load(path: Path) -> GraphBatch | FileOutcome:
    try:
        batch = load_path(path)
        _check_published(batch)
    except (LoadError, ModelError) as exc:
        return FileOutcome(str(path), "failed", error=str(exc))
    return batch


def write_loaded(store: BaseStore, pending: list[tuple[Path, GraphBatch]], force: bool = False) -> list[FileOutcome]:
    """Write loaded reports (each with the file it came from): together in one write when the
    store can (``merge_group``), else, or if that fails, one by one."""
    results = None if force or len(pending) < 2 else store.merge_group([batch for _, batch in pending])
    if results is None:
        return [_write_one(store, path, batch, force) for path, batch in pending]
    return [_outcome(path, batch, result) for (path, batch), result in zip(pending, results, strict=True)]


def _write_one(store: BaseStore, path: Path, batch: GraphBatch, force: bool) -> FileOutcome:
    try:
        result = store.merge(batch, force=force)
    except ModelError as exc:
        return FileOutcome(str(path), "failed", error=str(exc))
    except StoreUnavailable:
        raise
    except StoreError as exc:
        return FileOutcome(str(path), "failed", error=f"{path}: {exc}")
    return _outcome(path, batch, result)


def _outcome(path: Path, batch: GraphBatch, result: MergeResult) -> FileOutcome:
    status = "unchanged" if result.skipped else "stored"
    return FileOutcome(str(path), status, result.report, result.nodes_created,
                       result.edges_created, problems=list(batch.problems), title=batch.report.name,
                       published=str(batch.report.properties.get("published") or ""))


def _check_published(batch: Any) -> None:
    """A publication date that is no date (``2025-13-45``) is dropped, with a problem saying so,
    rather than stored as it is and sorted among real dates. ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``
    (with a time after it or not) are dates."""
    published = batch.report.properties.get("published")
    if published is None or published == "" or _is_date(str(published)):
        return
    batch.report.properties["published"] = None
    batch.problems.append(f"{batch.report.properties.get('source') or batch.report.name}: published date "
                          f"{str(published)!r} is not a date (YYYY-MM-DD); stored undated")


def _is_date(text: str) -> bool:
    from datetime import date

    day = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ])", text)
    if day is None:
        return False
    try:
        date(int(day.group(1)), int(day.group(2) or 1), int(day.group(3) or 1))
    except ValueError:
        return False
    return True


def _note_duplicate(outcome: FileOutcome, seen: dict[Any, str]) -> None:
    """Say when a file repeats another of the same run: the same report (same bytes), or another
    report under the same title and date (an edited copy, most likely)."""
    if not outcome.report:
        return
    same = seen.get(outcome.report) or seen.get((outcome.title.casefold(), outcome.published))
    if same is not None:
        what = "the same report as" if outcome.report in seen else "same title and date as"
        outcome.problems.append(f"{outcome.path}: {what} {same}; possibly a duplicate")
        return
    seen[outcome.report] = seen[(outcome.title.casefold(), outcome.published)] = outcome.path


def ingest_notes(summary: IngestSummary) -> list[str]:
    """The lines a report's data-quality section shows for one ingest run."""
    notes = [f"ingest failed: {f.error}" for f in summary.failed]
    notes += [problem for f in summary.files for problem in f.problems]
    return notes


def record_outcomes(store: BaseStore, summary: IngestSummary, when: str | None = None) -> None:
    """Keep this run's outcome in the store, as one node of its own (never a fact), so that a
    report written later, by another process, still shows what went wrong."""
    from datetime import UTC, datetime

    notes = ingest_notes(summary)
    if not summary.files:
        return
    if len(notes) > _NOTES_KEPT:
        notes = notes[:_NOTES_KEPT] + [f"... and {len(notes) - _NOTES_KEPT} more (see the ingest output)"]
    at = when or datetime.now(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    store.query(f"CREATE (:{OUTCOME_LABEL} {{at: $at, stored: $stored, unchanged: $unchanged, failed: $failed, "
                "notes: $notes})", {"at": at, "stored": summary.count("stored"), "unchanged": summary.count("unchanged"),
                                    "failed": summary.count("failed"), "notes": notes}, read_only=False)


def recorded_notes(store: BaseStore, since: str | None) -> list[str]:
    """Every note of the ingest runs recorded after ``since`` (a report's timestamp), oldest first."""
    rows = store.query(f"MATCH (r:{OUTCOME_LABEL}) WHERE r.at > $since RETURN r.at AS at, r.notes AS notes "
                       "ORDER BY at", {"since": since or ""})
    return [str(note) for row in rows for note in (row["notes"] or [])]


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
