"""Entity spans whose label and id strings are read once.

``Span.label_`` and ``Span.id_`` look the string up in the vocabulary and decode a new Python
string on every read; the name finder and the news rules read them thousands of times per story
(a few entities, each tested at every sentence and run). ``Ent`` is a ``Span`` that keeps both
after the first read. The name finder leaves the entities it set, as ``Ent``, on the document
for the reader (``Doc.ents`` would build every span again, as plain spans).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

__all__ = ["ENTS_KEY", "Ent", "Sentence", "document_ents", "set_ents_outside"]

#: Where the name finder leaves the entities it set (``doc.ents``, as ``Ent``) for the reader.
ENTS_KEY = ("scamgraph", "ents")


class _Kept:
    """A string attribute of ``Span`` read once, then kept in the instance's ``__dict__`` (which
    the attribute look-up reads first, this descriptor having no setter). ``functools.cached_property``
    does the same under a lock per first read, about half the cost of the read itself here."""

    def __init__(self, read: Callable[[Any], str]) -> None:
        self.read, self.name = read, read.__name__

    def __get__(self, instance: Span | None, owner: type | None = None) -> object:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.read(instance)
        return value


class Ent(Span):
    """A Span that keeps its label and id strings (neither is ever set again on an entity), and its
    bounds in slots: ``Span.start`` and ``Span.end`` are properties of compiled code, which Python
    reads by its generic path (a new int each time past 256), some 13,000 times a story. A slot
    (a data descriptor of the subclass) comes first and is read fast; an entity is never resized."""

    __slots__ = ("__dict__", "end", "start")

    def __init__(self, doc: Doc, start: int, end: int, *args: Any, **kwargs: Any) -> None:
        self.start, self.end = _START(self), _END(self)  # (the values Span itself keeps)

    @_Kept
    def label_(self) -> str:  # type: ignore[override]
        return Span.label_.__get__(self)  # type: ignore[attr-defined,no-any-return]

    @_Kept
    def id_(self) -> str:  # type: ignore[override]
        return Span.id_.__get__(self)  # type: ignore[attr-defined,no-any-return]


#: The compiled properties themselves, for the subclasses that keep their values
_START, _END = Span.start.__get__, Span.end.__get__  # type: ignore[attr-defined]


class Sentence(Span):
    """A sentence with its bounds in slots, as ``Ent`` keeps them (read at every rule)."""

    __slots__ = ("end", "start")

    def __init__(self, doc: Doc, start: int, end: int, *args: Any, **kwargs: Any) -> None:
        self.start, self.end = _START(self), _END(self)


def document_ents(doc: Doc) -> tuple[Span, ...]:
    """The document's entities, as the name finder left them when nothing changed them since (the
    statistical component drops them when it adds its own), else as ``Doc.ents`` builds them."""
    kept = doc.user_data.pop(ENTS_KEY, None)  # (taken off: a span on its own doc's data is a cycle)
    if kept is not None:
        return kept  # type: ignore[no-any-return]
    return tuple(Ent(doc, e.start, e.end, label=e.label, kb_id=e.kb_id, span_id=e.id) for e in doc.ents)


def set_ents_outside(doc: Doc, ents: list[Span]) -> None:
    """``doc.set_ents(ents, default="outside")``, the same annotation on every token: its loop over
    the tokens outside the entities compares the mode, an enum member, at each (some 60 ns a
    token); here one array write first makes every token "O" (type 0) and ``set_ents`` leaves
    those outside the entities as they are."""
    outside = numpy.zeros((len(doc), 2), dtype="uint64")
    outside[:, 0] = 2  # (ENT_IOB 2: outside; ENT_TYPE 0: none. Kind and id ids stay, as set_ents leaves them)
    doc.from_array([ENT_IOB, ENT_TYPE], outside)
    doc.set_ents(ents, default="unmodified")
