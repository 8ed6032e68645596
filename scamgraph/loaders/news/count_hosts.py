"""The event people counted belong to where their own verb does not tell it: an earlier event that
counted the same number ("Officials helped 39 people ... Among them were 32 Sri Lankans"), the
earlier act a clause on their past tells ("who had been detained", "after their capture"), the
case a scam's victims are counted on, and the death of one ("the beating death of a Japanese
clerk"). Apart from ``told_again``, which gives people told again without a number their edges."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.governing import GoverningVerbs
from scamgraph.loaders.news.held_captive import held_captive
from scamgraph.loaders.news.homecoming import sending_of_another_kind
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.model import Evidence, RelType

#: What was done to the people an event counts under each key ("rescued" -> RESCUED).
_KEY_ACTS = {key: rel for rel, key, _kind in _COUNT_VERBS.values() if rel is not None}
#: Events that make a case of a scam: the people it harmed are counted on them.
_CASES = frozenset({"investigation", "charge"})
#: Events that may count the people a scam harmed, told in the same sentence.
_HARM_CASES = _CASES | {"kidnapping"}
#: Words that tell an act done to people before the one told of them ("following their deportation").
_AFTER = frozenset({"after", "following", "upon"})
#: Nouns of acts done to people, and the kind of their event ("their capture" is their arrest).
_ACT_NOUNS = {"arrest": "arrest", "capture": "arrest", "detention": "detention", "deportation": "deportation",
              "extradition": "extradition", "repatriation": "repatriation", "rescue": "rescue"}
_KIND_ACTS = {"arrest": RelType.ARRESTED, "detention": RelType.DETAINED, "deportation": RelType.DEPORTED,
              "extradition": RelType.EXTRADITED, "repatriation": RelType.REPATRIATED, "rescue": RelType.RESCUED}
#: Acts of a state on people that a clause on their past may tell ("who had been detained").
_STATE_ACTS = {RelType.DETAINED, RelType.ARRESTED}


class CountHosts(GoverningVerbs):
    """The events that people counted, harmed or dead are told on, found outside their own verb."""

    def _one_dead(self, sent: Span, ents: list[Span], events: list[_Event], ev: Evidence) -> None:
        """"the beating death of a Japanese office clerk", "the suicide of a fellow victim":
        the death of one person (the indefinite article counts one, as in "arrested a Thai man");
        a demonym right after it is that person's nationality."""
        death = next((e for e in events if e.type == "death"), None)
        if death is None or "dead" in death.counts:
            return
        for j in range(sent.start, sent.end - 3):
            if self.lower[j + 1] == "of" and self.lower[j + 2] in {"a", "an"} and EVENT_TRIGGERS.get(self.lower[j]) == "death":
                death.counts["dead"] = 1
                norp = next((e for e in ents if e.start == j + 3 and e.label_ == "NORP"), None)
                nat = self._nationality(norp.id_) if norp is not None else None
                if nat is not None:
                    self._edge(RelType.AFFECTED, death.node.key, nat.key, ev, count=1)
                return

    def _case_before(self, key: str) -> _Event | None:
        """"Investigators found four fraud centres. The suspects were accused of cheating 312
        Zorvanians": the people a scam harmed, counted where no event is told, are the victims of the
        case (an investigation or a charge) the story told just before."""
        last = self.events[-1] if self.events else None
        return last if key == "victims" and last is not None and last.type in _CASES else None

    def _harm_host(self, events: list[_Event]) -> _Event | None:
        """The event the people a scam harmed ("trafficked 88 nationals", "defrauding 869 Koreans")
        are counted on: a case (or a kidnapping) the sentence tells, else the case told just before.
        An act done to people (their rescue, return, arrest) never counts them as victims."""
        told = next((e for e in events if e.type in _HARM_CASES), None)
        return told or self._case_before("victims")

    def _same_people(self, count: _Count, dates: list[DateMention]) -> tuple[RelType | None, str, _Event] | None:
        """"Police rescued 39 people. ... Officials helped 39 people who had fled. Among them were 32
        Sri Lankans, ...": a number of people counted with no act of the state, equal to the people an
        earlier event counted, is those people told again; a breakdown after it is theirs, and the one
        day it tells dates an event told with none."""
        if count.value < 2 or count.noun_role:
            return None
        for event in reversed(self.events):
            for key, value in event.counts.items():
                rel = _KEY_ACTS.get(key)
                if value == count.value and rel is not None:
                    if not event.date and len(dates) == 1 and not self._sent_home_then(event):
                        self._redate(event, dates[0])  # type: ignore[attr-defined]
                    return rel, key, event
        return None

    def _sent_home_then(self, event: _Event) -> bool:
        """"The 9 Nepalis are due to be repatriated on Friday": the day is their journey
        home's, not that of the rescue that counted them."""
        sent = self.sentence
        return sent is not None and sending_of_another_kind(self.lower, sent.start, sent.end, event.type)

    def _their_past(self, count: _Count, sent: Span, events: list[_Event], rel: RelType,
                    dates: Sequence[DateMention] = ()) -> tuple[RelType, _Event] | None:
        """"37 Zorvanians who had been detained in Merrow came home", "150 Lao citizens who were
        arrested in Thailand were flown home" (set off by commas or not): the clause tells an earlier act
        of a state on the same people (not a captor's "held at scam centres"); its event, undated
        unless the sentence tells one of that kind, gets their number too."""
        k = count.end + (self.lower[count.end:count.end + 2] == [",", "who"])  # (", who had been arrested in X,")
        verb = k + 3 if self.lower[k:k + 3] in (["who", "had", "been"], ["who", "have", "been"]) \
            else k + 2 if self.lower[k:k + 2] == ["who", "were"] else None
        if verb is None:
            return self._act_after(count, sent, events, rel)
        past, key, kind = _COUNT_VERBS.get(self.lower[verb], (None, "", "")) if verb < sent.end else (None, "", "")
        if past not in _STATE_ACTS or past is None or past is rel or rel is RelType.RESCUED \
                or self.lower[verb] in {"held", "holding"} or held_captive(self.lower, verb, sent.end, verb):
            # people rescued, or "held" anywhere, were most often held by their captors
            return self._act_after(count, sent, events, rel) if k > count.end else None
        when = self._clause_day(k, verb, sent, dates) if k > count.end else None
        event = self._host(kind, [e for e in events if e.type == kind], when)  # type: ignore[attr-defined]
        event.counts[key] = max(count.value, event.counts.get(key, 0))
        return past, event

    def _clause_day(self, who: int, verb: int, sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
        """"Two Erlandians, who had been arrested in Vell in May 2024, were repatriated": the one day
        told inside the clause set off by commas (after its verb, before the comma that closes it) is
        its act's; a clause that is not closed, or tells two days, dates nothing."""
        close = next((j for j in range(verb + 1, sent.end) if self.words[j] == ","), None)
        if close is None:
            return None
        inside = [d for d in dates if self.idx[verb] < d.start and d.end <= self.idx[close]]
        return inside[0] if len(inside) == 1 else None

    def _act_after(self, count: _Count, sent: Span, events: list[_Event], rel: RelType) -> tuple[RelType, _Event] | None:
        """"85 nationals were received ... following their detention", "307 Chinese were transferred
        after their capture in a crackdown", "206 Filipinos returned after being rescued": "their" act
        (or the passive "being <act>") told after the people's own verb was done to
        the same people; its event is one the sentence tells (the raid, for a capture in it)."""
        for j in range(count.end, min(sent.end - 2, count.end + 24)):
            if self.like_num[j] and _time_ago(self.lower, j):
                continue  # "48 Laotians flown home three weeks ago after being freed": a time, no other people
            if self.like_num[j] or self.lower[j] in {";", "while", "whereas"}:
                return None  # "45 Thais were rescued, while 30 Chinese were arrested after their ...": others'
            if self.lower[j] in _AFTER and self.lower[j + 1] in {"their", "being"}:
                if self.lower[j + 1] == "being":  # "206 Filipinos returned after being rescued from ..."
                    told = _COUNT_VERBS.get(self.lower[j + 2], (None, "", ""))
                    kind = told[2] if told[0] in _KIND_ACTS.values() else ""
                else:
                    kind = next((_ACT_NOUNS[w] for w in self.lower[j + 2:min(j + 4, sent.end)] if w in _ACT_NOUNS), "")
                act = _KIND_ACTS.get(kind)
                event = next((e for e in events if e.type == kind), None) or next(
                    (e for e in events if e.type == "raid" and kind in {"arrest", "detention"}), None)
                if act is None or act is rel or event is None:
                    return None
                key = _COUNT_VERBS[act.name.lower()][1]
                event.counts[key] = max(count.value, event.counts.get(key, 0))
                return act, event
        return None


#: Units of a span of time told back from the story's day: "two weeks ago"
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def _time_ago(lower: Sequence[str], j: int) -> bool:
    """The number at ``j`` opens a span of time back ("two weeks ago", "three days earlier"): a
    number of days, not of people."""
    return j + 2 < len(lower) and lower[j + 1] in _TIME_UNITS and lower[j + 2] in {"ago", "earlier"}
