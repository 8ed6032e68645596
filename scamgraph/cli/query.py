"""Commands that ask the store: query (the Cypher library, files, inline Cypher), stats and schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from scamgraph.cli.common import (
    FormatOption,
    StoreOption,
    _check_format,
    _entity_params,
    _parse_param,
    _parse_value,
    _print_rows,
    _store,
    _unknown_query,
    app,
    out,
)

def _resolve_query(text: str, given: list[str]) -> tuple[Any, dict[str, Any]]:
    """A library name, a .cypher file, or inline Cypher -> (the library query or None for inline
    Cypher, its parameters checked). Runs before any store is opened, so a bad value is one clear
    error whether or not the store exists."""
    from scamgraph.graph.queries import QueryParamError, find, parse_query

    pairs = dict(_parse_param(pair) for pair in given)
    path = Path(text)
    known = find(text)
    if known is None and text.endswith(".cypher") and path.is_file():
        known = parse_query(path.read_text("utf-8"), path.stem)
    if known is None:
        _unknown_query(text)  # a mistyped library name is said to be one, not run as Cypher
        return None, {name: _parse_value(value) for name, value in pairs.items()}  # values read as JSON
    try:
        return known, known.bind(pairs)
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
    known, params = _resolve_query(cypher, param or [])
    with _store(store, timeout_s=timeout) as db:
        if known is not None:
            params = _entity_params(db, known, params)
        rows = db.query(known.text_for(db.engine) if known else cypher, params, read_only=not write)
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
