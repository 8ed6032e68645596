"""People taken "following a raid": the raid named after the act that took them is that act's raid.

News often tells the people first and the raid after a preposition of sequence: "Police detained
40 men on Sunday following a raid on a warehouse", "Officers freed 12 workers last week after a
dawn raid". The guidelines give arrests, detentions and rescues told in a raid's sentence to the
raid: one event, whose day is the day the act was told on. Read on its own, the raid word found
the day only across "following" / "after", which marks a clause of its own, and so stayed undated
while its people moved onto it. Where the raid has no day of its own, the act's word before the
preposition gives it. A closed class of two prepositions, with at most three words between the
preposition and the raid word ("after a joint police raid"); never where a measure of time comes
before the preposition ("two days after a raid": another day)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from scamgraph.loaders.news.words import FOLLOWING

__all__ = ["act_before_raid"]

#: How many words (a determiner, adjectives) may stand between the preposition and the raid word
_REACH = 3
#: A measure of time before the preposition sets the raid on another day ("days after a raid")
_LAPSE = frozenset({"minutes", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
                    "shortly", "soon", "long", "later", "earlier"})
#: Words that end the act's own clause before the preposition: the act is another clause's then
_CLAUSE_ENDS = frozenset({";", ".", "while", "whereas", "but", "which", "who", "when"})


def act_before_raid(lower: Sequence[str], at: int, start: int, acts: Iterable[int]) -> int | None:
    """The position of the arrest, detention or rescue word (``acts``, positions in the sentence
    starting at ``start``) that the raid word at ``at`` follows as "<act> ... following a raid";
    None where no preposition of sequence stands right before the raid's phrase or no act is told
    before it in the same clause."""
    lead = range(max(start, at - 1 - _REACH), at)
    joint = next((k for k in reversed(lead) if lower[k] in FOLLOWING), None)
    if joint is None or lower[joint - 1] in _LAPSE or any(lower[k] in {",", ";"} for k in range(joint + 1, at)):
        return None
    told = [k for k in acts if start <= k < joint]
    if not told:
        return None
    act = max(told)
    return None if any(lower[k] in _CLAUSE_ENDS for k in range(act + 1, joint)) else act
