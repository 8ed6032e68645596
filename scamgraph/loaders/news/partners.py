"""A body named after "with" in a passive sentence of doing ("The operation was conducted with the
task force", "the raid was carried out jointly with the navy"): by English grammar the doer of a
passive verb is its "by" agent; a body after "with" is a partner that took part, not the one that
carried the act out."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.releases import _BE_WORDS as _PASSIVE

#: Participles of doing an operation
_DONE = {"conducted", "undertaken", "launched", "mounted", "staged", "held", "done", "performed", "implemented",
         "coordinated", "arranged"}  # ("the transfer was coordinated with the immigration bureau": a partner)
#: Words that may stand between the participle and "with"
_BETWEEN = {"jointly", "together", "in", "partnership", "collaboration", "cooperation", "coordination", "closely"}


def done_with(lead: Sequence[str]) -> bool:
    """``lead`` (the words of the clause before the body's name) ends in a passive participle of
    doing, then "with" (and "the"): the body is a partner of the act."""
    words = [w for w in lead if w != "the"]
    if not words or words[-1] != "with":
        return False
    k = len(words) - 2
    while k >= 0 and words[k] in _BETWEEN:
        k -= 1
    if k >= 1 and words[k] == "out" and words[k - 1] == "carried":
        k -= 1
    elif k < 0 or words[k] not in _DONE:
        return False
    return not _PASSIVE.isdisjoint(words[max(0, k - 3):k])
