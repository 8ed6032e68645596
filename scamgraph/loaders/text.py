"""Read an article file into its metadata and plain text: ``.txt``, ``.md`` and ``.html``.

Front matter is optional. Text and Markdown files may open with a block of ``key: value`` lines
between ``---`` fences (YAML); HTML files give ``<title>``, ``<meta>`` tags (``og:title``,
``article:published_time``, ``og:site_name``, ``og:url``) and the main text of ``<article>`` or
``<main>`` (else ``<body>``), with scripts, styles, navigation, headers, footers and forms dropped.

Hostile files fail with a ``LoadError`` that names the problem: bytes that are not UTF-8 text,
binary content, more text than one article can hold (``MAX_TEXT_CHARS``), front matter the
shared YAML guard refuses (alias bombs, deep nesting, lone surrogates: ``loaders/guard.py``), or
a text in another language than English: the reader's rules are English, and on Russian or
Indonesian prose they find nothing, which would look like an article with no facts in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from scamgraph.loaders import LoadError
from scamgraph.loaders.guard import DocumentError, load_yaml

__all__ = ["Article", "read_article", "parse_article", "MAX_TEXT_CHARS", "SUFFIXES"]

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})

#: More text than this is not one article; spaCy's own limit is 1,000,000 characters.
MAX_TEXT_CHARS = 1_000_000

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_DROP_TAGS = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button"
#: words no English prose of a few sentences goes without (in running text they are about a quarter
#: of the words; in Russian, Indonesian or Chinese text next to none)
_ENGLISH_GLUE = frozenset("the of and to in a an is was were are for on that with by from at as has have had said".split())
#: below this share of glue words a text of ``_JUDGED_WORDS`` words or more is not English
_LEAST_GLUE = 0.05
_JUDGED_WORDS = 20
_WORD = re.compile(r"[^\W\d_]+")
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "div", "td", "pre"}


@dataclass
class Article:
    """One article: its text and what its front matter said about it."""

    text: str
    title: str = ""
    url: str = ""
    published: date | None = None
    outlet: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def read_article(path: Path) -> Article:
    """Read a file and parse it by its suffix; every failure names the file."""
    raw = path.read_bytes()
    try:
        return parse_article(raw, path.suffix.lower(), name=path.stem)
    except ValueError as exc:
        raise LoadError(path, str(exc)) from exc


def parse_article(raw: bytes, suffix: str = ".txt", *, name: str = "") -> Article:
    """Parse the bytes of an article; raises ValueError with a plain message when it cannot."""
    text = _decode(raw)
    if suffix in {".html", ".htm"}:
        article = _from_html(text)
    else:
        article = _from_text(text)
    if len(article.text) > MAX_TEXT_CHARS:
        raise ValueError(
            f"{len(article.text):,} characters of text is more than one article "
            f"({MAX_TEXT_CHARS:,} at most); split the file"
        )
    if not article.text.strip():
        raise ValueError("no article text found")
    if (language := _not_english(article.text)) is not None:
        raise ValueError(language)
    if not article.title:
        article.title = _first_line(article.text) or name
    return article


def _not_english(text: str) -> str | None:
    """Why the text is not English prose, or None: too few of its words are English glue words.

    A sample of the text is judged, so a long article costs no more than a short one; a text of
    fewer words than ``_JUDGED_WORDS`` (a headline, a note) is not judged at all, unless its words
    are long: a script written without spaces makes each clause one "word".
    """
    words = _WORD.findall(text[:20_000])
    if len(words) < _JUDGED_WORDS and sum(map(len, words)) < 5 * _JUDGED_WORDS:  # Chinese: few long "words"
        return None
    glue = sum(word.lower() in _ENGLISH_GLUE for word in words) / len(words)
    if glue >= _LEAST_GLUE:
        return None
    scripts = Counter(unicodedata.name(c, "?").split()[0] for word in words for c in word)
    script = scripts.most_common(1)[0][0]
    script = "Han (Chinese) characters" if script == "CJK" else script.title()
    return (f"the text is not in English ({glue:.0%} of its words are common English words, against about a "
            f"quarter in English prose; its letters are mostly {script}): the news reader reads English only, "
            "so translate the article first")


def _decode(raw: bytes) -> str:
    if b"\x00" in raw[:4096]:
        raise ValueError("binary content (NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text: invalid byte 0x{raw[exc.start]:02x} at offset {exc.start}") from exc
    sample = text[:20_000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if sample and controls / len(sample) > 0.01:
        raise ValueError("binary content (control characters), not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _from_text(text: str) -> Article:
    meta: dict[str, Any] = {}
    found = _FRONT.match(text)
    if found:
        try:
            loaded = load_yaml(found.group(1))
        except DocumentError as exc:
            loaded = _colon_lines(found.group(1))
            if loaded is None:
                where = f" ({exc.where} of the front matter)" if exc.where else ""
                raise ValueError(f"front matter: {exc.problem}{where}") from exc
        if isinstance(loaded, dict):
            meta = {str(k).lower(): v for k, v in loaded.items()}
        # Blank the front matter rather than cut it, so character offsets stay those of the file.
        text = re.sub(r"[^\n]", " ", text[:found.end()]) + text[found.end():]
    text = _strip_markdown(text)
    return _with_meta(text, meta)


#: A front-matter line "key: the rest of the line" (a key may hold colons: "article:published_time")
_KEY_LINE = re.compile(r"([A-Za-z][\w:-]*?):[ \t]+(.*)")


def _colon_lines(block: str) -> dict[str, str] | None:
    """Front matter that is not YAML only because a value holds a colon of its own ("title: Seoul
    says 19 freed: ministry", as a headline often does): each line's key and the rest of its line,
    or None where the block is not such lines (so a real YAML mistake is still reported)."""
    lines = [line for line in block.splitlines() if line.strip()]
    pairs = [_KEY_LINE.fullmatch(line.strip()) for line in lines]
    if not pairs or None in pairs or not any(": " in m.group(2) for m in pairs if m):
        return None
    return {m.group(1): m.group(2).strip() for m in pairs if m}


def _strip_markdown(text: str) -> str:
    """Remove Markdown markup in place (same length), so spans still point into the file."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    text = re.sub(r"^#{1,6}[ \t]", blank, text, flags=re.M)
    text = re.sub(r"^[ \t]*(?:[-*+]|>)[ \t]", blank, text, flags=re.M)
    text = re.sub(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", blank, text)
    return re.sub(r"!?\[([^\]\n]*)\]\([^)\n]*\)", lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)


def _from_html(html: str) -> Article:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    meta: dict[str, Any] = {}
    for tag in tree.css("meta"):
        key = (tag.attributes.get("property") or tag.attributes.get("name") or "").lower()
        value = tag.attributes.get("content") or ""
        if key in {"og:title", "title"}:
            meta.setdefault("title", value)
        elif key in {"article:published_time", "date", "pubdate", "published"}:
            meta.setdefault("published", value)
        elif key in {"og:site_name", "publisher"}:
            meta.setdefault("outlet", value)
        elif key == "og:url":
            meta.setdefault("url", value)
    if "title" not in meta and tree.css_first("title") is not None:
        meta["title"] = tree.css_first("title").text(strip=True)
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    paragraphs: list[str] = []
    if root is not None:
        blocks = [n for n in root.traverse() if n.tag in _BLOCK_TAGS and not _has_block_child(n)]
        for node in blocks or [root]:
            line = " ".join(node.text(separator="").split())
            if line:
                paragraphs.append(line)
    return _with_meta("\n\n".join(paragraphs), meta)


def _has_block_child(node: Any) -> bool:
    child = node.child
    while child is not None:
        if child.tag in _BLOCK_TAGS:
            return True
        child = child.next
    return False


def _with_meta(text: str, meta: dict[str, Any]) -> Article:
    known = {"title", "url", "published", "date", "outlet", "source"}
    return Article(
        text=text,
        title=" ".join(str(meta.get("title") or "").split()),
        url=str(meta.get("url") or ""),
        published=_as_date(meta.get("published") or meta.get("date")),
        outlet=str(meta.get("outlet") or meta.get("source") or ""),
        extra={k: v for k, v in meta.items() if k not in known},
    )


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        found = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if found:
            try:
                return date(*map(int, found.groups()))
            except ValueError:
                return None
    return None


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:200]
    return ""
