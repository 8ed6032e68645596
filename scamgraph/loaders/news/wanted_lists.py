"""Being on a wanted list is no warrant of the story: "one of the returnees had long been on a
wanted list", "four men already on their home police's wanted list" tell a state of the people
(audit pages g03 and h03 have the form), while "the ministry issued a wanted list of ten leaders"
tells the act of seeking them (development texts 191, 196)."""

from __future__ import annotations

#: Words that may stand between "on" and the list: articles, the list's owner, its adjectives
_REACH = 6
#: Words that end the search back from the list: a verb or a clause is in between
_BREAKS = frozenset({",", ";", ":", "issued", "issues", "published", "released", "put", "placed", "added",
                     "included", "was", "were", "is", "are", "who", "which", "that"})


def on_a_wanted_list(lower: list[str], i: int, start: int) -> bool:
    """Whether the warrant phrase at ``i`` ("wanted list", "wanted notice") follows "on" (or
    "in"), the people being on the list rather than the list being issued."""
    if lower[i] != "wanted":
        return False
    for k in range(i - 1, max(start - 1, i - _REACH - 1), -1):
        if lower[k] in {"on", "in"}:
            return True
        if lower[k] in _BREAKS:
            return False
    return False
