"""Places a sentence names under another act than the event's: "arrested 80 in Kampot, after
earlier raids in Kep and Kampong Som", "the first raid in Takeo, with raids carried out previously in
Kep", "freed 40 in Pursat province following raids on scam hubs in Kep and elsewhere". The
earlier acts happened there; the day's act did not. Apart from ``places_apart.py`` (the places of
people, offices and gatherings), as these are the places of acts, told by the words that set the
act apart as an earlier one (``told_ago.py``)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.told_ago import told_as_another
from scamgraph.loaders.news.words import FOLLOWING

#: The most words from an act's word to the preposition of its place
_ACT_REACH = 8
#: Adverbs after an act's participle that put it before the day's act: "raids carried out previously in"
_EARLIER_AFTER = frozenset({"previously", "formerly"})
#: Prepositions that tell an act as a part of the operation after them: "arrested in a similar operation"
_INSIDE = frozenset({"in", "during", "amid"})


class OtherActsPlaces(_State):
    """Tells the places of an earlier act told beside the event's (mixed into ``EventPlaces``)."""

    def _another_acts_place(self, prep: int, sent: Span, event: _Event) -> bool:
        """The place under the preposition at ``prep`` belongs to an act word before it that the
        sentence tells as an earlier or other act ("earlier raids in X", "raids conducted previously
        in X") and that is not the event's one word here (an event told only as "an earlier raid in
        X" happened there), or to a wave of acts the event followed (below)."""
        act = self._act_word_before(prep, sent)
        if act is None:
            return False
        own = self.event_words.get(id(event)) or []
        if self._apart_from(act, own, sent) and (told_as_another(self.lower, act)
                                                 or not _EARLIER_AFTER.isdisjoint(self.lower[act + 1:prep])):
            return True
        return self._wave_followed(act, own, sent)

    def _wave_followed(self, act: int, own: list[int], sent: Span) -> bool:
        """"freed 40 in X following raids in Y": the plural act word at ``act`` comes after "following"
        or "after", and the event's own word before that was told with a place of its own; an act
        does not follow itself, so the raids happened in Y and the freeing in X (not "freed 40
        following a raid in Y", where the raid told is where the freeing was)."""
        lead = next((k for k in (act - 1, act - 2) if k > sent.start and self.lower[k] in FOLLOWING), None)
        return lead is not None and self.lower[act].endswith("s") \
            and any(t < lead and self._placed_between(t, lead) for t in own)

    def _apart_from(self, act: int, own: list[int], sent: Span) -> bool:
        """The act word at ``act`` is not the event's: the event has another word of its kind here
        ("the raid was the first in X, with raids carried out previously in Y"), or none of its words
        is it and the event is not told inside it ("were held during a like operation in Y": the
        arrest was a part of that operation, and happened where it did)."""
        kind = EVENT_TRIGGERS.get(self.lower[act])
        if act in own:
            return any(t != act and EVENT_TRIGGERS.get(self.lower[t]) == kind for t in own)
        k = next((k for k in range(act - 1, max(sent.start, act - 4) - 1, -1) if self.lower[k] in _INSIDE), None)
        return k is None or not any(k - 3 <= t < k for t in own)

    def _act_word_before(self, prep: int, sent: Span) -> int | None:
        """The nearest act word before ``prep`` within reach, with no sentence mark between."""
        for k in range(prep - 1, max(sent.start, prep - _ACT_REACH) - 1, -1):
            if self.lower[k] in {",", ";", ":"}:
                return None
            if EVENT_TRIGGERS.get(self.lower[k]):
                return k
        return None

    def _placed_between(self, start: int, end: int) -> bool:
        """A place stands between the event's word at ``start`` and the "following" at ``end``
        under a preposition of place: the event was told with a place of its own."""
        return any(self.doc[k].ent_type_ in {"PLACE", "COUNTRY"} and self.doc[k].ent_iob_ == "B"
                   and self.lower[k - 1] in {"in", "at", "from"} for k in range(start + 1, end))
