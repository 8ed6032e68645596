"""Places inside a false identity: scammers "posing as students in Atlantis and Ruritania", a
recruiter "posing as a designer living in Freedonia". The places belong to the mask the scammers
wore, not to the story (audit 18 page s01: four countries where a ring's fake personas claimed to
study; audit page o07: the city a fake persona said she lived in). A closed class of phrases of
pretence, read in the fifteen words before the place; a full stop, a semicolon or a colon ends the
look-back, as does a line break (a headline above a dateline), so a list of places after the
phrase is inside the mask as a whole. "Claiming to be" is left out: a claim may be true ("claimed
to be travelling to <city>")."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

#: Words before "as" that make a phrase of pretence ("posing as"), and those before "to be" ("pretending to be")
_POSING = frozenset({"posing", "posed", "poses", "pose", "masquerading", "masqueraded", "disguised"})
_PRETENDING = frozenset({"pretending", "pretended"})
_CUES = _POSING | _PRETENDING
#: Marks and words that end the look-back: a purpose or a relative clause after the mask tells of
#: other people ("posing as a widow to lure men in <country>": the men's country)
_STOPS = frozenset({".", ";", ":", "!", "?", "to", "who", "whom", "which"})
#: Irregular past verbs that end the mask's phrase (regular ones end in "-ed")
_PAST = frozenset({"said", "took", "made", "went", "caught", "held", "found", "brought", "sent", "led", "ran", "met",
                   "got", "gave", "told", "fled", "left", "came", "flew", "paid", "sold", "kept"})
#: The most words between the phrase and the place
_REACH = 15


def may_pose(words: AbstractSet[str]) -> bool:
    """Whether a document's words (lower case) hold any verb of pretence: most stories have none,
    and then no place of theirs need be looked back from."""
    return not _CUES.isdisjoint(words)


def in_a_false_identity(lower: Sequence[str], start: int, floor: int) -> bool:
    """Whether a phrase of pretence ("posing as", "pretending to be") stands before the place at
    ``start`` in its sentence (from ``floor``), within fifteen words."""
    for k in range(start - 1, max(floor, start - _REACH) - 1, -1):
        word = lower[k]
        if word == "as" and k >= 1 and lower[k - 1] in _POSING:
            return True
        if word == "be" and k >= 2 and lower[k - 1] == "to" and lower[k - 2] in _PRETENDING:
            return True
        if word in _STOPS or "\n" in word or word in _PAST or len(word) > 4 and word.endswith("ed"):
            return False  # (a verb after the mask: "officers posing as buyers raided a house in <city>")
    return False
