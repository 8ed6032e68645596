"""The map section of a scheduled report: ``map.html`` written beside ``report.html``, and a short
section (a link, the flows with their counts, what could not be placed) in the HTML and Markdown.

Kept here so ``report.py`` calls three functions and knows nothing about maps.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx

from scamgraph.maps.layers import layers
from scamgraph.maps.page import ATTRIBUTION, write

__all__ = ["map_html", "map_markdown", "write_map"]


def write_map(graph: nx.MultiDiGraph, path: Path, title: str = "scamgraph map") -> dict[str, Any]:
    """Write the map page; return what the report says about it (kept in report.json too)."""
    shown = layers(graph)
    write(graph, path, title)
    flows = sorted(shown.flows, key=lambda f: (-(f.people or 0), f.key))
    return {"file": path.name, "points": len(shown.points),
            "flows": [{"from": f.name, "to": f.to_name, "people": f.people,
                       "reported_as": sorted({x["type"].lower() for x in f.facts})} for f in flows],
            "not_placed": [p["name"] for p in shown.not_placed] + [f"{f['name']} to {f['to_name']}"
                                                                   for f in shown.flows_not_placed]}


def _rows(summary: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(f["from"], f["to"], f"{f['people']:,}" if f["people"] else "not reported", ", ".join(f["reported_as"]))
            for f in summary["flows"]]


def _intro(summary: dict[str, Any]) -> str:
    missing = ", ".join(summary["not_placed"]) or "none"
    return (f"{summary['points']} sites and places, {len(summary['flows'])} flows of people (people, as reported: "
            f"the largest single count on each). Not placed: {missing}.")


def map_html(summary: dict[str, Any] | None) -> str:
    if not summary:
        return ""
    rows = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in _rows(summary))
    table = ("<table><tr><th>from</th><th>to</th><th>people</th><th>reported as</th></tr>" + rows + "</table>"
             if rows else "")
    return (f'<h2>Map</h2><p><a href="{escape(summary["file"])}">Where the compounds are and where their workers '
            f"come from</a> (opens offline). {escape(_intro(summary))}</p>{table}"
            f'<p class="attribution">{escape(ATTRIBUTION)}</p>')


def map_markdown(summary: dict[str, Any] | None, text: Callable[[str], str]) -> list[str]:
    """The section in Markdown; ``text`` escapes a value so that Markdown shows it as text (the
    report's own escaping, ``report_pages.md_text``: names here come from reports)."""
    if not summary:
        return []
    # the file is named, not linked: the Markdown holds no link of any kind (see report_pages)
    lines = ["## Map", "", text(f"Where the compounds are and where their workers come from: {summary['file']}, "
                                f"beside this report. {_intro(summary)}"), ""]
    if summary["flows"]:
        lines += ["| from | to | people | reported as |", "|---|---|---|---|"]
        lines += ["| " + " | ".join(text(v) for v in row) + " |" for row in _rows(summary)]
        lines.append("")
    return lines + [text(ATTRIBUTION), ""]
