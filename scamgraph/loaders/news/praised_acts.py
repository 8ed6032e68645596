"""An operation that someone praises or thanks others for is no raid of its own: "The minister
praised the operation as a turning point", "Officials thanked the Zorvanian police for the joint
operation". Such words comment on an act the story tells elsewhere (often a prosecution or a rescue,
which the writer calls "the operation"); read as a raid they made one that never happened. Only
the raid's nouns are screened: "hailed the arrest of Arman Velic" still names the person arrested.
"""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.held_captive import RAID_NOUNS
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS

__all__ = ["praised_operation"]

#: Verbs of praise and thanks whose object is an act told elsewhere
_PRAISING = frozenset({"praised", "praise", "praises", "praising", "lauded", "laud", "lauds", "lauding",
                       "hailed", "hail", "hails", "hailing", "commended", "commend", "commends", "commending",
                       "applauded", "applaud", "applauds", "applauding", "thanked", "thank", "thanks", "thanking",
                       "congratulated", "congratulate", "congratulates", "congratulating"})
#: Words that may stand between the praise and the operation: "praised the swift joint operation",
#: "thanked Zorvanian police for their operation"
_BETWEEN = frozenset({"the", "this", "that", "its", "their", "his", "her", "our", "a", "an", "for", "joint",
                      "successful", "swift", "recent", "latest", "whole", "entire", "police", "military", "army",
                      "rescue", "security", "large", "massive", "major", "bold", "decisive", "coordinated"})
#: How many words may stand between the verb of praise and the operation
_REACH = 6


def praised_operation(lower: Sequence[str], words: Sequence[str], i: int, start: int) -> bool:
    """The raid noun at ``i``, or the phrase it opens ("joint operation"), is the object (sentence from
    ``start``) of a verb of praise or thanks: "lauded the operation", "thanked the Zorvanian army for
    the swift operation", "hailed the joint operation"."""
    if lower[i] not in RAID_NOUNS and not (i + 1 < len(lower) and lower[i + 1] in RAID_NOUNS):
        return False
    for k in range(i - 1, max(start, i - _REACH) - 1, -1):
        if lower[k] in _PRAISING:
            return True
        if not (lower[k] in _BETWEEN or lower[k] in POSSESSIVE_MARKS or words[k][:1].isupper()):
            return False
    return False
