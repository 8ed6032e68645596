"""A count whose nationality is hedged: "40 mostly Kenyan victims", "40 workers, mostly from Kenya,",
"212 foreigners, most of them Chinese,". Most of them, not each: the people get no count of
theirs, but each people the aside names is among those the act touched, so each takes the act's
edge with no number (the list rule of the corpus conventions: "mainly Chinese and Koreans").
The same aside opened by "all" ("52 victims, all of them Kenyan") is no hedge: every one of the
counted people is of the one people it names, so the whole number is theirs (``all_of_one_aside``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.news.state import _Count

__all__ = ["all_of_one_aside", "hedged", "hedged_peoples"]

#: Words that open such an aside after the comma
_MOSTLY = frozenset({"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly", "overwhelmingly"})
#: "most of them", "the majority of them", "many of them": the same, in more words
_MOST_OF = (["most", "of", "them"], ["many", "of", "them"], ["the", "majority", "of", "them"], ["most", "of", "whom"])
#: "all of them", "all of whom were": every one of the counted, in an aside opened by them (or by a bare "all")
_ALL_OF = (["all", "of", "them"], ["all", "of", "whom", "were"], ["all", "of", "whom", "are"], ["all"])
#: Words the aside may hold besides the peoples: "mostly Chinese and Vietnamese nationals"
_BETWEEN = frozenset({"and", ",", "or", "nationals", "citizens", "from"})
#: The most tokens such an aside runs to
_MOST_WORDS = 10
#: Words that may follow such an aside: its close, the verb of the people it parts ("..., have been
#: held"), or a place or day of the act
_AFTER_ASIDE = frozenset({",", "—", "–", ")", "were", "was", "have", "had", "in", "on", "at", "."})
#: Words that open a short phrase of place or occasion between a count and its aside: "80 people in
#: the raid, most of them ..."
_PLACE_WORDS = frozenset({"in", "at", "on", "during", "from", "inside", "across"})
#: The most tokens such a phrase runs to
_PLACE_SPAN = 5


def _peoples_mostly(lower: Sequence[str], doc: Doc, end: int, stop: int,
                    openers: tuple[list[str], ...] = _MOST_OF, words: frozenset[str] = _MOSTLY) -> list[str]:
    """The codes of the peoples an aside right after a count (ending at ``end``) says most of them
    were, [] when there is none (``stop``: the sentence's end); ``openers`` and ``words``: how the
    aside may open ("all of them" for an aside on every one of them)."""
    if end + 2 >= stop or lower[end] not in {",", "—", "–", "("}:
        return []
    k = end + 1
    opener = next((form for form in openers if list(lower[k:k + len(form)]) == form), None)
    if opener is not None:
        k += len(opener)
    elif lower[k] in words:
        k += 1
    else:
        return []
    codes: list[str] = []
    for j in range(k, min(stop, k + _MOST_WORDS)):
        token = doc[j]
        if token.ent_type_ == "NORP" or token.ent_type_ == "COUNTRY" and j > k and lower[j - 1] == "from":
            if token.ent_iob_ == "B" and token.ent_id_ and token.ent_id_ not in codes:
                codes.append(token.ent_id_)
        elif lower[j] not in _BETWEEN:
            return codes if lower[j] in _AFTER_ASIDE else []
    return codes


def hedged(lower: Sequence[str], doc: Doc, count: _Count, stop: int) -> bool:
    """The count's people are only mostly of its nationality: "40 mostly Kenyan victims" (the
    hedge inside the phrase) or "40 workers, mostly from Kenya," (in an aside right after it)."""
    return not _MOSTLY.isdisjoint(lower[count.start:count.end]) or bool(_peoples_mostly(lower, doc, count.end, stop))


def hedged_peoples(lower: Sequence[str], doc: Doc, count: _Count, stop: int) -> list[str]:
    """The codes of the peoples an aside says most of the counted people were, [] when none: right
    after the count ("40 guards, mostly Laotians and Thais,") or after a short phrase of where
    ("60 workers at the site, most of them Laotians"). Only "most of them" reaches back over such a
    phrase: a bare "mostly" there may hedge the place ("in raids, mostly in the north")."""
    codes = _peoples_mostly(lower, doc, count.end, stop)
    if codes or count.end >= stop or lower[count.end] not in _PLACE_WORDS:
        return codes
    comma = next((k for k in range(count.end + 1, min(stop, count.end + _PLACE_SPAN + 1)) if lower[k] == ","), None)
    if comma is None or any(doc[k].like_num or doc[k].ent_type_ == "NORP" for k in range(count.end, comma)):
        return []
    if not any(list(lower[comma + 1:comma + 1 + len(form)]) == form for form in _MOST_OF):
        return []
    return _peoples_mostly(lower, doc, comma, stop)


def all_of_one_aside(lower: Sequence[str], doc: Doc, count: _Count, stop: int) -> str:
    """The code of the one people an aside after the count says all of them were ("52 victims, all
    of them Kenyan", "52 suspects, all Chinese nationals", "rescued 52 people on Friday, all from
    Kenya"), also past a short phrase of where or when; "" where it names none or several."""
    end = count.end
    if end < stop and lower[end] in _PLACE_WORDS:
        end = next((k for k in range(end + 1, min(stop, end + _PLACE_SPAN + 1)) if lower[k] == ","), end)
        if any(doc[k].like_num or doc[k].ent_type_ == "NORP" for k in range(count.end, end)):
            return ""
    codes = _peoples_mostly(lower, doc, end, stop, _ALL_OF, frozenset())
    return codes[0] if len(codes) == 1 else ""
