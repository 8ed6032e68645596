"""Events: the events a sentence's words name (``EventRules._events_for``), one per kind and date.
The words that tell one are ``act_words.py``, the many that only seem to ``kept_acts.py`` and
``seeming_acts.py``; whether a day is the act's ``act_days.py``, whether an act is part of a raid
``raid_parts.py``. The date a word's event has is ``dating.py``, which event it is ``identity.py``,
journeys that tell one ``journeys.py``; who and where of an event ``event_links.py`` and
``event_places.py``."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.act_days import ActDays, _family, _inquirys_subject
from scamgraph.loaders.news.act_words import _REMANDS, ActWords
from scamgraph.loaders.news.arrivals import arrested_on_arrival
from scamgraph.loaders.news.back_references import day_told_before, names_the_taken
from scamgraph.loaders.news.batch_days import batch_days
from scamgraph.loaders.news.campaigns_apart import a_campaign_of_its_own
from scamgraph.loaders.news.carriers_sent import carriers_sent
from scamgraph.loaders.news.contrast_acts import contrast_positions, contrast_split
from scamgraph.loaders.news.done_together import done_together
from scamgraph.loaders.news.event_objects import dated_decision, described_past
from scamgraph.loaders.news.event_triggers import _PART_OF_RAID, EVENT_TRIGGERS
from scamgraph.loaders.news.fled_raids import drove_people_off
from scamgraph.loaders.news.in_the_raid import on_the_raids_days
from scamgraph.loaders.news.nearest_dates import announced_after
from scamgraph.loaders.news.next_batches import another_site, more_as_object, next_batch
from scamgraph.loaders.news.raid_parts import _DURING_RAID, RaidParts
from scamgraph.loaders.news.seeming_acts import ranked_among_others
from scamgraph.loaders.news.state import _Event, held_told_before
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.told_ago import (
    ago_after,
    before_the_raid,
    had_done_in_a_report,
    in_an_outdone_record,
    raid_in_their_past,
    told_ago,
    told_as_another,
    under_an_earlier_rule,
)
from scamgraph.loaders.news.verdicts import verdict_told_on, verdict_word
from scamgraph.loaders.news.words import _ABOUT, _REFERRING, SENDING_HOME, after_a_finding
from scamgraph.loaders.numbers import number_value
from scamgraph.model import RelType

#: Words before "to" that make the act after it one that happened ("managed to escape")
_DONE_BY_TO = frozenset({"able", "managed",
                         # "to" as a preposition before an act's noun: "in response to new sanctions announced on March 17"
                         "response", "due", "according", "owing", "thanks", "prior", "pursuant", "related", "linked",
                         "subject", "reaction", "addition"})
#: Words that put an act before or after the one told with it: "launched after two women escaped"
_AROUND = frozenset({"after", "before", "following"})
#: Words that put a day ahead, for an act still to come: "Their arraignment is set for April 21"
_SCHEDULED = re.compile(r"\b(?:set|scheduled|slated|due|expected|planned)\s+(?:for|on)\s*$"
                        # "bailed to appear in Perth Magistrates Court on October 14": the hearing to come
                        r"|\bappear\s+(?:(?:in|at|before)\s+(?:[\w'’.-]+\s+){1,5}?)?(?:on|for)\s*$", re.I)
#: Verbs that say what the act told before was: "This marks the first ...", "It was the largest ..."
_MARKING = frozenset({"marks", "marked", "was", "is", "became", "becomes", "represents", "represented"})
_MARKING_PARTICIPLES = frozenset({"marking", "making"})
#: Verbs of a body's part in bringing people out: "the embassy coordinated the rescue"
_ARRANGING = frozenset({"coordinated", "organised", "organized", "facilitated", "arranged", "led", "oversaw"})
#: "eight other Peruvians went home too": other people than those told before, so another act
_OTHERS = frozenset({"other", "others"})
#: Words of about, or of more, before an act noun's number: "the arrest of almost 50 Taiwanese"
_BEFORE_ITS_NUMBER = frozenset(_ABOUT | {"roughly", "approximately", "another", "a", "further"})
_HANDING = {"handed", "hand", "hands", "handing", "handover", "handovers"}  # (its kind is told elsewhere)
#: People who got away across a border, whom the other side then held: "detained the arrivals" is
#: that side's act, no part of the raid they fled
_CROSSED = frozenset({"arrivals", "escapees", "escapers", "crossers", "evacuees", "newcomers"})
#: Acts of taking people that may tell again the story's own arrest after another body's raid
_TAKEN_AGAIN = frozenset({"arrest", "detention"})


class EventRules(ActWords, ActDays, RaidParts):
    """Triggers -> events; agencies, people and places around them."""

    @cached_property
    def _contrasts(self) -> list[int]:
        """The document's ", while" positions (``contrast_positions``), found once, not per sentence."""
        return contrast_positions(self.lower)

    def _events_for(self, triggers: list[tuple[int, str]], dates: list[DateMention]) -> list[_Event]:
        """The events a sentence's words name: one per kind, by its date (or the one told before).
        The words after "follows" ("The raid follows a crackdown in March, when ...") name another,
        earlier happening: they are read apart, as no part of the subject's event."""
        self.trigger_at = [position for position, _kind in triggers]
        self.trigger_kinds = dict(triggers)
        told = [(i, self._operation_told(i) if kind == "raid" else kind) for i, kind in triggers]
        triggers = [(i, kind) for i, kind in told if kind is not None]  # (a diplomatic operation told before none)
        # ("Two days after the raid, 45 were handed over": the raid is the act told before, reckoned from)
        triggers = [(i, kind) for i, kind in triggers if not self._reckoned_from(i)]
        self.event_words = {}
        self.told_before = {id(e) for e in self.events}
        self.days_places = []
        split = self.follows if self.follows is not None else contrast_split(self.lower, triggers, self._contrasts)
        groups = [triggers] if split is None else [[t for t in triggers if t[0] < split], [t for t in triggers if t[0] > split]]
        events: list[_Event] = []
        for k, group in enumerate(groups):
            events += [e for e in self._group_events(group, dates, self._raid_going_on() if k == 0 else None) if e not in events]
        self._named_now(events)
        if self.sentence is not None and any(kind == "raid" and drove_people_off(self.lower, i, self.sentence.end)
                                             for i, kind in triggers):
            self.fled_raids.update(id(e) for e in events if e.type == "raid")  # "raids pushed hundreds to flee"
        home = [e for e in events if e.type in SENDING_HOME]
        if home and self.sentence is not None:
            self.sent_home = (self.sentence.end, home[-1])
        return events

    def _group_events(self, triggers: list[tuple[int, str]], dates: list[DateMention], raid: _Event | None) -> list[_Event]:
        """The events one group of a sentence's event words names (see ``_events_for``)."""
        first_at: dict[str, int] = {}
        referring: set[str] = set()
        told_as: dict[str, _Event] = {}  # "the 64 arrested" after "detained 64 people": that detention
        for position, kind in triggers:
            if (held := self._held_people_again(position, kind)) is not None:
                told_as.setdefault(kind, held)
            first_at.setdefault(kind, position)
            if position > 0 and self.lower[position - 1] in _REFERRING and kind in self.last_of_type \
                    and not self._counts_its_own(position, self.last_of_type[kind]):
                referring.add(kind)  # "after the raid", "the team's arrival": the one told before
        if "raid" in (kinds := list(first_at)):
            kinds = [k for k in kinds if k not in _PART_OF_RAID]
            referring |= {"raid"} if self._arrests_were_the_raid(first_at, referring, dates) else set()
        events = []
        by_kind: dict[str, _Event] = {}
        for kind in kinds:
            chosen = told_as.get(kind) or self._named_event(kind, first_at, kind in referring, dates, raid)
            if chosen not in events:
                events.append(chosen)
            by_kind[kind] = chosen
        sentence_raid = by_kind.get("raid")
        for position, kind in triggers:  # "raided ... and arrested": the arrest word is the raid's too
            event = by_kind.get(kind) or (sentence_raid if kind in _PART_OF_RAID else None)
            if event is not None and kind in by_kind and position > first_at[kind]:
                event = self._second_of_kind(kind, position, first_at[kind], event, dates)
                if event not in events:
                    events.append(event)
            if event is not None:
                self.event_words.setdefault(id(event), []).append(position)
        return events

    def _held_people_again(self, position: int, kind: str) -> _Event | None:
        """"Police detained 64 people on July 8. The 64 arrested were gang members": "the" and the
        number of people an arrest or a detention told before held, before the other word for it,
        tell that act again; the one told before, or None."""
        if position < 2 or not self.like_num[position - 1] or self.lower[position - 2] != "the":
            return None
        return held_told_before(self.events, kind, number_value(self.words[position - 1]))

    def _counts_its_own(self, position: int, told: _Event) -> bool:
        """"with the arrest of nearly 30 Zorvanians": an act noun "of" a number of people (past a word
        of about) that the act of its kind told before did not count counts people of its own, so
        "the" before it refers to nothing told before ("the repatriation of 283" after 283 were
        counted sent home is that one)."""
        k = position + 1
        if self.lower[k:k + 1] != ["of"]:
            return False
        k += 1
        while k < len(self.lower) and self.lower[k] in _BEFORE_ITS_NUMBER:
            k += 1
        if k >= len(self.lower) or not self.like_num[k]:
            return False
        number = self.words[k].replace(",", "")
        return not (number.isdigit() and int(number) in told.counts.values())

    def _named_event(self, kind: str, first_at: dict[str, int], referring: bool, dates: list[DateMention],
                     raid: _Event | None) -> _Event:
        """The event the first word of this kind names: the one told before, the raid it is part of,
        or one of its own date."""
        at = first_at[kind]
        told = self.last_of_type.get(kind)
        if (home := self._return_called_rescue(kind, at, told)) is not None:
            return home
        if told is not None and (self._marks_the_told() or not _MARKING_PARTICIPLES.isdisjoint(self.lower[max(0, at - 4):at])):
            return told  # "This marks the first group of suspects repatriated from Laos this year", "..., marking
            # the largest repatriation of fraud suspects": the one told
        if self.sentence is not None and ranked_among_others(self.lower, at, self.sentence.start):
            dates = [d for d in dates if d.start < self.idx[at]]  # ("The raid was the third this month": the others' span)
        if self.sentence is not None:  # ("an extradition approved by a Thai court in 2024": the approval's year)
            dates = [d for d in dates if not dated_decision(self.lower, self.idx, at, self.sentence.end, d)
                     and not _SCHEDULED.search(self.text[max(0, d.start - 60):d.start])  # ("is set for April 21")
                     and not self._day_of_a_future(d)  # ("the hearing on Monday would ask": a day to come)
                     and not (kind in SENDING_HOME and self._dates_a_noun_after(d, at))]
        if referring and told is not None and (id(told) in self.said_dated or not told.date):
            # "the handover occurred on 23 June": the event told before gets its own day (not "The handover
            # was originally scheduled for March 2": a day it was meant to happen)
            day = self._nearest_date(at, dates, strict=True)
            if day is not None and day.period and self.text[max(0, day.start - 6):day.start].lower().rstrip().endswith("since"):
                day = None  # "since last year's crackdown": a span up to now, no day of the act told before
            if day is None or not any(at < t and self.idx[t] < day.start and _family(EVENT_TRIGGERS.get(self.lower[t]))
                                      != _family(told.type) for t in self.trigger_at):
                self._redate(told, day)  # (not "the operation that stemmed from raids on March 20": the raids' day)
                if day is not None and day.value and told.date == day.value:
                    self.last_of_type[kind] = told
                    self.told_apart.discard(id(told))  # (told again on its own day, it is the story's own act now)
                    return told  # ("One week after police raided X, ... The raid, carried out on August 3, ...": the
                    # raid told, now dated, even where its first telling set it apart from the story's own acts)
        # "departed on Aug. 19 to arrest them": the trip's day ("were able to escape in May": its own)
        purpose = self.lower[at - 1] == "to" and self.lower[at - 2] not in _DONE_BY_TO \
            and not carriers_sent(self.lower[max(0, at - 10):at - 1]) \
            and not done_together(self.lower, at - 1, self.sentence.start if self.sentence is not None else 0)
        # ("deployed two flights to repatriate ... on Monday", "led officers to raid a house on Monday")
        earlier = self._missions_before(at)  # ("Last year, in May, ... These missions freed 150")
        if earlier is not None and raid is not None and earlier.value == raid.date:
            earlier = None  # ("Between January and June, police carried out 63 raids. These operations led to ...": the raids')
        when = None if referring or purpose else self._nearest_date(at, dates, strict=self._recent(at)) or earlier
        if when is None and not referring and not purpose:
            when = self._same_day(kind)
        if not referring and not purpose:
            when = self._bounded_month(at, when, dates, self._campaign(kind, at))
            when = self._act_before_raid(kind, at, self._on_the_journey(kind, at, when), dates, first_at)
        if when is not None and self.sentence is not None:  # ("were flown home: 50 on 2 June and 25 on 3 June")
            when = batch_days(self.lower, self.like_num, self.idx, at, self.sentence.end, dates, when) or when
        if when is not None and described_past(self.doc, self.words, self.lower, self.like_num, self.idx, self.sentence,
                                                 at, when):
            when = None  # "deported on Sunday 50 Chinese arrested in a raid": the raid is their past, undated
        if when is not None and kind == "death" and not when.period and self.sentence is not None \
                and after_a_finding(self.lower, at, self.sentence.start):
            when = None  # "on Monday the court found them guilty of ... killing 14 Chinese": the deaths came before
        if when is not None and self._people_named_by_their_past(at):
            when = None  # "Nine of the freed Peruvians departed on Friday": Friday is the leaving's, the rescue told before
        if when is not None and when.value and self.sentence is not None \
                and names_the_taken(self.lower, self.like_num, at, self.sentence.start) \
                and day_told_before(when.value, ((e.type, e.date) for e in self.events)):
            when = None  # "raided a house on March 3 ... The people we arrested last week were couriers": that raid's
        if when is not None and self.sentence is not None and had_done_in_a_report(
                self.lower, self.sentence.start, at, bisect.bisect_left(self.idx, when.end)):
            when = None  # "A week ago, envoys checked that 40 Laotians had been held": the checking's day
        if when is not None and self._in_object_relative(at):
            when = None  # "In September, police raided a zone run by a tycoon whom the US has sanctioned": his past
        if when is not None and kind == "investigation" and self._found_days(at, when):
            when = None  # "Investigations have revealed that he flew to Lotland in 2023": the finding's day
        if when is not None and kind != "investigation" and _inquirys_subject(self.lower, at, self.idx, when):
            when = None  # "Police on Monday widened their probe into the death of a man": Monday is the probe's
        if when is not None and self._another_acts_day(kind, at, when):
            when = None  # "was arrested in Chiang Rai after returning to escape the crackdown in March": the crackdown's
        if when is not None and self._in_set_off_who_clause(at, when):
            when = None  # "The six, who were flown out after being freed, landed on Friday": the landing's day
        if when is not None and self._subjects_past_day(at, when):
            when = None  # "One of the 18 Malaysians rescued ... on April 9, was arrested": the rescue's day
        if when is not None and told is not None and told.date and id(told) not in self.told_apart \
                and _said_on(when, self.text):
            when = None  # "arrived on Sunday. ... has arrived, a source said on Monday": the one told before
        after_follows = self.follows is not None and at > self.follows  # ("The return comes a month after the
        # government brought back 300 nationals": what it came after is another act, never the return told)
        sent_home = None if after_follows else self._sent_home_as(kind, when, at) or self._rescue_was_raid(kind, when, first_at)
        arriving = self.sentence is not None and arrested_on_arrival(self.lower, at, self.sentence.start,
                                                                     self.sentence.end, kind)
        # ("A second group of 150 Indonesians was repatriated": an act of its own, not the first's)
        # (only after one of its kind: "A second batch of 150 ... was repatriated" may open the story)
        further = (next_batch(self.lower, self.like_num, self.sentence.start if self.sentence is not None else 0, at)
                   or kind == "raid" and another_site(self.lower, at, self.sentence.end if self.sentence is not None else len(self.lower))) \
            and any(e.type == kind for e in self.events) \
            or kind in _PART_OF_RAID and more_as_object(self.lower, self.like_num, at) \
            and any(e.type == "raid" for e in self.events)
        # ("raided a house on Monday. Police later detained another 40": people the raid did not take)
        if sent_home is not None:
            chosen = sent_home  # "extradited on Saturday ... brought back on two chartered flights": one
        elif kind in _PART_OF_RAID and raid is not None and not arriving and not self._no_operation(kind, raid) \
                and earlier is None \
                and self.lower[at] not in _REMANDS \
                and not before_the_raid(self.lower, at, raid.date) and not told_as_another(self.lower, at) \
                and not self._told_apart_by_lead(at) and not further and not self._another_states_act(raid, at) \
                and not (id(raid) in self.worldwide and self._one_countrys_act(at)) \
                and _CROSSED.isdisjoint(self.lower[at + 1:at + 4]) and not self._after_a_crossing(at) \
                and not (raid.type == "arrest" and not raid.date and self._another_force(raid, at)) \
                and not (kind in _TAKEN_AGAIN and self._own_taking_again(raid, at)) \
                and self._shifted(kind, when, at) is None \
                and (self._part_of(raid, when, at) or self._dates_the_raid(raid, when)):
            chosen = raid  # "Officers found 86 people ..." after a raid: the raid's, not a new event
            # (not "The next day, officers detained 12": a sentence opening on another day tells another act)
        elif kind in _DURING_RAID and when is None and raid is not None and on_the_raids_days(raid.date, raid.period) \
                and self._not_after_around(at):
            # "officers seized 300 phones", "hundreds fled during the raid": its day ("... after two escaped": none)
            chosen = self._event(kind, DateMention(0, 0, "", raid.date), fresh=True)
        else:
            shifted = self._shifted(kind, when, at)
            # ("The raid follows a crackdown in March, when ...": what the event told follows is another)
            told_raid = self.last_of_type.get(kind) if kind == "raid" and when is None and shifted is None else None
            abroad = told_raid is not None and self._abroad_of(told_raid, at)  # (raids told in another country)
            told_arrest = self.last_of_type.get(kind) if kind == "arrest" and when is None and shifted is None else None
            abroad = abroad or told_arrest is not None and not told_arrest.date and (
                self._another_force(told_arrest, at) or self._opens_on_another_country(told_arrest)
                or self._held_by_another_state(told_arrest, at))
            past_raid = kind == "raid" and raid_in_their_past(self.lower, at)  # ("they had been arrested in a raid")
            another = self._another(at) or shifted is not None or self.follows is not None and at > self.follows or abroad \
                or self.sentence is not None and a_campaign_of_its_own(self.lower, at, self.sentence.start, when) \
                or when is not None and bool(when.value) and self._counts_others(at, told, dates) \
                or self.sentence is not None and told_ago(self.lower, self.sentence.start, at) \
                or past_raid \
                or not (when is not None and when.value) and self._told_with_its_own(told) \
                and ago_after(self.lower, at, len(self.lower)) \
                or self.sentence is not None and in_an_outdone_record(self.lower, at, self.sentence.start)
            earlier_rule = self.sentence is not None and under_an_earlier_rule(self.lower, self.sentence.start,
                                                                               self.sentence.end, at)
            another = another or earlier_rule  # ("under the previous government, 8,000 were also deported")
            apart = (another or further) and when is None and shifted is None and (
                not _OTHERS.isdisjoint(self.lower[max(0, at - 5):at]) or self._told_apart_by_lead(at) or further or abroad
                or earlier_rule or past_raid)
            # (a further batch is new, but the story's own: what is told of it next is told of it)
            chosen = self._event(kind, when or shifted, fresh=another or further, campaign=self._campaign(kind, at), apart=apart)
            if another:
                self.told_apart.add(id(chosen))  # "Earlier, 14 others were rescued": not the story's own
            if past_raid:
                self.in_their_past.add(id(chosen))  # (no later day told of a raid is this one's)
            if kind in _DURING_RAID and when is None and shifted is None and raid is not None and raid.type == "raid" \
                    and not raid.date and not raid.period and not chosen.date \
                    and self._not_after_around(at):
                self.during_undated_raid[id(chosen)] = raid  # ("... during the raid. Officers also seized 300
                # phones": the raid's day, should ``raid_pointed_back`` give it one)
        given = when is not None and verdict_word(self.lower[at]) and verdict_told_on(self.text, when.end, self.idx[at])
        if when is not None and _said_on(when, self.text) and chosen.date == when.value and not given:  # (not "the court
            # on Friday announced its verdict": a verdict is given by telling it, on its own day)
            self.said_dated.add(id(chosen))  # dated by "police said Monday ...": until told better
            self.said_by[id(chosen)] = when.start
            if self._speaker_did_it(when) or kind == "sanction" and announced_after(self.text, self.idx[at] + len(self.words[at]), when):
                self.own_telling.add(id(chosen))  # "the military said on Monday it had raided", "sanctions announced on
                # March 17": its own day
        elif when is not None and chosen.date == when.value:
            self.said_dated.discard(id(chosen))  # "They were brought home on Wednesday": the act's own day
        if self.lower[at] in _HANDING:
            self.handed_over.add(id(chosen))
        if self.lower[at] in _REMANDS:
            self.remands.add(id(chosen))  # a court's act after the arrest, never the arrest's own custody
        if arriving and chosen.type == kind:
            self.on_arrival.add(id(chosen))  # "arrested upon their arrival": no raid takes it over
        return chosen

    def _not_after_around(self, at: int) -> bool:
        """No "after", "before" or "following" in the six words before the act word at ``at`` (in its
        sentence): "hundreds fled during the raid" is the raid's, "after two escaped" tells its own."""
        return _AROUND.isdisjoint(self.lower[max(self.sentence.start if self.sentence else 0, at - 6):at])

    @staticmethod
    def _told_with_its_own(told: _Event | None) -> bool:
        """The act of the kind told before has a count or a day of its own, which an act "two weeks
        ago" (undated, with no day of publication) would overwrite if merged into it."""
        return told is not None and bool(told.counts or told.date or told.node.properties.get("date_text"))

    def _marks_the_told(self) -> bool:
        """The sentence opens on a pronoun for the act told before and says what it was: "This marks
        the first group repatriated this year", "It was the largest such return"."""
        sent = self.sentence
        if sent is None or sent.end - sent.start < 3:
            return False
        return self.lower[sent.start] in {"this", "it", "that"} and self.lower[sent.start + 1] in _MARKING \
            and self.lower[sent.start + 2] in {"the", "a", "an", "its", "their", "one"}  # (not "It was on June 6
        # when NBI agents raided a rented house": a cleft that tells the act and its day)

    def _return_called_rescue(self, kind: str, at: int, told: _Event | None) -> _Event | None:
        """"The Philippines repatriated 64 citizens on Thursday. The rescue was coordinated by the
        embassy" ("the embassy coordinated the rescue"): a sentence that opens on "the rescue" (or
        tells it as what a body arranged), with no rescue told before it and no number
        or day of its own, names the return told before (the story's whole act of bringing them out),
        not a rescue of its own. The return, else None."""
        sent = self.sentence
        if kind != "rescue" or told is not None or sent is None or at - 1 <= sent.start and at != sent.start + 1 \
                or self.lower[at - 1] != "the" or at != sent.start + 1 and self.lower[at - 2] not in _ARRANGING:
            return None
        homes = [e for e in self.events if e.type in SENDING_HOME and id(e) not in self.told_apart]
        if len(homes) != 1 or any(self.like_num[sent.start:sent.end]):
            return None
        return homes[0]

    def _finish_event(self, event: _Event) -> None:
        props = event.node.properties
        if event.date:
            props["date"] = event.date
        if event.period:
            props["period"] = True
        for key, value in event.counts.items():
            props[f"count_{key}"] = value
        self._finest_places(event)
        where = next((self.batch.nodes[e.target].name for e in self.edges.values()
                      if e.source == event.node.key and e.type is RelType.OCCURRED_AT), "")
        event.node.name = " ".join(filter(None, [event.type, f"in {where}" if where else "", event.date]))
