"""Which event a mention is: the event of its type and date told before, or a new one; and the
event a count or a person belongs to, given the kind of event its verb implies. Events the story
turns out to tell twice are folded into one by ``events_told_twice.py``."""

from __future__ import annotations

import re
from datetime import date, timedelta

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.dating import EventDating
from scamgraph.loaders.news.days_told import days_of_one_operation
from scamgraph.loaders.news.event_triggers import _PART_OF_RAID
from scamgraph.loaders.news.events_told_twice import EventsToldTwice, _dated_twin
from scamgraph.loaders.news.headline_futures import HeadlineFutures
from scamgraph.loaders.news.sending_edges import SENT_AS
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.told_ago import done_before
from scamgraph.model import Label, Node

#: Words of a passive verb group before its participle: "were (later) deported", "have been rescued".
_PASSIVE_FILLERS = frozenset({"were", "was", "have", "has", "had", "been", "being", "also", "later", "then", "all"})
#: "a week before", "two days later": a time told against another event, never the same event's
_RELATIVE = re.compile(r"\b(?:before|earlier|after|later|following|next|previous|coming)\b", re.I)
#: A date told as the whole week before the telling or of it: "last week", "this week"
_WEEK_TOLD = re.compile(r"(?:last|this|past) week", re.I)
#: A date told as a count of months back from the telling: the month it gives is a rough one
_RECKONED = re.compile(r"\bmonths? (?:ago|earlier|before)\b", re.I)


class EventIdentity(EventDating, HeadlineFutures, EventsToldTwice):
    """Finding (or making) the event a word names."""

    def _day_just_told(self) -> str:
        """The one day the sentence right before named for what it told, even an act that is no event
        ("He landed in Lotland on May 9. He was abducted the next day": May 10, not the day after an
        older act), else ""."""
        days = {d.value for d in self.days_before if len(d.value) == 10 and not d.period}
        return days.pop() if len(days) == 1 else ""

    def _days_from_the_last(self, text: str) -> str:
        """The day ``text`` reckons from the day of the act told last ("300 were handed over on Friday.
        A first group of 40 had been flown out a day earlier": Thursday), "" where it reckons none or
        no act told has a day."""
        found = _DAYS_FROM.match(text.strip())
        anchor = self._day_just_told() \
            or next((e.date for e in reversed(self.events) if len(e.date) == 10 and not e.period), "")
        if found is None or not anchor:
            return ""
        word = (found.group("n") or "").lower()
        n = _SMALL.get(word) or (int(word) if word.isdigit() else 1)
        way = (found.group("dir") or found.group("dir2") or found.group("word") or "").lower()
        later = way in {"later", "after", "next", "following"}
        return (date.fromisoformat(anchor) + timedelta(days=n if later else -n)).isoformat()

    def _event(self, kind: str, when: DateMention | None, fresh: bool = False, campaign: bool = False,
               apart: bool = False) -> _Event:
        """The event of this type and date told before, else a new one. ``campaign``: the word tells
        a wave of raids ("nationwide raids", "the crackdown"), never one raid on one day. ``apart``:
        other people told as another act of the kind ("eight other Peruvians were also sent home"),
        a new event even with no date of its own."""
        value = when.value if when else ""
        if when is not None and not value:  # "a day earlier", "the following day": reckoned once, from the act
            # told before it (not from another act its own sentence dates by it: "was held the following
            # day, and the inquiry into him goes on")
            value = self.days_reckoned.setdefault(when.start, self._days_from_the_last(when.text))
        period = bool(when and when.period)
        same = [e for e in self.events if e.type == kind]
        chosen: _Event | None = None
        one_day = len(value) == 10 and not campaign  # "raided a casino on July 18": no campaign's day
        if value:
            chosen = next((e for e in same if e.date == value), None) or self._reckoned_month(same, when)
            if chosen is None and (not period or days_of_one_operation(value)) and not fresh:
                # (an event dated only by the day it was announced is as good as undated: "arrested ...,
                # police said in a statement on Nov 13 ... he was arrested on his arrival on Nov 11")
                chosen = next((e for e in reversed(same) if (not e.date or id(e) in self.said_dated) and not e.period
                               # (not "deported a month later": told against another act, it keeps no day;
                               # nor "they had been arrested in a raid": an act told as another's past)
                               and not _RELATIVE.search(e.node.properties.get("date_text", ""))
                               and id(e) not in self.in_their_past
                               and not (one_day and id(e) in self.campaigns)
                               # (not "a sweep ... that began in February" over "the army said on Monday it had raided X")
                               and not (campaign and id(e) in self.own_telling)
                               and not (period and (id(e) in self.campaigns or id(e) in self.told_apart)
                                        and not (campaign and id(e) not in self.told_apart and days_of_one_operation(value)))
                               # ("59 raids nationwide ... Of the 59 raids, done between May 5 and May 7": their days)
                               and not (len(value) <= 7 and self._elsewhere(e)) and not self._sent_by_another_state(e)
                               and _dated_twin(e, same) is None), None)
                if chosen is not None:
                    chosen.date, chosen.period = value, period
                    self.said_dated.discard(id(chosen))
                    self.dated_in[id(chosen)] = self.sentence.start if self.sentence is not None else -1
        elif when is None and campaign and not apart and any(id(e) in self.campaigns for e in same):
            chosen = next(e for e in reversed(same) if id(e) in self.campaigns)
        elif when is not None and when.text and not value:
            chosen = next((e for e in same if e.node.properties.get("date_text") == when.text), None)
            if chosen is None and not period and not fresh and not _RELATIVE.search(when.text):
                # "The October 24 raid", in a story without a year: the raid told before, undated as it is
                chosen = next((e for e in reversed(same) if not e.date and not e.period
                               and "date_text" not in e.node.properties), None)
                if chosen is not None:
                    chosen.node.properties["date_text"] = when.text
        elif same and not apart:
            chosen = self.last_of_type.get(kind)
            if chosen is not None and chosen.period and len(same) > 1:
                chosen = next((e for e in same if not e.period), chosen)
            if chosen is not None and id(chosen) in self.told_apart:
                # "Earlier, 14 others were rescued": a later undated mention is the story's own event
                chosen = next((e for e in reversed(same) if id(e) not in self.told_apart), None)
        if chosen is None:
            seq = len(same) + 1
            while f"event:{self.batch.report_key[7:]}-{kind}-{seq}" in self.batch.nodes:
                seq += 1  # (an event retyped from this kind keeps its key: "the arrest" told as "this operation")
            node = Node(Label.EVENT, f"{kind} {seq}", key=f"event:{self.batch.report_key[7:]}-{kind}-{seq}",
                        properties={"type": kind})
            chosen = _Event(self._add(node), kind, value, period)
            if self.sentence is not None:
                self.born_in[id(chosen)] = (self.sentence.start, self.sentence.end)
            if when is not None and not value:
                node.properties["date_text"] = when.text
            if campaign:
                self.campaigns.add(id(chosen))
            if self._in_title():
                self.headlined.add(id(chosen))
                if self._future_in_title(kind):
                    self.headline_futures.add(id(chosen))  # "Laos to deport 40": kept if the story tells it
            self.events.append(chosen)
        if when is not None and chosen.date == value and (len(value) == 7 and _RECKONED.search(when.text)
                                                         or "/" in value and _WEEK_TOLD.fullmatch(when.text.strip())):
            self.reckoned.add(id(chosen))  # (a rough month or a whole week, which a day told later narrows)
        self.last_of_type[kind] = chosen
        return chosen

    def _undate_the_telling(self) -> None:
        """"The ministry said on Wednesday that 307 suspects have been transferred", with no day the
        story tells of the act itself: the day is the telling's, and the act stays undated (as the
        gold of 28 and 52 has it; 05's raid gets its own day from a later sentence). A speaker that
        tells its own act ("the military said on Monday it had raided") tells it on its day."""
        for event in self.events:
            if id(event) in self.said_dated and id(event) not in self.own_telling and event.type != "sanction":
                event.date = ""  # (a designation is made by announcing it: "on Monday announced sanctions")

    #: (start, end, answer) of the sentence ``_in_title`` last tested: it is asked of one sentence many times
    _title_tested: tuple[int, int, bool] = (-1, -1, False)

    def _in_title(self) -> bool:
        """The sentence being read is the article's headline, repeated atop its text."""
        title, sent = self.plain_title, self.sentence
        if not title or sent is None:
            return False
        if self._title_tested[:2] != (sent.start, sent.end):
            told = title in " ".join(self._text(sent).split()).lower()  # (Span.text builds every token)
            self._title_tested = (sent.start, sent.end, told)
        return self._title_tested[2]

    def _reckoned_month(self, same: list[_Event], when: DateMention) -> _Event | None:
        """"rescued two months ago ... the group was rescued on April 9": a month reckoned back
        from the day of publication is rough; a day in or next to it, told later, is that event's.
        So is a day inside a week the act was told in ("the return last week ... flown back on
        February 12")."""
        if len(when.value) != 10 or when.period:
            return None
        month = int(when.value[:4]) * 12 + int(when.value[5:7])
        for event in same:
            if id(event) in self.reckoned and "/" in event.date:  # "The return last week ... flown back on February 12"
                first, _, last = event.date.partition("/")
                if first <= when.value <= last:
                    event.date, event.period = when.value, False
                    self.reckoned.discard(id(event))
                    return event
                continue
            if id(event) in self.reckoned and abs(int(event.date[:4]) * 12 + int(event.date[5:7]) - month) <= 1:
                event.date = when.value
                self.reckoned.discard(id(event))
                return event
        return None

    def _sending_home(self, kind: str, date: DateMention | None) -> _Event:
        """People sent home, where the sentence tells no sending home of its own ("158 suspects have
        been transferred to Zorvania after their arrest in a sweep"): never the raid they were
        caught in, but the sending home told before (the story's), else one of their own."""
        if date is not None and _said_on(date, self.article.text):
            date = None  # "the ministry said on Wednesday that 307 ... have been transferred": the telling's day
        told = [e for e in self.events if e.type in SENT_AS and not e.period]
        earlier = self._sent_before(kind) if date is None and told else None
        if earlier is not None:
            return earlier
        return told[-1] if told and date is None else self._event(kind, date)

    def _sent_before(self, kind: str) -> _Event | None:
        """"a dozen had previously returned to Cusco", "14 others had already been deported": a
        sending home told with an adverb of an earlier time inside its verb group (``done_before``)
        was done before the one the story tells, so its people are never that sending's: an event
        of its own, one for the sentence, takes them (None where none is told so)."""
        sent = self.sentence
        if sent is None or kind not in SENT_AS:
            return None
        made = self.earlier_sendings.get(kind)
        if made is not None and made[0] == sent.start:
            return made[1]
        lower = self.lower
        if not any(_COUNT_VERBS.get(lower[k], (None, None, None))[2] == kind and done_before(lower, k)
                   for k in range(sent.start, sent.end)):
            return None
        event = self._event(kind, None, apart=True)
        self.told_apart.add(id(event))
        self.earlier_sendings[kind] = (sent.start, event)
        return event

    def _passive_event(self, same: list[_Event], at: int) -> _Event | None:
        """"deported 45 Chinese on Monday; another 30 Vietnamese were deported on Tuesday": people
        counted before their own passive verb belong to that verb's event, not the one told before."""
        words = {t: e for e in same for t in self.event_words.get(id(e), [])}
        for k in range(at + 1, min(len(self.lower) - 1, at + 8)):
            if self.lower[k] in {"were", "was", "have", "has", "had"}:
                while k < len(self.lower) and self.lower[k] in _PASSIVE_FILLERS:
                    k += 1
                return words.get(k)
            if self.words[k] in {",", ";", ".", "(", ")"} or k in words:
                return None
        return None

    def _host(self, kind: str, events: list[_Event], date: DateMention | None, at: int | None = None) -> _Event:
        """The event a count or a person belongs to, given the event type its verb implies (of two
        of that type in the sentence, the one whose word comes last before ``at``)."""
        if at is not None and self.follows is not None and at > self.follows:
            # "The arrests come a week after 300 were arrested in Laos": the people after "after" are the earlier act's
            events = [e for e in events if any(t > self.follows for t in self.event_words.get(id(e), ()))] or events
        same = [e for e in events if e.type == kind]
        if len(same) > 1 and at is not None:
            return self._passive_event(same, at) or \
                max(same, key=lambda e: max((t for t in self.event_words.get(id(e), []) if t <= at), default=-1))
        for event in events:
            if event.type == kind or kind == "arrest" and self.folded_arrest and event.type in SENT_AS:
                return event  # "were arrested and deported": the arrest counted on the sending home
        if kind in SENT_AS and at is not None and self.follows is not None and at > self.follows:
            earlier = self._event(kind, date, fresh=True)  # ("The return comes a month after the government
            self.told_apart.add(id(earlier))  # brought back 300 nationals": that earlier return, not this one)
            return earlier
        if kind in SENT_AS:
            return self._sending_home(kind, date)
        home = [e for e in events if e.type in SENT_AS]
        if kind == "rescue" and home and not any(e.type in {"rescue", "raid"} for e in events):
            # "In a rescue operation, 283 Indians were repatriated": the rescue only frames the return;
            # what the count says of it is dropped with it once the story is read, unless it is told
            framing = self._event(kind, date)
            if id(framing) not in self.named:
                self.framing.add(id(framing))
            return framing
        for event in events:
            if event.type == "raid" and kind != "charge":  # a charge filed is no part of the raid told beside it
                return event
        freed = self.last_of_type.get("rescue") if kind == "rescue" and not self.last_of_type.get("raid") else None
        if freed is not None:  # people freed after a boss's arrest: the release told before, not the arrest
            return freed if date is None or date.value == freed.date else self._event(kind, date)
        operation = self._live_raid() or kind != "detention" and self.last_of_type.get("arrest")
        if kind == "arrest" and operation and operation.type == "arrest" and not operation.date and at is not None \
                and self._another_force(operation, at):  # type: ignore[attr-defined]
            return self._event(kind, date, fresh=True, apart=True)  # "Meanwhile, the Odisha police have arrested two"
        if kind in _PART_OF_RAID | {"raid"} and operation:
            return operation  # rescues and detentions told after a raid are its (after an arrest, no detention)
        if events and kind in {"", "raid"}:
            return events[0]
        return self._event(kind or "raid", date)  # callers never pass "" without events


#: Days reckoned from the act told last: "a day earlier", "two days later", "the previous day"
_DAYS_FROM = re.compile(r"^(?:(?P<n>a|an|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>earlier|before|later|after)"
                        r"|the\s+(?P<word>previous|next|following)\s+day|the\s+day\s+(?P<dir2>before|after))$", re.I)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
