"""Loaders turn report files into GraphBatches. They never talk to a store.

``load_path(path)`` picks the loader by extension; ``iter_report_files(paths)`` walks files and
folders in a stable order. Every failure is a ``LoadError`` naming the file and, where it can,
the place inside it (a JSON pointer or a line), so a batch run can report it and go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from scamgraph.model import GraphBatch

__all__ = ["LoadError", "load_path", "iter_report_files", "read_utf8", "SUFFIXES", "MAX_FILE_BYTES"]

#: Files larger than this are refused before they are read (a report is not a data dump).
MAX_FILE_BYTES = 64 * 1024 * 1024


class LoadError(ValueError):
    """A report that cannot be loaded, with the file and the place in it."""

    def __init__(self, path: Path | str, problem: str, where: str = "") -> None:
        self.path, self.problem, self.where = str(path), problem, where
        place = f" at {where}" if where else ""
        super().__init__(f"{path}{place}: {problem}")


def read_utf8(path: Path) -> tuple[bytes, str]:
    """A file's bytes (whose hash keys the report) and its text; anything not UTF-8 is refused."""
    raw = path.read_bytes()
    try:
        return raw, raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(path, f"not UTF-8 text (byte {exc.start})") from exc


def _structured(path: Path) -> GraphBatch:
    from scamgraph.loaders.structured import load

    return load(path)


def _ftm(path: Path) -> GraphBatch:
    from scamgraph.loaders.ftm import load

    return load(path)


def _news(path: Path) -> GraphBatch:
    from scamgraph.loaders.news import load

    return load(path)


def _pdf(path: Path) -> GraphBatch:
    from scamgraph.loaders.pdf import load

    return load(path)


_LOADERS: dict[str, Callable[[Path], GraphBatch]] = {
    ".json": _structured,
    ".yaml": _structured,
    ".yml": _structured,
    ".csv": _structured,
    ".jsonl": _ftm,
    ".txt": _news,
    ".md": _news,
    ".html": _news,
    ".htm": _news,
    ".pdf": _pdf,
}

SUFFIXES = frozenset(_LOADERS)


def load_path(path: Path) -> GraphBatch:
    """Load one report file with the loader its extension names."""
    name = path.name.lower()
    loader = _ftm if name.endswith((".ftm.json", ".ftm.jsonl")) else _LOADERS.get(path.suffix.lower())
    if path.is_dir():
        raise LoadError(path, "is a folder, not a report file; name one file here "
                              "(`scamgraph ingest FOLDER` loads a whole folder)")
    if loader is None:
        raise LoadError(path, f"no loader for {path.suffix or 'files without an extension'}; "
                              f"known: {', '.join(sorted(SUFFIXES))}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError(path, f"cannot read the file ({exc.strerror})") from exc
    if size > MAX_FILE_BYTES:
        raise LoadError(path, f"file is {size} bytes, over the {MAX_FILE_BYTES} byte limit")
    return loader(path)


def _not_a_report(path: Path) -> bool:
    """READMEs and gold labels (``*.gold.json``) sit beside reports in folders but are not reports."""
    name = path.name.lower()
    return name.startswith("readme") or name.endswith(".gold.json")


def iter_report_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and report files found under folders (sorted; hidden files,
    READMEs and ``*.gold.json`` labels skipped)."""
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                parts = found.relative_to(path).parts
                if found.is_file() and found.suffix.lower() in SUFFIXES and not _not_a_report(found) and not any(
                    p.startswith(".") for p in parts
                ):
                    yield found
        else:
            yield path
