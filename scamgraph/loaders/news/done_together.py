"""Acts told in an infinitive after a past verb of working together, of going on, of stepping in or
of leading one's people in ("had cooperated with Lao police to rescue 21 citizens", "coordinated to
rescue and repatriate 300", "continued to rescue two more", "soldiers intervened near the border to
free nine", "led immigration officers to raid a house"): the act was done, where "plans to rescue"
or "is working with ... to repatriate" is still an aim."""

from __future__ import annotations

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
