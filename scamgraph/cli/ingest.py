"""Commands that read reports: ingest, run (the main job), extract and evaluate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from scamgraph.cli.common import FormatOption, StoreOption, _cell, _check_format, _print_rows, _store, app, err, out
from scamgraph.cli.fetch import CacheOption, FeedsOption, FromCacheOption, fetch_reports
from scamgraph.loaders import iter_report_files

if TYPE_CHECKING:  # the pipeline and the stores pull in networkx: imported where a command needs them
    from scamgraph.graph.store import BaseStore
    from scamgraph.pipeline import IngestSummary

def _ingest_with_progress(store: BaseStore, paths: list[Path], force: bool) -> IngestSummary:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from scamgraph.pipeline import FileOutcome, ingest

    missing = [p for p in paths if not p.exists()]
    for path in missing:
        err.print(f"[red]error:[/red] {path}: no such file or folder", highlight=False)
    files = list(iter_report_files(p for p in paths if p.exists()))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def on_file(outcome: FileOutcome) -> None:
            progress.advance(task)
            if outcome.error:
                progress.console.print(f"[red]error:[/red] {outcome.error}", highlight=False)
            for problem in outcome.problems:
                progress.console.print(f"[yellow]warning:[/yellow] {problem}", highlight=False)
            if outcome.problems and outcome.status != "failed":
                skipped = sum(1 for p in outcome.problems if p.endswith("skipped"))
                progress.console.print(f"{outcome.path}: {outcome.status}, {skipped} record{'s' if skipped != 1 else ''} skipped",
                                       highlight=False)

        summary = ingest(store, files, force=force, on_file=on_file)
    summary.files[:0] = [FileOutcome(str(p), "failed", error=f"{p}: no such file or folder")
                         for p in missing]
    return summary

def _print_summary(summary: IngestSummary, db: BaseStore) -> None:
    """The run's table and, again at the end, its failures (a long run's are not lost in scrollback).
    A store that cannot answer now (a full disk) leaves the totals as '?', never the table unsaid."""
    from scamgraph.graph.store import StoreError

    try:
        stats = db.stats()
        totals = [str(sum(stats["nodes"].values())), str(sum(stats["edges"].values()))]
    except StoreError:
        totals = ["?", "?"]
    table = Table(title="reports ingested (+ added now; totals in the store)", show_header=True)
    for column in ("stored", "unchanged", "failed", "+nodes", "+edges", "nodes", "edges"):
        table.add_column(column, justify="right")
    table.add_row(*map(str, (summary.count("stored"), summary.count("unchanged"),
                             len(summary.failed), summary.nodes_created, summary.edges_created)), *totals)
    out.print(table)
    if summary.unrecorded:
        err.print(f"warning: this run's outcome was not kept in the store ({summary.unrecorded})",
                  highlight=False, markup=False)
    for failed in summary.failed:
        err.print(f"failed: {failed.error}", highlight=False, markup=False)

@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files and folders (searched recursively).")],
    store: StoreOption = None,
    force: Annotated[bool, typer.Option(help="Write reports again even if already stored.")] = False,
    group_records: Annotated[int | None, typer.Option(
        "--group-records", min=1, show_default=False,
        help="Neo4j: write new reports in one transaction once they hold this many records (default "
             "5000). Smaller groups leave less to write again after a crash; larger ones load faster. "
             "The embedded store writes one report at a time.")] = None,
) -> None:
    """Load report files into the graph.

    Each file is stored whole or not at all; a file that fails is reported with the reason
    and the rest go on. Exit status 1 when any file failed.

    Example: scamgraph ingest examples/reports

    Example: scamgraph ingest reports/ --store neo4j://localhost:7687 --group-records 1000
    """
    with _store(store, create=True) as db:
        if group_records is not None and db.group_records > 1:
            db.group_records = group_records
        summary = _ingest_with_progress(db, paths, force)
        _print_summary(summary, db)
    if summary.failed:
        raise typer.Exit(1)

@app.command()
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Report files and folders.", show_default=False)] = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for the outputs.")] = Path("out"),
    feeds: FeedsOption = None,
    cache: CacheOption = None,
    from_cache: FromCacheOption = False,
    store: StoreOption = None,
) -> None:
    """The main job: (fetch the feeds,) ingest the reports, write the outputs and a report of what
    changed, and say where.

    Exit status: 0 done; 1 some file or feed item failed; 4 a watched entity has new facts (see
    `scamgraph watch`), which wins over 1 so an alert is never lost.

    Example: scamgraph run examples/reports --out out
    Example: scamgraph run --feeds feeds.txt --out out
    """
    from scamgraph.pipeline import write_outputs
    from scamgraph.report import ReportLocked, write_report
    from scamgraph.watch import EXIT_WATCHED

    if not paths and feeds is None:
        raise typer.BadParameter("give report files or folders, or --feeds FILE")
    watched = []
    with _store(store, create=True) as db:
        fetched, fetch_failed = fetch_reports(db.url, [], feeds, cache, from_cache) if feeds else ([], 0)
        summary = _ingest_with_progress(db, [*(paths or []), *fetched], force=False)
        outputs = write_outputs(db, summary, out_dir)
        _print_summary(summary, db)
        try:
            written = write_report(db, out_dir / "reports", failed=[f.error for f in summary.failed], wait_s=60)
        except ReportLocked as exc:
            err.print(f"warning: {exc}", highlight=False)
        else:
            watched = written.watched
            if written.folder is not None:
                outputs["report"] = written.folder / "report.html"
    for name, path in outputs.items():
        out.print(f"{name}: {path}", highlight=False)
    if watched:
        err.print(f"watched: {len(watched)} new fact{'s' if len(watched) != 1 else ''} on watched entities "
                  "(first section of the report)", highlight=False)
        raise typer.Exit(EXIT_WATCHED)
    if summary.failed or fetch_failed:
        raise typer.Exit(1)


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A report: article text (.txt, .md, .html) or a structured report (.json, .yaml).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
) -> None:
    """Show what a report yields (people, agencies, sites, events, counts, evidence) without storing it.

    JSON output is one object: {"report": {key, title, url, published}, "nodes": [{key, label,
    name, properties}], "edges": [{type, source, target, properties, evidence: [{start, end,
    quote}]}]}; Event nodes carry properties.type, .date and .counts. Spans are character offsets
    into the article text (for HTML, into the extracted main text).

    Example: scamgraph extract tests/corpus/wire-raid-phnom-penh.txt --format json
    """
    from scamgraph.loaders import LoadError, load_path

    if fmt not in {"table", "json"}:
        raise typer.BadParameter(f"{fmt!r} is not one of table, json", param_hint="--format")
    try:
        batch = load_path(file)
    except LoadError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        raise typer.Exit(1) from exc
    data = batch.to_dict()
    if fmt == "json":
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    _print_extraction(data)

def _print_extraction(data: dict[str, Any]) -> None:
    report = data["report"]
    out.print(f"[bold]{report['title']}[/bold]  {report['published'] or 'undated'}  {report['key']}", highlight=False)
    names = {n["key"]: f"{n['label']}: {n['name']}" for n in data["nodes"]}
    entities = Table("label", "name", "details", title="Entities")
    for node in sorted(data["nodes"], key=lambda n: (n["label"], n["name"])):
        details = ", ".join(f"{k}={_cell(v)}" for k, v in node["properties"].items() if v not in (None, "", {}, []))
        entities.add_row(node["label"], node["name"], details)
    out.print(entities)
    facts = Table("source", "relation", "target", "evidence", title="Facts")
    for edge in data["edges"]:
        if edge["type"] == "MENTIONS":
            continue
        count = edge["properties"].get("count")
        relation = edge["type"] + (f" ({count})" if count is not None else "")
        quote = edge["evidence"][0]["quote"] if edge["evidence"] else ""
        facts.add_row(names.get(edge["source"], edge["source"]), relation, names.get(edge["target"], edge["target"]),
                      quote[:120] + ("..." if len(quote) > 120 else ""))
    out.print(facts)
    for problem in data.get("problems", []):
        err.print(f"skipped: {problem}", highlight=False, markup=False)

@app.command()
def evaluate(
    folder: Annotated[Path, typer.Argument(help="Folder of articles (.txt, .md, .html), each paired by name with NAME.gold.json.")],
    gold: Annotated[Path | None, typer.Option("--gold", help="Folder of the gold files when they are not beside the articles.")] = None,
    split: Annotated[str | None, typer.Option("--split", help="Score only the articles whose gold says source.split is this (tests/real: dev, frozen, fresh, fresh2, ... one for each later set; tests/real/README.md lists them).")] = None,
    fmt: FormatOption = "table",
    show_misses: Annotated[bool, typer.Option("--misses", help="List every missed and extra fact.")] = False,
) -> None:
    """Score the extractor against hand-labelled gold files: precision, recall and F1 per category.

    The gold format is described in tests/corpus/README.md. Use it on articles the rules were
    not written from to learn how far they generalize. Below the table come four headline
    figures: entity F1, events F1, (nationality, count) recall and fact precision.

    Example: scamgraph evaluate tests/corpus --misses

    Example: scamgraph evaluate ~/articles --gold tests/real --split dev --misses
    """
    from scamgraph.evaluation import evaluate_folder

    _check_format(fmt)
    for where in (folder, gold):
        if where is not None and not where.is_dir():
            err.print(f"error: {where}: not a folder", highlight=False)
            raise typer.Exit(2)
    total, per_article = evaluate_folder(folder, gold_dir=gold, split=split)
    if not per_article:
        err.print(f"error: no article in {folder} with a .gold.json file{f' in {gold}' if gold else ''}"
                  f"{f' of split {split}' if split else ''}", highlight=False)
        raise typer.Exit(2)
    _print_rows(total.rows(), fmt)
    if fmt == "table":
        figures = " | ".join(f"{name} {value:.3f}" for name, value in total.headline().items())
        typer.echo(f"{len(per_article)} articles: {figures}")
    if show_misses:
        for line in total.misses:
            err.print(line, highlight=False, markup=False)
    for failure in total.failures:
        err.print(f"error: {failure} (scored as nothing found)", highlight=False, markup=False)
    if total.failures:
        raise typer.Exit(1)
