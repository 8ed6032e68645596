"""Which event a mention is: an event's identity is its type and date, so this reads the date
told nearest to the event word (not the day it was announced, not another clause's date) and
finds the event of that type and date told before, or makes a new one."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.acquired_things import thing_got_on
from scamgraph.loaders.news.apposed import participle_aside, told_later
from scamgraph.loaders.news.days_told import days_of_one_operation
from scamgraph.loaders.news.fled_raids import pressed_raids
from scamgraph.loaders.news.in_the_raid import names_the_raids_again, told_in_the_raid
from scamgraph.loaders.news.raid_after_act import act_before_raid
from scamgraph.loaders.news.homecoming import arrival_ends_the_sending, arrived_home, sending_of_another_kind
from scamgraph.loaders.news.outcomes import dates_the_outcome
from scamgraph.loaders.news.planned_acts import future_between
from scamgraph.loaders.news.reduced_relatives import _PEOPLE_NOUNS, ReducedRelatives
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.timing import (
    days_apart,
    _CLAUSE,
    _CLAUSE_AFTER,
    _CLAUSE_BEFORE,
    _SUBJECT_CLAUSE_BEFORE,
    _DEADLINE_AFTER,
    _PAPER_AFTER,
    _RELATIVE_AFTER,
    _before_that,
    _homeward_between,
    _month_of,
    _posted_on,
    _said_on,
    _shifted_opening,
)
from scamgraph.loaders.news.own_citizens import _code_of
from scamgraph.loaders.news.sending_edges import SENT_AS, retype_event_edges
from scamgraph.loaders.news.told_ago import told_over_recent_months
from scamgraph.loaders.news.verdicts import verdict_told_on, verdict_word
from scamgraph.loaders.news.words import _PART_OF_RAID, BACK_NOUNS, EVENT_TRIGGERS
from scamgraph.model import RelType

#: A year as one word: "a 2015 warrant"
_YEAR = re.compile(r"(?:19|20)\d\d")

#: Prepositions that make a country named before an act the place of it, not its doer ("in Malawi")
_PLACE_LEADS = frozenset({"in", "from", "to", "at", "into", "across", "within", "inside", "near", "of", "by"})
#: Words that open a clause of its own, whose bodies are no subject of the sentence's act
_RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})

#: A relative pronoun opening an aside before the event word: "The workers, who arrived in May, were"
_RELATIVE_OPEN = re.compile(r"\b(?:who|which|whose)\b|(?<!said )(?<!says )\bthat (?:had|has|have|was|were|is|are)\b", re.I)
#: A relative clause telling what was done in the act itself: "an operation in which 210 were arrested on 2 May"
_INSIDE_THE_ACT = re.compile(r"\b(?:in|during) which\b", re.I)
#: Words that name a wave of raids, and words before a raid word that make it one
#: The crime an act is told for, in a gerund: "arrested for (allegedly) defrauding ...", "on suspicion of running"
_CRIME_GERUND = re.compile(r"\b(?:for|of)\s+(?:allegedly\s+|reportedly\s+)?[a-z]+ing\b")
_SUSPECTED_OF = re.compile(r"\b(?:suspected|accused|convicted) of\s*$", re.I)
_CAMPAIGN_WORDS = {"raids", "crackdown", "crackdowns", "sweeps", "operations"}
_WAVE = {"nationwide", "coordinated", "series", "campaign", "wave", "ongoing", "continuous"}
#: "a recent crackdown", "were recently arrested": told as before the day it is told on
_RECENT = {"recent", "recently"}
#: A sentence opening on a phrase of time before its main clause: "After the raid, ...", "Following their arrest, ..."
_FRONTED_AFTER = re.compile(r"\W*(?:after|following|upon|since)\b[^,;]*$", re.I)
#: A span of time before "after" and an act's noun, opening a sentence: "About four months after the
#: raid on their office, 38 were deported on Thursday" (the day is the main clause's, not the raid's)
_SPAN_AFTER = re.compile(r"\W*(?:(?:about|some|nearly|almost|just|only|more than|over|less than)\s+)?"
                         r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a few)\s+"
                         r"(?:days?|weeks?|months?|years?)\s+(?:after|following)\s+(?:the|a|an|their|its|his|her)\b[^,;]*$",
                         re.I)
#: "a similar crackdown", "an earlier raid": another event of the kind, never the one told before
_ANOTHER = {"similar", "another", "earlier", "previous", "previously", "separate", "prior", "also"}
#: A clause that tells what an event came after: "raids ..., following the directive on July 14"
_FOLLOWING = re.compile(r"\b(?:following|after)\b(?![^,;]*[,;])", re.I)
#: Words that set one clause against another: "..., while the week before ...", "...; earlier ..."
_CONTRASTING = {"while", "whereas", ";", "meanwhile"}
#: "Previously, in October 2025, ... repatriated 64": a sentence told as an earlier, other happening
_EARLIER_OPENINGS = {"previously", "earlier", "separately", "additionally",
                     "elsewhere",  # ("Elsewhere, police in X arrested 396": another happening, in another place)
                     "meanwhile"}  # ("Meanwhile, Indonesia said 84 of its citizens were repatriated": another)
#: Nouns of an operation another one is told as: "a similar crackdown", "a separate raid"
_OPERATIONS = frozenset({"crackdown", "crackdowns", "raid", "raids", "operation", "operations", "sweep", "sweeps"})
#: Words that open a clause telling what happened in it: "... in which 400 were arrested"
_CLAUSE_OPENERS = frozenset({"which", "when", "where"})
#: Of them, the words that set the act apart from the one told before even with no day of its own
#: Words of an escape, which a raid told after "after" came before: "fled a compound after an army raid"
_FLEEING = frozenset({"fled", "escaped", "fleeing", "escaping", "flee", "escape", "flees", "escapes"})
_APART = frozenset({"another", "earlier", "previous", "previously", "separate", "prior"})


#: Words of a case told apart from the one before: "In a separate case, ...", "In an unrelated incident, ..."
_OTHER_CASE = frozenset({"separate", "unrelated", "different"})


def _in_another_case(lower: list[str], start: int, i: int) -> bool:
    """The sentence opens with "In a separate case," (or an unrelated incident) before the act word
    at ``i``: the act is another than the one told before, whatever its kind."""
    if lower[start:start + 1] != ["in"]:
        return False
    comma = next((k for k in range(start + 1, min(i, start + 6)) if lower[k] == ","), None)
    return comma is not None and not _OTHER_CASE.isdisjoint(lower[start + 1:comma])


#: ", and the police ...": a clause with a subject of its own joined on after a comma
#: "arrested once they boarded the plane", "detained upon arrival": an act told at a moment of the
#: journey home happened on the day of that journey
_AT_THE_MOMENT = {"once", "when", "upon", "on", "as"}
_JOURNEY_MOMENTS = {"boarded", "boarding", "arrived", "arrival", "arriving", "landed", "landing", "disembarked"}
_SENT_HOME_NOUNS = frozenset({"deportees", "returnees", "evacuees", "repatriates", "deportee", "returnee"})
_NEW_SUBJECT = re.compile(r",\s+and\s+(?:the|a|an|[A-Z])\w*")
#: A designation's own announcing after its noun: "sanctions announced on March 17", "imposed last week"
_ANNOUNCED_ON = re.compile(r"\s+(?:(?:were|was)\s+)?(?:announced|imposed|unveiled|issued|declared)\s+(?:on\s+)?", re.I)


#: A participle set off by a comma right before the event word: "Eleven Maldivians, freed ..."
_ASIDE_OPENED = re.compile(r",\s+(?:[a-z]+ly\s+)?$")


def announced_after(text: str, after: int, date: DateMention) -> bool:
    """The date follows a designation's noun (ending at ``after``) as its announcing: "sanctions
    announced on March 17". A designation is made by announcing it, so that day is its own."""
    return date.start > after and bool(_ANNOUNCED_ON.fullmatch(text, after, date.start))


def announced_before(text: str, at: int, date: DateMention) -> bool:
    """The date comes right before the verb that announces the designation at ``at``: "the Treasury
    on Monday announced sanctions", "this week imposed new sanctions". Its day is the designation's."""
    return date.end <= at and bool(_ANNOUNCING.fullmatch(text, date.end, at))


#: A verb of announcing between a day and the designation it makes
_ANNOUNCING = re.compile(r"\s+(?:announced|imposed|unveiled|issued|slapped|levied)\s+(?:new\s+|fresh\s+|further\s+)?", re.I)


#: Nouns for people told before, as the subject of an act told of them again ("The group was ...")
_PEOPLE_AGAIN = BACK_NOUNS | {"deportees", "men", "women"}


class EventDating(_State, ReducedRelatives):
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

    def _nearest_date(self, token_index: int, dates: list[DateMention], strict: bool = False) -> DateMention | None:
        """The date told closest to the trigger: "said on Wednesday that ... raided ... last week"."""
        span = (self.sentence.start, self.sentence.end) if self.sentence is not None else (token_index, token_index + 1)
        if (year := self._warrants_year(token_index, span[0])) is not None:
            return year  # ("approved on Monday over a 2015 arrest warrant": the warrant is 2015's, told alone too)
        if not dates or told_in_the_raid(self.lower, token_index, *span, EVENT_TRIGGERS, self.trigger_at):
            return None  # ("the phones seized during the raid": the raid's day, not another of the sentence)
        if self._served_warrant(token_index, span[0]):
            return None  # ("arrested on Tuesday under arrest warrants issued by the court": Tuesday is the arrest's)
        at, text = self.idx[token_index], self.article.text
        after = at + len(self.words[token_index])  # "arrested in May and deported on Tuesday": from the word's end
        sent_start = self.sentence.start_char if self.sentence is not None else 0

        def distance(d: DateMention) -> int:
            lo, hi = (after, d.start) if d.start > at else (d.end, at)
            between = text[lo:hi]
            # a comma, or a clause that starts between them ("on Tuesday after a student was found
            # dead ... in August"), puts the date with another verb; so does another event word before
            # the date, joined to this one by "and" ("arrested in 2023 and extradited last month")
            other = d.end <= at and " and " in between and any(d.start > self.idx[t] >= sent_start
                                                               for t in self.trigger_at if t != token_index)
            return hi - lo + (1000 if re.search(r"[,;]", between) else 0) + (500 if _CLAUSE.search(between) else 0) \
                + (800 if other else 0)

        def other_clause(d: DateMention) -> bool:
            """"raided over the weekend ..., after a three-month investigation": the clause word
            right before the trigger's phrase gives the investigation a time of its own, untold."""
            if d.start > at and future_between(text[after:d.start]):
                return True  # "were sent home, and they are expected to land tomorrow": the plan's day
            if d.end <= at:
                # "The workers, who arrived in May, were rescued": a date in a relative clause closed before it
                opening = text[max(text.rfind(",", sent_start, d.start), sent_start):d.start]
                aside = bool(_RELATIVE_OPEN.search(opening)) and "," in text[d.end:at]
                return aside or bool(_CLAUSE_BEFORE.search(text[d.end:at])) or bool(_SUBJECT_CLAUSE_BEFORE.search(text[d.end:at]))
            if re.search(r",\s+(?:were|was|are|is|have|has|had)\b", text[after:d.start]) and _ASIDE_OPENED.search(text, sent_start, at):
                return True  # "Eleven Maldivians, freed from a compound, were received today": today is the main verb's
            if (_FRONTED_AFTER.match(text, sent_start, at) or _SPAN_AFTER.match(text, sent_start, at)) \
                    and "," in text[after:d.start]:
                return True  # "After the rescue, the ministry on Tuesday urged ...": the day is the main clause's
            # "raids, following the directive on July 14"; "raided a compound that had opened last month";
            # ("a pair suspected of over the last three weeks conspiring": the span is the gerund's)
            between = text[at:d.start]
            if d.period and between.rstrip().lower().endswith(" since") and "," not in between:
                between = between.rstrip()[:-5]  # "arrested 640 since last year": the date's own "since", no clause
            crime = _CRIME_GERUND.search(text, after, d.start) if len(d.value) <= 7 and "," not in text[after:d.start] else None
            if crime is not None and not re.search(r"\bby\b", text[crime.end():d.start]):
                return True  # "were arrested for allegedly defrauding a woman of 3 million yen in June": the crime's month
                # (not "booked for cheating by the city police last month": the agent's act, told after it)
            relative = _RELATIVE_AFTER.search(text[after:d.start]) and not _INSIDE_THE_ACT.search(text, after, d.start)
            # ("an operation in which 210 were arrested on 2 May": what was done in it, on its day)
            return bool(_CLAUSE_AFTER.search(between) or relative) \
                or homeward_after(d) or bool(_PAPER_AFTER.search(text[after:d.start])) \
                or bool(_DEADLINE_AFTER.search(text[after:d.start])) or retold_after(d) or owned_after(d) or bool(_SUSPECTED_OF.search(text, at, d.start)) \
                or outcome_after(d) or thing_got_on(text, after, d, dates)  # ("a tower bought in 2019": the purchase's)

        def outcome_after(d: DateMention) -> bool:
            """"The inquiry led to the arrest of X in August": the outcome's month (``outcomes``)."""
            others = {self.idx[t]: self.trigger_kinds.get(t) or "" for t in self.trigger_at if t != token_index}
            own = self.trigger_kinds.get(token_index, EVENT_TRIGGERS.get(self.lower[token_index]))
            return dates_the_outcome(text, after, own, d, others)

        def homeward_after(d: DateMention) -> bool:
            """The day after the journey home's own verb group is the journey's (``_homeward_between``)."""
            kind = EVENT_TRIGGERS.get(self.lower[token_index]) or ""
            return kind not in SENT_AS and _homeward_between(kind, text[after:d.start], self._another(token_index))

        def owned_after(d: DateMention) -> bool:
            """"Of those deported, 91 were among the 450 arrested in a raid on January 8": a comma and
            an event word of another kind stand between this word and the date; the date is that word's
            (not a raid's: "raided a hotel, rescuing 80 and arresting 12, on Monday" is one operation)."""
            kind = EVENT_TRIGGERS.get(self.lower[token_index])
            if kind == "raid" or "," not in text[after:d.start]:
                return False
            # (a phrase's word by the phrase's kind: "led to a wanted notice, put out in August")
            return any(after <= self.idx[t] < d.start and self.trigger_kinds.get(t, EVENT_TRIGGERS.get(self.lower[t]))
                       not in {None, kind} for t in self.trigger_at)

        def retold_after(d: DateMention) -> bool:
            """"arrested 19 in April after they were extradited, and the city police arrested two in
            August": a clause with its own subject tells again a kind told before this word, on its own day."""
            joined = _NEW_SUBJECT.search(text[after:d.start])
            if joined is None:
                return False
            before = {EVENT_TRIGGERS.get(self.lower[t]) for t in self.trigger_at if t < token_index} - {None}
            return any(after + joined.end() <= self.idx[t] < d.start and EVENT_TRIGGERS.get(self.lower[t]) in before
                       for t in self.trigger_at)

        def possessed_other(d: DateMention) -> bool:
            """"This month's operations ... have faced arrest warrants": a day told as a possessive
            dates the noun right after it, not an act word further on (a telling's day, "Monday's
            newspaper", still serves as one)."""
            if text[d.end:d.end + 2] not in {"'s", "’s"} or d.end < at <= d.end + 30:
                return False
            return not _TELLING_NOUNS.intersection(re.findall(r"[a-z]+", text[d.end + 2:d.end + 40].lower())[:4])

        if EVENT_TRIGGERS.get(self.lower[token_index]) == "sanction":
            named = next((d for d in dates if announced_after(text, after, d) or announced_before(text, at, d)), None)
            if named is not None:
                return named  # "sanctions announced on March 17": a designation is made by announcing it
        if verdict_word(self.lower[token_index]):
            named = next((d for d in dates if verdict_told_on(text, d.end, at)), None)
            if named is not None:
                return named  # "the court on Friday announced its verdict": a verdict is given by telling it
        described = self._descriptions(token_index)
        framing = self._frames_the_clause(token_index)  # "In a joint operation, police detained 17 on Wednesday"
        usable = [d for d in dates if (framing or not other_clause(d)) and not possessed_other(d)
                  and not any(lo <= d.start < hi for lo, hi in described)]
        group = (self._reduced_relative(token_index, self.sentence) or self._who_clause(token_index, self.sentence)) \
            if self.sentence is not None else None
        if group is not None:  # the participle's own phrase ends where the sentence's verb group starts,
            own = [d for d in usable if d.start < self.idx[group]]
            # ("40 Zorvanians deported from Lotland | arrived home on Monday": the arrival ends the sending)
            usable = own if own or not arrival_ends_the_sending(self.lower, token_index, group) else usable
            strict = True  # and the day the news was told is not when the people's past happened
        elif self.sentence is not None and (clause := self._who_clause_before(token_index, self.sentence)) is not None:
            usable = [d for d in usable if not clause[0] <= d.start < clause[1]]  # "40 Thais who were rescued on
            # Monday | were flown home on Wednesday": Monday is the clause's
        elif self.sentence is not None and self._who_clause_closing(token_index, self.sentence):
            usable = [d for d in usable if d.start > at]  # "brought home on Saturday 64 nationals who had been
            strict = True  # detained in Cambodia": the clause after the main verb takes none of its days
        aside = participle_aside(self.doc, self.words, self.lower, self.idx, span, token_index, _PEOPLE_NOUNS)
        if aside is not None:  # "179 suspects, captured in joint raids, had been escorted back on Monday"
            usable, strict = [d for d in usable if aside[0] <= d.start], True
        if told_later(self.lower, token_index):  # "kidnapped in January, ... later rescued"
            usable = [d for d in usable if d.start > at]
        if self._describes_people(token_index):  # "On Monday, the chief met foreigners rescued from KK
            usable = [d for d in usable if d.start > at]  # Park": a date before the people is the clause's
            strict = True
        # a date of the telling ("said Monday") serves only when the sentence gives no other
        told = [d for d in usable if not _said_on(d, text)]
        # "... were arrested during raids, the police chief said on Monday": a telling tagged on after
        # the clause says when it was told, not when it happened ("said on Monday it had raided ..."
        # before the clause dates what it reports)
        usable = told if told or strict else [d for d in usable if d.start < at]
        best = min(usable, key=distance) if usable else None
        if best is not None and best.end <= at and days_apart(best.text, best.start, best) is not None:
            # ("came two days before the minister visited": the words were read as a day of their own)
            best = max((d for d in dates if d.end <= best.start and len(d.value) == 10), key=lambda d: d.end, default=best)
        if best is not None and best.end <= at and (apart := days_apart(text[best.end:at], best.end, best)) is not None:
            return apart  # "The April 9 handover came a day after the minister visited": the visit was on April 8
        return best

    def _in_object_relative(self, i: int) -> bool:
        """The word at ``i`` is the perfect verb of a relative clause on an object ("whom the US
        government has sanctioned", "which police had raided")."""
        floor = self.sentence.start if self.sentence is not None else 0
        return i - 1 > floor and self.lower[i - 1] in {"has", "have", "had"} \
            and any(self.lower[k] in {"whom", "which"} for k in range(max(floor, i - 8), i - 1))

    def _frames_the_clause(self, i: int) -> bool:
        """The event word opens its sentence as the frame of the clause after it ("In a joint
        operation, police detained 17 on Wednesday", "During the raid, officers arrested ..."): the
        operation is the clause's act, so the clause's day is its day."""
        sent = self.sentence
        if sent is None or self.lower[sent.start] not in {"in", "during"} or not 0 < i - sent.start <= 5:
            return False
        comma = next((k for k in range(i + 1, min(sent.end, i + 3)) if self.words[k] == ","), None)  # ("joint | operation ,")
        return comma is not None and all(w.isalpha() for w in self.lower[i + 1:comma]) \
            and all(w.isalpha() and w not in EVENT_TRIGGERS for w in self.lower[sent.start + 1:i])

    def _served_warrant(self, i: int, floor: int) -> bool:
        """"under arrest warrants", "on a warrant", "executing a warrant": a warrant served in the act
        told, issued on a day the sentence does not tell."""
        if self.lower[i] not in {"warrant", "warrants"} \
                and self.lower[i + 1:i + 2] not in (["warrant"], ["warrants"]):  # ("arrest | warrants")
            return False
        k = i - 1
        while k > floor and (self.lower[k] in {"a", "an", "the", "arrest", "search", "court", "their", "his", "her"}
                             or _YEAR.fullmatch(self.lower[k])):  # ("on a 2015 warrant")
            k -= 1
        return k >= floor and self.lower[k] in {"under", "on", "with", "executing", "executed", "serving", "served"}

    def _warrants_year(self, i: int, floor: int) -> DateMention | None:
        """"over a 2015 arrest warrant", "on a 2014 warrant from Zorvanian police": a year told as the
        warrant's adjective is when it was issued, whatever day the sentence gives another act."""
        if self.lower[i] not in {"warrant", "warrants"} and self.lower[i + 1:i + 2] not in (["warrant"], ["warrants"]):
            return None  # (the word may be the "arrest" of "arrest warrant")
        k = i - 1
        while k > floor and self.lower[k] in {"arrest", "search", "court"}:
            k -= 1
        if k <= floor or not _YEAR.fullmatch(self.lower[k]) or self.lower[k - 1] not in {"a", "an", "the", "his", "her", "their"}:
            return None
        published = self.article.published or self.anchor
        if published is not None and int(self.lower[k]) > published.year:
            return None
        return DateMention(self.idx[k], self.idx[k] + 4, self.words[k], self.lower[k])

    def _bounded_month(self, i: int, when: DateMention | None, dates: list[DateMention], campaign: bool) -> DateMention | None:
        """A day that only bounds the event gives its month: footage "posted on July 20" showing
        it (it happened by then), and a wave of raids with no date of its own told "following the
        directive on July 14" (it began after that day)."""
        if when is not None:
            return _month_of(when) if _posted_on(when, self.article.text) else when
        if not campaign:
            return None
        after, text = self.idx[i] + len(self.words[i]), self.article.text
        following = [d for d in dates if d.start > after and _FOLLOWING.search(text[after:d.start]) and len(d.value) == 10]
        return _month_of(following[0]) if following else None

    def _second_of_kind(self, kind: str, at: int, first: int, event: _Event, dates: list[DateMention]) -> _Event:
        """"600 were repatriated last week, while the week before a militia handed over 260": a
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
            or self.lower[at + 1:at + 2] == ["them"]

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
        # "All were picked up on Nov. 26 ... Monday's raid, launched at four locations": the arrests
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

    def _shifted(self, kind: str, when: DateMention | None) -> DateMention | None:
        """"Police raided three compounds on Monday. Two days later, officers raided a casino": a
        sentence opening on a time told against the event before tells another one (its day, when
        the one before has a day; "The next day," is a mention with no value of its own)."""
        if when is not None and when.value or self.sentence is None:
            return None
        told = self.last_of_type.get(kind)
        return _shifted_opening(self._text(self.sentence), self.sentence.start_char, told.date if told else "")

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

    def _elsewhere(self, event: _Event) -> bool:
        """The sentence names a town the undated event was not told at: "raided a casino in Bavet ...
        Last year police raided a hotel in Poipet" is another raid, not the first one's year."""
        if self.sentence is None:
            return False
        held = {k[2] for k in self.edges if k[0] == event.node.key and k[1] is RelType.OCCURRED_AT}
        held |= {k[2] for k in self.edges if k[0] in held and k[1] is RelType.LOCATED_IN}
        sent = self.sentence
        here = {self.span_node[(e.start, e.end)].key for e in self.ents
                if sent.start <= e.start and e.end <= sent.end and e.label_ == "PLACE" and (e.start, e.end) in self.span_node}
        return bool(held) and bool(here - held)

    def _sent_by_another_state(self, event: _Event) -> bool:
        """"Zambia's government has repatriated 54 of its nationals ... In August, Malawi said it had
        repatriated 61": a state named before the sentence's first event word (not as a place, "in
        Malawi", nor an agent, "by Malawi", nor inside a relative clause), none of whose bodies did the
        undated sending home told before, sends people of its own: another sending, which must not
        give the first one its day nor take its people."""
        sent = self.sentence
        if sent is None or event.type not in SENT_AS:
            return False
        first = min((t for t in self.trigger_at if sent.start <= t < sent.end), default=sent.end)
        clause = next((k for k in range(sent.start, first) if self.lower[k] in _RELATIVES), first)
        states = {code for e in self.ents if sent.start <= e.start and e.end <= clause and e.label_ in {"COUNTRY", "AGENCY"}
                  and not (e.start > sent.start and self.lower[e.start - 1] in _PLACE_LEADS)
                  and (code := _code_of(e))}
        if not states:
            return False
        nodes = self.batch.nodes  # (the doers only: a state deports or sends home others' people as well as its own)
        doers = {nodes[source].properties.get("country") for source, rel, target in self.edges
                 if rel is RelType.CONDUCTED and target == event.node.key and source in nodes}
        doers.discard(None)
        return bool(doers) and states.isdisjoint(doers)

    def _abroad_of(self, event: _Event, at: int) -> bool:
        """The sentence names places of one country only, and the event was told at places of another
        ("raids at several homes in Johor Bahru ... In addition, the Lao police carried out raids on a
        warehouse in Vientiane": a raid of its own, not more of the first one). After an operation
        counted across countries, any sentence of one country's places tells that country's part."""
        if self.sentence is None:
            return False
        def country(key: str) -> str:
            node = self.batch.nodes.get(key)
            return str(node.properties.get("country") or "") if node is not None else ""
        held = {country(k[2]) for k in self.edges if k[0] == event.node.key and k[1] is RelType.OCCURRED_AT} - {""}
        sent = self.sentence
        places = [(e, country(self.span_node[(e.start, e.end)].key)) for e in self.ents
                  if e.label_ in ("PLACE", "COUNTRY") and (e.start, e.end) in self.span_node]
        here = {code for e, code in places if sent.start <= e.start and e.end <= sent.end and e.label_ == "PLACE"}
        here -= {""}
        if id(event) in self.worldwide:  # ("Operation X ... across 40 countries led to 612 arrests. In Namibia,
            # authorities raided a compound": one country's part of it, an act of its own; not "The operation
            # used gates at airports across the UAE", uncounted: the operation told, named again)
            if at > sent.start and self.lower[at - 1] in {"the", "this", "that", "its"} \
                    and self.lower[at] in {"operation", "operations", "crackdown", "campaign"} \
                    and not any(self.like_num[sent.start:sent.end]):
                return False
            nations = {code for e, code in places if sent.start <= e.start and e.end <= sent.end} - {""}
            return len(nations) == 1
        if len(here) != 1 or not held or not here.isdisjoint(held):
            return False
        # ("done at several places in Singapore and Cambodia on one day. ... In Phnom Penh, the police
        # officers raided a building": a sentence before named both countries together, one operation)
        for before in self.sentences:
            if before.start >= sent.start:
                break
            together = {code for e, code in places if before.start <= e.start < before.end}
            if here <= together and not held.isdisjoint(together):
                return False
        return True

    def _campaign(self, kind: str, i: int) -> bool:
        """"Scam raids intensify nationwide", "coordinated police raids", "the crackdown": a wave of raids."""
        return kind == "raid" and (self.lower[i] in _CAMPAIGN_WORDS or bool(_WAVE & set(self.lower[max(0, i - 3):i])))

    def _another(self, i: int) -> bool:
        """"a similar joint crackdown": the words before the trigger say it is not the one told before."""
        start = self.sentence.start if self.sentence is not None else 0
        opening = self.lower[start] if start < i else ""
        lead = self.lower[max(0, i - 3):i]
        if "prior" in lead and lead[lead.index("prior") + 1:][:1] == ["to"]:
            lead = [w for w in lead if w != "prior"]  # "held prior to their deportation": the one told, as a time
        # ("the last deportation of this scale was in 2017": the one before it; not "last week's")
        return bool(_ANOTHER & set(lead)) or self._opens_apart(opening, i) or lead[-2:] == ["the", "last"] \
            or self._before_the_story(i, start) or self._had_already(i) or self._inside_another_operation(i, start) \
            or self._what_came_before(i, lead) or _in_another_case(self.lower, start, i) \
            or self._in_a_fronted_after(i, start)

    def _in_a_fronted_after(self, i: int, start: int) -> bool:
        """"Two years after arresting 140 Chinese in X, police on Tuesday arrested eight": an act word
        inside an "after" phrase that opens the sentence (past a span of time) and ends at its first
        comma, with another act word told after that comma, is an earlier act, not the sentence's."""
        opening = next((k for k in range(start, min(i, start + 4)) if self.lower[k] in {"after", "following"}), None)
        if opening is None or not all(self.lower[k].isalpha() for k in range(start, opening)):
            return False
        comma = next((k for k in range(opening + 1, len(self.lower)) if self.lower[k] in {",", ".", ";"}), None)
        return comma is not None and self.lower[comma] == "," and i < comma \
            and any(t > comma for t in self.trigger_at) and not self._the_one_told(i)

    def _the_one_told(self, i: int) -> bool:
        """"Police raided a den ... After the raid, the 12 were charged": "the raid" (or "the operation")
        names the one the story told, and what the sentence tells came after it, not before the story."""
        kind = self.trigger_kinds.get(i) or EVENT_TRIGGERS.get(self.lower[i])
        return i > 0 and self.lower[i - 1] in {"the", "this", "that"} and kind in self.last_of_type

    def _what_came_before(self, i: int, lead: list[str]) -> bool:
        """"300 workers fled a compound after an army raid": an act word after "after" or "following",
        told once the sentence has told an escape, is what the escape came after, an earlier one."""
        return not {"after", "following"}.isdisjoint(lead) \
            and any(t < i - len(lead) and self.lower[t] in _FLEEING for t in self.trigger_at)

    def _inside_another_operation(self, i: int, start: int) -> bool:
        """"It follows a similar crackdown last month in which nearly 400 people were arrested": the act
        is told inside a clause on another operation ("in which", "during which", "when"), so it is that
        operation's, not the story's."""
        for k in range(start, i - 2):
            if self.lower[k] in _ANOTHER and self.lower[k + 1] in _OPERATIONS:
                return not _CLAUSE_OPENERS.isdisjoint(self.lower[k + 2:i])
        return False

    def _opens_apart(self, opening: str, i: int) -> bool:
        """The sentence opens on a word of another happening ("Elsewhere,", "Meanwhile,"), and the
        act word at ``i`` is not a participle naming the people by what was told before ("Meanwhile,
        the freed workers were flown home": the rescue told before)."""
        return opening in _EARLIER_OPENINGS and not self._people_named_by_their_past(i)  # type: ignore[attr-defined]

    def _told_apart_by_lead(self, i: int) -> bool:
        """"Earlier, the NBI had arrested ...", "in a separate raid", "a previous arrest": words that
        say the act is not the one told before, even with no day of its own ("also", "similar" and
        an opening "Additionally," do not: "police also arrested 5" most often tells the same raid,
        "Additionally, 10 Vietnamese were deported" one more act of the story's days)."""
        start = self.sentence.start if self.sentence is not None else 0
        opening = self.lower[start] if start < i else ""
        return not _APART.isdisjoint(self.lower[max(start, i - 3):i]) or opening != "additionally" and self._opens_apart(opening, i) \
            or opening == "additionally" and self._somewhere_else(i) \
            or self._had_already(i) or self._before_the_story(i, start) or _in_another_case(self.lower, start, i)

    def _somewhere_else(self, i: int) -> bool:
        """"Police arrested 70 in Batam ... Additionally, 15 were held in the city of
        Pontianak": the act word's sentence names a town after it where the act of its kind told
        before did not happen; another act, in that town."""
        sent, told = self.sentence, self.last_of_type.get(EVENT_TRIGGERS.get(self.lower[i]) or "")
        if sent is None or told is None:
            return False
        there = {target for source, rel, target in self.edges if source == told.node.key and rel is RelType.OCCURRED_AT}
        towns = [node.key for e in self.ents if e.label_ == "PLACE" and i < e.start < sent.end
                 and (node := self.span_node.get((e.start, e.end))) is not None]
        return bool(there) and bool(towns) and there.isdisjoint(towns)

    def _before_the_story(self, i: int, start: int) -> bool:
        """The act word at ``i`` (its sentence from ``start``) is told as done before the story's own:
        after "In recent months,", as other people's act "arrested earlier", or as "a raid" in a
        sentence that told something done "earlier"."""
        return told_over_recent_months(self.lower, start, i) or self._an_earlier_ones(i, start) or self._done_earlier(i)

    def _done_earlier(self, i: int) -> bool:
        """"seven other suspects arrested earlier", "two others were rescued previously": other people's
        act with "earlier" right after its word, ending its clause, is before the story's own (not
        "earlier on Tuesday", "earlier this month": a day told)."""
        return self.lower[i + 1:i + 2] in (["earlier"], ["previously"]) \
            and self.lower[i + 2:i + 3] in ([], ["."], [","], [";"], ["and"], ["by"], ["'s"]) \
            and not {"other", "others", "more"}.isdisjoint(self.lower[max(0, i - 5):i])

    def _an_earlier_ones(self, i: int, start: int) -> bool:
        """"The President earlier banned such hubs after a raid on two properties in Angeles": an act
        word with "a" or "an" in a sentence that told something done "earlier" or "previously" before
        it is another act of its kind, before the story's own."""
        return i - 1 > start and self.lower[i - 1] in {"a", "an"} \
            and not {"earlier", "previously"}.isdisjoint(self.lower[start:i - 1])

    def _had_already(self, i: int) -> bool:
        """"32 Filipinos had already been rescued": an act done before the story's own, told in
        passing (its people are not the story's)."""
        start = self.sentence.start if self.sentence is not None else 0
        return "already" in self.lower[max(start, i - 3):i] and "had" in self.lower[max(start, i - 4):i]


#: Nouns of a telling a possessive day may date: "in Monday's newspaper", "Tuesday's statement"
_TELLING_NOUNS = frozenset({"report", "reports", "newspaper", "newspapers", "edition", "editions", "statement",
                            "statements", "bulletin", "briefing", "announcement", "daily", "paper", "broadcast"})
