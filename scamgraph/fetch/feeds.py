"""RSS and Atom feeds -> the pages they list (feedparser reads bytes we fetched ourselves, so
every request goes through the polite client)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FeedEntry", "looks_like_feed", "feed_entries"]


@dataclass
class FeedEntry:
    link: str
    title: str = ""


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """An XML document whose root is a feed (RSS, RDF or Atom)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}:
        return True
    head = body[:512].lstrip().lower()
    return (kind.endswith("xml") or head.startswith(b"<?xml")) and any(
        tag in body[:4096].lower() for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def feed_entries(body: bytes) -> list[FeedEntry]:
    """The entries of a feed, in feed order, each with a link; raises ValueError for a feed
    that cannot be read at all."""
    import feedparser

    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not a readable RSS/Atom feed ({type(parsed.bozo_exception).__name__})")
    return [FeedEntry(str(e.get("link")), " ".join(str(e.get("title", "")).split()))
            for e in parsed.entries if e.get("link")]
