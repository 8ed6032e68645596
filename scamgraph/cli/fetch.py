"""Commands for reports as they arrive: fetch (pages and feeds) and watch (watchlists)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from scamgraph.cli.common import FormatOption, StoreOption, _check_format, _print_rows, _store, app, err, out

FeedsOption = Annotated[Path | None, typer.Option(
    "--feeds", help="A file of feed (RSS/Atom) or page URLs, one per line; '#' starts a comment.")]
CacheOption = Annotated[Path | None, typer.Option(
    "--cache", help="Where fetched pages and their text are kept (default: beside the store, "
    "PATH/fetched for embedded:PATH).")]
FromCacheOption = Annotated[bool, typer.Option(
    "--from-cache", help="Do not touch the network: use what earlier fetches kept.")]


def fetch_reports(store_url: str, urls: list[str], feeds: Path | None, cache: Path | None,
                  from_cache: bool) -> tuple[list[Path], int]:
    """Fetch pages and feeds, print one line per item, return (new report files, failures)."""
    from scamgraph.fetch import default_fetch_dir, fetch_sources, read_source_list

    sources = list(urls)
    if feeds is not None:
        try:
            sources += read_source_list(feeds)
        except (OSError, UnicodeDecodeError) as exc:
            err.print(f"error: {feeds}: cannot read the list of feeds ({exc})", highlight=False, markup=False)
            raise typer.Exit(2) from exc
    folder = cache or default_fetch_dir(store_url)
    try:
        outcomes = fetch_sources(sources, folder, from_cache=from_cache, on_item=lambda o: err.print(
            f"{o.status}: {o.message}", highlight=False, markup=False))
    except ValueError as exc:  # an unreadable cache state
        err.print(f"error: {exc}", highlight=False, markup=False)
        raise typer.Exit(2) from exc
    reports = [o.report for o in outcomes if o.report is not None and o.status in {"new", "cached"}]
    failed = sum(o.status == "failed" for o in outcomes)
    err.print(f"fetched: {len(reports)} to ingest, {failed} failed, "
              f"{sum(o.status in {'unchanged', 'duplicate'} for o in outcomes)} unchanged or duplicate "
              f"(cache: {folder})", highlight=False)
    return reports, failed


@app.command()
def fetch(
    urls: Annotated[list[str] | None, typer.Argument(help="Page or feed URLs.", show_default=False)] = None,
    feeds: FeedsOption = None,
    cache: CacheOption = None,
    from_cache: FromCacheOption = False,
    store: StoreOption = None,
) -> None:
    """Fetch news pages and RSS/Atom feeds, keep them as evidence, and ingest the new articles.

    Polite by default: robots.txt is obeyed, one request per second per host, 20 s timeouts, a
    5 MB cap, at most 5 redirects, and pages fetched before are asked for with their ETag /
    Last-Modified, so an unchanged feed costs one request and yields nothing. Set
    SCAMGRAPH_CONTACT (an e-mail address) to put a contact in the User-Agent. Each failure is
    one line; the rest go on. Exit status 1 when any item failed.

    Example: scamgraph fetch --feeds feeds.txt
    """
    from scamgraph.cli.ingest import _ingest_with_progress, _print_summary

    if not urls and feeds is None:
        raise typer.BadParameter("give page or feed URLs, or --feeds FILE")
    with _store(store, create=True) as db:
        reports, failed = fetch_reports(db.url, urls or [], feeds, cache, from_cache)
        summary = _ingest_with_progress(db, reports, force=False)
        _print_summary(summary, db)
    if failed or summary.failed:
        raise typer.Exit(1)


watch_app = typer.Typer(help="Watchlists: be told when a watched entity or identifier has new facts.",
                        no_args_is_help=True, rich_markup_mode=None)
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def watch_add(
    target: Annotated[str, typer.Argument(help="An entity key, an identifier (phone, wallet, domain, e-mail) or an exact name.")],
    why: Annotated[str, typer.Option("--why", help="Why it is watched; shown beside every alert.")] = "",
    who: Annotated[str | None, typer.Option("--who", help="Who watches it (default: the login name).")] = None,
    store: StoreOption = None,
) -> None:
    """Watch an entity or identifier: every report puts its new facts first, and `report` and
    `run` exit with status 4 so cron or systemd can alert.

    Example: scamgraph watch add "+855 12 345 678" --why "number on the recruiting flyer"
    """
    from scamgraph import watch

    with _store(store, create=True) as db:
        try:
            key = watch.target_key(target, find_name=lambda name: _named(db, name))
        except watch.WatchError as exc:
            raise typer.BadParameter(str(exc), param_hint="TARGET") from exc
        added = watch.add(db, key, why=why, who=who)
    out.print(f"watching {added.key}" + (f" ({added.why})" if added.why else ""), highlight=False, markup=False)


@watch_app.command("list")
def watch_list(fmt: FormatOption = "table", store: StoreOption = None) -> None:
    """List what is watched, why, by whom and since when.

    Example: scamgraph watch list --format csv
    """
    from dataclasses import asdict

    from scamgraph import watch

    _check_format(fmt)
    with _store(store) as db:
        rows = [asdict(w) for w in watch.watches(db)]
    _print_rows(rows, fmt)


@watch_app.command("remove")
def watch_remove(key: Annotated[str, typer.Argument(help="The watched key (see `scamgraph watch list`).")],
                 store: StoreOption = None) -> None:
    """Stop watching a key.

    Example: scamgraph watch remove identifier:phone-+85512345678
    """
    from scamgraph import watch

    with _store(store) as db:
        if not watch.remove(db, key):
            err.print(f"error: {key} is not watched (see 'scamgraph watch list')", highlight=False, markup=False)
            raise typer.Exit(2)
    out.print(f"no longer watching {key}", highlight=False, markup=False)


def _named(db, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    rows = db.query("MATCH (n) WHERE n.name IS NOT NULL AND toLower(n.name) = toLower($name) "
                    "AND NOT n:Report RETURN n.key AS key", {"name": name})
    return sorted({r["key"] for r in rows})


__all__ = ["fetch", "fetch_reports", "watch_app"]
