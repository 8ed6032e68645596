"""A count's first act word that acts on no one: "the three ... are free on bail" (a court's
release, no rescue), "the five then transferred the funds" (money moved, no deportation). The
reader takes the first word of an act after counted people for what was done to them; where that
word is one of these, the count tells no act (audit 18). A screen on the words after the count up
to the first act word: no new per-token loop over the sentence beyond that word."""

from __future__ import annotations

from collections.abc import Container, Sequence

from scamgraph.loaders.news.money_moves import moves_money
from scamgraph.loaders.news.on_bail import on_bail


def idle_count_verb(lower: Sequence[str], start: int, end: int, acts: Container[str]) -> bool:
    """Whether the first act word (one of ``acts``) from ``start`` to ``end`` is freedom on bail or
    a transfer of money."""
    k = next((j for j in range(start, end) if lower[j] in acts), None)
    return k is not None and (on_bail(lower, k, end) or moves_money(lower, k, end))
