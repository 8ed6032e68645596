"""The compiled gazetteer, kept on disk so that a one-article command does not rebuild it.

Building the news pipeline used to tokenize ~8,700 gazetteer phrases and give each of ~8,600
match keys its own vocabulary entry: about a third of a second, on every ``scamgraph extract``.
What the matcher needs is only each phrase's lower-case token hashes and the (label, id) it
stands for, so that is what this module compiles once and stores with msgpack (spaCy's own
serializer; data, never code, and read back in a few milliseconds where JSON's 20-digit numbers
took fifty):

    {"key": fingerprint, "phrases": [[[token hashes...], label, id], ...]}

The file lives in a per-user folder (``$SCAMGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/scamgraph``,
else ``~/.cache/scamgraph``; created 0700; ``SCAMGRAPH_CACHE_DIR=off`` turns the cache off). It is
keyed by a fingerprint of everything that shapes the table: the gazetteer files, the rule code
that reads them (``loaders/``, ``resolve.py``), and the spaCy and pycountry versions. A missing,
stale, corrupt, foreign-owned or unwritable cache means the table is built again; it never fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import srsly

__all__ = ["Phrases", "cache_dir", "compile_phrases", "compiled_phrases", "fingerprint"]

#: token hashes of a phrase -> (label, id) of the gazetteer entry it stands for
Phrases = dict[tuple[int, ...], tuple[str, str]]

_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parents[1]
#: what the table is made from: the data and the code that reads it
_SOURCES = ("gazetteer", "loaders", "resolve.py")


def cache_dir() -> Path | None:
    """The per-user cache folder, or None when the cache is turned off."""
    given = os.environ.get("SCAMGRAPH_CACHE_DIR")
    if given is not None:
        return None if given.strip().lower() in {"", "off", "none", "0"} else Path(given).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "scamgraph"


def fingerprint(versions: Iterable[str]) -> str:
    """A hash of the gazetteer files, the rule code and the library versions given."""
    digest = hashlib.sha256(f"format {_FORMAT}\n".encode())
    for version in versions:
        digest.update(f"{version}\n".encode())
    for source in _SOURCES:
        root = _PACKAGE / source
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in {".py", ".tsv", ".json"})
        for path in files:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_phrases(key: str, build: Callable[[], Phrases]) -> Phrases:
    """The phrase table stored under ``key``, or ``build()``'s, stored for next time."""
    folder = cache_dir()
    path = folder / "gazetteer.msgpack" if folder is not None else None
    if path is not None and _trusted(folder):
        found = _read(path, key)
        if found is not None:
            return found
    phrases = build()
    if path is not None:
        _write(path, key, phrases)
    return phrases


def compile_phrases(patterns: Iterable[tuple[str, str, str]], tokens: Callable[[list[str]], Iterable[list[int]]],
                    first_match: Callable[[list[int], list[tuple[str, str]]], tuple[str, str]]) -> Phrases:
    """The table from (text, label, id) patterns. ``tokens`` gives each text's lower-case token
    hashes; when several entries share the same words, ``first_match`` says which one spaCy's
    PhraseMatcher with one key per entry reports first (the entry a longest-match filter keeps)."""
    entries: dict[tuple[int, ...], list[tuple[str, str]]] = defaultdict(list)
    patterns = list(patterns)
    for (_text, label, ident), hashes in zip(patterns, tokens([p[0] for p in patterns])):
        if hashes and (label, ident) not in entries[tuple(hashes)]:
            entries[tuple(hashes)].append((label, ident))
    return {words: found[0] if len(found) == 1 else first_match(list(words), found) for words, found in entries.items()}


def _trusted(folder: Path) -> bool:
    """The folder exists or is made (0700), is ours and nobody else can write to it."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return False
    owned = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return owned and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path, key: str) -> Phrases | None:
    try:
        data = srsly.msgpack_loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - any unreadable file is only a cache miss
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("phrases"), list):
        return None
    return _table(data["phrases"])


def _table(rows: list[Any]) -> Phrases | None:
    """The rows as a table, or None if any row is not [[int, ...], str, str]."""
    table: Phrases = {}
    for row in rows:
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[0], list) and row[0]
                and all(type(h) is int for h in row[0]) and isinstance(row[1], str) and isinstance(row[2], str)):
            return None
        table[tuple(row[0])] = (row[1], row[2])
    return table


def _write(path: Path, key: str, phrases: Phrases) -> None:
    """Write beside the target and rename, so a reader never sees half a file; errors are ignored
    (a read-only home or a full disk only costs the next process a rebuild)."""
    if not _trusted(path.parent):
        return
    rows = [[list(words), label, ident] for words, (label, ident) in phrases.items()]
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".msgpack")
        with os.fdopen(handle, "wb") as out:
            out.write(srsly.msgpack_dumps({"key": key, "phrases": rows}))
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
