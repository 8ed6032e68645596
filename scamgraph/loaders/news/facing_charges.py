"""People told as facing charges, and groups named before told by their number and noun: "Both men
now face fraud charges", "The two suspects face charges of fraud", "All three women were charged".
Facing charges is being charged (as "X and Y each face one charge of ..." already reads for named
people); "will face charges" is still to come (settled convention 8), which the reader's test of an
act told as done keeps out. "Both men", "the two suspects" point back to the people named last, as
"Both" and "The two" alone do (``event_links``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.words import _PEOPLE_WORDS
from scamgraph.model import RelType

__all__ = ["act_word", "faces_charges", "faces_charges_after", "past_group_noun", "shared_nationality"]

#: Verbs of facing, and the nouns of what is faced that make it a charge
_FACING = frozenset({"face", "faces", "facing"})
_CHARGES = frozenset({"charge", "charges", "count", "counts"})
#: How far after "face" the noun of the charges may stand: "face (multiple) (fraud) charges"
_CHARGE_REACH = 4
#: Words between the people and "face": "Both men (now) (each) face ..."
_BEFORE_FACING = frozenset({"now", "each", "also", "still", "all", "both", "jointly"})


def faces_charges(lower: Sequence[str], k: int, end: int) -> bool:
    """The word at ``k`` is "face" and a noun of charges follows it closely: "face fraud charges"."""
    return k < end and lower[k] in _FACING and not _CHARGES.isdisjoint(lower[k + 1:min(end, k + 1 + _CHARGE_REACH)])


def act_word(lower: Sequence[str], k: int, end: int) -> str:
    """The count verb the word at ``k`` stands for: "charged" for "face" before charges, else the word."""
    return "charged" if faces_charges(lower, k, end) else lower[k]


def faces_charges_after(lower: Sequence[str], j: int, end: int) -> int:
    """Where "face" stands when the people ending at ``j`` face charges ("Both men | now face fraud
    charges"), else -1."""
    while j < end and lower[j] in _BEFORE_FACING:
        j += 1
    return j if faces_charges(lower, j, end) else -1


def past_group_noun(lower: Sequence[str], k: int, end: int) -> int:
    """Past the people noun of a group told by its number ("Both | men", "The two | suspects"),
    else ``k``."""
    return k + 1 if k < end and (lower[k] in _PEOPLE_WORDS or lower[k] in gz.people_nouns()) else k


def shared_nationality(edges: Iterable[tuple[str, str, str]], people: Sequence[str]) -> str:
    """The key of the one nationality every person of ``people`` (node keys) is told to have, where
    each has exactly that one ("Zorvanian nationals A and B ... Both men face charges": the charge
    took two Zorvanians); "" otherwise."""
    held: dict[str, set[str]] = {key: set() for key in people}
    for source, rel, target in edges:
        if rel is RelType.HAS_NATIONALITY and source in held:
            held[source].add(target)
    codes = {frozenset(targets) for targets in held.values()}
    if len(codes) != 1:
        return ""
    (only,) = codes
    return next(iter(only)) if len(only) == 1 else ""
