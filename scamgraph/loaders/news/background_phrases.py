"""Events told only as the background of the news: "the 40 suspects were flown home following
last month's long sweep of the border towns, the ministry said" (a made-up example). The sweep stands in
a phrase opened by "following" that holds no verb of its own, however long its nouns run; what the
speaker announces is the flight home."""

from __future__ import annotations

from scamgraph.loaders.news.words import _BE

__all__ = ["in_background_phrase"]

#: Words that open a phrase telling what came before the news, or what it stands against ("despite
#: the owner's arrest": a concession the speaker names, not the news it tells)
_OPENERS = frozenset({"after", "following", "amid", "despite"})
#: Words that end such a phrase on the way back from the event word: a clause starts there
_CLAUSE_EDGES = frozenset({",", ";", ":", "that", "which", "who", "where", "when", "said", "says", "\"", "“", "”"})
#: The furthest back the opener may stand
_REACH = 12


def in_background_phrase(lower: list[str], t: int, start: int) -> bool:
    """The event word at ``t`` stands in a verbless phrase opened by "after", "following", "amid" or "despite"
    within the sentence starting at ``start``."""
    for k in range(t - 1, max(start - 1, t - _REACH - 1), -1):
        word = lower[k]
        if word in _OPENERS:
            return True
        if word in _CLAUSE_EDGES or word in _BE or word.endswith("ed"):
            return False
    return False
