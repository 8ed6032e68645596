"""A fetched news page -> its main text, title and date, written as a report file.

Main text and date come from trafilatura (which dates pages with htmldate). We chose it over our
own selectolax reader (``loaders/text.py``) for fetched pages because that reader keys on
``<article>``/``<main>``, which many outlets' templates lack, while trafilatura scores text
blocks by density and links and removes boilerplate on any template, and htmldate reads the
published date from meta tags, JSON-LD, URLs and visible text. Files a person saves by hand are
still read by the selectolax reader (no new dependency on that path).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml

__all__ = ["Page", "read_page", "report_text"]


@dataclass
class Page:
    text: str
    title: str = ""
    published: str = ""  # YYYY-MM-DD or ""
    outlet: str = ""
    canonical: str = ""  # the page's own canonical URL, when it names one


def read_page(html: bytes, url: str) -> Page | None:
    """The article in a page, or None when the page holds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return Page(text=doc.text.strip(), title=" ".join((doc.title or "").split()),
                published=_iso_date(doc.date), outlet=doc.sitename or "", canonical=doc.url or "")


def _iso_date(value: str | None) -> str:
    try:
        return date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        return ""


def report_text(page: Page, *, url: str, retrieved: str, evidence: str) -> str:
    """The report file the news loader reads: YAML front matter, then the article text."""
    meta = {"title": page.title, "published": page.published or None, "url": url, "outlet": page.outlet,
            "retrieved": retrieved, "evidence": evidence}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{page.text}\n"
