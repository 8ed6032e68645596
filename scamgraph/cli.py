"""The ``scamgraph`` command line. Thin: parse, call the library, print.

Every command takes ``--store URL`` (or ``SCAMGRAPH_STORE``); the default is the embedded store
in ``./.scamgraph`` (or ``$SCAMGRAPH_HOME``), which needs no server.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from scamgraph.graph.store import BaseStore, StoreError, default_store_url, neighbourhood, open_store
from scamgraph.graph.values import spreadsheet_safe
from scamgraph.loaders import iter_report_files
from scamgraph.pipeline import FileOutcome, IngestSummary

app = typer.Typer(
    help="Turn reports about online-scam operations into a knowledge graph, and query it.\n\n"
    "Example: scamgraph run examples/reports --out out",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        envvar="SCAMGRAPH_STORE",
        help="Store URL: embedded:PATH (default embedded:./.scamgraph), bolt://HOST:PORT or "
        "neo4j://HOST:PORT (credentials from NEO4J_USER / NEO4J_PASSWORD).",
        show_default=False,
    ),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format: table, json or csv.")]
# The view of the graph that analyze, viz, export and report share (see _view).
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="Only facts reported on or before this date (YYYY-MM-DD).")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Only facts reported on or after this date.")]
AroundOption = Annotated[str | None, typer.Option("--around", help="One entity's neighbourhood: its key or exact name.")]
HopsOption = Annotated[int, typer.Option("--hops", help="How far --around reaches.")]
RedactOption = Annotated[str | None, typer.Option(
    "--redact", help="'victims': mask the people recorded as victims (names, their identifiers, their "
    "names in quotes) while keeping the structure, for sharing with partner agencies.")]


def _redacting(redact: str | None) -> bool:
    if redact not in (None, "victims"):
        raise typer.BadParameter("the only thing --redact masks is 'victims'", param_hint="--redact")
    return redact == "victims"


@contextmanager
def _store(url: str | None, **options: Any) -> Iterator[BaseStore]:
    """Open the store or exit with status 2 and a one-line reason (never a traceback)."""
    try:
        store = open_store(url or default_store_url(), **options)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    try:
        yield store
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    finally:
        store.close()


def _ingest_with_progress(store: BaseStore, paths: list[Path], force: bool) -> IngestSummary:
    from scamgraph.pipeline import ingest

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
                progress.console.print(f"{outcome.path}: stored, {skipped} record{'s' if skipped != 1 else ''} skipped",
                                       highlight=False)

        summary = ingest(store, files, force=force, on_file=on_file)
    summary.files[:0] = [FileOutcome(str(p), "failed", error=f"{p}: no such file or folder")
                         for p in missing]
    return summary


def _print_summary(summary: IngestSummary, stats: dict[str, dict[str, int]]) -> None:
    table = Table(title="reports ingested (+ added now; totals in the store)", show_header=True)
    for column in ("stored", "unchanged", "failed", "+nodes", "+edges", "nodes", "edges"):
        table.add_column(column, justify="right")
    table.add_row(*map(str, (summary.count("stored"), summary.count("unchanged"),
                             len(summary.failed), summary.nodes_created, summary.edges_created,
                             sum(stats["nodes"].values()), sum(stats["edges"].values()))))
    out.print(table)
    for failed in summary.failed:  # again at the end, so a long run's failures are not lost in scrollback
        err.print(f"failed: {failed.error}", highlight=False, markup=False)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files and folders (searched recursively).")],
    store: StoreOption = None,
    force: Annotated[bool, typer.Option(help="Write reports again even if already stored.")] = False,
) -> None:
    """Load report files into the graph.

    Each file is stored whole or not at all; a file that fails is reported with the reason
    and the rest go on. Exit status 1 when any file failed.

    Example: scamgraph ingest examples/reports
    """
    with _store(store) as db:
        summary = _ingest_with_progress(db, paths, force)
        _print_summary(summary, db.stats())
    if summary.failed:
        raise typer.Exit(1)


def _parse_value(text: str) -> Any:
    """``42`` -> int, ``1.5`` -> float, ``true``/``false``/``null``, JSON lists and objects;
    anything else stays a string."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _print_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif fmt == "csv":
        buffer = io.StringIO()
        columns = list(rows[0]) if rows else []
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: spreadsheet_safe(_cell(v)) for k, v in row.items()})
        typer.echo(buffer.getvalue(), nl=False)
    else:
        table = Table(show_header=True)
        for column in rows[0] if rows else []:
            table.add_column(column)
        for row in rows:
            table.add_row(*(_cell(v) for v in row.values()))
        out.print(table)
        err.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")


def _cell(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def _check_format(fmt: str) -> str:
    if fmt not in {"table", "json", "csv"}:
        raise typer.BadParameter(f"{fmt!r} is not one of table, json, csv", param_hint="--format")
    return fmt


def _resolve_query(text: str, engine: str, given: list[str]) -> tuple[str, dict[str, Any]]:
    """A library name, a .cypher file, or inline Cypher -> (Cypher for this engine, parameters)."""
    from scamgraph.graph.queries import QueryParamError, find, parse_query

    pairs = {}
    for pair in given:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        pairs[name.strip()] = value
    path = Path(text)
    known = find(text)
    if known is None and text.endswith(".cypher") and path.is_file():
        known = parse_query(path.read_text("utf-8"), path.stem)
    if known is None:  # inline Cypher: values read as JSON where they parse
        return text, {name: _parse_value(value) for name, value in pairs.items()}
    try:
        return known.text_for(engine), known.bind(pairs)
    except QueryParamError as exc:
        raise typer.BadParameter(str(exc), param_hint="--param") from exc


def _list_library() -> None:
    from scamgraph.graph.queries import library

    table = Table(show_header=True)
    for column in ("name", "question", "parameters"):
        table.add_column(column)
    for query in library().values():
        params = ", ".join(f"{p.name}:{p.type}" + (f"={p.default}" if p.default is not None else "")
                           for p in query.params)
        table.add_row(query.name, query.question, params)
    out.print(table)


@app.command()
def query(
    cypher: Annotated[str | None, typer.Argument(help="A library query name (see --list), a .cypher file, or inline Cypher with $names.", show_default=False)] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE (repeatable). Library queries check each value against its declared type; for inline Cypher a value is read as JSON when it parses, else as text.")] = None,
    fmt: FormatOption = "table",
    write: Annotated[bool, typer.Option("--write", help="Allow the query to change the graph.")] = False,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Give up after this many seconds.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the library's questions and their parameters.")] = False,
    store: StoreOption = None,
) -> None:
    """Run a library query, a .cypher file or inline Cypher, and print the rows.

    Read-only unless --write; values always travel as parameters, never inside the Cypher text.

    Example: scamgraph query shortest-connection --param a=person:lee-min-su --param b=nationality:CN
    """
    if list_:
        _list_library()
        return
    if not cypher:
        raise typer.BadParameter("give a query name, a .cypher file or Cypher text (or --list)")
    fmt = _check_format(fmt)
    with _store(store, timeout_s=timeout) as db:
        text, params = _resolve_query(cypher, db.engine, param or [])
        rows = db.query(text, params, read_only=not write)
    _print_rows(rows, fmt)


@app.command()
def stats(store: StoreOption = None, fmt: FormatOption = "table") -> None:
    """Count nodes by label and edges by type.

    Example: scamgraph stats --format json
    """
    fmt = _check_format(fmt)
    with _store(store) as db:
        counts = db.stats()
    if fmt == "json":
        typer.echo(json.dumps(counts, indent=2))
        return
    rows = [{"kind": kind, "name": name, "count": n}
            for kind, group in (("node", counts["nodes"]), ("edge", counts["edges"]))
            for name, n in sorted(group.items())]
    _print_rows(rows, fmt)


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Report files and folders.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for the outputs.")] = Path("out"),
    store: StoreOption = None,
) -> None:
    """The main job: ingest the reports, write the outputs and a report of what changed, and say where.

    Example: scamgraph run examples/reports --out out
    """
    from scamgraph.pipeline import write_outputs

    from scamgraph.report import ReportLocked, write_report

    with _store(store) as db:
        summary = _ingest_with_progress(db, paths, force=False)
        outputs = write_outputs(db, summary, out_dir)
        _print_summary(summary, db.stats())
        try:
            written = write_report(db, out_dir / "reports", failed=[f.error for f in summary.failed], wait_s=60)
        except ReportLocked as exc:
            err.print(f"warning: {exc}", highlight=False)
        else:
            if written.folder is not None:
                outputs["report"] = written.folder / "report.html"
    for name, path in outputs.items():
        out.print(f"{name}: {path}", highlight=False)
    if summary.failed:
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
    folder: Annotated[Path, typer.Argument(help="Folder of articles, each with a NAME.gold.json beside it.")],
    fmt: FormatOption = "table",
    show_misses: Annotated[bool, typer.Option("--misses", help="List every missed and extra fact.")] = False,
) -> None:
    """Score the extractor against hand-labelled gold files: precision, recall and F1 per category.

    The gold format is described in tests/corpus/README.md. Use it on articles the rules were
    not written from to learn how far they generalize.

    Example: scamgraph evaluate tests/corpus --misses
    """
    from scamgraph.evaluation import evaluate_folder

    _check_format(fmt)
    total, per_article = evaluate_folder(folder)
    if not per_article:
        err.print(f"error: no article with a .gold.json file in {folder}", highlight=False)
        raise typer.Exit(2)
    rows = total.rows()
    _print_rows(rows, fmt)
    if show_misses:
        for line in total.misses:
            err.print(line, highlight=False, markup=False)


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
    store: StoreOption = None,
) -> None:
    """Link analysis: central entities, brokers, communities, shared partners, likely hidden links.

    Writes analysis.json and one CSV per table into --out, and prints the top findings. Every
    ranking says which roles it left out (victims, unless --include-victims).

    Example: scamgraph analyze --out out --as-of 2026-10-31 --around "Yoon Ha-neul" --hops 2
    """
    from scamgraph.graph.analysis import AnalysisOptions, explained_path, run_all
    from scamgraph.pipeline import write_analysis

    options = AnalysisOptions(top=top, include_victims=include_victims)
    graph, center = _view(store, as_of, since, around, hops)
    if graph.number_of_nodes() == 0:
        err.print("error: no facts in this view of the graph (check --as-of/--since)", highlight=False)
        raise typer.Exit(2)
    result = run_all(graph, options)
    result["view"] = {"as_of": as_of, "since": since, "around": center, "hops": hops if center else None}
    if path:
        result["path"] = explained_path(graph, _entity_key(graph, path[0]), _entity_key(graph, path[1]))
    written = write_analysis(result, out_dir)
    _print_analysis(result)
    for name, file in written.items():
        out.print(f"{name}: {file}", highlight=False)


def _labels(given: list[str] | None) -> list[str] | None:
    """Label names checked against the model, case-insensitively."""
    from scamgraph.model import Label

    if not given:
        return None
    known = {label.value.lower(): label.value for label in Label}
    wanted = [part.strip() for item in given for part in item.split(",") if part.strip()]
    unknown = [w for w in wanted if w.lower() not in known]
    if unknown:
        raise typer.BadParameter(f"unknown label {', '.join(unknown)}; known: {', '.join(sorted(known.values()))}",
                                 param_hint="--labels")
    return [known[w.lower()] for w in wanted]


def _view(store: str | None, as_of: str | None, since: str | None, around: str | None,
          hops: int) -> tuple[Any, str | None]:
    """The graph the analysis, viz and export commands work on, and the entity it centres on."""
    with _store(store) as db:
        graph = db.to_networkx(as_of=as_of, since=since)
    center = _entity_key(graph, around) if around else None
    return (neighbourhood(graph, center, hops) if center else graph), center


def _entity_key(graph: Any, text: str) -> str:
    """A node key, or an exact (case-insensitive) name; ambiguity and absence are clear errors."""
    if text in graph:
        return text
    matches = [n for n, d in graph.nodes(data=True) if str(d.get("name", "")).casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise typer.BadParameter(f"{text!r} names {len(matches)} entities: {', '.join(sorted(matches))}; give a key")
    close = sorted(n for n, d in graph.nodes(data=True) if text.casefold() in str(d.get("name", "")).casefold())[:5]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise typer.BadParameter(f"no entity named {text!r}{hint}")


def _print_analysis(result: dict[str, Any]) -> None:
    g = result["graph"]
    out.print(f"[bold]{g['entities']} entities, {g['links']} links, {g['facts']} facts[/bold] "
              f"(backend: {g['backend']}; betweenness {result['centrality']['method'].get('betweenness', '-')})")
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
    redact: RedactOption = None,
    store: StoreOption = None,
) -> None:
    """Write an interactive graph page that works offline: search, label filters, evidence on click.

    The layout is computed here (so large graphs open still); a button turns physics on. Every
    name and quote is shown as text, never run as markup.

    Example: scamgraph viz --out out/graph.html --around "Yoon Ha-neul" --hops 2
    """
    from scamgraph.graph.redaction import Redaction
    from scamgraph.graph.viz import VizOptions, write

    if size_by not in {"pagerank", "degree", "betweenness"}:
        raise typer.BadParameter(f"{size_by!r} is not one of pagerank, degree, betweenness", param_hint="--size-by")
    chosen = _labels(labels)
    redacting = _redacting(redact)
    graph, center = _view(store, as_of, None, around, hops)
    if redacting:
        redaction = Redaction(graph)
        graph, center = redaction.graph(), redaction.key(center) if center else None
    if graph.number_of_nodes() == 0:
        err.print("error: nothing to draw in this view of the graph", highlight=False)
        raise typer.Exit(2)
    title = "scamgraph" + (f": around {graph.nodes[center].get('name', center)}" if center else "") + (
        " (victims redacted)" if redacting else "")
    options = VizOptions(max_nodes=max_nodes, top=top, labels=chosen, size_by=size_by, title=title,
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

    Exit status: 0 a report was written; 5 nothing changed (no report written); 3 another run holds
    the lock; 1 something failed. Meant for cron or a systemd timer (see the README).

    Example: scamgraph report --out reports --keep 30
    """
    from scamgraph.report import ReportLocked, write_report

    if since != "last" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        raise typer.BadParameter("give 'last' or a date YYYY-MM-DD", param_hint="--since")
    try:
        with _store(store) as db:
            result = write_report(db, out_dir, since=since, as_of=as_of, keep=keep, wait_s=wait,
                                  redact_victims=_redacting(redact))
    except ReportLocked as exc:
        err.print(f"error: {exc}", highlight=False)
        raise typer.Exit(EXIT_LOCKED) from exc
    counts = result.summary["counts"]
    if result.nothing_changed:
        out.print(f"nothing changed since {result.summary['previous']}; no report written", highlight=False)
        raise typer.Exit(EXIT_NOTHING_CHANGED)
    out.print(f"report: {result.folder / 'report.html'} ({counts['reports']} new reports, {counts['entities']} new "
              f"entities, {counts['facts']} new facts)", highlight=False)


@app.command()
def export(
    out_file: Annotated[Path, typer.Option("--out", "-o", help="The file to write (a folder for csv-neo4j-admin).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, json (node-link), csv-neo4j-admin (a folder), "
                                     "ftm (FollowTheMoney lines) or stix (a STIX 2.1 bundle).")] = "graphml",
    as_of: AsOfOption = None,
    since: SinceOption = None,
    around: AroundOption = None,
    hops: HopsOption = 2,
    redact: RedactOption = None,
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
    from scamgraph.graph.export import FORMATS
    from scamgraph.graph.export import export as write_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    graph, _center = _view(store, as_of, since, around, hops)
    try:
        path = write_export(graph, fmt, out_file, redact_victims=_redacting(redact))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--out") from exc
    out.print(f"{fmt}: {path} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)", highlight=False)


@app.command()
def schema(
    apply: Annotated[bool, typer.Option("--apply", help="Apply it to the store instead of printing it.")] = False,
    store: StoreOption = None,
) -> None:
    """Print the Neo4j schema (cypher/schema.cypher), or apply it with --apply.

    Constraints make MERGE on `key` fast and safe under concurrent writers; every statement is
    IF NOT EXISTS, so applying twice changes nothing. The embedded store gets the equivalent
    key indexes whenever it opens.

    Example: scamgraph schema --apply --store bolt://localhost:7687
    """
    from scamgraph.graph.neo4j import schema_statements

    if not apply:
        for statement in schema_statements():
            typer.echo(statement + ";")
        return
    with _store(store) as db:
        db.ensure_schema()
    out.print(f"schema applied to {db.url}", highlight=False)


if __name__ == "__main__":  # pragma: no cover
    app()
