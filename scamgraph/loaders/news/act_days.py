"""Whether a day told near an act word is that act's: not where it is another act's, the subject's
past, a day to come, a finding's or an inquiry's; "These missions" take the day told before, "on the
same day" the day of the latest act, and a speaker may tell its own act on the day it speaks. Asked
by ``events.py`` when it names a word's event."""

from __future__ import annotations

import bisect
import re

from scamgraph.loaders.dates import PARTICIPLE_BEFORE, DateMention
from scamgraph.loaders.news.asides import EventAsides
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.names_and_sources import _INQUIRIES
from scamgraph.loaders.news.raid_parts import _DURING_RAID
from scamgraph.loaders.news.words import _PEOPLE_WORDS, SENDING_HOME

#: A modal of the future right after a day: "the hearing on Monday would ask ...", "the flight on
#: Friday will carry ...": the day is one still to come, not the act's (but "those arrested on
#: Monday will face charges": the day a participle before it tells is its act's)
_FUTURE_AFTER = re.compile(r"\s*(?:will|would|shall)\b", re.I)
#: Participles that date an operation by its start: "an operation launched on February 20"
_BEGUN = frozenset({"launched", "begun", "started", "initiated", "mounted"})
#: Plural nouns for operations a sentence told: "These operations freed ..."
_OPERATIONS_TOLD = frozenset({"missions", "operations", "raids", "efforts", "actions", "crackdowns", "campaigns", "sweeps"})
#: Nouns of an inquiry, whose "into" names what it looks into (asides' own and their plurals)
_INQUIRY_NOUNS = frozenset(_INQUIRIES | {"probes", "inquiries"})


def _inquirys_subject(lower: list[str], at: int, idx: list[int], when: DateMention) -> bool:
    """The act word at ``at`` is what an inquiry told before it looks into ("their probe into the
    death of", "an investigation into the kidnapping"), and the day stands before the inquiry's
    noun: the day is the inquiry's, not the act's."""
    k = at - 1
    while k > 0 and lower[k] in {"the", "a", "his", "her", "their", "its", "alleged", "suspected", "reported"}:
        k -= 1
    if lower[k] != "into" or lower[k - 1] not in _INQUIRY_NOUNS:
        return False
    return when.start < idx[k - 1]


#: How many words back from an act word a set-off "who" may stand
_CLAUSE_REACH = 14

#: "on the same day", "that same day": the day of the event told just before
_SAME_DAY = re.compile(r"\b(?:the|that)\s+same\s+day\b", re.IGNORECASE)


class ActDays(EventAsides):
    """Tells whether a day near an act word is that act's (mixed into ``EventRules``)."""

    def _another_acts_day(self, kind: str, at: int, when: DateMention) -> bool:
        """The day told after the act word follows another act's noun at once ("after returning to
        escape the crackdown in March"): the day dates that act, not the one at ``at``."""
        day = bisect.bisect_left(self.idx, when.start)
        if day <= at + 1:
            return False
        k = day - 1 if self.idx[day] == when.start else day  # (the date's own "in"/"on" may open the mention)
        k -= self.lower[k] in {"in", "on", "last", "this"} and k - 1 > at
        k -= self.lower[k] in _BEGUN and k - 1 > at  # ("under a joint operation launched on February 20")
        other = EVENT_TRIGGERS.get(self.lower[k])
        if other == "raid" and kind in _DURING_RAID and self.lower[k - 2:k - 1] in (["in"], ["during"]):
            return False  # "seized 300 phones and 80 laptops in the raid on Friday": made during it, on its day
        return other is not None and other != kind and k > at + 2 \
            and not {"the", "a", "an", "its", "their"}.isdisjoint(self.lower[k - 2:k])  # ("a joint operation")

    def _subjects_past_day(self, at: int, when: DateMention) -> bool:
        """The day stands in the subject's participle phrase, closed by a comma before the main verb:
        "One of the 18 Malaysians rescued from a syndicate in Myanmar on April 9, was arrested" (the
        day is the rescue's; the arrest, the sentence's act, has none of its own)."""
        sent = self.sentence
        if sent is None or at - 2 <= sent.start or self.lower[at - 1] not in {"was", "were"} or self.words[at - 2] != ",":
            return False
        day = bisect.bisect_left(self.idx, when.start)
        if not sent.start < day < at - 2:
            return False
        return any(self.lower[k] in _COUNT_VERBS and self.lower[k].endswith("ed") and self.words[k - 1] != ","
                   for k in range(sent.start + 1, day))

    def _in_set_off_who_clause(self, at: int, when: DateMention) -> bool:
        """The act word stands in a relative clause set off by commas on the subject ("The six
        Zorvanians, who were flown out after being freed from a compound, landed home on Friday"),
        and the day comes after the clause has closed: the day is the main verb's, the act in the
        clause the people's past (a day inside the clause stays its own)."""
        sent = self.sentence
        if sent is None:
            return False
        who = next((k for k in range(at - 1, max(sent.start, at - _CLAUSE_REACH), -1)
                    if self.words[k] == "," or self.lower[k] == "who"), None)
        if who is None or self.lower[who] != "who" or who - 1 <= sent.start or self.words[who - 1] != ",":
            return False  # (no comma between "who" and the act word: one clause)
        day = bisect.bisect_left(self.idx, when.start)
        close = next((k for k in range(at + 1, min(sent.end, day)) if self.words[k] == ","), None)
        return close is not None and close + 1 < day and self.lower[close + 1].isalpha() \
            and self.words[close + 1].islower() and self.lower[close + 1] not in {"and", "or", "but", "who", "which"}

    def _missions_before(self, at: int) -> DateMention | None:
        """"Last year, in May, the army and a neighbour's police shut the fraud gangs of one town.
        These missions freed 150 Thai workers": a sentence that opens on
        "These" (or "Those") and the operations the sentence before told is about them, on their day
        (the one time that sentence gave, at its finest, else None)."""
        sent = self.sentence
        if sent is None or at - sent.start < 2 or self.lower[sent.start] not in {"these", "those"} \
                or self.lower[sent.start + 1] not in _OPERATIONS_TOLD:
            return None
        told = sorted((d for d in self.days_before if d.value), key=lambda d: len(d.value))
        if not told or not all(told[-1].value.startswith(d.value) for d in told):
            return None  # (two days told: which the operations had is not said)
        return told[-1]  # ("Last year, in October": one month, told twice)

    def _found_days(self, at: int, when: DateMention) -> bool:
        """The day ``when`` comes after the finding verb of the inquiry at ``at`` ("the probe
        revealed that the ring was set up in 2023"): a day of what was found, never the inquiry's."""
        sent = self.sentence
        verb = None if sent is None else self._finding_verb(at, sent)
        return verb is not None and when.start > self.idx[verb]

    def _day_of_a_future(self, day: DateMention) -> bool:
        """The day is told with a future right after it, for a noun before it: "the hearing on
        Monday would ask ..." (a day still to come), not "those arrested on Monday will face ..."."""
        return bool(_FUTURE_AFTER.match(self.text, day.end)) \
            and not PARTICIPLE_BEFORE.search(self.text, max(0, day.start - 30), day.start)

    def _dates_a_noun_after(self, day: DateMention, at: int) -> bool:
        """"handed over after being held in February raids": a month written right before another
        act's noun dates that act, not the sending home at ``at`` (an arrest "when" told after "a July
        crackdown" is part of it, and shares its month)."""
        k = bisect.bisect_left(self.idx, day.end)
        return k < len(self.lower) and k != at and EVENT_TRIGGERS.get(self.lower[k]) is not None \
            and not self.lower[k].endswith("ed") and not any(ch.isdigit() for ch in day.text)

    def _people_named_by_their_past(self, at: int) -> bool:
        """The act word at ``at`` is a participle before people as their adjective ("the rescued
        Indians", "these deported workers", "45 rescued Laotians crossed on Thursday"): it names them by
        an act told before, not dated here."""
        return self.lower[at].endswith("ed") and at > 0 and (self.lower[at - 1] in {"the", "these", "those"}
                                                             or self.like_num[at - 1] and self.words[at - 1].isalnum()
                                                             and EVENT_TRIGGERS.get(self.lower[at]) not in SENDING_HOME) \
            and at + 1 < len(self.lower) and (self.doc[at + 1].ent_type_ == "NORP" or self.lower[at + 1] in _PEOPLE_WORDS)

    def _same_day(self, kind: str) -> DateMention | None:
        """"On the same day, in a second raid, four others were held": the day of the latest event
        of the same kind told with a single day, else of the latest event told with one (none when
        the sentence names no such day, or no event has one)."""
        if self.sentence is None or "same" not in self.lower[self.sentence.start:self.sentence.end]:
            return None  # (most sentences: no "same" at all)
        found = _SAME_DAY.search(self._text(self.sentence))
        dated = [event for event in self.events if len(event.date) == 10 and not event.period]
        if found is None or not dated:
            return None
        # ("since January, 226 had been deported" between: a tally's span is no day; "arrested on
        # January 8" told in passing: "10 were deported on the same day" is the deportation's day)
        same_kind = next((event for event in reversed(dated) if event.type == kind), None)
        latest = next((event for event in reversed(self.events) if event.date), None)
        if same_kind is None and latest is not None and latest is not dated[-1] and len(latest.date) < 10:
            return None  # "charged him in October. On the same day, X was sanctioned": that act's day, untold
        last = (same_kind or dated[-1]).date
        start = self.sentence.start_char + found.start()
        return DateMention(start, start + len(found.group(0)), found.group(0), last)

    def _speaker_did_it(self, when: DateMention) -> bool:
        """"The military said on Monday it had raided ...": the speaker tells its own act on the day it
        speaks ("it", "they" right after the day, past "that")."""
        k = bisect.bisect_left(self.idx, when.end)
        while k < len(self.lower) and self.lower[k] in {"that", ","}:
            k += 1
        return k < len(self.lower) and self.lower[k] in {"it", "they"}


def _family(kind: str | None) -> str | None:
    """The kind of an act, sending people home of any sort counted as one ("returned ... with
    deportation notices" tells the deportation told before)."""
    return "sending home" if kind in SENDING_HOME else kind
