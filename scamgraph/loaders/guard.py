"""Checks every loader runs on a decoded document before trusting it: one place, one set of limits.

YAML can make a few hundred bytes stand for billions of values (an alias to a list of aliases to
lists...) and can nest deeper than Python recurses. ``load_yaml`` walks the parser's event stream
first, which costs little memory and no recursion, and refuses a document whose aliases would
expand past ``MAX_ALIAS_NODES`` values or whose nesting passes ``MAX_DEPTH``; only then does it
build the document. Structured reports and the front matter of articles both read YAML here.

JSON and YAML escapes can also spell a lone surrogate (``"\\ud800"``): half of a UTF-16 pair,
which is not text, and which no store can encode. ``lone_surrogate`` finds the first one and says
where it is, so the file is refused with a JSON pointer instead of failing at write time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

__all__ = ["DocumentError", "load_yaml", "lone_surrogate", "has_surrogate", "MAX_ALIASES", "MAX_ALIAS_NODES",
           "MAX_DEPTH"]

#: more aliases than this in one document is refused whatever they point at
MAX_ALIASES = 100
#: values that aliases may add to a document in all (each alias adds the size of what it names)
MAX_ALIAS_NODES = 10_000
#: lists and maps inside each other; a report needs five or six levels
MAX_DEPTH = 64


class DocumentError(ValueError):
    """A document refused before use; ``where`` is a line and column or a JSON pointer."""

    def __init__(self, problem: str, where: str = "") -> None:
        self.problem, self.where = problem, where
        super().__init__(f"{problem} at {where}" if where else problem)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` once the event stream shows no alias bomb and no deep nesting."""
    try:
        _check_events(yaml.parse(text, Loader=yaml.SafeLoader))
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise DocumentError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", where) from exc
    except RecursionError as exc:  # the limits above should make this unreachable
        raise DocumentError("YAML nested too deeply") from exc
    except DocumentError:
        raise
    except (ValueError, TypeError) as exc:  # a value the YAML types cannot hold: a date 2025-13-45
        raise DocumentError(f"invalid YAML value: {exc}") from exc
    found = lone_surrogate(document)
    if found is not None:
        raise DocumentError("a lone surrogate (half of a UTF-16 pair) is not text", found or "/")
    return document


def _check_events(events: Iterator[yaml.Event]) -> None:
    """Count what aliases would expand to, and how deep collections go, without building anything."""
    sizes: dict[str, int] = {}  # anchor -> values under it, its own aliases expanded
    stack: list[list[Any]] = []  # [anchor, values so far] per open collection
    aliases = added = 0
    for event in events:
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            stack.append([event.anchor, 1])
            if len(stack) > MAX_DEPTH:
                raise DocumentError(f"YAML nested more than {MAX_DEPTH} deep", _line(event))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, size = stack.pop()
            _close(anchor, size, sizes, stack)
        elif isinstance(event, yaml.ScalarEvent):
            _close(event.anchor, 1, sizes, stack)
        elif isinstance(event, yaml.AliasEvent):
            if any(anchor == event.anchor for anchor, _ in stack):
                raise DocumentError("a YAML alias inside the collection it names (a cycle) is refused", _line(event))
            aliases += 1
            added += sizes.get(event.anchor or "", 1)
            if stack:
                stack[-1][1] += sizes.get(event.anchor or "", 1)
            if aliases > MAX_ALIASES or added > MAX_ALIAS_NODES:
                raise DocumentError(f"YAML aliases would expand to over {MAX_ALIAS_NODES:,} values or use over "
                                    f"{MAX_ALIASES} aliases; refused (alias expansion can exhaust memory)",
                                    _line(event))


def _close(anchor: str | None, size: int, sizes: dict[str, int], stack: list[list[Any]]) -> None:
    if anchor:
        sizes[anchor] = size
    if stack:
        stack[-1][1] += size


def _line(event: yaml.Event) -> str:
    mark = event.start_mark
    return f"line {mark.line + 1} column {mark.column + 1}" if mark else ""


def has_surrogate(text: str) -> bool:
    """Whether a string holds a code point from U+D800 to U+DFFF (never text on its own)."""
    return any("\ud800" <= c <= "\udfff" for c in text)


def lone_surrogate(value: Any, pointer: str = "") -> str | None:
    """The JSON pointer of the first string or key holding a lone surrogate, or None.

    >>> lone_surrogate({"entities": [{"name": "ok"}, {"name": "\\ud800"}]})
    '/entities/1/name'
    >>> lone_surrogate(["fine", 1, None]) is None
    True
    """
    stack = [(value, pointer)]
    while stack:  # a loop, not recursion: a document may be deep
        item, where = stack.pop()
        if isinstance(item, str):
            if has_surrogate(item):
                return where
        elif isinstance(item, dict):
            for key, inner in reversed(list(item.items())):
                place = f"{where}/{_segment(key)}"
                if isinstance(key, str) and has_surrogate(key):
                    return place
                stack.append((inner, place))
        elif isinstance(item, (list, tuple)):
            stack.extend((inner, f"{where}/{i}") for i, inner in reversed(list(enumerate(item))))
    return None


def _segment(key: Any) -> str:
    """A JSON pointer segment that prints anywhere: ``~`` and ``/`` escaped, surrogates as ``\\udXXX``."""
    text = str(key).replace("~", "~0").replace("/", "~1")
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
