"""What every command shares: the app, the consoles, the options, opening a store, printing rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
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

def _pipe_width() -> int | None:
    """Rich wraps at 80 columns when stdout is not a terminal; a pipe or a file gets whole lines
    instead (keys are never cut), unless COLUMNS says otherwise."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return None
    return 1000


out = Console(width=_pipe_width())

err = Console(stderr=True, soft_wrap=True)  # an error is one line, however narrow the terminal

#: Set by the global options (see ``_main``): ``quiet`` drops the "store: ..." line.
SETTINGS: dict[str, Any] = {"quiet": False}


def _show_version(value: bool) -> None:
    if value:
        from scamgraph import __version__

        typer.echo(f"scamgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", envvar="SCAMGRAPH_QUIET",
                                        help="Do not print the 'store: ...' line that every command that opens a "
                                        "store starts with on stderr (give it before the command).")] = False,
) -> None:
    """Turn reports about online-scam operations into a knowledge graph, and query it.

    Example: scamgraph run examples/reports --out out
    """
    SETTINGS["quiet"] = quiet


def _iso_date(value: str | None) -> str | None:
    """A ``YYYY-MM-DD`` option value that is a real date, or a clear error (never silently an empty view)."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: give YYYY-MM-DD, e.g. 2025-10-31") from None
    return value

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        envvar="SCAMGRAPH_STORE",
        help="Store URL: embedded:PATH (default embedded:./.scamgraph), bolt://HOST:PORT or "
        "neo4j://HOST:PORT (credentials from NEO4J_USER / NEO4J_PASSWORD). An embedded store's "
        "server that gives no answer for SCAMGRAPH_STORE_TIMEOUT seconds (default 600) is checked "
        "and stopped if stuck; allow a long query more, e.g. SCAMGRAPH_STORE_TIMEOUT=1800 scamgraph stats.",
        show_default=False,
    ),
]

FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format: table, json or csv.")]
# The view of the graph that analyze, viz, export and report share (see _view).

AsOfOption = Annotated[str | None, typer.Option("--as-of", callback=_iso_date,
                                                 help="Only facts reported on or before this date (YYYY-MM-DD).")]

SinceOption = Annotated[str | None, typer.Option("--since", callback=_iso_date,
                                                 help="Only facts reported on or after this date (YYYY-MM-DD).")]

AroundOption = Annotated[str | None, typer.Option("--around", help="One entity's neighbourhood: its key or exact name. "
                                                  "It reaches along facts (never through a shared report, and "
                                                  "never through a nationality, place or scam type unless "
                                                  "--include-context).")]

HopsOption = Annotated[int, typer.Option("--hops", min=0, help="How many facts --around reaches.")]

IncludeContextOption = Annotated[bool, typer.Option(
    "--include-context", help="Count shared nationalities, places and scam types as links (by default they "
    "describe entities but tie nobody together). Example: analyze --path A B --include-context")]

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


def _embedded_home(url: str) -> Path | None:
    """The folder of an ``embedded:PATH`` URL, absolute; None for a server URL."""
    scheme, _, rest = url.partition(":")
    return Path(rest or ".scamgraph").expanduser().resolve() if scheme.lower() == "embedded" else None


def _shown_url(url: str) -> str:
    """The URL as the 'store:' line shows it: embedded paths absolute, no credentials."""
    home = _embedded_home(url)
    return f"embedded:{home}" if home is not None else re.sub(r"//[^/@]*@", "//", url)


def _announce(store: BaseStore, url: str) -> None:
    """Say on stderr which store this command uses, so that an empty answer is never a mystery."""
    from scamgraph.graph.store import StoreError, StoreNotAnswering

    if SETTINGS["quiet"]:
        return
    try:
        reports = store.query("MATCH (r:Report) RETURN count(r) AS n", {})[0]["n"]
    except StoreNotAnswering:
        raise  # the command cannot go on: say why once
    except StoreError:
        reports = "?"
    err.print(f"store: {_shown_url(url)} ({reports} report{'' if reports == 1 else 's'})",
              highlight=False, markup=False)


@contextmanager
def _store(url: str | None, *, create: bool = False, **options: Any) -> Iterator[BaseStore]:
    """Open the store or exit with status 2 and a one-line reason (never a traceback).

    Only commands that write (``create``: ingest, run) may start a new embedded store; the others
    refuse a folder that is not there, rather than quietly answering from a new, empty store."""
    from scamgraph.graph.store import StoreError, default_store_url, open_store

    url = url or default_store_url()
    home = _embedded_home(url)
    if home is not None and not create and not home.is_dir():
        err.print(f"[red]error:[/red] no store at {home} (set by --store, SCAMGRAPH_STORE or SCAMGRAPH_HOME, "
                  "else ./.scamgraph); run `scamgraph ingest REPORTS` there first or point --store at it",
                  highlight=False)
        raise typer.Exit(2)
    try:
        store = open_store(url, **options)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    try:
        _announce(store, url)
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
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(v) for v in row.values()))
        out.print(table)
        out.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", highlight=False)  # after the table, never inside

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
          hops: int, include_context: bool = False) -> tuple[Any, str | None]:
    """The graph the analysis, viz and export commands work on, and the entity it centres on
    (``analysis.neighbourhood``: the one definition of --around/--hops)."""
    from scamgraph.analysis.neighbourhood import neighbourhood

    with _store(store) as db:
        graph = db.to_networkx(as_of=as_of, since=since)
    center = _entity_key(graph, around) if around else None
    return (neighbourhood(graph, center, hops, include_context=include_context) if center else graph), center

def _masked_view(graph: Any, center: str | None, redacting: bool, what: str) -> tuple[Any, str | None, str]:
    """The view a page is drawn from: victims masked when asked, an empty view refused with one
    line, and the tail of the page's title (": around NAME", " (victims redacted)")."""
    if redacting:
        from scamgraph.exports.redaction import Redaction

        redaction = Redaction(graph)
        graph, center = redaction.graph(), redaction.key(center) if center else None
    if graph.number_of_nodes() == 0:
        err.print(f"error: nothing to {what} in this view of the graph (check --as-of/--since)", highlight=False)
        raise typer.Exit(2)
    tail = (f": around {graph.nodes[center].get('name', center)}" if center else "") + (
        " (victims redacted)" if redacting else "")
    return graph, center, tail


def _entity_key(graph: Any, text: str, where: str = "") -> str:
    """A node key, or an exact (case-insensitive) name; ambiguity and absence are clear errors
    (``where`` says which view was searched, when it is not the whole graph)."""
    if text in graph:
        return text
    matches = [n for n, d in graph.nodes(data=True) if str(d.get("name", "")).casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise typer.BadParameter(f"{text!r} names {len(matches)} entities: {', '.join(sorted(matches))}; give a key")
    close = sorted(n for n, d in graph.nodes(data=True) if text.casefold() in str(d.get("name", "")).casefold())[:5]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise typer.BadParameter(f"no entity named {text!r}{where}{hint}")


def _unknown_query(text: str) -> None:
    """A lone word that is no library query is a typo, not Cypher: say so, with the nearest names."""
    import difflib

    from scamgraph.graph.queries import library

    if not re.fullmatch(r"[A-Za-z0-9][\w-]*", text.strip()):
        return
    close = difflib.get_close_matches(text.strip(), list(library()), n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise typer.BadParameter(f"{text!r} is not a library query{hint} (scamgraph query --list shows them)",
                             param_hint="CYPHER")


def _entity_params(db: BaseStore, query: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Library parameters declared as 'key or exact name' take either: a name becomes its key,
    and a value that is neither is a clear error (never a silent 0 rows)."""
    for param in query.params:
        value = params.get(param.name)
        if "key or exact name" not in param.help or not isinstance(value, str):
            continue
        rows = db.query("MATCH (n) WHERE n.key = $v OR toLower(n.name) = toLower($v) RETURN DISTINCT n.key AS key",
                        {"v": value})
        keys = sorted({str(r["key"]) for r in rows})
        if value in keys:
            continue
        if len(keys) != 1:
            found = f"it names {len(keys)} entities: {', '.join(keys[:5])}" if keys else "no entity has that key or name"
            raise typer.BadParameter(f"{param.name}={value!r}: {found}; give a key such as person:lee-min-su",
                                     param_hint="--param")
        params[param.name] = keys[0]
    return params
