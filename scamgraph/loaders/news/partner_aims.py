"""A body named as a partner in an effort still going on ("the ministry is working with Zorvanian
police to speed up the process of return", "we are also working with the health ministry to draw up
a plan for rescuing citizens abroad"): the infinitive after the partners tells what they mean to do.
The reader links an act word in that aim to the act told before it, but the partner is only named
for the goal, not for a part it took in that act. Where the aim gives the act a day of its own ("are
working with X to ensure the repatriation of 30 on Monday", served_aims.py) it is an act set for
then, and where the aim is to make sure of the act itself ("to ensure the safe return of our
citizens") the act is one arranged with them: the partner keeps its part in both. A past verb
("worked with X to rescue") tells the act done (done_together.py) and is left alone."""

from __future__ import annotations

from collections.abc import Iterable

from scamgraph.loaders.news.served_aims import _BETWEEN, _given_a_day

#: Verbs of working alongside others, in their "-ing" form
_WORKING = frozenset({"working", "cooperating", "co-operating", "coordinating", "co-ordinating", "collaborating",
                      "partnering", "liaising"})
#: Auxiliaries that make that "-ing" form an effort going on ("is working", "have been working")
_PROGRESSIVE = frozenset({"is", "are", "am", "'re", "’re", "was", "were", "been"})
#: Adverbs that may stand between the auxiliary, the verb and its "with"
_ADVERBS = frozenset({"also", "still", "closely", "now", "actively", "currently", "constantly", "together", "all"})
#: Words that end the clause: the body then stands in another clause than the "with"
_CLAUSE_ENDS = frozenset({";", ":", "that", "who", "which", "while", "but", "after", "before", "when"})
#: Words after a "to" that make it a preposition, not an infinitive ("to the ministry")
_NOT_A_VERB = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "this", "these", "those"})
#: Verbs of making sure whose direct object is an act already arranged ("to ensure the safe return of")
_ENSURING = frozenset({"ensure", "secure"})
#: Adjectives of manner beside those served_aims.py allows between such a verb and its act
_MANNER = frozenset({"efficient", "successful", "secure", "humane", "voluntary"})
#: How far the "with" may stand before the body, and the "to" after it (a list of partners between)
_REACH = 16


def partners_aim(lower: list[str], ent_start: int, ent_end: int, words: Iterable[int], start: int, end: int) -> bool:
    """The body at ``ent_start:ent_end`` follows the "with" of a progressive verb of working
    alongside and is followed by an infinitive ("to" + verb) before every word of the event told in
    the sentence (``words``; ``start``/``end``: the sentence), none of which is given a day: the
    act is only the partners' aim."""
    told = [t for t in words if start <= t < end]
    if not told or not _after_an_effort(lower, ent_start, start):
        return False
    to = next((k for k in range(ent_end, min(end - 1, ent_end + _REACH))
               if lower[k] == "to" or lower[k] in _CLAUSE_ENDS), None)
    if to is None or lower[to] != "to" or lower[to + 1] in _NOT_A_VERB or lower[to + 1][:1].isdigit():
        return False
    if lower[to + 1] in _ENSURING and any(_ensured(lower, to + 1, t) for t in told):
        return False  # "to ensure the safe repatriation of our citizens": the act arranged, partners in it
    return all(t > to + 1 and not _given_a_day(lower, t, end) for t in told)


def _ensured(lower: list[str], verb: int, t: int) -> bool:
    """The act word at ``t`` is the direct object of the verb of making sure at ``verb``, past only
    articles and adjectives of manner (not "to ensure survivors receive care and a safe return")."""
    return verb < t <= verb + 6 and all(w in _BETWEEN or w in _MANNER for w in lower[verb + 1:t])


def _after_an_effort(lower: list[str], ent_start: int, start: int) -> bool:
    """A "with" stands at most ``_REACH`` words before the body, in its clause, after "is (also)
    working" or the like."""
    for k in range(ent_start - 1, max(start, ent_start - _REACH) - 1, -1):
        if lower[k] in _CLAUSE_ENDS:
            return False
        if lower[k] != "with":
            continue
        m = k - 1
        while m > start and lower[m] in _ADVERBS:
            m -= 1
        if m <= start or lower[m] not in _WORKING:
            return False
        m -= 1
        while m > start and lower[m] in _ADVERBS:
            m -= 1
        return m >= start and lower[m] in _PROGRESSIVE
    return False
