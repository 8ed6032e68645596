"""What each stage of ``kinds.classify`` takes and answers: the capitalized ``Run`` with the
gazetteer entities inside it, and a ``Decision`` (an entity, None, or ``GO_ON`` to pass), with
the determiners that stages in more than one module read. Apart from ``kinds`` so that the
stages kept in other modules (``site_runs``, ``unknown_runs``) share them without importing it."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span


class _GoOn:
    """A stage's answer when it does not decide the run."""


GO_ON = _GoOn()
Decision = Span | None | _GoOn


class Run(NamedTuple):
    """A capitalized run and the gazetteer entities inside it, keyed by their first token."""
    start: int
    end: int
    inner: dict[int, Span]
    whole: Span | None  # the entity that covers exactly the run, if any


#: Words before a title that make it a common noun phrase rather than part of a name
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "whose"})
