"""Scheduled link-analysis reports: what changed since the last run, as HTML, Markdown and JSON.

``write_report(store, Path("reports"))`` compares the graph with the snapshot the previous report
left (``snapshot.json`` in its folder) and writes ``reports/<UTC timestamp>/`` with
``report.html`` (self-contained: styles and the chart inline; the graph of what changed beside it
as ``changes.html``), ``report.md``, ``report.json`` and the new ``snapshot.json``.

Fit for schedulers: a lock (``reports/.lock``) so two runs never overlap (the second waits up to
``wait_s`` seconds, then stops with ``ReportLocked``); everything is written into a temporary
folder and renamed when complete, so a killed run leaves no half-written report (its temporary
folder is removed by the next run); a run that finds nothing new writes nothing and says so
(``nothing_changed``); ``keep`` prunes old reports. Same inputs, same report.
"""

from __future__ import annotations

import fcntl
import html
import json
import os
import shutil
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import networkx as nx

from scamgraph import watch
from scamgraph.analysis import links as an
from scamgraph.exports.redaction import Redaction
from scamgraph.graph.store import BaseStore
from scamgraph.maps.report_section import map_html, map_markdown, write_map

__all__ = ["ReportLocked", "ReportResult", "write_report", "diff", "snapshot", "latest_snapshot"]

SNAPSHOT = "snapshot.json"
_ROLE_EDGES = ("ARRESTED", "REPATRIATED")


class ReportLocked(RuntimeError):
    """Another report run holds the lock."""


@dataclass
class ReportResult:
    folder: Path | None  # None when nothing changed
    nothing_changed: bool
    summary: dict[str, Any]
    watched: list[dict[str, Any]] = field(default_factory=list)  # new facts on watched entities


def _fact_id(source: str, target: str, data: dict[str, Any]) -> str:
    return f"{source}|{data.get('type')}|{target}|{data.get('report')}"


def snapshot(graph: nx.MultiDiGraph, result: dict[str, Any], when: str) -> dict[str, Any]:
    """What the next run compares with: entities, facts, rankings, communities, hidden links."""
    return {
        "generated_at": when,
        "reports": sorted(n for n, d in graph.nodes(data=True) if d.get("label") == "Report"),
        "entities": sorted(n for n, d in graph.nodes(data=True) if d.get("label") != "Report"),
        "facts": sorted(_fact_id(s, t, d) for s, t, d in graph.edges(data=True) if d.get("type") != "MENTIONS"),
        "ranking": [r["key"] for r in result["centrality"]["ranking"]],
        "communities": [[m["key"] for m in c["members"]] for c in result["communities"]["communities"]],
        "hidden_links": [[h["source"], h["target"]] for h in result["hidden_links"]["links"]],
    }


def latest_snapshot(folder: Path) -> tuple[dict[str, Any] | None, Path | None]:
    """The snapshot of the newest complete report under ``folder``."""
    if not folder.exists():
        return None, None
    for report in sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True):
        path = report / SNAPSHOT
        if path.exists():
            return json.loads(path.read_text("utf-8")), report
    return None, None


def _name(graph: nx.MultiDiGraph, key: str) -> str:
    return str(graph.nodes[key].get("name", key)) if key in graph else key


def diff(graph: nx.MultiDiGraph, result: dict[str, Any], previous: dict[str, Any] | None,
         since: str | None = None) -> dict[str, Any]:
    """What is new compared with the previous snapshot (or, with ``since``, reported since a date)."""
    before = previous or {"reports": [], "entities": [], "facts": [], "ranking": [], "communities": [], "hidden_links": []}
    if since is not None:
        old_reports = {n for n, d in graph.nodes(data=True) if d.get("label") == "Report" and (d.get("published") or "") < since}
        before = {**before, "reports": sorted(old_reports)}
        before["facts"] = [_fact_id(s, t, d) for s, t, d in graph.edges(data=True) if d.get("report") in old_reports]
        before["entities"] = sorted({n for s, t, d in graph.edges(data=True) if d.get("report") in old_reports for n in (s, t)})
    old_reports, old_entities, old_facts = set(before["reports"]), set(before["entities"]), set(before["facts"])
    reports = [{"key": n, "title": d.get("title") or d.get("name"), "published": d.get("published"), "kind": d.get("kind")}
               for n, d in sorted(graph.nodes(data=True)) if d.get("label") == "Report" and n not in old_reports]
    facts = []
    for s, t, d in graph.edges(data=True):
        if d.get("type") != "MENTIONS" and _fact_id(s, t, d) not in old_facts:
            facts.append({"source": s, "source_name": _name(graph, s), "type": d.get("type"), "target": t,
                          "target_name": _name(graph, t), "count": d.get("count"), "report": d.get("report"),
                          "quote": d.get("quote", "")})
    facts.sort(key=lambda f: (f["source"], f["type"], f["target"], f["report"] or ""))
    entities = []
    for n, d in sorted(graph.nodes(data=True)):
        if d.get("label") != "Report" and n not in old_entities:
            quotes = list(dict.fromkeys(f["quote"] for f in facts if n in (f["source"], f["target"]) and f["quote"]))[:2]
            entities.append({"key": n, "label": d.get("label"), "name": d.get("name", n), "evidence": quotes})
    return {
        "reports": reports, "entities": entities, "facts": facts,
        "movers": _movers(graph, result, before["ranking"]),
        "communities": _community_changes(graph, result, before["communities"]),
        "hidden_links": [h for h in result["hidden_links"]["links"]
                         if [h["source"], h["target"]] not in before["hidden_links"]],
    }


def _movers(graph: nx.MultiDiGraph, result: dict[str, Any], before: list[str]) -> list[dict[str, Any]]:
    old = {key: i + 1 for i, key in enumerate(before)}
    moved = []
    for i, row in enumerate(result["centrality"]["ranking"], 1):
        was = old.get(row["key"])
        if was != i:
            moved.append({"key": row["key"], "name": row["name"], "rank": i, "was": was,
                          "change": "new in the top" if was is None else f"{was - i:+d}"})
    return moved


def _community_changes(graph: nx.MultiDiGraph, result: dict[str, Any], before: list[list[str]]) -> list[dict[str, Any]]:
    """Communities (by their listed members) that appeared, or that merged or split old ones."""
    now = [[m["key"] for m in c["members"]] for c in result["communities"]["communities"]]
    changes = []
    for members in now:
        sources = {i for i, old in enumerate(before) if set(old) & set(members)}
        names = [_name(graph, k) for k in members[:4]]
        if not sources:
            changes.append({"change": "appeared", "members": names})
        elif len(sources) > 1:
            changes.append({"change": f"merged {len(sources)} earlier communities", "members": names})
    for old in before:
        parts = [members for members in now if set(old) & set(members)]
        if len(parts) > 1:
            changes.append({"change": f"split into {len(parts)}", "members": [_name(graph, k) for k in old[:4]]})
    return changes


def _by_nationality(graph: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Arrested and repatriated people per month and nationality (counts the reports give)."""
    series: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for s, t, d in graph.edges(data=True):
        if d.get("type") in _ROLE_EDGES and graph.nodes[t].get("label") == "Nationality":
            month = str(graph.nodes[s].get("date") or d.get("reported") or "")[:7]
            if len(month) == 7:
                series[f"{d['type'].lower()} {graph.nodes[t].get('iso2', t)}"][month] += int(d.get("count") or 0)
    return {k: dict(sorted(v.items())) for k, v in sorted(series.items())}


def _timeline(graph: nx.MultiDiGraph, limit: int = 50) -> list[dict[str, Any]]:
    events = [(str(d.get("date") or ""), n, d) for n, d in graph.nodes(data=True) if d.get("label") == "Event"]
    return [{"date": date, "type": d.get("type"), "name": d.get("name", n),
             "counts": {k[6:]: v for k, v in d.items() if k.startswith("count_")}}
            for date, n, d in sorted(events, key=lambda e: (e[0], e[1]))[-limit:]]


def _warnings(store: BaseStore, graph: nx.MultiDiGraph, failed: list[str]) -> list[str]:
    from scamgraph.graph.resolution import review

    notes = [f"ingest failed: {line}" for line in failed]
    waiting = [c for c in review(store, evidence=0) if c["status"] == "open"]
    if waiting:
        notes.append(f"{len(waiting)} merge candidates wait for review (scamgraph resolve --review)")
    counts: dict[tuple[str, str, str], set[tuple[int, str]]] = defaultdict(set)
    for s, t, d in graph.edges(data=True):
        if d.get("count") is not None:
            counts[(s, d.get("type"), t)].add((int(d["count"]), str(d.get("report"))))
    for (s, rel, t), told in sorted(counts.items()):
        if len({c for c, _ in told}) > 1:
            numbers = ", ".join(f"{c} ({r})" for c, r in sorted(told))
            notes.append(f"reports disagree: {_name(graph, s)} {rel} {_name(graph, t)}: {numbers}")
    return notes


@contextmanager
def _lock(folder: Path, wait_s: float):  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / ".lock", "w")  # noqa: SIM115 - held for the whole run
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise ReportLocked(f"another report run is writing into {folder}; try again later "
                                   "(or --wait SECONDS)") from None
            time.sleep(0.2)
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def write_report(store: BaseStore, folder: Path, *, since: str | None = None, as_of: str | None = None,
                 keep: int | None = None, wait_s: float = 0.0, failed: list[str] | None = None,
                 now: datetime | None = None, redact_victims: bool = False) -> ReportResult:
    """Write the next report into ``folder``; see the module docstring for the guarantees.

    ``redact_victims`` masks the people recorded as victims everywhere in it (``graph.redaction``);
    a snapshot then holds only masked keys, so mixing redacted and plain runs in one folder shows
    victims as changed."""
    with _lock(folder, wait_s):
        for stale in folder.glob(".tmp-*"):  # left by a run that was killed
            shutil.rmtree(stale, ignore_errors=True)
        previous, previous_folder = latest_snapshot(folder)
        graph = store.to_networkx(as_of=as_of)
        redaction = Redaction(graph) if redact_victims else None
        if redaction:
            graph = redaction.graph()
        result = an.run_all(graph)
        changes = diff(graph, result, previous if since in (None, "last") else None,
                       None if since in (None, "last") else since)
        changed = bool(changes["reports"] or changes["entities"] or changes["facts"]) or previous is None
        watched = watch.hits(watch.watches(store), changes["facts"])
        if redaction:
            watched = [{k: redaction.text(v) if isinstance(v, str) else v for k, v in row.items()} for row in watched]
        when = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H%M%SZ")
        summary = {"generated_at": when, "as_of": as_of, "since": since or "last", "victims_redacted": redact_victims,
                   "previous": previous_folder.name if previous_folder else None,
                   "counts": {"reports": len(changes["reports"]), "entities": len(changes["entities"]),
                              "facts": len(changes["facts"])}}
        if not changed:
            return ReportResult(None, True, summary)
        document = {"summary": summary, "graph": result["graph"], "changes": changes, "watched": watched,
                    "top": result["centrality"]["people_and_organizations"][:10],
                    "brokers": result["brokers"]["articulation_points"][:10],
                    "by_nationality": _by_nationality(graph), "timeline": _timeline(graph),
                    "warnings": [redaction.text(w) if redaction else w for w in _warnings(store, graph, failed or [])]}
        tmp = folder / f".tmp-{when}-{os.getpid()}"
        tmp.mkdir()
        document["map"] = write_map(graph, tmp / "map.html")  # map.html beside the report (scamgraph.maps)
        (tmp / "report.json").write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n", "utf-8")
        if os.environ.get("SCAMGRAPH_REPORT_PAUSE"):  # test hook: a run killed half-way
            time.sleep(float(os.environ["SCAMGRAPH_REPORT_PAUSE"]))
        (tmp / "report.md").write_text(_markdown(document), "utf-8")
        (tmp / "report.html").write_text(_html(document), "utf-8")
        _changes_page(graph, changes, tmp / "changes.html")
        (tmp / SNAPSHOT).write_text(json.dumps(snapshot(graph, result, when)) + "\n", "utf-8")
        target = folder / when
        suffix = 1
        while target.exists():
            suffix += 1
            target = folder / f"{when}-{suffix}"
        tmp.rename(target)
        if keep:
            done = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
            for old in done[:-keep]:
                shutil.rmtree(old, ignore_errors=True)
        return ReportResult(target, False, summary, watched)


def _changes_page(graph: nx.MultiDiGraph, changes: dict[str, Any], path: Path) -> None:
    from scamgraph.page import VizOptions, write

    touched = {e["key"] for e in changes["entities"]} | {f[k] for f in changes["facts"] for k in ("source", "target")}
    view = graph.subgraph(touched | {n for k in touched if k in graph for n in nx.all_neighbors(graph, k)
                                     if graph.nodes[n].get("label") != "Report"})
    write(view.copy(), path, VizOptions(title="scamgraph: what changed", max_nodes=800))


# -- Markdown and HTML ---------------------------------------------------------------------------

def _intro(doc: dict[str, Any]) -> str:
    s = doc["summary"]
    return (f"Since {s['previous'] or 'the beginning'}: {s['counts']['reports']} new reports, "
            f"{s['counts']['entities']} new entities, {s['counts']['facts']} new facts. "
            f"The graph holds {doc['graph']['entities']} entities and {doc['graph']['facts']} facts."
            + (" People recorded as victims are masked." if s.get("victims_redacted") else ""))


def _sections(doc: dict[str, Any]) -> list[tuple[str, list[str], list[list[str]]]]:
    """The report's tables, (title, header, rows of text), which Markdown and HTML both render."""
    c = doc["changes"]
    sections: list[tuple[str, list[str], list[list[Any]]]] = [
        ("Watched entities with new facts", ["watched", "why", "fact", "quote"],
         [[w["watched_name"], w["why"], f"{w['source_name']} {w['fact']} {w['target_name']}", w["quote"]]
          for w in doc.get("watched", [])]),
        ("New reports", ["title", "published", "kind"], [[r["title"], r["published"], r["kind"]] for r in c["reports"]]),
        ("New entities", ["label", "name", "evidence"],
         [[e["label"], e["name"], " / ".join(e["evidence"])] for e in c["entities"]]),
        ("New facts", ["source", "fact", "target", "quote"],
         [[f["source_name"], f["type"] + (f" ({f['count']})" if f["count"] else ""), f["target_name"], f["quote"]]
          for f in c["facts"]]),
        ("Top people and organizations", ["name", "role", "pagerank"], [[t["name"], t["role"], t["pagerank"]] for t in doc["top"]]),
        ("Movers", ["name", "rank", "change"], [[m["name"], m["rank"], m["change"]] for m in c["movers"]]),
        ("Communities", ["change", "members"], [[x["change"], ", ".join(x["members"])] for x in c["communities"]]),
        ("New likely hidden links", ["between", "and", "shared partners"],
         [[h["source_name"], h["target_name"], ", ".join(p["name"] for p in h["shared"])] for h in c["hidden_links"]]),
        ("Arrests and repatriations by nationality", ["series", "by month"],
         [[k, ", ".join(f"{m}: {n}" for m, n in v.items())] for k, v in doc["by_nationality"].items()]),
        ("Timeline", ["date", "event", "counts"],
         [[t["date"], t["name"], ", ".join(f"{k} {v}" for k, v in t["counts"].items())] for t in doc["timeline"]]),
        ("Data-quality warnings", ["warning"], [[w] for w in doc["warnings"]]),
    ]
    return [(title, header, [[" ".join(str("" if v is None else v).split()) for v in row] for row in rows])
            for title, header, rows in sections]


def _markdown(doc: dict[str, Any]) -> str:
    lines = [f"# scamgraph report {doc['summary']['generated_at']}", "", _intro(doc), ""]
    for title, header, rows in _sections(doc):
        lines.extend([f"## {title}", ""])
        if not rows:
            lines.extend(["None.", ""])
            continue
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines.extend("| " + " | ".join(v.replace("|", "\\|") for v in row) + " |" for row in rows)
        lines.append("")
    lines += map_markdown(doc.get("map"))
    return "\n".join(lines) + "\n"


def _chart(series: dict[str, dict[str, int]]) -> str:
    """An inline SVG bar chart: people per month, one colour per series."""
    months = sorted({m for v in series.values() for m in v})
    if not months:
        return "<p>No arrests or repatriations with counts yet.</p>"
    palette = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
    names = list(series)
    top = max(n for v in series.values() for n in v.values()) or 1
    width, height, pad = max(320, 80 * len(months)), 220, 30
    group = (width - pad) / len(months)
    bar = max(2.0, (group - 10) / max(1, len(names)))
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 60}" role="img">']
    for i, month in enumerate(months):
        x0 = pad + i * group
        parts.append(f'<text x="{x0 + group / 2:.0f}" y="{height + 15}" font-size="11" text-anchor="middle">{month}</text>')
        for j, name in enumerate(names):
            value = series[name].get(month, 0)
            h = height * value / top
            parts.append(f'<rect x="{x0 + j * bar:.1f}" y="{height - h:.1f}" width="{bar - 1:.1f}" height="{h:.1f}" '
                         f'fill="{palette[j % len(palette)]}"><title>{html.escape(name)} {month}: {value}</title></rect>')
    for j, name in enumerate(names):
        parts.append(f'<rect x="{pad + 120 * (j % 6)}" y="{height + 28 + 14 * (j // 6)}" width="10" height="10" '
                     f'fill="{palette[j % len(palette)]}"/><text x="{pad + 14 + 120 * (j % 6)}" '
                     f'y="{height + 37 + 14 * (j // 6)}" font-size="11">{html.escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html(doc: dict[str, Any]) -> str:
    body = []
    for title, header, rows in _sections(doc):
        body.append(f"<h2>{html.escape(title)}</h2>")
        if title.startswith("Arrests"):
            body.append(_chart(doc["by_nationality"]))
        if not rows:
            body.append("<p>None.</p>")
            continue
        body.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"
                    + "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>" for row in rows)
                    + "</table>")
    body.append(map_html(doc.get("map")))
    when = html.escape(doc["summary"]["generated_at"])
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
            f"<title>scamgraph report {when}</title><style>{_CSS}</style></head><body>"
            f"<h1>scamgraph report {when}</h1><p>{html.escape(_intro(doc))}</p>"
            "<p><a href=\"changes.html\">The graph of what changed</a> (opens offline)</p>"
            + "".join(body) + "</body></html>\n")


_CSS = """body { font: 14px system-ui, sans-serif; margin: 2em auto; max-width: 1100px; }
table { border-collapse: collapse; margin-bottom: 1em; } td, th { border: 1px solid #ddd; padding: 3px 6px;
text-align: left; vertical-align: top; } th { background: #f3f3f3; } .chart { margin: 0.5em 0 1em; }"""
