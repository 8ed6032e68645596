""""Operation" as the name a sentence gives again to the sending home it has just told: "the
deportees were flown out on a charter, the largest operation of its kind", "the deportation
involved a carefully planned operation". With a deportation, repatriation or extradition told
earlier in the sentence and no raid, arrest, rescue or seizure word in it, the operation is that
act, not a raid of its own. An operation the act comes "after" or "following" is an earlier act
(the arrests that led to it) and keeps its own reading."""

from __future__ import annotations

#: Acts of sending people home that a later "operation" in the sentence may name again
_SENDING = frozenset({"deportation", "repatriation", "extradition"})
#: Kinds whose words make the operation a raid or a part of one
_RAIDING = frozenset({"raid", "arrest", "rescue", "seizure", "detention", "warrant"})
#: Words that put the operation before the act: "flown home after a joint operation"
_EARLIER = frozenset({"after", "following", "follows", "followed", "since", "before", "from"})
#: Words that may stand between such a word and "operation"
_FILLERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "joint", "major", "large", "larger",
                      "largest", "international", "coordinated", "carefully", "integrated", "recent", "multinational",
                      "cross-border", "months-long", "police", "security", "-", "long"})


def sending_home_again(lower: list[str], i: int, kinds: dict[int, str]) -> str | None:
    """The sending-home kind the operation word at ``i`` names again, from the sentence's event
    words (``kinds``: token position -> kind), or None where it stays a raid."""
    if any(kind in _RAIDING for k, kind in kinds.items() if k != i):
        return None
    told = [kind for k, kind in sorted(kinds.items()) if k < i and kind in _SENDING]
    if not told:
        return None
    k = i - 1
    while k > 0 and lower[k] in _FILLERS:
        k -= 1
    return None if lower[k] in _EARLIER else told[-1]
