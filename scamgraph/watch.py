"""Watchlists: entities and identifiers an analyst wants to hear about when they turn up again.

A watch is kept in the store as a ``Watch`` record (a node outside the model's fact labels, so
``stats``, ``to_networkx`` and every analysis ignore it), keyed by what it watches: an entity key
(``person:kim-seok-ki``) or the key of an identifier (``identifier:phone-+85512345678``), which
also lets a phone number, a wallet or a domain be watched before any report names it.

``hits(watches, facts)`` picks, from the new facts a report found, those that touch a watched
key; the report puts them first, and ``report``/``run`` exit with ``EXIT_WATCHED`` so that cron or
a systemd unit can alert on them.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from scamgraph.model import Label, make_key

__all__ = ["Watch", "WatchError", "WATCH_LABEL", "EXIT_WATCHED", "target_key", "add", "remove", "watches", "hits"]

#: The store label of watch records; not a fact label (see the module docstring).
WATCH_LABEL = "Watch"
#: Exit status of ``report`` and ``run`` when a watched entity has new facts.
EXIT_WATCHED = 4

_KEY_PREFIXES = tuple(label.value.lower() + ":" for label in Label if label is not Label.REPORT)


class WatchError(ValueError):
    """A watch that cannot be added or removed; the message says why."""


@dataclass(frozen=True)
class Watch:
    key: str
    why: str = ""
    who: str = ""
    added: str = ""


def target_key(text: str, *, find_name: Any = None) -> str:
    """What ``watch add`` was given, as a key: a key as it is; an identifier (phone, e-mail,
    domain, wallet, ...) normalized the way the loaders key it; else an entity's exact name via
    ``find_name(name) -> list[key]`` (the store's lookup)."""
    from scamgraph.loaders.identifiers import find_identifiers

    text = " ".join(text.split())
    if not text:
        raise WatchError("give a key, an identifier or a name to watch")
    if text.lower().startswith(_KEY_PREFIXES):
        label, _, rest = text.partition(":")
        return f"{label.lower()}:{rest}"
    found = [f for f in find_identifiers(text) if f.end - f.start >= len(text) - 2]
    if found:
        return make_key(Label.IDENTIFIER, f"{found[0].kind}-{found[0].value}")
    matches = list(find_name(text)) if find_name else []
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise WatchError(f"{text!r} names {len(matches)} entities ({', '.join(sorted(matches)[:5])}); give a key")
    raise WatchError(f"{text!r} is not a key, an identifier scamgraph recognizes, or the name of a stored entity")


def add(store: Any, key: str, *, why: str = "", who: str | None = None) -> Watch:
    watch = Watch(key, why, who or _login(), datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    store.query(f"MERGE (w:{WATCH_LABEL} {{key: $key}}) SET w.why = $why, w.who = $who, w.added = $added",
                {"key": watch.key, "why": watch.why, "who": watch.who, "added": watch.added}, read_only=False)
    return watch


def remove(store: Any, key: str) -> bool:
    """Stop watching ``key``; False when it was not watched."""
    if not any(w.key == key for w in watches(store)):
        return False
    store.query(f"MATCH (w:{WATCH_LABEL} {{key: $key}}) DELETE w", {"key": key}, read_only=False)
    return True


def watches(store: Any) -> list[Watch]:
    rows = store.query(f"MATCH (w:{WATCH_LABEL}) RETURN w.key AS key, w.why AS why, w.who AS who, "
                       "w.added AS added ORDER BY key")
    return [Watch(r["key"], r["why"] or "", r["who"] or "", r["added"] or "") for r in rows]


def hits(watched: Iterable[Watch], facts: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The new facts (rows of ``report.diff``'s ``facts``) that touch a watched key, one row each,
    with the watch's reason beside the quote."""
    by_key = {w.key: w for w in watched}
    rows = []
    for fact in facts:
        for end in ("source", "target"):
            watch = by_key.get(str(fact.get(end)))
            if watch:
                rows.append({"watched": watch.key, "watched_name": fact.get(f"{end}_name", watch.key),
                             "why": watch.why, "fact": fact.get("type"), "source_name": fact.get("source_name"),
                             "target_name": fact.get("target_name"), "quote": fact.get("quote", ""),
                             "report": fact.get("report")})
                break
    return rows


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no login name in some containers
        return "unknown"
