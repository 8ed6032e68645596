"""A count whose nationality is hedged: "40 mostly Kenyan victims", "40 workers, mostly from Kenya,",
"212 foreigners, most of them Chinese,". Most of them, not each: the people get no count of
theirs (nor, as for ", mainly Chinese and Koreans," before, an edge: test_news_events pins it)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.news.state import _Count

__all__ = ["hedged"]

#: Words that open such an aside after the comma
_MOSTLY = frozenset({"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly", "overwhelmingly"})
#: "most of them", "the majority of them", "many of them": the same, in more words
_MOST_OF = (["most", "of", "them"], ["many", "of", "them"], ["the", "majority", "of", "them"], ["most", "of", "whom"])
#: Words the aside may hold besides the peoples: "mostly Chinese and Vietnamese nationals"
_BETWEEN = frozenset({"and", ",", "or", "nationals", "citizens", "from"})
#: The most tokens such an aside runs to
_MOST_WORDS = 10


def _peoples_mostly(lower: Sequence[str], doc: Doc, end: int, stop: int) -> list[str]:
    """The codes of the peoples an aside right after a count (ending at ``end``) says most of them
    were, [] when there is none (``stop``: the sentence's end)."""
    if end + 2 >= stop or lower[end] not in {",", "—", "–", "("}:
        return []
    k = end + 1
    opener = next((form for form in _MOST_OF if list(lower[k:k + len(form)]) == form), None)
    if opener is not None:
        k += len(opener)
    elif lower[k] in _MOSTLY:
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
            return codes if lower[j] in {",", "—", "–", ")", "were", "was", "in", "on", "at", "."} else []
    return codes


def hedged(lower: Sequence[str], doc: Doc, count: _Count, stop: int) -> bool:
    """The count's people are only mostly of its nationality: "40 mostly Kenyan victims" (the
    hedge inside the phrase) or "40 workers, mostly from Kenya," (in an aside right after it)."""
    return not _MOSTLY.isdisjoint(lower[count.start:count.end]) or bool(_peoples_mostly(lower, doc, count.end, stop))
