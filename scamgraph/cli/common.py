"""What every command shares: the app, the consoles, the options, opening a store, printing rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:  # the store modules pull in networkx: imported where a command needs them
    from scamgraph.graph.store import BaseStore

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
    from scamgraph.graph.store import StoreError, default_store_url, open_store

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
        from scamgraph.graph.values import spreadsheet_safe

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
    from scamgraph.graph.store import neighbourhood

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
