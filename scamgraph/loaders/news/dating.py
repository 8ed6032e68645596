"""Which event a mention is: an event's identity is its type and date, so this reads the date
told nearest to the event word (not the day it was announced, not another clause's date) and
finds the event of that type and date told before, or makes a new one.

The date itself is read in ``nearest_dates.py``; whether an act word tells another act than the one
told before, whatever its day, in ``acts_apart.py``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.acts_apart import _ANOTHER
from scamgraph.loaders.news.days_told import days_of_one_operation
from scamgraph.loaders.news.event_triggers import _PART_OF_RAID, EVENT_TRIGGERS
from scamgraph.loaders.news.fled_raids import pressed_raids
from scamgraph.loaders.news.in_the_raid import names_the_raids_again
from scamgraph.loaders.news.raid_after_act import act_before_raid
from scamgraph.loaders.news.homecoming import arrived_home, sending_of_another_kind
from scamgraph.loaders.news.nearest_dates import NearestDates
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.timing import _before_that, _said_on, _shifted_opening
from scamgraph.loaders.news.sending_edges import SENT_AS, retype_event_edges
from scamgraph.loaders.news.words import BACK_NOUNS, SAYS

#: Words that name a wave of raids, and words before a raid word that make it one
_CAMPAIGN_WORDS = {"raids", "crackdown", "crackdowns", "sweeps", "operations"}
_WAVE = {"nationwide", "coordinated", "series", "campaign", "wave", "ongoing", "continuous"}
#: "a recent crackdown", "were recently arrested": told as before the day it is told on
_RECENT = {"recent", "recently"}
#: Words that set one clause against another: "..., while the week before ...", "...; earlier ..."
_CONTRASTING = {"while", "whereas", ";", "meanwhile"}
#: "arrested once they boarded the plane", "detained upon arrival": an act told at a moment of the
#: journey home happened on the day of that journey
_AT_THE_MOMENT = {"once", "when", "upon", "on", "as"}
_JOURNEY_MOMENTS = {"boarded", "boarding", "arrived", "arrival", "arriving", "landed", "landing", "disembarked"}
_SENT_HOME_NOUNS = frozenset({"deportees", "returnees", "evacuees", "repatriates", "deportee", "returnee"})


#: What stands between "two days after" and the act word it reckons from: "after the raid", "after that
#: Bavet operation" (the act told before, named again as the anchor of another's day)
_RECKONED_FROM = re.compile(r"^\s+(?:the|that|this|their|its)\s+(?:[\w-]+\s+)?$", re.I)


#: Nouns for people told before, as the subject of an act told of them again ("The group was ...")
_PEOPLE_AGAIN = BACK_NOUNS | {"deportees", "men", "women"}


#: Auxiliaries after "they" that make the reported clause a passive told of the people: "they were repatriated"
_PASSIVE_AUX = frozenset({"were", "had", "have"})


def _reported_of_them(lower: Sequence[str], start: int, at: int) -> bool:
    """The act at ``at`` is told in a reported clause whose subject is the people told before, in the
    passive: "The agency said they were screened and then repatriated", "officials said that they had
    been sent home". ("Police said they repatriated 40 Thais" has "they" as the doers: not this.)"""
    for k in range(start, at - 2):
        if lower[k] in SAYS:
            j = k + 1 + (lower[k + 1] == "that")
            return lower[j:j + 1] == ["they"] and lower[j + 1:j + 2] != [] and lower[j + 1] in _PASSIVE_AUX \
                and "," not in lower[j:at]
    return False


class EventDating(NearestDates):
    """Dates and identities of events: the date a trigger takes and the event it names."""

    def _part_of(self, raid: _Event, when: DateMention | None, at: int) -> bool:
        """An arrest, detention or rescue told after a raid (or an arrest) belongs to it unless its
        own date, resolved or not, differs ("on July 14" against a raid told "on Monday"); after a
        wave of raids over a period, only when its sentence names those raids again before it
        ("These raids ended in 40 arrests"); a span of a few days is one operation, as a day is."""
        if raid.period and not days_of_one_operation(raid.date):
            return when is None and self.sentence is not None and names_the_raids_again(self.lower, self.sentence.start, at)
        if when is None:
            return True
        if when.value:
            return when.value == raid.date
        return not raid.date and raid.node.properties.get("date_text") == when.text

    def _dates_the_raid(self, raid: _Event, when: DateMention | None) -> bool:
        """"401 arrested in POGO raid. Foreigners apprehended in Pasay on Feb. 26": the undated raid
        just told is the operation whose arrests a day is now given to; it takes that day. Not a wave
        of raids, not one told at another town, not one told before other events."""
        if raid.type != "raid" or when is None or len(when.value) != 10 or when.period or raid.date or raid.period:
            return False
        if "date_text" in raid.node.properties or id(raid) in self.campaigns or id(raid) in self.told_apart:
            return False
        if not self.events or self.events[-1] is not raid or _said_on(when, self.article.text):
            return False
        if self._elsewhere(raid):
            return False
        raid.date = when.value
        return True

    def _retold_on(self, sent: Span, dates: list[DateMention]) -> None:
        """"Officials have rescued 39 foreigners ... In the early hours of November 25, soldiers helped
        39 people who had fled": a sentence with no event word of its own that counts the same people
        as the undated event just told, on one day, tells when that event happened."""
        days = [d for d in dates if len(d.value) == 10 and not d.period and not _said_on(d, self.article.text)]
        # ("on Friday, May 8": the weekday and the day it names are one day told twice)
        if len({d.value for d in days}) != 1 or not self.events:
            return
        event = self.events[-1]
        sending = next((e for e in reversed(self.events) if e.type in SENT_AS), None)
        landed = arrived_home(self.lower, sent.start, sent.end, days[0].value, self.article.published or self.anchor)
        if event.type not in SENT_AS and sending is not None and (self._their_journey(sending, sent) or landed):
            event = sending  # ("deported 60 Chinese who were arrested in raids. The deportees boarded ...": not the arrest;
            # "... questioning 40 Zorvanians repatriated from Lotland. The group arrived on Monday": not the questioning)
        if event.date or event.period or "date_text" in event.node.properties or not event.counts:
            return
        if sending_of_another_kind(self.lower, sent.start, sent.end, event.type):
            return  # "The 14 are scheduled to be repatriated on Tuesday": the day of their journey home
        told = set(event.counts.values())
        numbers = {int(w.replace(",", "")) for w, num in zip(self.words[sent.start:sent.end], self.like_num[sent.start:sent.end])
                   if num and w.replace(",", "").isdigit()}
        if told & numbers or self._their_journey(event, sent) or event.type in SENT_AS and landed:
            event.date = days[0].value

    def _their_journey(self, event: _Event, sent: Span) -> bool:
        """"... has deported 187 Chinese. The deportees boarded a flight to Shanghai last Dec. 5": the
        people sent home, named by what was done to them, on the journey that sent them."""
        words = self.lower[sent.start:min(sent.end, sent.start + 6)]
        return event.type in {"deportation", "repatriation", "extradition"} \
            and not _SENT_HOME_NOUNS.isdisjoint(words) and not _JOURNEY_MOMENTS.isdisjoint(self.lower[sent.start:sent.end])

    def _redate(self, event: _Event, when: DateMention | None) -> None:
        """"Police said Monday they raided ... The raids, conducted over the weekend": the event's own
        date, told later, replaces the day it was announced."""
        if when is not None and when.value and (event.date or len(when.value) >= 10):  # a day or a span of days
            # ("Police said Sunday they had freed a captive and detained 14 others. The rescue took place last
            # Wednesday": the acts that one telling dated are all that day's)
            told_with = [e for e in self.events if e is not event and id(e) in self.said_dated and e.date == event.date
                         and id(event) in self.said_by and self.said_by.get(id(e)) == self.said_by[id(event)]]
            for other in [event, *told_with]:
                other.date, other.period = when.value, when.period
                self.said_dated.discard(id(other))

    def _on_the_journey(self, kind: str, i: int, when: DateMention | None) -> DateMention | None:
        """"The men were placed under arrest as soon as they got on the flight": with no date of its own,
        an arrest told at a moment of the journey home takes that journey's day."""
        if when is not None or kind not in {"arrest", "detention", "charge"} or self.sent_home is None \
                or not self.sent_home[1].date or self.sentence is None:
            return when
        after = self.lower[i + 1:min(self.sentence.end, i + 6)]
        moment = next((k for k, w in enumerate(after) if w in _AT_THE_MOMENT), None)
        if moment is None or not _JOURNEY_MOMENTS & set(after[moment + 1:moment + 4]):
            return when
        return DateMention(0, 0, "", self.sent_home[1].date)

    def _act_before_raid(self, kind: str, at: int, when: DateMention | None, dates: list[DateMention],
                         first_at: dict[str, int]) -> DateMention | None:
        """"arrested 15 on Saturday following a raid on a casino": with no day of its own, the raid
        takes the day of the act it is told after, which is its own (``raid_after_act``)."""
        if when is not None or kind != "raid" or self.sentence is None:
            return when
        acts = [i for k, i in first_at.items() if k in _PART_OF_RAID]
        act = act_before_raid(self.lower, at, self.sentence.start, acts)
        return None if act is None else self._nearest_date(act, dates, strict=True)

    def _second_of_kind(self, kind: str, at: int, first: int, event: _Event, dates: list[DateMention]) -> _Event:
        """"350 were repatriated last week, whereas the week before a rebel army handed over 140": a
        second word of the kind, in a clause set against the first's and on a day of its own, tells
        another event of that kind; so does one told as another ("The raid in Poipet followed a
        similar operation in Bavet last week")."""
        similar = _ANOTHER & set(self.lower[max(first + 1, at - 3):at])
        between = self.lower[first + 1:at]
        # "arrested 19 in April, and the Saga police arrested two in August": a clause of its own
        joined = any(w == "," and between[k + 1:k + 2] == ["and"] for k, w in enumerate(between)) \
            or self._and_a_count(first, at)  # ("handed over 20 in May and 300 more were sent back in June")
        if not _CONTRASTING & set(between) and not joined and not similar:
            return event
        when = self._nearest_date(at, dates, strict=True)
        if when is not None and not when.value:
            when = _before_that(when, event.date)
        if similar and (when is None or when.value != event.date or not when.value):
            other = self._event(kind, when, fresh=True)
            self.told_apart.add(id(other))
            return other
        if when is None or not when.value or when.value == event.date:
            return event
        return self._event(kind, when, fresh=True)

    def _and_a_count(self, first: int, at: int) -> bool:
        """"handed over 20 Laotians in May and 300 Laotians were sent back in June": "and" right before
        a number, between two act words of one kind, opens a clause with people of its own as subject."""
        return any(self.lower[k] == "and" and self.like_num[k + 1] for k in range(first + 1, at - 1))

    def _sent_home_as(self, kind: str, when: DateMention | None, at: int) -> _Event | None:
        """The deportation or extradition told before that a repatriation on its day tells again (or,
        on no day, a journey home: "brought back on two chartered flights", not "repatriated 50");
        and a repatriation told first, on the day a deportation or extradition is then told,
        becomes that one: people sent home once are one event."""
        if kind == "repatriation":
            told = next((e for e in reversed(self.events) if e.type in {"deportation", "extradition"}), None)
            journey = EVENT_TRIGGERS.get(self.lower[at]) != "repatriation"
            if told is not None and (when is None and journey or when is not None and when.value == told.date != "") \
                    and not self._another(at):
                return told
            if told is not None and when is None and self._told_people_again(at):
                return told  # "... deported 110 Chinese. The group was repatriated aboard a hired plane": one sending
            if told is not None and journey and not self._another(at) and self._dates_the_sending(told, when):
                return told
        elif kind in {"deportation", "extradition"} and when is not None and when.value:
            told = next((e for e in self.events if e.type == "repatriation" and e.date == when.value), None)
            if told is not None and not any(e.type == kind and e.date == when.value for e in self.events):
                self._retype(told, kind)
                return told
        return None

    def _told_people_again(self, at: int) -> bool:
        """The act at ``at`` is told of people the story told before: its sentence opens with "They" or
        "The group" / "The suspects" / "The deportees" as its subject, or "them" follows the act."""
        sent = self.sentence
        if sent is None:
            return False
        opening = self.lower[sent.start:sent.start + 2]
        return opening[:1] == ["they"] or opening[:1] == ["the"] and opening[1:] != [] and opening[1] in _PEOPLE_AGAIN \
            or self.lower[at + 1:at + 2] == ["them"] or _reported_of_them(self.lower, sent.start, at)

    def _dates_the_sending(self, told: _Event, when: DateMention | None) -> bool:
        """"has deported 98 nationals ... the deportees boarded a chartered flight on Tuesday night":
        a journey on a day, told after an undated deportation or extradition, is that sending home's
        day (it takes the day); not one told as a wave over a period or on a day of its own."""
        if when is None or len(when.value) != 10 or when.period or _said_on(when, self.article.text):
            return False
        if told.date or told.period or "date_text" in told.node.properties or id(told) in self.told_apart:
            return False
        told.date = when.value
        return True

    def _rescue_was_raid(self, kind: str, when: DateMention | None, first_at: dict[str, int]) -> _Event | None:
        """"... rescuing 215 victims, a spokesman said. ... Police raided the building, rescuing 109
        Thais": the rescue told first was this raid's; it becomes the raid (the first raid told)."""
        if kind != "raid" or "raid" in self.last_of_type:
            return None
        if self.sentence is not None and pressed_raids(self.lower, first_at["raid"], self.sentence.start):
            return None  # "The army has been stepping up raids on compounds": the campaign, no raid told before
        if not {"after", "following"}.isdisjoint(self.lower[max(0, first_at["raid"] - 3):first_at["raid"]]):
            return None  # "... arrested three agents. 320 workers fled a compound after an army raid": an act before
        value = when.value if when is not None else ""
        # "All were detained on Oct. 9 ... Friday's raid, carried out at six sites": the arrests
        # told first, on the raid's day, were this raid's
        told = self.last_of_type.get("rescue") if "rescue" in first_at else self.last_of_type.get("arrest")
        if told is None or told.period or id(told) in self.told_apart | self.on_arrival:
            return None
        if told.date != value and not self._dates_the_arrests(told, when, first_at["raid"]):
            return None
        self._retype(told, "raid")
        return told

    def _dates_the_arrests(self, told: _Event, when: DateMention | None, at: int) -> bool:
        """"40 Zorvanians were arrested at a casino in Kalvo. Police said the operation took place on
        3 May": "the operation" told next, with a day, is the operation the undated arrests were made
        in; they take its day (and become the raid)."""
        if told.date or told.type != "arrest" or when is None or len(when.value) != 10 or when.period:
            return False
        if self.lower[at] not in {"operation", "raid"} or self.lower[at - 1:at] not in (["the"], ["that"]):
            return False
        if self.last_told is not told or _said_on(when, self.article.text):
            return False
        self._redate(told, when)
        return True

    def _shifted(self, kind: str, when: DateMention | None, at: int) -> DateMention | None:
        """"Police raided three compounds on Monday. Two days later, officers raided a casino": a
        sentence opening on a time told against the event before tells another one (its day, when
        the one before has a day; "The next day," is a mention with no value of its own)."""
        if when is not None and when.value or self.sentence is None:
            return None
        if self._reckoned_from(at):
            return None  # "Two days after the raid, 45 were handed over": the raid is the act reckoned from
        told = self.last_of_type.get(kind)
        return _shifted_opening(self._text(self.sentence), self.sentence.start_char, told.date if told else "")

    def _reckoned_from(self, at: int) -> bool:
        """The act word at ``at`` is the one the sentence's opening reckons its time from ("Two days
        after the raid, ...", "A week before that operation, ..."): the act told before, named again."""
        if self.sentence is None:
            return False
        shifted = _shifted_opening(self._text(self.sentence), self.sentence.start_char, "")
        return shifted is not None and shifted.end <= self.idx[at] \
            and _RECKONED_FROM.match(self.article.text[shifted.end:self.idx[at]]) is not None

    def _drop_framing(self) -> None:
        """Rescues that only framed a return home and that no sentence told as an act of their own."""
        for event in [e for e in self.events if id(e) in self.framing and id(e) not in self.named]:
            for key in [k for k in self.edges if event.node.key in (k[0], k[2])]:
                del self.edges[key]
            self.events.remove(event)
            self.batch.nodes.pop(event.node.key, None)

    def _recent(self, i: int) -> bool:
        """"said on Wednesday ... after their capture in a recent crackdown": a recent event happened
        before the telling, so the day it was told does not date it; nor does it date a result told in
        the present perfect ("19 Japanese have been detained ..., authorities said Friday")."""
        before = self.lower[max(0, i - 3):i]
        return bool(_RECENT & set(before)) or bool({"has", "have"} & set(before[-2:]))

    def _arrests_were_the_raid(self, first_at: dict[str, int], referring: set[str], dates: list[DateMention]) -> bool:
        """"Police said on Friday they had arrested 48 ... Officers made the arrests on Wednesday in a
        raid on ...": the arrests told before, named again ("the arrests") beside the raid
        they were made in, were that raid. Where the story has told no raid yet and the arrest has
        no day of its own (undated, dated by its telling, or a later day than the one now told of
        it: the day it was made public), it becomes the raid, on the day the arrest word now has;
        an arrest on arrival or told as another act stays what it is."""
        if "raid" in self.last_of_type:
            return False
        at = first_at["raid"]
        behind = not dates and (self.lower[at - 1:at] == ["had"] or self.lower[at - 2:at] == ["had", "been"])
        for kind, taken in (("arrest", "arrested"), ("detention", "detained")):
            told = self.last_of_type.get(kind)
            if told is None or not told.counts.get(taken) or told.period \
                    or id(told) in self.told_apart or id(told) in self.on_arrival:
                continue
            if kind not in referring and behind:
                self._retype(told, "raid")  # "... were arrested on Tuesday. Police had raided the hotel": that raid
                return True
            named_on = self._day_in_its_name(at, dates)
            if named_on is not None and (not told.date or id(told) in self.said_dated):
                self._redate(told, named_on)  # "18 were arrested at a den ... their August 9 operation": that day's
                self._retype(told, "raid")
                return True
            if kind not in referring:
                continue
            when = self._nearest_date(first_at[kind], dates, strict=True)
            day = when.value if when is not None and len(when.value) == 10 and not when.period else ""
            if not told.date or id(told) in self.said_dated or (day and len(told.date) == 10 and day <= told.date):
                self._redate(told, when)
                self._retype(told, "raid")
                return True
        return False

    def _day_in_its_name(self, at: int, dates: list[DateMention]) -> DateMention | None:
        """"their August 9 operation", "the March 5 raid": a day written between a word pointing
        back and the raid word at ``at`` names the operation told before by its day (None where
        no such day stands there)."""
        for when in dates:
            first = bisect.bisect_left(self.idx, when.start)
            if first > 0 and first < at and self.idx[at - 1] < when.end <= self.idx[at] \
                    and self.lower[first - 1] in {"the", "their", "its", "that"} and len(when.value) == 10:
                return when
        return None

    def _retype(self, event: _Event, kind: str) -> None:
        """The event told before turns out to be of another kind ("handed over ... the deported
        group"); a sending home keeps its people, under the new kind's edge and count."""
        old = event.type
        event.type = event.node.properties["type"] = kind
        if self.last_of_type.get(old) is event:
            del self.last_of_type[old]
        self.last_of_type[kind] = event
        if old in SENT_AS:
            retype_event_edges(event, self.edges)

    def _campaign(self, kind: str, i: int) -> bool:
        """"Scam raids intensify nationwide", "coordinated police raids", "the crackdown": a wave of raids."""
        return kind == "raid" and (self.lower[i] in _CAMPAIGN_WORDS or bool(_WAVE & set(self.lower[max(0, i - 3):i])))
