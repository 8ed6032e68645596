"""The passive verb of counted people and the agent told after it, for a second act of theirs.

"Forty Laotians were freed by soldiers and flown home": the agent phrase ("by soldiers") names
who acted, not new people, so the verb after "and" is a second act done to the same people. Only
a short agent of plain words is read past: a time, a place or a clause in it ("by police in
early May and sent to a shelter") ends the reading, since the second verb may then be told of
another moment. The people's own passive verb may also come after a clause that describes them
("Twelve Nepalis who had answered an advert, were freed by ..."): it is found by its act.
"""

from __future__ import annotations

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.words import _BE
from scamgraph.model import RelType

#: The longest agent phrase read between "by" and "and" (in tokens).
_AGENT_SPAN = 7
#: Words that end an agent phrase: a time, a place, a purpose or another clause follows.
_AGENT_ENDS = frozenset({"in", "at", "on", "from", "to", "during", "after", "before", "since", "while", "when",
                         "who", "which", "that", "for", "with"})
#: The longest reach from the people to their own passive verb (past a clause on them).
_VERB_REACH = 30
#: Adverbs of manner that may stand between a passive's auxiliary and its participle: "were safely
#: flown home", "had been successfully freed".
_MANNER = frozenset({"successfully", "safely"})


def past_agent(lower: list[str], words: list[str], by: int, end: int) -> int | None:
    """The first word after "and" where "by <agent> and" follows a passive verb at ``by``; None
    where the agent phrase is long, holds a number, a comma or a word that opens a phrase of time,
    place or a clause, or where no "and" closes it."""
    for j in range(by + 1, min(end - 1, by + 1 + _AGENT_SPAN)):
        word = lower[j]
        if word == "and":
            return j + 1 if j > by + 1 else None
        if not words[j].isalpha() or word in _AGENT_ENDS or word in _COUNT_VERBS:
            return None
    return None


def passive_main_verb(lower: list[str], like_num: list[bool], start: int, end: int, rel: RelType) -> int:
    """Where the passive verb of act ``rel`` told of the people ending at ``start`` is ("were
    rescued" past "who were lured ..."); ``end`` where another number or a semicolon comes first, or
    none is told."""
    for j in range(start + 1, min(end, start + _VERB_REACH)):
        if like_num[j] or lower[j] == ";":
            return end  # another count (its own people's verb), or another clause
        told = _COUNT_VERBS.get(lower[j])
        manner = lower[j - 1] in _MANNER and lower[j - 2] in _BE  # (<auxiliary> <adverb> <participle>)
        if told is not None and told[0] is rel and (lower[j - 1] in _BE or manner):
            return j
    return end
