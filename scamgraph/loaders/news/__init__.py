"""News loader: people, agencies, sites, places, nationalities and events from article text.

The pipeline (``loaders/nlp/``) marks names; this module reads each sentence for the facts
between them and builds a GraphBatch. Every fact edge carries the sentence it came from
(character span into the article text, and the sentence as its quote).

The rules read how news is written, never a particular article:

* **Events** come from trigger words (raided, arrested, repatriated, warrant, ...). Arrests,
  detentions and rescues told in a raid's sentence, or after it, belong to that raid. An
  event's identity within a report is its type and date: "the raid" in a later sentence is the
  same raid; "92 sites raided in four months" is a campaign with a period of its own.
* **Counts** ("57 South Korean nationals were arrested", "fifty-seven", "3,455 people") belong to
  the event whose verb they sit next to; with a nationality they become an edge
  ``(event)-[:ARRESTED {count: 57}]->(:Nationality {iso2: "KR"})``, and every count also lands in
  the event's ``counts``.
* **People** get a role, nationality and employer from the title before the name
  ("CCOS spokesperson Touch Sokhak") or the apposition after it ("Chen Wei, a Chinese national");
  a later "Kim" is the nearest earlier person with that name part.
* **Delegations** are read with their country, leader ("led by"), members and purpose.

Event counts are stored as ``count_<what>`` properties (a graph property cannot hold a map);
``GraphBatch.to_dict`` shows them as one ``counts`` object.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from scamgraph.loaders import LoadError
from scamgraph.loaders.news.dateline_days import dateline_day
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.reader import _Reader
from scamgraph.loaders.news.timing import _date_stamp
from scamgraph.loaders.nlp import pipeline
from scamgraph.loaders.text import Article, read_article
from scamgraph.model import GraphBatch, Label, Node, node_name, report_key

__all__ = ["load", "extract", "EVENT_TRIGGERS", "READER_FAILED"]

#: how a failure of the reader itself (not of the file) begins: a defect to report, not a refused file
READER_FAILED = "the news reader failed on this text"


def load(path: Path) -> GraphBatch:
    """Read an article file (``.txt``, ``.md``, ``.html``) and extract its graph."""
    raw = path.read_bytes()
    article = read_article(path)
    try:
        return extract(article, key=report_key(raw), source=path.name)
    except RecursionError as exc:  # pragma: no cover - defensive: no rule recurses on input
        raise LoadError(path, "text too deeply structured to read") from exc
    except Exception as exc:  # a defect of the reader on this text: this file fails, the batch goes on
        raise LoadError(path, f"{READER_FAILED} ({type(exc).__name__}: {exc}); the other files are "
                              "still read; please report this file") from exc


def extract(article: Article, *, key: str | None = None, source: str = "",
            statistical: str | None = None) -> GraphBatch:
    """The graph of one article. ``key`` defaults to the hash of its text."""
    if article.published is None and (stamped := _date_stamp(article.text)) is not None:
        article = replace(article, published=stamped)  # "date 2025-03-11" atop the text: when it was published
    if article.published is None and (filed := dateline_day(article.text)) is not None:
        article = replace(article, published=filed)  # "BANGKOK, March 3, 2026 /PRNewswire/ --": the day it was filed
    # (a title with nothing printable left, as a first line of control characters, falls back to the file's name)
    report = Node(Label.REPORT, node_name(article.title) or source or "untitled article", key=key or report_key(article.text),
                  properties={"title": article.title, "url": article.url, "outlet": article.outlet,
                              "published": article.published.isoformat() if article.published else None,
                              "kind": "news", "source": source,
                              # a fetched page: when it was retrieved and the saved page behind it
                              **{k: str(article.extra[k]) for k in ("retrieved", "evidence") if article.extra.get(k)}})
    doc = pipeline(statistical)(article.text)
    reader = _Reader(GraphBatch(report), doc, article)
    reader.read()
    return reader.batch.with_mentions()
