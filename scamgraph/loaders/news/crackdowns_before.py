"""A crackdown told as coming before the act of its sentence ("sent home following a police
crackdown on the casinos", "held after a crackdown in the province"): an operation of its own that
the act came out of, not the act's background ("arrested in a crackdown", "brought back in their
continued crackdown" stay background). The verb "follows" is read apart (``follows.py``): what it
follows is another happening, with its own acts. A crackdown told as why people moved abroad
("came to Lotland in March after a crackdown at home") is that move's cause, no operation told
(``moved_for``)."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.words import FOLLOWING

#: Words that may stand between them: "after their recent crackdown", "following a joint crackdown"
_BETWEEN = frozenset({"a", "an", "the", "their", "its", "his", "her", "this", "that", "recent", "joint", "major",
                      "latest", "police", "military", "army", "massive", "large-scale", "intensified", "sweeping"})


def told_before(lower: Sequence[str], i: int) -> bool:
    """Whether the crackdown word at i is the object of "after" or "following"."""
    k = i - 1
    while k >= 0 and k >= i - 3 and lower[k] in _BETWEEN:
        k -= 1
    return k >= 0 and lower[k] in FOLLOWING


#: Words that tell a crackdown as why people moved: "came ... because of a crackdown", "to escape a crackdown"
_CAUSES = frozenset({"after", "following", "amid", "escape", "escaping", "flee", "fleeing", "evade", "evading",
                     "avoid", "avoiding", "dodge", "of", "to"})  # ("because of", "due to", "owing to")
#: Verbs of people moving from one country to another, for which a crackdown at home is the cause
_MOVES = frozenset({"moved", "move", "moving", "relocated", "relocate", "relocating", "migrated", "shifted",
                    "travelled", "traveled"})
#: "Come" is a move only with where from or to ("had come from Zorvania to Lotland"), not in "the
#: arrests came after a crackdown", where the crackdown is an operation told
_COMING = frozenset({"came", "come", "coming"})
#: Words of the crackdown's own description that may stand between the cause and it ("a harsh new crackdown")
_DESCRIBING = _BETWEEN | {"new", "harsh", "tough", "ongoing", "nationwide", "government", "broad", "wider"}


def moved_for(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether the crackdown word at ``i`` is told as why people moved ("the gang came to Zorvania in
    May because of a crackdown at home", "relocated to the border after a crackdown"): the story's
    act is the move, and the crackdown is its cause told in passing, no operation the story reports."""
    k = i - 1
    while k > start and i - k <= 5 and lower[k] in _DESCRIBING:
        k -= 1
    if k <= start or lower[k] not in _CAUSES:
        return False
    if lower[k] == "of" and lower[k - 1] != "because" or lower[k] == "to" and lower[k - 1] not in {"due", "owing"}:
        return False
    return any(w in _MOVES or w in _COMING and lower[j + 1] in {"to", "from", "back"}
               for j, w in enumerate(lower[start:k], start))
