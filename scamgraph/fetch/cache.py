"""The fetch cache: what was fetched, when, with which validators, and where its files are.

Layout of the folder (kept beside the store, so the evidence travels with the graph)::

    state.json         per canonical URL: ETag, Last-Modified, content hash, files, retrieval time
    pages/<h>.html     the page exactly as received (or .pdf): the evidence behind a report
    reports/<h>.txt    its main text with front matter (title, published, url, retrieved,
                       evidence): the file the loaders read
    feeds/<h>.xml      each feed as last received, so ``--from-cache`` can list its entries

``state.json`` is replaced atomically (written beside, then renamed), so a killed run leaves
the previous state, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["Cache", "Entry", "canonical_url", "content_hash"]

#: Query parameters that only track a reader and never change the page.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid")


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no default port, no fragment, no
    tracking parameters, the rest of the query sorted, no trailing slash on a path.

    >>> canonical_url("HTTPS://News.Example.org:443/a/b/?utm_source=x&id=7#top")
    'https://news.example.org/a/b?id=7'
    """
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not k.lower().startswith(_TRACKING))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path if path != "/" else "", urlencode(query), ""))


def content_hash(text: str) -> str:
    """The hash that says two pages carry the same article (whitespace-insensitive)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Entry:
    """What the cache knows about one canonical URL."""

    url: str
    etag: str = ""
    last_modified: str = ""
    sha256: str = ""
    report: str = ""  # reports/<h>.txt, relative to the cache folder
    evidence: str = ""  # pages/<h>.html
    retrieved: str = ""
    kind: str = "page"  # page or feed


class Cache:
    """The cache folder and its state; created 0700 (what it holds may name victims)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for sub in ("", "pages", "reports", "feeds"):
            (folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        self._state_path = folder / "state.json"
        self.entries: dict[str, Entry] = {}
        self.hashes: dict[str, str] = {}
        if self._state_path.exists():
            self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self._state_path.read_text("utf-8"))
            self.entries = {k: Entry(**v) for k, v in data.get("entries", {}).items()}
            self.hashes = dict(data.get("hashes", {}))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{self._state_path}: not a scamgraph fetch state ({exc}); move it away to start afresh") from exc

    def get(self, url: str) -> Entry | None:
        return self.entries.get(canonical_url(url))

    def put(self, entry: Entry) -> None:
        self.entries[canonical_url(entry.url)] = entry
        if entry.sha256 and entry.report:
            self.hashes.setdefault(entry.sha256, entry.report)

    def write_file(self, relative: str, data: bytes) -> Path:
        """Write one cache file atomically; returns its path."""
        target = self.folder / relative
        _atomic_write(target, data)
        return target

    def save(self) -> None:
        data: dict[str, Any] = {"entries": {k: asdict(v) for k, v in sorted(self.entries.items())},
                                "hashes": dict(sorted(self.hashes.items()))}
        _atomic_write(self._state_path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))


def _atomic_write(target: Path, data: bytes) -> None:
    handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
