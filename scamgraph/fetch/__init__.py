"""Fetching reports as they arrive: news pages, RSS/Atom feeds and PDF links, politely and kept.

Fetching is not parsing. This room turns URLs into report files in a cache folder (the page as
it was received, kept as evidence, plus the article text with its URL and retrieval time in
front matter); the loaders read those files like any other report, and the pipeline stores them.

- ``client``: HTTP with timeouts, a size cap, a redirect limit, robots.txt, a per-host delay, an
  honest User-Agent and conditional GET.
- ``cache``: the folder, its state (ETag, Last-Modified, canonical URL, content hash) and
  duplicate detection.
- ``pages`` / ``feeds``: main text and date of a page; the entries of a feed.
- ``run``: ``fetch_sources`` ties them together and says, per item, what happened.
"""

from scamgraph.fetch.run import FetchOutcome, default_fetch_dir, fetch_sources, read_source_list

__all__ = ["FetchOutcome", "default_fetch_dir", "fetch_sources", "read_source_list"]
