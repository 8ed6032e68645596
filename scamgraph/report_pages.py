"""How a scheduled report reads: the summary, the tables, the chart, as Markdown and HTML.

``report.py`` decides what a report holds (the document); this module only renders it, so that
the summary's numbers and the tables come from the same lists and cannot disagree. Everything a
source said is text in both renderings: HTML-escaped in the page, and in the Markdown every
character a renderer could read as markup (emphasis, code, links, images, raw HTML, autolinks,
table pipes) is backslash-escaped, so that ``![x](http://host/track.png)`` in a name shows as
those characters and fetches nothing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from scamgraph.maps.report_section import map_html, map_markdown

__all__ = ["chart", "markdown", "md_text", "page", "sections", "summary_counts"]

#: Characters that start inline Markdown inside a table cell or a paragraph (CommonMark, and
#: GitHub's autolinks, strikethrough and math): links and images, code, emphasis, raw HTML and
#: entities, ``http:`` and ``user@host`` autolinks, pipes. Block markup cannot start in a cell.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()!<>&~|:@$])")
_WWW = re.compile(r"(?i)\b(www)\.")


def md_text(value: Any) -> str:
    """Text from a report, safe in a Markdown table cell or paragraph: shown, never interpreted."""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(str("" if value is None else value).split()))
    return _WWW.sub(r"\1\\.", text)


def _plain(value: Any) -> str:
    return " ".join(str("" if value is None else value).split())


def sections(doc: dict[str, Any]) -> list[tuple[str, list[str], list[list[str]]]]:
    """The report's tables, (title, header, rows of plain text), which both renderings show."""
    c = doc["changes"]
    rows: list[tuple[str, list[str], list[list[Any]]]] = [
        ("Watched entities with new facts", ["watched", "why", "fact", "quote"],
         [[w["watched_name"], w["why"], f"{w['source_name']} {w['fact']} {w['target_name']}", w["quote"]]
          for w in doc.get("watched", [])]),
        ("New reports", ["title", "published", "kind"], [[r["title"], r["published"] or "undated", r["kind"]]
                                                          for r in c["reports"]]),
        ("New entities", ["label", "name", "evidence"],
         [[e["label"], e["name"], " / ".join(e["evidence"])] for e in c["entities"]]),
        ("New facts", ["source", "fact", "target", "quote"],
         [[f["source_name"], f["type"] + (f" ({f['count']})" if f["count"] else ""), f["target_name"], f["quote"]]
          for f in c["facts"]]),
        ("Top people and organizations", ["name", "role", "pagerank"], [[t["name"], t["role"], t["pagerank"]] for t in doc["top"]]),
        ("Movers among people and organizations", ["name", "rank", "change"],
         [[m["name"], m["rank"], m["change"]] for m in c["movers"]]),
        ("Community changes", ["change", "members"], [[x["change"], ", ".join(x["members"])] for x in c["communities"]]),
        ("New likely hidden links", ["between", "and", "shared partners"],
         [[h["source_name"], h["target_name"], ", ".join(p["name"] for p in h["shared"])] for h in c["hidden_links"]]),
        ("Arrests and repatriations by nationality (people)", ["series", "people by month"],
         [[k, ", ".join(f"{m}: {n}" for m, n in v.items())] for k, v in doc["by_nationality"].items()]),
        ("Timeline", ["date", "event", "counts"],
         [[t["date"], t["name"], ", ".join(f"{k} {v}" for k, v in t["counts"].items())] for t in doc["timeline"]]),
        ("Data-quality warnings", ["warning"], [[w] for w in doc["warnings"]]),
    ]
    return [(title, header, [[_plain(v) for v in row] for row in body]) for title, header, body in rows]


def summary_counts(doc: dict[str, Any]) -> dict[str, int]:
    """The numbers the summary states, each the row count of a table below it."""
    c = doc["changes"]
    return {"new facts on watched entities": len(doc.get("watched", [])), "new reports": len(c["reports"]), "new entities": len(c["entities"]), "new facts": len(c["facts"]),
            "movers": len(c["movers"]), "community changes": len(c["communities"]),
            "new likely hidden links": len(c["hidden_links"]), "data-quality warnings": len(doc["warnings"])}


def _intro(doc: dict[str, Any]) -> list[str]:
    s, totals = doc["summary"], doc["totals"]
    counts = ", ".join(f"{n} {what}" for what, n in summary_counts(doc).items())
    return [f"Since {s['previous'] or 'the beginning'}: {counts}.",
            (f"The graph now holds {totals['reports']} reports, {totals['entities']} entities and {totals['facts']} facts"
            f"{' as of ' + s['as_of'] if s.get('as_of') else ''}."),
            f"Rankings, communities and hidden links: {doc['graph']['context']}."
            + (" People recorded as victims are masked." if s.get("victims_redacted") else "")]


def markdown(doc: dict[str, Any]) -> str:
    """The report as Markdown; every cell escaped (see the module docstring)."""
    lines = [f"# scamgraph report {doc['summary']['generated_at']}", "", *(md_text(p) + "  " for p in _intro(doc)), ""]
    for title, header, rows in sections(doc):
        lines.extend([f"## {title}", ""])
        if not rows:
            lines.extend(["None.", ""])
            continue
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines.extend("| " + " | ".join(md_text(v) for v in row) + " |" for row in rows)
        lines.append("")
    lines += map_markdown(doc.get("map"), md_text)
    return "\n".join(lines) + "\n"


_PALETTE = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]


def _ticks(top: int) -> list[int]:
    """Round values for the y axis: 0 and four steps up to at least ``top``."""
    step = max(1, -(-top // 4))
    magnitude = 10 ** (len(str(step)) - 1)
    step = -(-step // magnitude) * magnitude
    return [step * i for i in range(5)]


@dataclass(frozen=True)
class _Frame:
    """Where the chart's plot area sits and how a number of people maps to a height."""

    left: int = 56
    top: int = 16
    height: int = 220
    scale: int = 1  # the value at the top of the y axis

    def y(self, value: float) -> float:
        return self.top + self.height - self.height * value / self.scale


def _axes(frame: _Frame, ticks: list[int], width: int) -> list[str]:
    """Gridlines with their values, both axis lines, and the axis titles with their units."""
    bottom, middle = frame.top + frame.height, frame.top + frame.height / 2
    parts = [(f'<text x="12" y="{middle:.0f}" font-size="11" transform="rotate(-90 12 {middle:.0f})" '
             'text-anchor="middle">people</text>'),
             (f'<text x="{frame.left + (width - frame.left) / 2:.0f}" y="{bottom + 32}" font-size="11" '
             'text-anchor="middle">month</text>')]
    for tick in ticks:
        parts.append(f'<line x1="{frame.left}" x2="{width - 10}" y1="{frame.y(tick):.1f}" y2="{frame.y(tick):.1f}" '
                     f'stroke="#e5e5e5"/><text x="{frame.left - 6}" y="{frame.y(tick) + 4:.1f}" font-size="10" '
                     f'text-anchor="end">{tick}</text>')
    parts.append(f'<line x1="{frame.left}" x2="{frame.left}" y1="{frame.top}" y2="{bottom}" stroke="#555"/>'
                 f'<line x1="{frame.left}" x2="{width - 10}" y1="{bottom}" y2="{bottom}" stroke="#555"/>')
    return parts


def _bars(frame: _Frame, series: dict[str, dict[str, int]], months: list[str], group: int) -> list[str]:
    """One group of bars per month, each bar with its number written above it."""
    names, parts = list(series), []
    bar = (group - 20) / len(names)
    for i, month in enumerate(months):
        x0 = frame.left + 10 + i * group
        parts.append(f'<text x="{x0 + (group - 20) / 2:.0f}" y="{frame.top + frame.height + 15}" font-size="11" '
                     f'text-anchor="middle">{html.escape(month)}</text>')
        for j, name in enumerate(names):
            value, x = series[name].get(month, 0), x0 + j * bar
            if value:
                parts.append(f'<rect x="{x:.1f}" y="{frame.y(value):.1f}" width="{max(bar - 2, 1):.1f}" '
                             f'height="{frame.top + frame.height - frame.y(value):.1f}" fill="{_PALETTE[j % len(_PALETTE)]}">'
                             f'<title>{html.escape(name)} {month}: {value} people</title></rect>'
                             f'<text x="{x + bar / 2:.1f}" y="{frame.y(value) - 3:.1f}" font-size="10" '
                             f'text-anchor="middle">{value}</text>')
    return parts


def _legend(frame: _Frame, names: list[str]) -> list[str]:
    parts = []
    for j, name in enumerate(names):
        x, y = frame.left + 150 * (j % 4), frame.top + frame.height + 48 + 14 * (j // 4)
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{_PALETTE[j % len(_PALETTE)]}"/>'
                     f'<text x="{x + 14}" y="{y}" font-size="11">{html.escape(name)}</text>')
    return parts


def chart(series: dict[str, dict[str, int]]) -> str:
    """An inline SVG bar chart of people per month, one colour per series: axes titled with their
    units, gridlines with values, and every bar's number written on it."""
    months = sorted({m for v in series.values() for m in v})
    if not months:
        return "<p>No arrests or repatriations with counts yet.</p>"
    ticks = _ticks(max(n for v in series.values() for n in v.values()) or 1)
    frame = _Frame(scale=ticks[-1])
    group = max(80, 24 * len(series) + 20)
    width = max(frame.left + group * len(months) + 10, frame.left + 150 * min(len(series), 4) + 10)  # room for the legend
    height = frame.height + frame.top + 70 + 14 * (len(series) // 4)
    return "".join([(f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                    'role="img" aria-label="people arrested or repatriated per month, by nationality">'),
                    *_axes(frame, ticks, width), *_bars(frame, series, months, group), *_legend(frame, list(series)),
                    "</svg>"])


def page(doc: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (styles and chart inline, nothing fetched)."""
    body = []
    for title, header, rows in sections(doc):
        body.append(f"<h2>{html.escape(title)}</h2>")
        if title.startswith("Arrests"):
            body.append(chart(doc["by_nationality"]))
        if not rows:
            body.append("<p>None.</p>")
            continue
        body.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"
                    + "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>" for row in rows)
                    + "</table>")
    body.append(map_html(doc.get("map")))
    when = html.escape(doc["summary"]["generated_at"])
    intro = "".join(f"<p>{html.escape(p)}</p>" for p in _intro(doc))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
            f"<title>scamgraph report {when}</title><style>{_CSS}</style></head><body>"
            f"<h1>scamgraph report {when}</h1><div class=\"summary\">{intro}</div>"
            "<p><a href=\"changes.html\">The graph of what changed</a> (opens offline)</p>"
            + "".join(body) + "</body></html>\n")


_CSS = """body { font: 14px system-ui, sans-serif; margin: 2em auto; max-width: 1100px; }
table { border-collapse: collapse; margin-bottom: 1em; } td, th { border: 1px solid #ddd; padding: 3px 6px;
text-align: left; vertical-align: top; } th { background: #f3f3f3; } .chart { margin: 0.5em 0 1em; }
.summary { background: #f7f7f7; border-left: 4px solid #888; padding: 0.2em 1em; }"""
