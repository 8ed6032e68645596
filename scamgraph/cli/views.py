"""Commands that read the graph as a whole: analyze, viz, resolve, report and export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from scamgraph.cli.common import (
    AroundOption,
    AsOfOption,
    FormatOption,
    HopsOption,
    IncludeContextOption,
    RedactOption,
    SinceOption,
    StoreOption,
    _check_format,
    _entity_key,
    _iso_date,
    _labels,
    _masked_view,
    _print_rows,
    _redacting,
    _store,
    _view,
    app,
    err,
    out,
)


@app.command()
def analyze(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for analysis.json and the CSV tables.")] = Path("out"),
    as_of: AsOfOption = None,
    since: SinceOption = None,
    around: AroundOption = None,
    hops: HopsOption = 2,
    include_victims: Annotated[bool, typer.Option("--include-victims", help="Rank people recorded as victims too.")] = False,
    top: Annotated[int, typer.Option("--top", help="Rows per ranking.")] = 20,
    path: Annotated[tuple[str, str] | None, typer.Option("--path", help="Also explain the chain of facts between two entities (keys or names).")] = None,
    include_context: IncludeContextOption = False,
    store: StoreOption = None,
) -> None:
    """Link analysis: central entities, brokers, communities, shared partners, likely hidden links.

    Writes analysis.json and one CSV per table into --out, and prints the top findings. Every
    ranking says which roles it left out (victims, unless --include-victims). Nationalities,
    places and scam types describe entities but are not links between them unless
    --include-context; every output says which view it used.

    Example: scamgraph analyze --out out --around "Lee Min-su" --hops 4 --path "Lee Min-su" "Kevin Tan"
    """
    from scamgraph.analysis.links import AnalysisOptions, explained_path, run_all
    from scamgraph.pipeline import write_analysis

    options = AnalysisOptions(top=top, include_victims=include_victims, include_context=include_context)
    graph, center = _view(store, as_of, since, around, hops, include_context)
    if graph.number_of_nodes() == 0:
        err.print("error: no facts in this view of the graph (check --as-of/--since)", highlight=False)
        raise typer.Exit(2)
    result = run_all(graph, options)
    result["view"] = {"as_of": as_of, "since": since, "around": center, "hops": hops if center else None,
                      "entities": sum(1 for _, d in graph.nodes(data=True) if d.get("label") != "Report"),
                      "include_context": include_context, "context": result["graph"]["context"]}
    if path:
        where = f" within {hops} facts of {center} (widen --hops)" if center else ""
        result["path"] = explained_path(graph, _entity_key(graph, path[0], where), _entity_key(graph, path[1], where),
                                        include_context=include_context)
    written = write_analysis(result, out_dir)
    _print_analysis(result)
    for name, file in written.items():
        out.print(f"{name}: {file}", highlight=False)

def _print_analysis(result: dict[str, Any]) -> None:
    g = result["graph"]
    out.print(f"[bold]{g['entities']} entities, {g['links']} links, {g['facts']} facts[/bold] "
              f"(backend: {g['backend']}; betweenness {result['centrality']['method'].get('betweenness', '-')})")
    view = result.get("view", {})
    if view.get("around"):
        out.print(f"around {view['around']}: {view['entities']} entities within {view['hops']} facts", highlight=False)
    out.print(f"view: {g['context']}", highlight=False)
    left = ", ".join(result["centrality"]["roles_left_out"]) or "none"
    table = Table("person or organization", "role", "pagerank", "betweenness", "degree",
                  title=f"Most central people and organizations (left out: {left})")
    for row in result["centrality"]["people_and_organizations"][:10]:
        table.add_row(row["name"], row["role"], f"{row['pagerank']:.4f}", f"{row['betweenness']:.4f}", str(row["degree"]))
    out.print(table)
    brokers = Table("entity", "label", "splits into", title="Brokers: removing one splits the network")
    for row in result["brokers"]["articulation_points"][:10]:
        brokers.add_row(row["name"], row["label"], str(row["splits_into"]))
    out.print(brokers)
    hidden = Table("between", "and", "adamic-adar", "because both work with", title="Likely hidden links")
    for row in result["hidden_links"]["links"][:10]:
        hidden.add_row(row["source_name"], row["target_name"], f"{row['adamic_adar']:.3f}",
                       ", ".join(s["name"] for s in row["shared"][:3]))
    out.print(hidden)
    groups = Table("community", "size", "members", "tied together by", title=result["communities"].get("explanation", ""))
    for row in result["communities"]["communities"][:8]:
        groups.add_row(str(row["id"]), str(row["size"]), ", ".join(m["name"] for m in row["members"][:4]),
                       "; ".join(str(r["title"]) for r in row["reports"][:2]))
    out.print(groups)
    if "path" in result:
        out.print(result["path"]["explanation"], highlight=False)
        for hop in result["path"]["hops"]:
            fact = hop["facts"][0] if hop["facts"] else {}
            out.print(f"  {hop['from_name']} -[{fact.get('type', '?')}]- {hop['to_name']}: \"{fact.get('quote', '')}\"",
                      highlight=False, markup=False)

@app.command()
def viz(
    out_file: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("out/graph.html"),
    around: AroundOption = None,
    hops: HopsOption = 2,
    top: Annotated[int | None, typer.Option("--top", help="Keep only the N most central entities.")] = None,
    labels: Annotated[list[str] | None, typer.Option("--labels", help="Only these labels (repeat the option).")] = None,
    as_of: AsOfOption = None,
    size_by: Annotated[str, typer.Option("--size-by", help="Node size: pagerank, degree or betweenness.")] = "pagerank",
    max_nodes: Annotated[int, typer.Option("--max-nodes", help="Above this, show the most central entities only.")] = 1500,
    show_context: Annotated[bool, typer.Option("--show-context", help="Draw nationalities, places and scam types as nodes from the start (else chips on their entities; a toggle on the page).")] = False,
    expand_budget: Annotated[int, typer.Option("--expand-budget", help="Hidden entities (up to 2 links beyond the view) the page carries for double-click expansion.")] = 500,
    redact: RedactOption = None,
    store: StoreOption = None,
) -> None:
    """Write an interactive graph page that works offline: search, filters, evidence on click, and
    investigation moves (expand, path, time slider, communities, hide, pin, link, PNG).

    The layout is computed here, with no label over another (so large graphs open still); a
    button turns physics on. Every name and quote is shown as text, never run as markup.

    Example: scamgraph viz --out out/graph.html --around "Lee Min-su" --hops 2
    """
    from scamgraph.page import VizOptions, write

    if size_by not in {"pagerank", "degree", "betweenness"}:
        raise typer.BadParameter(f"{size_by!r} is not one of pagerank, degree, betweenness", param_hint="--size-by")
    chosen = _labels(labels)
    redacting = _redacting(redact)
    graph, _ = _view(store, as_of, None, None, hops)  # the whole view: the page carries the ring beyond --around
    center = _entity_key(graph, around) if around else None
    graph, center, tail = _masked_view(graph, center, redacting, "draw")
    title = "scamgraph" + tail
    options = VizOptions(max_nodes=max_nodes, top=top, labels=chosen, size_by=size_by, title=title, center=center, hops=hops,
                         show_context=show_context, expand_budget=expand_budget,
                         filters={"as of": as_of, "around": center, "hops": hops if center else None,
                                  "labels": ", ".join(chosen) if chosen else None})
    path = write(graph, out_file, options)
    out.print(f"graph: {path}", highlight=False)


@app.command()
def resolve(
    review: Annotated[bool, typer.Option("--review", help="List pairs that may be one entity, with evidence.")] = False,
    merge: Annotated[tuple[str, str] | None, typer.Option("--merge", help="Record that two keys are one entity.")] = None,
    split: Annotated[tuple[str, str] | None, typer.Option("--split", help="Undo a merge of two keys.")] = None,
    show_history: Annotated[bool, typer.Option("--history", help="List every merge and split decision.")] = False,
    why: Annotated[str, typer.Option("--why", help="The reason, kept with the decision.")] = "",
    who: Annotated[str | None, typer.Option("--who", help="Who decides (default: the login name).")] = None,
    threshold: Annotated[float, typer.Option("--threshold", help="Name similarity (0-100) for --review.")] = 85.0,
    fmt: FormatOption = "table",
    store: StoreOption = None,
) -> None:
    """Entity resolution: review look-alike entities, merge or split them, see the history.

    Nothing is merged without a decision: --merge records who, when and why as a decision
    report and a SAME_AS link that analyses follow; --split undoes it and records why.

    Example: scamgraph resolve --merge person:lim-kok-seng person:lim-kokseng --why "same passport number"
    """
    from scamgraph.graph import resolution

    _check_format(fmt)
    chosen = [flag for flag, on in (("--review", review), ("--merge", merge), ("--split", split),
                                     ("--history", show_history)) if on]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --review, --merge A B, --split A B, --history")
    with _store(store) as db:
        if review:
            rows = resolution.review(db, threshold)
            _print_rows([{k: r[k] for k in ("label", "left", "left_name", "right", "right_name", "score", "status")}
                         | {"evidence": " | ".join((r["left_evidence"] + r["right_evidence"])[:2])} for r in rows]
                        if fmt != "json" else rows, fmt)
        elif show_history:
            _print_rows(resolution.history(db), fmt)
        else:
            action = resolution.merge if merge else resolution.split
            left, right = merge or split  # type: ignore[misc]
            decision = action(db, left, right, why=why, who=who)
            out.print(f"{decision.action}: {decision.left} = {decision.right} by {decision.who} at {decision.when} "
                      f"({decision.report})", highlight=False)

EXIT_NOTHING_CHANGED, EXIT_LOCKED = 5, 3

@app.command()
def report(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder that holds one sub-folder per report.")] = Path("reports"),
    since: Annotated[str, typer.Option("--since", help="'last' (the previous report) or a date YYYY-MM-DD.")] = "last",
    as_of: AsOfOption = None,
    keep: Annotated[int | None, typer.Option("--keep", help="Keep only the newest N reports.")] = None,
    wait: Annotated[float, typer.Option("--wait", help="Seconds to wait for a running report to finish.")] = 0.0,
    redact: RedactOption = None,
    store: StoreOption = None,
) -> None:
    """Write what changed since the last report: HTML, Markdown, JSON and a snapshot for next time.

    Exit status: 0 a report was written; 4 it was written and a watched entity has new facts (see
    `scamgraph watch`); 5 nothing changed (no report written); 3 another run holds
    the lock; 1 something failed. Meant for cron or a systemd timer (see the README).

    Example: scamgraph report --out reports --keep 30
    """
    from scamgraph.report import ReportLocked, write_report

    if since != "last":
        try:
            _iso_date(since)
        except typer.BadParameter:
            raise typer.BadParameter(f"{since!r} is neither 'last' nor a date YYYY-MM-DD", param_hint="--since") from None
    try:
        with _store(store) as db:
            result = write_report(db, out_dir, since=since, as_of=as_of, keep=keep, wait_s=wait,
                                  redact_victims=_redacting(redact))
    except ReportLocked as exc:
        err.print(f"error: {exc}", highlight=False)
        raise typer.Exit(EXIT_LOCKED) from exc
    counts = result.summary["counts"]
    if result.nothing_changed or result.folder is None:
        out.print(f"nothing changed since {result.summary['previous']}; no report written", highlight=False)
        raise typer.Exit(EXIT_NOTHING_CHANGED)
    out.print(f"report: {result.folder / 'report.html'} ({counts['reports']} new reports, {counts['entities']} new "
              f"entities, {counts['facts']} new facts)", highlight=False)
    if result.watched:
        from scamgraph.watch import EXIT_WATCHED

        err.print(f"watched: {len(result.watched)} new fact{'s' if len(result.watched) != 1 else ''} on watched "
                  "entities (first section of the report)", highlight=False)
        raise typer.Exit(EXIT_WATCHED)

@app.command()
def export(
    out_file: Annotated[Path, typer.Option("--out", "-o", help="The file to write (a folder for csv-neo4j-admin).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, json (node-link), csv-neo4j-admin (a folder), "
                                     "ftm (FollowTheMoney lines), stix (a STIX 2.1 bundle) or geojson (places, sites, events and flows of "
                                     "people for QGIS, kepler.gl, ArcGIS).")] = "graphml",
    as_of: AsOfOption = None,
    since: SinceOption = None,
    around: AroundOption = None,
    hops: HopsOption = 2,
    redact: RedactOption = None,
    include_context: IncludeContextOption = False,
    store: StoreOption = None,
) -> None:
    """Export the graph (or a filtered part) for Gephi, yEd, NetworkX, Neo4j, Aleph or a threat-intel platform.

    graphml/gexf open in Gephi and yEd; json is NetworkX node-link data; csv-neo4j-admin writes a
    folder of typed CSV files and import.sh for `neo4j-admin database import full`; ftm writes
    FollowTheMoney entities, one per line; stix writes a STIX 2.1 bundle (threat actors,
    infrastructure, indicators for identifiers, reports). `--redact victims` masks the people
    recorded as victims: names, identifiers only they used, and their names in every quote.

    Example: scamgraph export --format stix --out out/graph.stix.json --redact victims
    """
    from scamgraph.exports import FORMATS
    from scamgraph.exports import export as write_export
    from scamgraph.exports.formats import written

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    graph, _center = _view(store, as_of, since, around, hops, include_context)
    try:
        path = write_export(graph, fmt, out_file, redact_victims=_redacting(redact))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--out") from exc
    out.print(f"{fmt}: {path} ({written(fmt, path, graph)})", highlight=False)
