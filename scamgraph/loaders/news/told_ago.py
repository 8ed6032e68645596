"""An event told in a sentence that opens with a time reckoned back from the telling ("A few days
ago, police in another country arrested 300 ...", "Two weeks ago, ..."): the story steps back to an
earlier happening, so the act is another event of its kind, never more of the one told before (whose
count and place it would otherwise overwrite)."""

from __future__ import annotations

from collections.abc import Sequence

#: How many words the opening phrase may have before "ago" ("A few days ago", "Some two weeks ago")
_OPENING_WORDS = 5


def told_ago(lower: Sequence[str], start: int, at: int) -> bool:
    """The sentence (from token ``start``) opens with a phrase ending in "ago" and a comma, and the
    event word at ``at`` comes after that comma."""
    for k in range(start + 1, min(at - 1, start + _OPENING_WORDS + 1)):
        if lower[k] == "ago":
            return lower[k + 1] == ","
    return False
