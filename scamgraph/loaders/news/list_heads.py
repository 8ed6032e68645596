"""A counted item of a list after one verb is that verb's object: in "arrested 30 Bolivians and
20 Chileans and deported them", the 20 Chileans were arrested like the 30 Bolivians, and the later
verb ("deported") is a second act of the shared subject, not the one told of the second item
alone (grammar: a coordinated object shares the verb before the first conjunct). The verb is the
word just before the list's first number; the items between are counted people joined by commas
or "and"."""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["list_head_verb"]

#: Words that join the items of a list
_JOINS = frozenset({"and", ","})
#: How many words an item may hold after its number ("12 Chilean nationals")
_ITEM_WIDTH = 5
#: How many items back the list may reach
_ITEMS = 6


def list_head_verb(lower: Sequence[str], like_num: Sequence[bool], start: int, sent_start: int,
                   verbs: Collection[str]) -> int | None:
    """The index of the verb before a list whose later item opens at ``start``, or None."""
    k = start - 1
    for _ in range(_ITEMS):
        if k <= sent_start or lower[k] not in _JOINS:
            return None
        if lower[k] == "and" and lower[k - 1] == ",":
            k -= 1  # ("30 Bolivians, 12 Peruvians, and 20 Chileans")
        number = next((m for m in range(k - 1, max(sent_start, k - 1 - _ITEM_WIDTH) - 1, -1) if like_num[m]), None)
        if number is None or any(lower[m] in _JOINS or lower[m] in verbs for m in range(number + 1, k)):
            return None  # (an item must be a count of people, with no join or verb inside it)
        k = number - 1
        if k >= sent_start and lower[k] in verbs:
            return k
    return None
