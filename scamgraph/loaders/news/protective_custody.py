"""Custody given to protect people: "were put in protective custody", "placed under
protective custody". Police put people freed from forced work there for their own safety, so the
custody is their rescue, not a detention of suspects. A closed phrase: the event word is in
``gazetteer/event_phrases.tsv``; this tells the counted people's verb the same."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["in_protective_custody"]

#: The longest stretch read from the counted people to their custody: "| were put in protective custody"
_REACH = 8


def in_protective_custody(lower: Sequence[str], start: int, end: int) -> bool:
    """Whether "protective custody" is told within a few words after ``start`` (tokens up to ``end``,
    the sentence's end): the counted people's own verb phrase."""
    stop = min(end, start + _REACH)
    return any(lower[k] == "protective" and lower[k + 1] == "custody" for k in range(start, stop - 1))
