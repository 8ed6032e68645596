"""A part counted of a whole told with no number: "freeing hundreds of foreign workers,
including 31 Pakistanis", "detained dozens of people, among them 12 Thais", "resulted in thousands
of arrests, including 400 Chinese". The whole has no count
the part could be a part of, so the part takes the act that governs the whole (the 31 Pakistanis
were freed), and its number is theirs only: the act's own total stays untold."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from scamgraph.model import RelType

__all__ = ["act_of_a_vague_whole"]

#: Words of a whole told with no number: "hundreds of", "dozens of"
_VAGUE_WHOLES = frozenset({"hundreds", "dozens", "thousands", "scores", "several", "many", "numerous"})
#: Words that open a part of the people told before them
_PART_OPENINGS = (("including",), ("among", "them"), ("among", "whom"))
#: Words that make a part's number approximate, before it
_APPROXIMATE = frozenset({"more", "than", "over", "about", "around", "nearly", "almost", "some", "at", "least", "roughly"})
#: The most words between the act's verb and "including": "freeing hundreds of foreign workers,"
_REACH = 9

_Verb = tuple[RelType | None, str, str]


def act_of_a_vague_whole(lower: Sequence[str], like_num: Sequence[bool], start: int, at: int,
                         verbs: Mapping[str, _Verb]) -> _Verb | None:
    """The act of the whole the count at ``at`` is a part of (sentence from ``start``), where that
    whole is told with no number ("freeing hundreds of foreign workers, including 31 ..."): the
    count verb right before "hundreds of", else None."""
    while at - 1 > start and lower[at - 1] in _APPROXIMATE:
        at -= 1  # "including more than 400 Chinese"
    opening = next((o for o in _PART_OPENINGS if tuple(lower[at - len(o):at]) == o), None)
    if opening is None:
        return None
    k = at - len(opening) - 1
    if k > start and lower[k] == ",":
        k -= 1
    for j in range(k, max(start, k - _REACH), -1):
        if like_num[j]:
            return None  # ("rescuing 300 foreign nationals, including 44 ...": a whole with its number)
        if lower[j] in _VAGUE_WHOLES and lower[j + 1:j + 2] == ["of"] and j + 2 < at and lower[j + 2] in _ACTS_COUNTED:
            return verbs[_ACTS_COUNTED[lower[j + 2]]]  # "resulted in thousands of arrests, including 400 Chinese"
        if lower[j] in _VAGUE_WHOLES and lower[j + 1:j + 2] == ["of"] and j - 1 >= start and lower[j - 1] in verbs:
            verb = verbs[lower[j - 1]]
            return verb if verb[0] is not None and verb[2] else None
    return None


#: Plural nouns of acts a vague whole counts ("thousands of arrests"), and the verb of each
_ACTS_COUNTED = {"arrests": "arrested", "detentions": "detained", "rescues": "rescued", "deportations": "deported",
                 "repatriations": "repatriated"}
