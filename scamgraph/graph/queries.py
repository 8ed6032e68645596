"""The investigators' Cypher library: discovery, typed parameters, engine variants.

Each question is one ``cypher/<name>.cypher`` file with a header of ``//`` lines::

    // name: entity-profile
    // question: Everything known about an entity, with the report and quote behind each fact.
    // param: key string            the entity's key, e.g. person:lee-min-su
    // param: limit int = 100       at most this many facts
    // example: scamgraph query entity-profile --param key=person:lee-min-su

Where an engine needs another form, ``<name>.<engine>.cypher`` (engine ``falkordb`` or ``neo4j``)
sits beside it, and its header says why. The folder ships inside the package as
``scamgraph.cypher``, so the library works from an installed wheel.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

__all__ = ["LibraryQuery", "Param", "QueryParamError", "library", "find", "PARAM_TYPES"]


class QueryParamError(ValueError):
    """A parameter is missing, unknown, or not of its declared type."""


def _as_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in {"true", "yes", "1"}:
        return True
    if lowered in {"false", "no", "0"}:
        return False
    raise ValueError("expected true or false")


def _as_date(text: str) -> str:
    return date.fromisoformat(text.strip()).isoformat()


def _as_list(text: str) -> list[str]:
    value = json.loads(text) if text.strip().startswith("[") else text.split(",")
    return [str(v).strip() for v in value if str(v).strip()]


PARAM_TYPES = {"string": str, "int": int, "float": float, "bool": _as_bool, "date": _as_date,
               "list": _as_list}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    help: str

    def parse(self, text: str) -> Any:
        try:
            return PARAM_TYPES[self.type](text)
        except (ValueError, json.JSONDecodeError) as exc:
            raise QueryParamError(f"--param {self.name}={text!r}: expected {self.type} ({exc})") from exc


@dataclass(frozen=True)
class LibraryQuery:
    name: str
    question: str
    cypher: str
    params: tuple[Param, ...] = ()
    example: str = ""
    variants: dict[str, str] = field(default_factory=dict)

    def text_for(self, engine: str) -> str:
        """The Cypher this engine runs: its variant if there is one, else the shared text."""
        return self.variants.get(engine, self.cypher)

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Typed values for every declared parameter, from ``name=text`` pairs and defaults."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            raise QueryParamError(f"{self.name} takes no parameter {', '.join(unknown)}; "
                                  f"it takes: {', '.join(sorted(known)) or 'none'}")
        values = {}
        for param in self.params:
            if param.name in given:
                values[param.name] = param.parse(given[param.name])
            elif param.default is not None:
                values[param.name] = param.parse(param.default)
            else:
                raise QueryParamError(f"{self.name} needs --param {param.name}=<{param.type}>: {param.help}")
        return values


_HEADER = re.compile(r"^//\s*(name|question|param|example|why)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(\w+)(?:\s*=\s*(\S+))?\s*(.*)$")


def parse_query(text: str, fallback_name: str) -> LibraryQuery:
    """Read a query file: its header lines and the Cypher below them."""
    header: dict[str, list[str]] = {}
    body = []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if match:
            header.setdefault(match.group(1), []).append(match.group(2).strip())
        elif not line.strip().startswith("//"):
            body.append(line)
    params = []
    for spec in header.get("param", []):
        found = _PARAM.match(spec)
        if not found or found.group(2) not in PARAM_TYPES:
            raise ValueError(f"{fallback_name}: bad param line {spec!r} "
                             f"(want: NAME TYPE [= DEFAULT] HELP; types {', '.join(PARAM_TYPES)})")
        params.append(Param(found.group(1), found.group(2), found.group(3), found.group(4)))
    return LibraryQuery(
        name=(header.get("name") or [fallback_name])[0],
        question=" ".join(header.get("question", [])),
        cypher="\n".join(body).strip().rstrip(";"),
        params=tuple(params),
        example=" ".join(header.get("example", [])),
    )


def library() -> dict[str, LibraryQuery]:
    """Every query in the shipped library, by name, with its engine variants attached."""
    folder = resources.files("scamgraph.cypher")
    shared: dict[str, LibraryQuery] = {}
    variants: dict[str, dict[str, str]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".cypher") or entry.name == "schema.cypher":
            continue
        stem = entry.name.removesuffix(".cypher")
        base, _, engine = stem.partition(".")
        text = entry.read_text("utf-8")
        if engine:
            variants.setdefault(base, {})[engine] = parse_query(text, base).cypher
        else:
            shared[base] = parse_query(text, base)
    return {
        q.name: LibraryQuery(q.name, q.question, q.cypher, q.params, q.example, variants.get(base, {}))
        for base, q in shared.items()
    }


def find(name: str) -> LibraryQuery | None:
    return library().get(name)
