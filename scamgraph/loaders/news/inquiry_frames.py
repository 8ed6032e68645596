"""An inquiry that only opens a sentence as the way its finding came about: "On investigation, the
agents located a dozen men ...", "After an inquiry, five proved to be suspects". The fronted phrase tells how the main clause's act or finding was reached, not an
investigation the story reports as a happening of its own (one told as such has a subject, a
verb or a day: "police launched an investigation on Monday", "the probe began last month")."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["fronted_inquiry", "sweep_retold"]

#: Prepositions that open such a frame
_FRAMING = frozenset({"upon", "following", "after", "on"})
#: Words that may stand between the preposition and the inquiry noun ("after a thorough investigation")
_BETWEEN = frozenset({"a", "an", "the", "further", "thorough", "their", "its", "initial", "preliminary", "careful"})


def fronted_inquiry(lower: Sequence[str], i: int, start: int, end: int) -> bool:
    """Whether the inquiry noun at ``i`` (sentence tokens ``start:end``) is the whole of a phrase
    that opens the sentence and ends at a comma: "After (further) inquiry, ..."."""
    if i + 1 >= end or lower[i + 1] != ",":
        return False
    k = i - 1
    while k > start and lower[k] in _BETWEEN:
        k -= 1
    return k == start and lower[k] in _FRAMING


#: Words between "the" and the inquiry noun of a sweep told again ("the joint investigation")
_RETOLD_BETWEEN = frozenset({"joint", "whole", "entire", "combined", "same"})
#: Verbs that spread an act told before over its places: "the joint probe covered six sites",
#: "was carried out across four villages", "spanned three districts"
_SPREAD = frozenset({"covered", "spanned", "stretched", "extended", "conducted", "carried", "took", "ranged"})
#: Prepositions of the places it spread over ("across four villages", "at nine locations")
_OVER = frozenset({"across", "at", "in", "over", "on"})


def sweep_retold(lower: Sequence[str], like_num: Sequence[bool], i: int, start: int, end: int) -> bool:
    """"The joint investigation, led by the provincial police, was carried out across nine locations":
    the inquiry noun at ``i``, opening its sentence after "the", is the subject of a verb that spreads
    it over a number of places. It is the raid the story has told already, named again to say where
    it reached (its caller checks that one was told), no investigation of its own."""
    k = i - 1
    while k > start and lower[k] in _RETOLD_BETWEEN:
        k -= 1
    if k != start or lower[k] != "the":
        return False
    verb = next((j for j in range(i + 1, min(end, i + 20)) if lower[j] in _SPREAD), None)
    if verb is None:
        return False
    for j in range(verb + 1, min(end, verb + 4)):
        if lower[j] in _OVER:
            return j + 1 < end and like_num[j + 1]
    return verb + 1 < end and like_num[verb + 1]  # "covered seven sites"
