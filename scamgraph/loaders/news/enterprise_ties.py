""""Operation" as the criminals' enterprise, told by what ties people to it: "the syndicate behind
the operation", "members of the operation", "people connected to the fraud operation", "minor
involvement in the operation", "escaped the operation". A raid is done to a place or to people; no
one is a member of a raid, is behind one (its organizers are said to lead it) or escapes one, so
after these ties the word names the business the people worked in, and no raid comes of it
(beside "ran the operation", which asides reads already)."""

from __future__ import annotations

#: Words that may stand between a tie and "operation": "behind the entire scam operation"
_FILLERS = frozenset({"the", "a", "an", "this", "that", "their", "his", "her", "its", "entire", "whole", "scam",
                      "fraud", "criminal", "illegal", "same", "wider", "larger", "alleged"})
#: Ties told by one word right before the fillers
_ONE_WORD_TIES = frozenset({"behind", "escaped"})
#: Ties told by a preposition and the word before it: "members of", "connected to", "involvement in"
_TWO_WORD_TIES = {
    "of": frozenset({"member", "members", "employee", "employees", "staff", "leader", "leaders", "ringleader",
                     "ringleaders", "boss", "bosses", "mastermind", "masterminds", "financier", "financiers"}),
    "to": frozenset({"connected", "linked", "tied", "ties", "links", "connection", "connections"}),
    "in": frozenset({"involvement", "role", "roles"}),
    "from": frozenset({"escaped", "fled"}),
}
_OPERATION = frozenset({"operation", "operations"})


def tied_to_enterprise(lower: list[str], i: int, start: int) -> bool:
    """Whether "operation(s)" at ``i`` follows a tie of people to it (sentence from ``start``)."""
    if lower[i] not in _OPERATION:
        return False
    k = i - 1
    while k > start and lower[k] in _FILLERS:
        k -= 1
    if k < start or k == i - 1:
        return False  # (a determiner or a modifier first: "behind operation lines" is no tie)
    if lower[k] in _ONE_WORD_TIES:
        return True
    heads = _TWO_WORD_TIES.get(lower[k])
    return heads is not None and k > start and lower[k - 1] in heads
