"""An event told as coming after another: "The raid follows a crackdown in March, when police
arrested 60 ...", "This sweep follows a breakthrough in August 2024, when police arrested nine
...", "The repatriation came after the death of a student". The subject names the event told
before; what it follows is another, earlier happening, never more of the same event."""

from __future__ import annotations

from collections.abc import Sequence

#: Words that open a subject naming the event told before
_REFERRING = frozenset({"the", "this", "that", "these", "their", "its", "his", "her"})
#: The verbs that put the subject after something else
_FOLLOWS = frozenset({"follows", "followed", "follow"})
_COMES = frozenset({"comes", "came", "come"})
#: Nouns of an act in general that name the event told before: "The ministry's move follows ...",
#: "Today's action follows ..." (no event word of their own, yet the subject is the story's act)
REFERRED_ACTS = frozenset({"move", "action", "step", "measure", "measures", "decision"})
#: How many words the subject may have ("This final rescue", "The latest round of arrests and deportations")
_SUBJECT_WORDS = 8


def follows_at(lower: Sequence[str], start: int, end: int) -> int | None:
    """The position of "follows" (or "came after") when the sentence (tokens ``start:end``) opens with
    a referring subject and goes on with that verb; else None."""
    if start >= end or lower[start] not in _REFERRING:
        return None
    for k in range(start + 1, min(end - 1, start + 1 + _SUBJECT_WORDS)):
        word = lower[k]
        if word in _FOLLOWS:
            return k
        if word in _COMES and "after" in lower[k + 1:min(end, k + 4)]:
            return k
        if word in {",", ";", ":"}:
            return None
    return None
