"""People named in the sentence before, told again by a word that refers back: "Police arrested
three Zorvanian nationals: A, B and C. | The suspects face charges of fraud", "... | They were
deported on Friday". The second act takes the people that word stands for, counted by their
nationality (``told_again``); where the sentence before named as many people as that count, and
each of them took the act told there, they are those people, and the second act takes each by
name too. Any other number named there leaves the names alone: a speaker, a boss or a second
group may be named beside the people counted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from scamgraph.model import Node, RelType

__all__ = ["named_before"]

#: Edges from an event to a person that tell an act done to the person (not a role in the act)
_DONE_TO = frozenset({RelType.ARRESTED, RelType.DETAINED, RelType.RESCUED, RelType.DEPORTED, RelType.REPATRIATED,
                      RelType.EXTRADITED, RelType.CHARGED, RelType.AFFECTED, RelType.FOUND})


def named_before(people: Sequence[tuple[int, Node]], edges: Iterable[tuple[str, str, str]], start: int, end: int,
                 number: int) -> list[Node]:
    """The people named (at positions ``start`` to ``end``, the sentence before) who took an act
    there, where they are exactly ``number``; [] otherwise."""
    named: list[Node] = []
    for position, person in people:
        if start <= position < end and person not in named:
            named.append(person)
    if len(named) != number:
        return []
    acted = {target for source, rel, target in edges if rel in _DONE_TO and source.startswith("event:")}
    return named if all(person.key in acted for person in named) else []
