"""The values a node or edge may carry, checked where the model is built: scalars and lists of one
scalar type that both stores can keep, text without the control characters no store accepts, and
property names that are plain identifiers (Cypher and the stores' row maps both rely on it).

Kept apart from ``model`` so that the checks on values read as one piece; ``model`` re-exports
``ModelError`` and ``clean_text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeAlias

__all__ = ["ModelError", "PropertyValue", "check_properties", "clean_text"]

PropertyValue: TypeAlias = str | int | float | bool | list[str] | list[int] | list[float]

_SCALARS = (str, int, float, bool)


class ModelError(ValueError):
    """A node, edge or batch that breaks the model's rules; the message says which and why."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PROPERTY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def clean_text(text: str) -> str:
    """Drop control characters (NUL above all) that no store can keep as text; keep tabs and
    line breaks. Everything else, markup included, is stored as the data it is.

    >>> clean_text("a\\x00b\\tc")
    'ab\\tc'

    A lone surrogate (``"\\ud800"``, half of a UTF-16 pair) is not text at all: no store can
    encode it, so it is refused here, where the loader can still say which record held it.
    """
    if text.isprintable():
        return text  # (no control character or surrogate is printable: the common case, checked in C)
    if _SURROGATE.search(text):
        raise ModelError(f"{text[:80]!r} holds a lone surrogate (half of a UTF-16 pair), which is not text")
    return _CONTROL.sub("", text)


#: Property names already seen to be plain identifiers (loaders use a few dozen, again and again).
_PLAIN_NAMES: set[str] = set()


def _plain_name(name: object) -> bool:
    if not isinstance(name, str) or not _PROPERTY_NAME.fullmatch(name):
        return False
    _PLAIN_NAMES.add(name)
    return True


def check_properties(owner: str, props: Mapping[str, Any]) -> dict[str, PropertyValue]:
    """Keep only values both engines can store: scalars and lists of one scalar type."""
    clean: dict[str, PropertyValue] = {}
    for name, value in props.items():
        if name not in _PLAIN_NAMES and not _plain_name(name):
            raise ModelError(f"{owner}: property name {name!r} must be a plain identifier")
        if value is None:
            continue
        if isinstance(value, str):
            clean[name] = clean_text(value)
        elif isinstance(value, _SCALARS):
            clean[name] = value
        elif isinstance(value, (list, tuple)):
            items = [v for v in value if v is not None]
            kinds = {type(v) for v in items}
            if len(kinds) > 1 or (kinds and not kinds <= set(_SCALARS)):
                raise ModelError(f"{owner}: property {name!r} must be a list of one scalar type")
            clean[name] = [clean_text(v) if isinstance(v, str) else v for v in items]
        else:
            raise ModelError(
                f"{owner}: property {name!r} has type {type(value).__name__}; "
                "use a string, number, boolean or a list of them"
            )
    return clean
