"""Acts told in an infinitive after a past verb of working together, of going on, of stepping in or
of leading one's people in ("had cooperated with Lao police to rescue 21 citizens", "coordinated to
rescue and repatriate 300", "continued to rescue two more", "soldiers intervened near the border to
free nine", "led immigration officers to raid a house"): the act was done, where "plans to rescue"
or "is working with ... to repatriate" is still an aim."""

from __future__ import annotations

from collections.abc import Callable

#: Past verbs of working with others, or of going on with an act, whose infinitive was carried out.
_DONE_TOGETHER = frozenset({"cooperated", "co-operated", "coordinated", "co-ordinated", "collaborated", "partnered",
                            "worked", "teamed", "joined", "continued", "succeeded",
                            # stepping into a scene to act: "troops intervened at a farm to free nine"
                            "intervened", "stepped", "swooped",
                            # leading one's people in: "led Rayong immigration officers to raid a house" (not
                            # "have dispatched 80 investigators to extradite 29": sent, the act still to come)
                            "led"})
#: Words before such a verb that make it a plan or an effort still going on ("is working with").
_NOT_PAST = frozenset({"is", "are", "am", "be", "been", "being", "will", "would", "to", "may", "might", "could",
                       "should", "can", "shall", "must", "not", "never"})
#: How far before the infinitive's "to" such a verb may be told ("cooperated with the Lao police to",
#: "intervened in Ruritania's Lake province near the border to").
_REACH = 10
#: Words that close the phrase between such a verb and its infinitive: another clause, another verb.
_CLAUSE_ENDS = frozenset({",", ";", ":", "that", "who", "which", "while", "but"})
_SUBJECTS = frozenset({"they", "he", "she", "we", "it", "i", "you"})


def done_together(lower: list[str], to: int, start: int) -> bool:
    """The "to" at ``to`` opens the infinitive of a past verb of working together told at most
    ``_REACH`` words before it, with no clause between (``start``: the sentence's first word)."""
    for k in range(to - 1, max(start, to - _REACH) - 1, -1):
        word = lower[k]
        if word in _DONE_TOGETHER:
            return k == start or lower[k - 1] not in _NOT_PAST
        if word in _CLAUSE_ENDS or word in _SUBJECTS or word.endswith("ed"):
            return False  # "had worked on it said they hoped to": the infinitive is another verb's
    return False



def counted_more(lower: list[str], like_num: list[bool], j: int, start: int) -> frozenset[str]:
    """{"more"} where a "more" in the two words before the verb at ``j`` follows a number ("46 more
    Ugandans rescued", "four more were arrested"): more people, not an act still to come ("more
    deportations"); else nothing."""
    for k in (j - 1, j - 2):
        if k - 1 >= start and lower[k] == "more" and like_num[k - 1]:
            return frozenset({"more"})
    return frozenset()


#: Verbs of working alongside another body on an act one of them led: "worked with Y on the raid".
_WORKED_ALONGSIDE = frozenset({"worked", "cooperated", "co-operated", "collaborated", "partnered"})
#: Words between "on" and the act it names ("on the investigation", "on this latest raid").
_ON_FILLERS = frozenset({"the", "this", "that", "its", "their", "a", "an", "joint", "latest", "whole", "entire"})
#: How far after "with" the "on" of the act may stand ("with the Royal Ruritanian Police on").
_ON_REACH = 8


def worked_with_on(lower: list[str], verb: int, end: int, is_act: Callable[[str], bool]) -> int | None:
    """"Zorvanian police worked with Ruritanian police on the investigation": where the verb at
    ``verb`` of working alongside is followed by "with" and, within a few words and no clause
    between, by "on" and a word ``is_act`` takes for an act, the place of the "with"; the subject
    led that act (it CONDUCTED it) and the body after "with" helped (PARTICIPATED_IN, convention 2
    of the corpus). "cooperated with X to rescue" (an infinitive, done_together above) is left alone.
    None where the words do not run so (``end``: where the sentence stops)."""
    if verb + 1 >= end or lower[verb] not in _WORKED_ALONGSIDE or lower[verb + 1] != "with":
        return None
    for k in range(verb + 2, min(end, verb + 2 + _ON_REACH)):
        if lower[k] in _CLAUSE_ENDS or lower[k] == "to":
            return None
        if lower[k] == "on":
            j = k + 1
            while j < end and lower[j] in _ON_FILLERS:
                j += 1
            return verb + 1 if j < end and is_act(lower[j]) else None
    return None
