"""Which event a mention is: the event of its type and date told before, or a new one; and the
event a count or a person belongs to, given the kind of event its verb implies."""

from __future__ import annotations

import re
from datetime import date, timedelta

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.dating import EventDating
from scamgraph.loaders.news.event_triggers import _PART_OF_RAID
from scamgraph.loaders.news.sending_edges import SENT_AS
from scamgraph.loaders.news.days_told import days_of_one_operation
from scamgraph.loaders.news.headline_futures import HeadlineFutures
from scamgraph.loaders.news.state import HELD_KINDS, _Event
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.told_ago import done_before
from scamgraph.model import Label, Node, RelType

#: How far above a round number an exact one may be and still count the same people ("over 500": 512)
_ROUGH_SHARE = 0.1
#: A lede's count of the held this far from the one dated raid's (and no smaller than the floor) is
#: that raid's, told first roughly: "arresting 48" over "apprehended 47" (not "arrested 3" over "arrested 2")
_NEAR_GAP, _NEAR_FLOOR = 2, 20

#: Words of a passive verb group before its participle: "were (later) deported", "have been rescued".
_PASSIVE_FILLERS = frozenset({"were", "was", "have", "has", "had", "been", "being", "also", "later", "then", "all"})
#: "a week before", "two days later": a time told against another event, never the same event's
_RELATIVE = re.compile(r"\b(?:before|earlier|after|later|following|next|previous|coming)\b", re.I)
#: A removal of people by the state that sends them (its count key and edge): the specific name of
#: a sending home that a story may also tell plainly ("sent back", "returned", "repatriated")
_REMOVALS = {"deportation": ("deported", RelType.DEPORTED), "extradition": ("extradited", RelType.EXTRADITED)}
#: A date told as a count of months back from the telling: the month it gives is a rough one
_RECKONED = re.compile(r"\bmonths? (?:ago|earlier|before)\b", re.I)


#: Acts a raid frees people by, with the count key it counts them under: a headline's act of this
#: kind, told by the story only as the raid's, is the raid's. (Not arrests: a headline's arrest is as
#: often a later act of its own, the raid having only detained.)
_RAID_PARTS = {"rescue": "rescued"}
#: Acts of taking people into custody, which a headline and a story may name with each other's word,
#: and the edge each gives its people
_TAKINGS = {"arrest": RelType.ARRESTED, "detention": RelType.DETAINED}


#: The longest span between two written days that a headline's one act may take ("handed over
#: between May 3 and May 15"): a month; longer, the story tells a campaign of its own
_ONE_ACTS_DAYS = 31


def _between_two_days(value: str) -> bool:
    """The period ``value`` ("2025-05-03/2025-05-15") runs from one full day to another at most a
    month later (a span of months or a year has no day at either end: a campaign)."""
    first, _, last = value.partition("/")
    if len(first) != 10 or len(last) != 10:
        return False
    try:
        return 0 <= (date.fromisoformat(last) - date.fromisoformat(first)).days <= _ONE_ACTS_DAYS
    except ValueError:
        return False


class EventIdentity(EventDating, HeadlineFutures):
    """Finding (or making) the event a word names."""

    def _days_from_the_last(self, text: str) -> str:
        """The day ``text`` reckons from the day of the act told last ("300 were handed over on Friday.
        A first group of 40 had been flown out a day earlier": Thursday), "" where it reckons none or
        no act told has a day."""
        found = _DAYS_FROM.match(text.strip())
        anchor = next((e.date for e in reversed(self.events) if len(e.date) == 10 and not e.period), "")
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
            if when is not None and not value:
                node.properties["date_text"] = when.text
            if campaign:
                self.campaigns.add(id(chosen))
            if self._in_title():
                self.headlined.add(id(chosen))
                if self._future_in_title(kind):
                    self.headline_futures.add(id(chosen))  # "Laos to deport 40": kept if the story tells it
            self.events.append(chosen)
        if when is not None and len(value) == 7 and _RECKONED.search(when.text) and chosen.date == value:
            self.reckoned.add(id(chosen))
        self.last_of_type[kind] = chosen
        return chosen

    def _fold_headlines(self) -> None:
        """A headline's event that the story goes on to tell, on its day, as the only other event of
        its kind ("Cambodia extradites 130 Chinese" over "... flown back to China on April 13") is
        that event: its edges and counts move there. So is the story's only one told over days it
        names ("handed over between May 3 and May 15"): one act done in batches, not a campaign of
        months ("between March and November")."""
        for told in [e for e in self.events if id(e) in self.headlined and not e.date and not e.period]:
            others = [e for e in self.events if e.type == told.type and e is not told]
            # (not when the story's event counts other people: "13 rescued" over "250 ... rescued on Feb 13")
            if len(others) == 1 and others[0].date and (not others[0].period or _between_two_days(others[0].date)) \
                    and all(others[0].counts.get(k, v) == v for k, v in told.counts.items()):
                self._fold_into(told, others[0])
            elif not others and told.type in _TAKINGS and (taken := self._taking_told_again(told)) is not None:
                # "Thai police detain 12 Chinese" over "police arrested 12 Chinese nationals on Saturday": one act
                told.counts.clear()
                self._fold_into(told, taken, retype={_TAKINGS[told.type]: _TAKINGS[taken.type]})
            elif not others and told.type in _RAID_PARTS:
                # "Vietnamese nationals rescued in Pampanga" over "a raid on May 4 rescued 1,000": the raid's rescue
                raids = [e for e in self.events if e.type == "raid" and not e.period
                         and _RAID_PARTS[told.type] in e.counts]
                if len(raids) == 1 and all(raids[0].counts.get(k, v) == v for k, v in told.counts.items()):
                    self._fold_into(told, raids[0])

    def _taking_told_again(self, told: _Event) -> _Event | None:
        """The one dated arrest or detention of the story (of the other kind) that counts the same
        number the headline's counts: the headline's word for the act differs, not the act."""
        numbers = set(told.counts.values())
        found = [e for e in self.events if e is not told and e.type in _TAKINGS and e.type != told.type
                 and e.date and not e.period and numbers and numbers <= set(e.counts.values())]
        return found[0] if len(found) == 1 else None

    def _undate_the_telling(self) -> None:
        """"The ministry said on Wednesday that 307 suspects have been transferred", with no day the
        story tells of the act itself: the day is the telling's, and the act stays undated (as the
        gold of 28 and 52 has it; 05's raid gets its own day from a later sentence). A speaker that
        tells its own act ("the military said on Monday it had raided") tells it on its day."""
        for event in self.events:
            if id(event) in self.said_dated and id(event) not in self.own_telling and event.type != "sanction":
                event.date = ""  # (a designation is made by announcing it: "on Monday announced sanctions")

    def _fold_undated(self) -> None:
        """Two events of one kind the story never dates ("41 of them arrived on Thursday, while an
        additional 80 were returned home on Friday", in a story with no publication date) cannot be
        told apart: they are one event, the first told, which keeps its own counts (not one the story
        sets apart: "The next day, officers raided ..."). Run once the events are finished: each
        keeps the places it was told at."""
        first: dict[str, _Event] = {}
        for event in [e for e in self.events if not e.date and not e.period and id(e) not in self.told_apart]:
            kept = first.setdefault(event.type, event)
            if kept is not event:
                self._fold_into(event, kept)
                for key, value in kept.counts.items():
                    kept.node.properties[f"count_{key}"] = value

    def _fold_counted_again(self) -> None:
        """An undated event counting what one dated event of its kind counts ("were among 150
        foreigners detained during raids" before "... 150 foreigners detained during raids on May 28
        and 29") is that event, told first without its day: it folds into it (and is never given the
        day of a later sentence's older act, "launched raids in late 2022")."""
        for event in [e for e in self.events if not e.date and not e.period and id(e) not in self.told_apart]:
            twin = _dated_twin(event, [e for e in self.events if e.type == event.type]) or self._raid_that_held(event) \
                or self._raid_that_freed(event)
            if twin is not None:
                self._fold_into(event, twin)

    def _raid_that_held(self, event: _Event) -> _Event | None:
        """The one dated raid that held as many people as an undated arrest or detention counts and
        nothing more ("prosecutors have detained 18 suspects ... raids at 30 sites on Wednesday ... a
        total of 18 were detained"): the raid, told first by its outcome."""
        if event.type not in HELD_KINDS or len(event.counts) != 1:
            return None
        number = event.counts.get("arrested" if event.type == "arrest" else "detained")
        raids = [e for e in self.events if e.type == "raid" and e.date and number is not None
                 and number in (e.counts.get("arrested"), e.counts.get("detained"))]
        if not raids and number is not None and number >= _NEAR_FLOOR:  # "..., arresting 48 Zorvanian suspects"
            # over "During the raid on Friday, officers apprehended 47 Zorvanians": a lede's figure a
            # person or two off the body's exact one is the same act (the raid's number stands)
            raids = [e for e in self.events if e.type == "raid" and e.date and not e.period and 0 < abs(
                number - (e.counts.get("arrested") or e.counts.get("detained") or -_NEAR_FLOOR * 9)) <= _NEAR_GAP]
        if len(raids) != 1:
            return None
        event.counts.clear()  # (the raid counts them already, under its own word)
        return raids[0]

    def _raid_that_freed(self, event: _Event) -> _Event | None:
        """The one dated raid that freed about as many people as an undated rescue counts in a round
        number and nothing more ("police had rescued over five hundred people" before "Officers
        raided the tower on Thursday ... 512 people were rescued"): the raid, told first roughly."""
        number = event.counts.get("rescued")
        if event.type != "rescue" or len(event.counts) != 1 or number is None or number < 100 or number % 50:
            return None
        raids = [e for e in self.events if e.type == "raid" and e.date and not e.period
                 and 0 <= e.counts.get("rescued", -_ROUGH_SHARE * number) - number <= _ROUGH_SHARE * number]
        if len(raids) != 1:
            return None
        event.counts.clear()  # (the raid's exact number stands)
        return raids[0]

    def _fold_returns_into_removals(self) -> None:
        """One act told with two words: "Returned to Hanoi" in a headline over "were deported on
        Friday", or "repatriated" beside "deported" of the same people. A repatriation on the same
        day (or period) as the only deportation or extradition of that day, counting the same people
        where both count ("52 returned", "52 deported"), is that removal: its people and counts
        move there under the removal's own name. One told apart ("Earlier, 40 others were returned")
        or counting other people or other nationals stays an act of its own. A dated repatriation and
        an undated removal counting the same number of people are one act too, on that date ("77
        Chinese were repatriated in 2017 ... the 77 were deported from Nadi")."""
        removals = [e for e in self.events if e.type in _REMOVALS]
        if not removals:
            return  # (most stories: no deportation or extradition)
        for told in [e for e in self.events if e.type == "repatriation" and id(e) not in self.told_apart]:
            # (a removal told apart from the story's own, "the last deportation ... in 2017, when 47 were
            # sent home", is still the one act of a return told on its day)
            same = [e for e in removals if e.date == told.date and e.period == told.period
                    and (id(e) not in self.told_apart or told.date)]
            number = told.counts.get("repatriated")
            if not same and told.date and number is not None:  # "77 ... were repatriated in 2017", "the 77 ... were deported"
                same = [e for e in removals if not e.date and not e.period and id(e) not in self.told_apart
                        and e.counts.get(_REMOVALS[e.type][0]) == number]
            if len(same) != 1:
                continue
            kept = same[0]
            key, rel = _REMOVALS[kept.type]
            ours, theirs = told.counts.get("repatriated"), kept.counts.get(key)
            if not kept.date:
                kept.date, kept.period = told.date, told.period  # (the same people counted: the one act, on its day)
            if (ours is None or theirs is None) and not told.date or ours is not None and theirs is not None and ours != theirs:
                continue  # (undated both, a count must tie them; counted both, the counts must agree)
            if not self._same_nationals(told, kept, rel):
                continue
            if ours is not None:
                kept.counts.setdefault(key, told.counts.pop("repatriated"))
            self._fold_into(told, kept, {RelType.REPATRIATED: rel})

    def _same_nationals(self, told: _Event, kept: _Event, rel: RelType) -> bool:
        """Both acts send home the same nationals, or one names none."""
        ours = {k[2] for k in self.edges if k[0] == told.node.key and k[1] is RelType.REPATRIATED and k[2].startswith("nationality:")}
        theirs = {k[2] for k in self.edges if k[0] == kept.node.key and k[1] is rel and k[2].startswith("nationality:")}
        return not ours or not theirs or ours == theirs

    def _in_title(self) -> bool:
        """The sentence being read is the article's headline, repeated atop its text."""
        title = self.plain_title
        return bool(title) and self.sentence is not None \
            and title in " ".join(self._text(self.sentence).split()).lower()  # (Span.text builds every token)

    def _fold_into(self, told: _Event, kept: _Event, retype: dict[RelType, RelType] | None = None) -> None:
        """Move one event's edges and counts onto another and drop it. ``retype`` renames the
        types of the edges the event starts (a repatriation folded into a deportation: its
        REPATRIATED edges become DEPORTED). Where the event kept already counts the same people
        (its own edge to the same nationality), its count stands, as its node's counts do: the
        other telling's number, larger or not, is another day's act or a rougher telling of this
        one ("deported 20 on Tuesday ... on March 3, 45 were deported", in a story with no year)."""
        old, new = told.node.key, kept.node.key
        for key in [k for k in self.edges if old in (k[0], k[2])]:
            edge = self.edges.pop(key)
            source, target = (new if key[0] == old else key[0]), (new if key[2] == old else key[2])
            rel = retype.get(key[1], key[1]) if retype and key[0] == old else key[1]
            held = self.edges.get((source, rel, target))
            props = edge.properties if held is None else {k: v for k, v in edge.properties.items() if k not in held.properties}
            for ev in edge.evidence:
                self._edge(rel, source, target, ev, **props)  # type: ignore[arg-type]
        for name, value in told.counts.items():
            kept.counts.setdefault(name, value)
        self.events.remove(told)
        self.batch.nodes.pop(old, None)

    def _reckoned_month(self, same: list[_Event], when: DateMention) -> _Event | None:
        """"rescued three months ago ... the group was rescued on February 18": a month reckoned back
        from the day of publication is rough; a day in or next to it, told later, is that event's."""
        if len(when.value) != 10 or when.period:
            return None
        month = int(when.value[:4]) * 12 + int(when.value[5:7])
        for event in same:
            if id(event) in self.reckoned and abs(int(event.date[:4]) * 12 + int(event.date[5:7]) - month) <= 1:
                event.date = when.value
                self.reckoned.discard(id(event))
                return event
        return None

    def _sending_home(self, kind: str, date: DateMention | None) -> _Event:
        """People sent home, where the sentence tells no sending home of its own ("307 suspects have
        been transferred to China after their capture in a crackdown"): never the raid they were
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
        operation = self.last_of_type.get("raid") or kind != "detention" and self.last_of_type.get("arrest")
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


def _dated_twin(event: _Event, same: list[_Event]) -> _Event | None:
    """The one dated event of ``same`` that counts all the undated ``event`` counts, alike."""
    if event.date or not event.counts:
        return None
    twins = [e for e in same if e is not event and e.date and all(e.counts.get(k) == v for k, v in event.counts.items())]
    return twins[0] if len(twins) == 1 else None
