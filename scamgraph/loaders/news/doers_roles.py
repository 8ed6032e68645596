"""A body that carried an event out took part in it, and the graph says so once. Where one sentence
reads a body as an event's doer ("the agency, with its partners, returned 23 victims") and another as
one of its helpers ("a foreign government has partnered with the agency on the victims' return"),
the doer's CONDUCTED edge stands for both; the guidelines' annotators never give one body both edges
to one event."""

from __future__ import annotations

from scamgraph.model import Edge, RelType

__all__ = ["drop_helper_roles_of_doers"]


def drop_helper_roles_of_doers(edges: dict[tuple[str, str, str], Edge]) -> None:
    """Removes each PARTICIPATED_IN edge whose source also CONDUCTED the same event (``edges`` is keyed
    by source, edge type and target, as the reader keeps them)."""
    for key in [k for k in edges if k[1] is RelType.PARTICIPATED_IN]:
        if (key[0], RelType.CONDUCTED, key[2]) in edges:
            del edges[key]
