"""The date an event word takes: the one told nearest to it in its sentence, not a date of another
clause (a relative clause, an aside, a crime's gerund, a plan, a possessive), not the day the news
was told where another is given; a warrant's year, a designation's announcing and a verdict's
telling date their own acts. Apart from ``dating.py``, which finds the event of that date."""

from __future__ import annotations

import re

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.acquired_things import thing_got_on
from scamgraph.loaders.news.acts_apart import ActsApart
from scamgraph.loaders.news.apposed import participle_aside, told_later
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.homecoming import arrival_ends_the_sending
from scamgraph.loaders.news.in_the_raid import raid_named_after
from scamgraph.loaders.news.outcomes import dates_the_outcome
from scamgraph.loaders.news.parts_days import a_parts_day
from scamgraph.loaders.news.planned_acts import future_between
from scamgraph.loaders.news.reduced_relatives import _PEOPLE_NOUNS, ReducedRelatives
from scamgraph.loaders.news.sending_edges import SENT_AS
from scamgraph.loaders.news.timing import (
    days_apart,
    _CLAUSE,
    _CLAUSE_AFTER,
    _CLAUSE_BEFORE,
    _SUBJECT_CLAUSE_BEFORE,
    _DEADLINE_AFTER,
    _PAPER_AFTER,
    _RELATIVE_AFTER,
    _homeward_between,
    _month_of,
    _posted_on,
    _said_on,
)
from scamgraph.loaders.news.verdicts import verdict_told_on, verdict_word
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

#: A year as one word: "a 2015 warrant"
_YEAR = re.compile(r"(?:19|20)\d\d")

#: A relative pronoun opening an aside before the event word: "The workers, who arrived in May, were"
_RELATIVE_OPEN = re.compile(r"\b(?:who|which|whose)\b|(?<!said )(?<!says )\bthat (?:had|has|have|was|were|is|are)\b", re.I)
#: A clause after a dated act that describes a state, not an act: a copular relative clause or "but
#: remain(s)" ("sentenced on Friday, they ran a firm which is the focus of the raids"; "freed a month
#: earlier but stay in detention"). An event noun inside it is another event, not on the act's day.
_STATE_AFTER = re.compile(r"(?:,?\s+(?:which|who)\s+(?:is|are|was|were)|\bbut\s+(?:still\s+)?(?:remain|remains|remained"
                          r"|stay|stays|stayed))\b[^,;]*$", re.I)
#: Words that make the event word after them a noun (the reader has no part-of-speech tags)
_NOUN_BEFORE = frozenset({"the", "a", "an", "in", "of", "under", "into", "its", "their", "his", "her"})
#: A relative clause telling what was done in the act itself: "an operation in which 210 were arrested on 2 May"
_INSIDE_THE_ACT = re.compile(r"\b(?:in|during) which\b"
                             # ("The rescue of 30, which took place on March 1, was announced on Sunday": the act's own day)
                             r"|\b(?:which|that) (?:took place|happened|occurred|(?:was|were) (?:carried out|conducted|made))\b",
                             re.I)
#: The crime an act is told for, in a gerund: "arrested for (allegedly) defrauding ...", "on suspicion of running"
_CRIME_GERUND = re.compile(r"\b(?:for|of)\s+(?:allegedly\s+|reportedly\s+)?[a-z]+ing\b")
_SUSPECTED_OF = re.compile(r"\b(?:suspected|accused|convicted) of\s*$", re.I)
#: A sentence opening on a phrase of time before its main clause: "After the raid, ...", "Following their arrest, ..."
_FRONTED_AFTER = re.compile(r"\W*(?:after|following|upon|since)\b[^,;]*$", re.I)
#: A span of time before "after" and an act's noun, opening a sentence: "About four months after the
#: raid on their office, 38 were deported on Thursday" (the day is the main clause's, not the raid's)
_SPAN_AFTER = re.compile(r"\W*(?:(?:about|some|nearly|almost|just|only|more than|over|less than)\s+)?"
                         r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a few)\s+)?"
                         r"(?:days?|weeks?|months?|years?|fortnight)\s+(?:after|following)\s+[^,;]*$",
                         re.I)
#: A comma that may end a clause: not one inside a number ("1,600")
_CLAUSE_COMMA = re.compile(r",(?!\d)")
#: A clause that tells what an event came after: "raids ..., following the directive on July 14"
_FOLLOWING = re.compile(r"\b(?:following|after)\b(?![^,;]*[,;])", re.I)
#: ", and the police ...": a clause with a subject of its own joined on after a comma
_NEW_SUBJECT = re.compile(r",\s+and\s+(?:the|a|an|[A-Z])\w*")
#: A verb in the past joined by "and" after an act told as ongoing: "had been investigating a ring
#: and flew to Lotland on May 4" (the day is the flight's; the inquiry ran before it, on no day told)
_LATER_CONJUNCT = re.compile(r"\band\s+(?:then\s+|later\s+|finally\s+)?(?:[a-z]{3,}ed|flew|went|took|made|came|left|met|"
                             r"got|sent|brought|found|caught|began|held|led|gave|spoke|saw)\b")
#: The words right before an ongoing act's "-ing" word
_ONGOING_AUX = ({"had", "been"}, {"has", "been"}, {"have", "been"})
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


#: Nouns of a telling a possessive day may date: "in Monday's newspaper", "Tuesday's statement"
_TELLING_NOUNS = frozenset({"report", "reports", "newspaper", "newspapers", "edition", "editions", "statement",
                            "statements", "bulletin", "briefing", "announcement", "daily", "paper", "broadcast"})


class NearestDates(ActsApart, ReducedRelatives):
    """The date an event word takes in its sentence."""

    def _nearest_date(self, token_index: int, dates: list[DateMention], strict: bool = False) -> DateMention | None:
        """The date told closest to the trigger: "said on Wednesday that ... raided ... last week"."""
        span = (self.sentence.start, self.sentence.end) if self.sentence is not None else (token_index, token_index + 1)
        if (year := self._warrants_year(token_index, span[0])) is not None:
            return year  # ("approved on Monday over a 2015 arrest warrant": the warrant is 2015's, told alone too)
        if not dates:
            return None
        if (raid := raid_named_after(self.lower, token_index, *span, EVENT_TRIGGERS, self.trigger_at)) is not None:
            return self._raids_own_day(raid, dates)  # ("the phones seized during the raid": the raid's day, not another
            # of the sentence; "seized 300 phones in the raid on Friday": that day, the raid's own)
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
            if d.start > at and self._ongoing_before_conjunct(token_index, text[after:d.start]):
                return True  # "had been investigating the ring and flew there on May 4": the flight's day
            if d.start > at and future_between(text[after:d.start]):
                return True  # "were sent home, and they are expected to land tomorrow": the plan's day
            if d.start > at and a_parts_day(text[after:d.start]):
                return True  # "1,240 have been sent home since January, including 80 on Tuesday": the part's day
            if d.end <= at:
                # "The workers, who arrived in May, were rescued": a date in a relative clause closed before it
                opening = text[max(text.rfind(",", sent_start, d.start), sent_start):d.start]
                aside = bool(_RELATIVE_OPEN.search(opening)) and "," in text[d.end:at]
                if self.lower[token_index - 1] in _NOUN_BEFORE and _STATE_AFTER.search(text, d.end, at):
                    return True  # "sentenced on Friday ..., which is the focus of the raids"
                return aside or bool(_CLAUSE_BEFORE.search(text[d.end:at])) or bool(_SUBJECT_CLAUSE_BEFORE.search(text[d.end:at]))
            if re.search(r",\s+(?:were|was|are|is|have|has|had)\b", text[after:d.start]) and _ASIDE_OPENED.search(text, sent_start, at):
                return True  # "Eleven Maldivians, freed from a compound, were received today": today is the main verb's
            if (_FRONTED_AFTER.match(text, sent_start, at) or _SPAN_AFTER.match(text, sent_start, at)) \
                    and "," in text[after:d.start]:
                return True  # "After the rescue, the ministry on Tuesday urged ...": the day is the main clause's
            # "raids, following the directive on July 14"; "raided a compound that had opened last month";
            # ("a pair suspected of over the last three weeks conspiring": the span is the gerund's)
            between = text[at:d.start]
            if d.period and between.rstrip().lower().endswith(" since") and not _CLAUSE_COMMA.search(between):
                between = between.rstrip()[:-5]  # "arrested 640 since last year": the date's own "since", no clause
                # (nor is the comma of "1,600 since January 30" one: it is the number's)
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
            if text[d.end:d.end + 2] not in POSSESSIVE_S or d.end < at <= d.end + 30:
                return False
            return not _TELLING_NOUNS.intersection(re.findall(r"[a-z]+", text[d.end + 2:d.end + 40].lower())[:4])

        def names_other(d: DateMention) -> bool:
            """"arrested in the March raid, 72 others face charges": a month after "the", right before
            another act word, names that act as the one told of that month (``possessed_other`` reads
            "March's raid"), and dates no other word of the sentence."""
            return len(d.value) == 7 and d.text.lower().startswith("the ") and any(
                t != token_index and 0 <= self.idx[t] - d.end <= 1 and not text[d.end:self.idx[t]].strip()
                for t in self.trigger_at)

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
        usable = [d for d in dates if (framing or not other_clause(d)) and not possessed_other(d) and not names_other(d)
                  and not any(lo <= d.start < hi for lo, hi in described)]
        group = (self._reduced_relative(token_index, self.sentence) or self._who_clause(token_index, self.sentence)) \
            if self.sentence is not None else None
        if group is not None:  # the participle's own phrase ends where the sentence's verb group starts,
            own = [d for d in usable if d.start < self.idx[group]]
            # ("40 Zorvanians deported from Lotland | arrived home on Monday": the arrival ends the sending)
            usable = own if own or not arrival_ends_the_sending(self.lower, token_index, group) else usable
            strict = True  # and the day the news was told is not when the people's past happened
        elif (phrase := self._inside_a_description(token_index)) is not None:
            usable = [d for d in usable if phrase[0] <= d.start < phrase[1]]  # "40 Kenyans arrested in a raid
            strict = True  # | were deported on Monday": Monday is the deporting's, not the raid's
        elif self.sentence is not None and (clause := self._who_clause_before(token_index, self.sentence)) is not None:
            usable = [d for d in usable if not clause[0] <= d.start < clause[1]]  # "40 Thais who were rescued on
            # Monday | were flown home on Wednesday": Monday is the clause's
        elif self.sentence is not None and self._who_clause_closing(token_index, self.sentence) \
                and not self._received_as_handed(token_index, self.sentence):
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
        elif self._describes_the_object(token_index):  # "handed over 207 foreigners rescued from ... on
            usable, strict = [], True  # Wednesday": the handing's day, not the rescue's
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

    def _raids_own_day(self, raid: int, dates: list[DateMention]) -> DateMention | None:
        """The date written right after the raid's word at ``raid`` ("in the raid on Friday"): the
        raid's own day, which what was seized or fled during it shares; None where none is."""
        after = self.idx[raid] + len(self.words[raid])
        return next((d for d in dates if 0 <= d.start - after <= 1), None)

    def _ongoing_before_conjunct(self, i: int, between: str) -> bool:
        """An act told as ongoing ("had been investigating") whose clause goes on with "and" and a
        verb in the past before the date: the date is that later verb's act, and the ongoing one
        began before it, on a day the sentence does not tell."""
        return self.lower[i].endswith("ing") and set(self.lower[max(0, i - 2):i]) in _ONGOING_AUX \
            and bool(_LATER_CONJUNCT.search(between))

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
