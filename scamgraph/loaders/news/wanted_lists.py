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
_STANDING_FILLERS = frozenset({"outstanding", "active", "pending", "arrest", "several", "multiple", "open", "existing",
                               "court"})
#: People who may be told as having warrants "with" them: "six individuals with court warrants"
_HOLDERS = frozenset({"individuals", "people", "persons", "men", "women", "suspects", "nationals", "returnees", "them",
                      "whom", "workers", "fugitives", "others", "those", "one", "man", "woman", "person"})
#: Verbs of holding warrants against oneself: "who has nine outstanding warrants"
_HOLDING_WARRANTS = frozenset({"has", "had", "faces", "facing", "faced", "carries", "carrying"})
#: Words that tell a warrant as standing against someone, issued before the story: "outstanding
#: warrants", "warrants outstanding against them"
_STANDING = frozenset({"outstanding", "active", "pending", "existing"})
#: The words a warrant phrase may open on before its warrant word: "arrest warrants", "detention warrant"
_WARRANT_KINDS = frozenset({"arrest", "detention"})


def standing_warrants(lower: list[str], like_num: list[bool], i: int, start: int) -> bool:
    """The warrant phrase at ``i`` ("warrants", "arrest warrants") names warrants someone holds ("who
    has nine outstanding warrants", "a man facing three pending warrants"), or warrants told as
    standing ("five of them carried outstanding arrest warrants", "had arrest warrants outstanding"),
    or held by people "with" them ("six individuals with court warrants"):
    a record, no warrant issued in the story. ("Five of them had arrest warrants" is left a count of
    writs.)"""
    warrant = i + 1 if lower[i] in _WARRANT_KINDS and i + 1 < len(lower) else i
    if lower[warrant] not in {"warrant", "warrants"}:
        return False
    if lower[warrant + 1:warrant + 2] == ["outstanding"] or _told_standing(lower, like_num, i, start):
        return True
    k = i - 1
    while k > start and (like_num[k] or lower[k] in _STANDING_FILLERS):
        k -= 1
    if k > start and lower[k] == "with" and lower[k - 1] in _HOLDERS:
        return True  # "six individuals with court warrants", "one of them with an arrest warrant"
    return warrant == i and k >= start and lower[k] in _HOLDING_WARRANTS and k < i - 1


def _told_standing(lower: list[str], like_num: list[bool], i: int, start: int) -> bool:
    """A word of standing ("outstanding", "pending") among the numbers and fillers right before the
    warrant phrase at ``i``: "were wanted on three outstanding arrest warrants"."""
    k = i - 1
    while k >= start and (like_num[k] or lower[k] in _STANDING_FILLERS):
        if lower[k] in _STANDING:
            return True
        k -= 1
    return False


def counted_warrants_standing(lower: list[str], like_num: list[bool], sentence: tuple[int, int],
                              count: tuple[int, int]) -> bool:
    """The warrant phrase a count's warrants are told by (the first after the count, else the last before
    it, in the sentence from ``sentence[0]`` to ``sentence[1]``: "Five of them had outstanding arrest
    warrants", "six individuals with court warrants and 40 others") names standing warrants (see
    ``standing_warrants``): the count counts people who hold them, no writs issued."""
    start, end = sentence
    k = next((j for j in range(count[1], end) if lower[j] in {"warrant", "warrants"}), None)
    if k is None:
        k = next((j for j in range(count[0] - 1, start - 1, -1) if lower[j] in {"warrant", "warrants"}), None)
    if k is None:
        return False
    return standing_warrants(lower, like_num, k - 1 if k > start and lower[k - 1] in _WARRANT_KINDS else k, start)
