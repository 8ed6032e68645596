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
from scamgraph.maps.report_section import write_map
from scamgraph.pipeline import recorded_notes
from scamgraph.report_pages import markdown, page

__all__ = ["ReportLocked", "ReportResult", "diff", "latest_snapshot", "snapshot", "write_report"]

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
        "ranking": [r["key"] for r in result["centrality"]["people_and_organizations"]],
        "communities": [c["keys"] for c in result["communities"]["communities"]],
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
    """People and organizations whose place in the PageRank ranking changed (events, places and
    nationalities are not ranked against them)."""
    old = {key: i + 1 for i, key in enumerate(before)}
    moved = []
    for i, row in enumerate(result["centrality"]["people_and_organizations"], 1):
        was = old.get(row["key"])
        if was != i:
            moved.append({"key": row["key"], "name": row["name"], "rank": i, "was": was,
                          "change": "new in the top" if was is None else f"{was - i:+d}"})
    return moved


def _community_changes(graph: nx.MultiDiGraph, result: dict[str, Any], before: list[list[str]]) -> list[dict[str, Any]]:
    """How the communities changed, each old and new community in exactly one change: groups of
    old and new communities that share members are compared as a whole (one old, one new: the
    same community; several old, one new: merged; one old, several new: split; several and
    several: regrouped)."""
    now = [c["keys"] for c in result["communities"]["communities"]]
    overlap = nx.Graph()
    overlap.add_nodes_from([("old", i) for i in range(len(before))] + [("new", i) for i in range(len(now))])
    owner = {key: i for i, members in enumerate(before) for key in members}
    for j, members in enumerate(now):
        overlap.add_edges_from((("old", owner[k]), ("new", j)) for k in members if k in owner)
    changes = []
    for part in sorted(nx.connected_components(overlap), key=lambda p: sorted(p)):
        old = sorted(i for side, i in part if side == "old")
        new = sorted(i for side, i in part if side == "new")
        change = _change_word(len(old), len(new))
        if change:
            shown = now[new[0]] if new else before[old[0]]
            changes.append({"change": change, "members": [_name(graph, k) for k in _leaders(result, shown)]})
    return changes


def _change_word(old: int, new: int) -> str | None:
    if old == new == 1:
        return None
    if not old:
        return "appeared"
    if not new:
        return "dissolved"
    if new == 1:
        return f"merged {old} earlier communities"
    if old == 1:
        return f"split into {new}"
    return f"regrouped {old} earlier communities into {new}"


def _leaders(result: dict[str, Any], members: list[str]) -> list[str]:
    """Up to four members to name a community by: its most linked ones when it is current."""
    for community in result["communities"]["communities"]:
        if community["keys"] == members:
            return [m["key"] for m in community["members"][:4]]
    return members[:4]


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
    return [{"date": date, "type": d.get("type"), "name": d.get("name", n), "counts": _event_counts(graph, n, d)}
            for date, n, d in sorted(events, key=lambda e: (e[0], e[1]))[-limit:]]


def _event_counts(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> dict[str, int]:
    """How many people an event involved: the counts a news article put on the event, and the
    counts structured reports put on its facts ("arrested 57 of nationality KR"), the largest
    figure when reports differ."""
    counts = {k[6:]: v for k, v in data.items() if k.startswith("count_")}
    for _, target, fact in graph.out_edges(node, data=True):
        if fact.get("count") is None or fact.get("type") == "MENTIONS":
            continue
        other = graph.nodes[target]
        label = f"{str(fact.get('type')).lower()} {other.get('iso2') or other.get('name', target)}"
        counts[label] = max(int(fact["count"]), int(counts.get(label) or 0))
    return counts


def _warnings(store: BaseStore, graph: nx.MultiDiGraph, failed: list[str], since: str | None) -> list[str]:
    """Data-quality notes: what the ingest runs since the last report recorded in the store
    (failed files, impossible dates, duplicates), merges waiting for review, disagreeing counts."""
    from scamgraph.graph.resolution import review

    notes = list(dict.fromkeys(recorded_notes(store, since) + [f"ingest failed: {line}" for line in failed]))
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
        last_run = previous.get("generated_at") if previous and since in (None, "last") else None
        changed = (bool(changes["reports"] or changes["entities"] or changes["facts"]) or previous is None
                   or bool(recorded_notes(store, last_run)))  # a failed ingest is news too
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
        totals = {"reports": sum(1 for _, d in graph.nodes(data=True) if d.get("label") == "Report"),
                  "entities": sum(1 for _, d in graph.nodes(data=True) if d.get("label") != "Report"),
                  "facts": result["graph"]["facts"]}
        document = {"summary": summary, "totals": totals, "graph": result["graph"], "changes": changes, "watched": watched,
                    "top": result["centrality"]["people_and_organizations"][:10],
                    "brokers": result["brokers"]["articulation_points"][:10],
                    "by_nationality": _by_nationality(graph), "timeline": _timeline(graph),
                    "warnings": [redaction.text(w) if redaction else w
                                 for w in _warnings(store, graph, failed or [], last_run)]}
        tmp = folder / f".tmp-{when}-{os.getpid()}"
        tmp.mkdir()
        document["map"] = write_map(graph, tmp / "map.html")  # map.html beside the report (scamgraph.maps)
        (tmp / "report.json").write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n", "utf-8")
        if os.environ.get("SCAMGRAPH_REPORT_PAUSE"):  # test hook: a run killed half-way
            time.sleep(float(os.environ["SCAMGRAPH_REPORT_PAUSE"]))
        (tmp / "report.md").write_text(markdown(document), "utf-8")
        (tmp / "report.html").write_text(page(document), "utf-8")
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
