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


#: Words between a holder's verb and the warrants it holds: "has nine outstanding arrest warrants"
_STANDING_FILLERS = frozenset({"outstanding", "active", "pending", "arrest", "several", "multiple", "open"})
#: Verbs of holding warrants against oneself: "who has nine outstanding warrants"
_HOLDING_WARRANTS = frozenset({"has", "had", "faces", "facing", "faced", "carries", "carrying"})


def standing_warrants(lower: list[str], like_num: list[bool], i: int, start: int) -> bool:
    """The warrant word at ``i`` names warrants someone holds ("who has nine outstanding warrants",
    "a man facing three pending arrest warrants"): a record, no warrant issued in the story."""
    if lower[i] not in {"warrant", "warrants"}:
        return False
    k = i - 1
    while k > start and (like_num[k] or lower[k] in _STANDING_FILLERS):
        k -= 1
    return k >= start and lower[k] in _HOLDING_WARRANTS and k < i - 1
