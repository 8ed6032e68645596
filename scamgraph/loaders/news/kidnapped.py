"""People counted and told as "abducted" or "kidnapped" ("Four Peruvians were abducted in Laos", "12
Chileans, who had been kidnapped by a gang, returned home"): the kidnapping's victims, with their
number. Only the passive participle right after the people counts, or the active verb right before
them ("Armed men abducted four Thais"): "kidnapping" names a crime as
often as an act ("accused of fraud and kidnapping"), and "the gang that abducted him" counts no one.
Where the sentence has a main verb of its own ("returned home"), that verb keeps the people's count
and the kidnapping is their past, told beside it."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.model import RelType

__all__ = ["KIDNAPPED", "KidnappedCounts", "abducted_object", "kidnapped_at"]

#: What a kidnapping does to the people counted: (edge, key in the event's counts, event type).
KIDNAPPED: tuple[RelType | None, str, str] = (RelType.AFFECTED, "victims", "kidnapping")

#: The passive participles of the act.
_PARTICIPLES = frozenset({"abducted", "kidnapped"})
#: Adverbs that may stand between the auxiliary and the participle: "were reportedly abducted".
_ADVERBS = frozenset({"reportedly", "allegedly", "later", "then", "all", "also", "first"})
#: Words between the people and the participle: "(, who) were (reportedly) abducted", "had been".
_BETWEEN = frozenset({",", "who", "were", "was", "had", "have", "has", "been"}) | _ADVERBS
#: The most words between them, and the most a relative clause set off before them holds.
_SPAN = 5
_ASIDE_SPAN = 16


def kidnapped_at(lower: list[str], end: int, stop: int) -> int:
    """Where the participle telling that the people counted just before ``end`` were abducted
    stands (before ``stop``, the sentence's end), or -1: "were abducted", ", who were kidnapped",
    "had been abducted"; a participle after any other word is someone else's act. A relative clause
    set off by commas before it is passed over ("Three Russians, who went to work in call centres,
    have been abducted")."""
    if lower[end:end + 2] in ([",", "who"], [",", "which"]):
        close = next((k for k in range(end + 2, min(stop, end + _ASIDE_SPAN)) if lower[k] == ","), None)
        if close is not None and _PARTICIPLES.isdisjoint(lower[end + 2:close]):
            end = close + 1
    for k in range(end, min(stop, end + _SPAN)):
        if lower[k] in _PARTICIPLES:
            return k if k > end and lower[k - 1] in {"were", "was", "been"} | _ADVERBS else -1
        if lower[k] not in _BETWEEN:
            return -1
    return -1


def abducted_object(lower: list[str], start: int, sent_start: int) -> bool:
    """The people counted from ``start`` are the object of an active "abducted" or "kidnapped" right
    before them ("Armed men abducted four Thai nationals"): the kidnapping's victims."""
    return start - 1 > sent_start and lower[start - 1] in _PARTICIPLES and lower[start - 2] not in _AUXILIARIES


#: Auxiliaries of the passive, whose participle is no active verb: "were abducted 12 days ago"
_AUXILIARIES = frozenset({"were", "was", "been", "be", "being", "is", "are"})


class KidnappedCounts:
    """The kidnapping of counted people, as their own act or as their past beside another act."""

    def _kidnapped(self, count: _Count, sent: Span) -> int:
        """The participle of the people's kidnapping, where it is told as done; else -1."""
        k = kidnapped_at(self.lower, count.end, sent.end)  # type: ignore[attr-defined]
        return k if k >= 0 and self._told_as_done(k, sent) else -1  # type: ignore[attr-defined]

    def _kidnapped_past(self, count: _Count, sent: Span, events: list[_Event], rel: RelType) -> tuple[RelType, _Event] | None:
        """"12 Chileans, who had been kidnapped ..., returned home": the people's count goes on
        their return, and on the kidnapping (the sentence's own, else an undated one) too."""
        if rel is RelType.AFFECTED or self._kidnapped(count, sent) < 0:
            return None
        event = self._host("kidnapping", [e for e in events if e.type == "kidnapping"], None)  # type: ignore[attr-defined]
        event.counts["victims"] = max(count.value, event.counts.get("victims", 0))
        return RelType.AFFECTED, event
