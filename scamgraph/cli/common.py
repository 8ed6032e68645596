"""What every command shares: the app, the consoles, the options, opening a store, printing rows."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from scamgraph.graph.store import BaseStore, StoreError, default_store_url, neighbourhood, open_store
from scamgraph.graph.values import spreadsheet_safe

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


# The Neo4j driver logs each retry as a warning, which Python's last-resort handler would print
# into the middle of a query's rows; the CLI says what failed itself, once. Handlers that a
# program configures (logging.basicConfig) still receive these records.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


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

_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _shown(text: str) -> str:
    """Text safe to print whatever it holds: lone surrogates and controls shown as escapes."""
    return ascii(text) if _has_surrogate(text) else repr(text)


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def _parse_param(pair: str) -> tuple[str, str]:
    """``NAME=VALUE`` from ``--param``: a plain identifier (what every engine takes as a
    parameter name) and text that is valid Unicode; anything else is one clear error."""
    name, sep, value = pair.partition("=")
    name = name.strip()
    if not sep or not _PARAM_NAME.fullmatch(name):
        raise typer.BadParameter(f"{_shown(pair)} is not NAME=VALUE with a NAME of letters, digits and _",
                                 param_hint="--param")
    if _has_surrogate(value):
        raise typer.BadParameter(f"the value of {name} is not valid text (a lone surrogate: {_shown(value)})",
                                 param_hint="--param")
    return name, value


def _parse_value(text: str) -> Any:
    """``42`` -> int, ``1.5`` -> float, ``true``/``false``/``null``, JSON lists and objects;
    anything else stays a string. A value no store can carry (a lone surrogate such as
    ``"\\ud800"``, a map key with a backtick) is a clear error, not a traceback."""
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return text
    problem = _uncarried(value)
    if problem:
        raise typer.BadParameter(f"{_shown(text)}: {problem}", param_hint="--param")
    return value


def _uncarried(value: Any, depth: int = 0) -> str:
    """Why a JSON value cannot travel as a query parameter, or "" when it can."""
    if depth > 100:
        return "nested more than 100 deep"
    if isinstance(value, str):
        return "holds a lone surrogate, which is not text" if _has_surrogate(value) else ""
    items: list[Any] = list(value) if isinstance(value, list) else []
    if isinstance(value, dict):
        for key in value:
            if "`" in key:
                return f"the map key {_shown(key)} holds a backtick, which stores cannot take in a parameter"
        items = list(value) + list(value.values())
    return next((p for p in (_uncarried(v, depth + 1) for v in items) if p), "")

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
