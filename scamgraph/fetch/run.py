"""``fetch_sources``: URLs and feeds in, report files out, one outcome per item.

A source is a page or a feed (told apart by what the server sends). A feed's entries are
fetched as pages, except those already in the cache: an article once fetched is not fetched
again. A source seen before is asked for with its validators, so an unchanged page or feed
costs one 304 and yields nothing. A page whose canonical URL or text is already in the cache is
a duplicate and yields nothing. Every failure is one line for its item; the rest go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

from scamgraph.fetch.cache import Cache, Entry, canonical_url, content_hash
from scamgraph.fetch.client import Client, FetchError, Response
from scamgraph.fetch.feeds import feed_entries, looks_like_feed
from scamgraph.fetch.pages import read_page, report_text

__all__ = ["FetchOutcome", "fetch_sources", "read_source_list", "default_fetch_dir"]


@dataclass
class FetchOutcome:
    """What happened to one URL: ``new`` (a report file to ingest), ``cached`` (from the cache,
    with ``--from-cache``), ``unchanged``, ``duplicate`` or ``failed``."""

    url: str
    status: str
    message: str = ""
    report: Path | None = None


def default_fetch_dir(store_url: str) -> Path:
    """Beside the store: ``PATH/fetched`` for ``embedded:PATH``, else under ``$SCAMGRAPH_HOME``
    (or ``./.scamgraph``), so the evidence travels with the graph it backs."""
    if store_url.startswith("embedded:"):
        return Path(store_url.removeprefix("embedded:")) / "fetched"
    return Path(os.environ.get("SCAMGRAPH_HOME", ".scamgraph")) / "fetched"


def read_source_list(path: Path) -> list[str]:
    """One feed or page URL per line; blank lines and ``#`` comments are skipped."""
    lines = path.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def fetch_sources(sources: Iterable[str], folder: Path, *, client: Client | None = None,
                  from_cache: bool = False,
                  on_item: Callable[[FetchOutcome], None] | None = None) -> list[FetchOutcome]:
    """Fetch every source (or, ``from_cache``, read what an earlier run kept) into ``folder``."""
    cache = Cache(folder)
    own_client = client is None and not from_cache
    client = client or (None if from_cache else Client())
    run = _Run(cache, client, on_item)
    try:
        for source in sources:
            if from_cache:
                run.from_cache(source)
            else:
                run.fetch(source)
    finally:
        cache.save()
        if own_client and client is not None:
            client.close()
    return run.outcomes


class _Run:
    def __init__(self, cache: Cache, client: Client | None, on_item: Callable[[FetchOutcome], None] | None) -> None:
        self.cache, self.client, self.on_item = cache, client, on_item
        self.outcomes: list[FetchOutcome] = []

    def _say(self, outcome: FetchOutcome) -> None:
        self.outcomes.append(outcome)
        if self.on_item:
            self.on_item(outcome)

    def fetch(self, url: str) -> None:
        assert self.client is not None
        known = self.cache.get(url)
        try:
            reply = self.client.get(url, etag=known.etag if known else "",
                                    last_modified=known.last_modified if known else "")
        except FetchError as exc:
            self._say(FetchOutcome(url, "failed", str(exc)))
            return
        if reply.status == 304:
            self._say(FetchOutcome(url, "unchanged", f"{url}: not modified since the last fetch"))
        elif looks_like_feed(reply.content_type, reply.body):
            self._feed(url, reply)
        else:
            self._page(url, reply)

    def _feed(self, url: str, reply: Response) -> None:
        try:
            entries = feed_entries(reply.body)
        except ValueError as exc:
            self._say(FetchOutcome(url, "failed", f"{url}: {exc}"))
            return
        name = f"feeds/{content_hash(canonical_url(url))[:16]}.xml"
        self.cache.write_file(name, reply.body)
        self.cache.put(Entry(url, reply.etag, reply.last_modified, report=name, retrieved=_now(), kind="feed"))
        for entry in entries:
            link = urljoin(reply.url, entry.link)
            if self.cache.get(link) is None:
                self.fetch(link)

    def _page(self, url: str, reply: Response) -> None:
        kind = reply.content_type.split(";")[0].strip().lower()
        if kind not in {"text/html", "application/xhtml+xml", ""} or reply.body[:5] == b"%PDF-":
            what = "a PDF (save it and run 'scamgraph ingest FILE.pdf')" if reply.body[:5] == b"%PDF-" else kind
            self._say(FetchOutcome(url, "failed", f"{url}: not an HTML page ({what})"))
            return
        page = read_page(reply.body, reply.url)
        if page is None:
            self._say(FetchOutcome(url, "failed", f"{url}: no article text found on the page"))
            return
        digest, retrieved = content_hash(page.text), _now()
        entry = Entry(url, reply.etag, reply.last_modified, digest, retrieved=retrieved)
        twin = self._twin(url, page.canonical, digest)
        if twin:
            entry.report = twin
            self.cache.put(entry)
            self._say(FetchOutcome(url, "duplicate", f"{url}: same article as {twin}; skipped"))
            return
        evidence = f"pages/{digest[:16]}.html"
        self.cache.write_file(evidence, reply.body)
        entry.evidence, entry.report = evidence, f"reports/{digest[:16]}.txt"
        text = report_text(page, url=reply.url, retrieved=retrieved, evidence=evidence)
        path = self.cache.write_file(entry.report, text.encode("utf-8"))
        self.cache.put(entry)
        self._say(FetchOutcome(url, "new", f"{url}: {page.title or 'untitled'}", path))

    def _twin(self, url: str, canonical: str, digest: str) -> str:
        """The report an earlier fetch already made of this article (same canonical URL under
        another address, or the same text), or ""."""
        if canonical and canonical_url(canonical) != canonical_url(url):
            earlier = self.cache.get(canonical)
            if earlier and earlier.report:
                return earlier.report
        return self.cache.hashes.get(digest, "")

    def from_cache(self, url: str) -> None:
        known = self.cache.get(url)
        if known is None or not known.report:
            self._say(FetchOutcome(url, "failed", f"{url}: not in the fetch cache ({self.cache.folder}); fetch it first"))
            return
        if known.kind == "feed":
            body = (self.cache.folder / known.report).read_bytes()
            for entry in feed_entries(body):
                self.from_cache(urljoin(url, entry.link))
            return
        self._say(FetchOutcome(url, "cached", f"{url}: from the cache", self.cache.folder / known.report))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
