"""PDF reports (NGO and UN reports, judgments, advisories, sanctions notices) with page numbers.

The text layer of each page is read with pypdfium2 and joined, page after page, into one text
that the news reader extracts facts from; every fact then says which page its sentence is on
(``page`` on the edge, 1-based), so evidence reads "page 14". Tables of counts by nationality
("Nationality | Number" followed by rows such as "Indonesian 554") are read as counts where the
text layer keeps a row on one line. A PDF without any text layer (a scan) is refused: scamgraph
does not run OCR, and an empty report would look like a report with nothing in it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scamgraph.loaders import LoadError
from scamgraph.model import Edge, Evidence, GraphBatch, Label, Node, RelType, report_key

__all__ = ["load", "read_pages", "count_tables"]

#: A caption word -> the event it reports and the fact it gives each row.
_CAPTION_EVENTS = {
    "rescued": ("rescue", RelType.RESCUED), "repatriated": ("repatriation", RelType.REPATRIATED),
    "arrested": ("arrest", RelType.ARRESTED), "detained": ("detention", RelType.DETAINED),
    "deported": ("deportation", RelType.DEPORTED), "victims": ("rescue", RelType.RESCUED),
}
_HEADER = re.compile(r"\b(nationality|nationalities|country of origin|citizenship)\b", re.I)
_ROW = re.compile(r"^\s*(?P<name>[A-Za-z][A-Za-z .'()-]{1,40}?)\s*[|:\t ]\s*(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s*$")


@dataclass
class PdfText:
    text: str
    page_starts: list[int]  # offset in ``text`` where each page begins
    empty_pages: list[int]  # 1-based numbers of pages with no text layer
    title: str = ""
    published: date | None = None

    def page_of(self, offset: int) -> int:
        return bisect.bisect_right(self.page_starts, offset)


def read_pages(path: Path) -> PdfText:
    """The text layer of every page, joined with blank lines; LoadError for what is not a
    readable PDF or has no text at all."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise LoadError(path, f"not a readable PDF ({exc})") from exc
    try:
        parts, starts, empty, offset = [], [], [], 0
        for number in range(len(pdf)):
            page = pdf[number]
            text = page.get_textpage().get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            text = text.replace("\x00", "").strip()
            starts.append(offset)
            if not text:
                empty.append(number + 1)
            parts.append(text)
            offset += len(text) + 2
        meta = pdf.get_metadata_dict(skip_empty=True)
    finally:
        pdf.close()
    if not any(parts):
        raise LoadError(path, f"no text layer on any of its {len(parts)} pages (a scanned PDF?); "
                              "scamgraph does not run OCR: run OCR first (for example ocrmypdf) and load the result")
    return PdfText("\n\n".join(parts), starts, empty, " ".join(meta.get("Title", "").split()),
                   _pdf_date(meta.get("CreationDate", "")))


def _pdf_date(value: str) -> date | None:
    """``D:20250314093000+07'00'`` -> 2025-03-14."""
    found = re.match(r"D?:?(\d{4})(\d{2})(\d{2})", value or "")
    try:
        return date(int(found[1]), int(found[2]), int(found[3])) if found else None
    except ValueError:
        return None


def load(path: Path) -> GraphBatch:
    """A PDF report's graph: the news reader's facts, each with its page, plus count tables."""
    from scamgraph.loaders.news import extract
    from scamgraph.loaders.text import Article

    raw = path.read_bytes()
    pages = read_pages(path)
    first = next((line.strip() for line in pages.text.splitlines() if line.strip()), "")
    article = Article(text=pages.text, title=pages.title or first[:200] or path.stem, published=pages.published)
    batch = extract(article, key=report_key(raw), source=path.name)
    batch.report.properties["kind"] = "pdf"
    batch.report.properties["pages"] = len(pages.page_starts)
    for edge in batch.edges:
        if edge.evidence and edge.evidence[0].start is not None:
            edge.properties["page"] = pages.page_of(edge.evidence[0].start)
    count_tables(batch, pages)
    for number in pages.empty_pages:
        batch.problems.append(f"{path}: page {number} has no text layer (a scanned page?); it was not read")
    return batch.with_mentions()


def count_tables(batch: GraphBatch, pages: PdfText) -> None:
    """Add the counts of every nationality table in the text to ``batch``."""
    from scamgraph.resolve import country_code

    lines = _lines(pages.text)
    for index, (start, line) in enumerate(lines):
        if not _HEADER.search(line):
            continue
        caption = " ".join(text for _, text in lines[max(0, index - 3):index + 1]).lower()
        found = next(((word, spec) for word, spec in _CAPTION_EVENTS.items() if word in caption), None)
        if found is None:
            continue
        rows = []
        for row_start, row in lines[index + 1:]:
            match = _ROW.match(row)
            code = country_code(match["name"]) if match else None
            if not code:
                break
            rows.append((row_start, row, code, int(match["n"].replace(",", ""))))
        if rows:
            _add_table(batch, pages, found[1], line, rows)


def _add_table(batch: GraphBatch, pages: PdfText, spec: tuple[str, RelType], header: str,
               rows: list[tuple[int, str, str, int]]) -> None:
    from scamgraph.resolve import country_name

    kind, rel = spec
    page = pages.page_of(rows[0][0])
    when = pages.published.isoformat() if pages.published else ""
    event = Node(Label.EVENT, " ".join(filter(None, [kind, f"(table, page {page})", when])),
                 key=f"event:{batch.report_key[7:]}-{kind}-table-p{page}",
                 properties={"type": kind, **({"date": when} if when else {}),
                             f"count_{rel.value.lower()}": sum(r[3] for r in rows)})
    batch.add_node(event)
    for start, row, code, number in rows:
        nationality = batch.add_node(Node(Label.NATIONALITY, country_name(code), properties={"iso2": code}))
        evidence = Evidence(batch.report_key, start, start + len(row), f"{header.strip()}: {row.strip()}")
        batch.add_edge(Edge(rel, event.key, nationality.key, (evidence,), {"count": number, "page": page}))


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out
