"""Charges that someone pleads to, denies or admits ("pleaded guilty to certain charges", "denied all
charges", "admitted to the charges in court") are the matter of a plea told at a trial, not charges
laid then: laid before, they are the charge the story tells elsewhere (its indictment, with its own
day), never a second, undated one. A closed class of verbs of answering a charge."""

from __future__ import annotations

from collections.abc import Sequence

#: Verbs by which a defendant answers charges
_ANSWERING = frozenset({"pleaded", "pleads", "plead", "pled", "pleading", "denied", "denies", "deny", "denying",
                        "admitted", "admits", "admit", "admitting", "contested", "contests", "contest", "contesting"})
#: Words that end the verb's clause before the charges are reached
_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "who", "which", "that", "after", "before", "when"})
#: How far before "charges" the verb may stand ("pleaded not guilty to all the fraud charges")
_REACH = 6


def answered_charges(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether "charge(s)" at i is what a verb of answering before it, in its own clause, takes."""
    if lower[i] not in {"charge", "charges"}:
        return False
    for k in range(i - 1, max(start, i - _REACH) - 1, -1):
        if lower[k] in _ANSWERING:
            return True
        if lower[k] in _BREAKS:
            return False
    return False
