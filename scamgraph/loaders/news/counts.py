"""Counts and nationalities: noun phrases that carry a number of people or things, the verb
they belong to, and the nationality they name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.batch_days import batch_days
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.dated_waves import wave_act
from scamgraph.loaders.news.all_of_one import among_them, all_of_one_nationality, clause_after_counts, peoples_of_them
from scamgraph.loaders.news.among_told import AmongTold
from scamgraph.loaders.news.another_day import another_day, own_day
from scamgraph.loaders.news.bare_numbers import PLAIN_PEOPLE as _PLAIN_PEOPLE
from scamgraph.loaders.news.carriers_sent import carrying_verb_of_a_list
from scamgraph.loaders.news.caught import caught_in_a_raid, suspects_caught
from scamgraph.loaders.news.count_phrases import ACTS_COUNTED, CountPhrases
from scamgraph.loaders.news.described import _ROUNDING_SPAN, floor_number, rounded_number
from scamgraph.loaders.news.country_lines import CountryLines
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.found_dead import FoundDead, remains_before, remains_found_after
from scamgraph.loaders.news.governing import _DEFRAUD, _EVENT_PEOPLE
from scamgraph.loaders.news.harms_ahead import HarmsAhead
from scamgraph.loaders.news.held_captive import _STATE_CENTRES
from scamgraph.loaders.news.idle_count_verbs import idle_count_verb
from scamgraph.loaders.news.landed_home import landed_at_home
from scamgraph.loaders.news.kidnapped import KIDNAPPED, KidnappedCounts, abducted_object
from scamgraph.loaders.news.list_sums import INCLUDED as _INCLUDED, OPENS_PARTS as _OPENS_PARTS, ListSums, share_of, total_of
from scamgraph.loaders.news.mostly_of import hedged, hedged_peoples
from scamgraph.loaders.news.negated_subjects import negated_count
from scamgraph.loaders.news.number_of import GrownCounts
from scamgraph.loaders.news.number_places import among_a_whole, in_relative_clause
from scamgraph.loaders.news.others_counted import one_told_before, other_sex_before
from scamgraph.loaders.news.penalty_parts import PenaltyParts
from scamgraph.loaders.news.protective_custody import in_protective_custody
from scamgraph.loaders.news.questions import a_question, asked_about
from scamgraph.loaders.news.raided_sites import count_thing
from scamgraph.loaders.news.reduced_relatives import _CLAUSE_AUXILIARIES, _IRREGULAR_PARTICIPLES
from scamgraph.loaders.news.released_counts import released_count
from scamgraph.loaders.news.same_number import SameNumber
from scamgraph.loaders.news.sent_home import KIND_VERBS, sent_home_verb
from scamgraph.loaders.news.state import _Count, _Event, held_told_before
from scamgraph.loaders.news.subheadings import figure_entry
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.told_ago import in_an_outdone_record
from scamgraph.loaders.news.vague_wholes import act_of_a_vague_whole
from scamgraph.loaders.news.wanted_lists import counted_warrants_standing
from scamgraph.loaders.news.verdicts import found_guilty
from scamgraph.loaders.news.uncounted_subjects import uncounted_subject_act
from scamgraph.loaders.news.transfers import received_from_another_state, sent_home_told, transfer_kind
from scamgraph.loaders.news.words import _ABOUT, _BE, BACK_NOUNS, SAYS, after_a_finding, past_auxiliaries
from scamgraph.model import Evidence, RelType

#: Verbs that move people across a border: "from X" after their noun tells where they left.
_MOVING = {RelType.REPATRIATED, RelType.DEPORTED}
#: Nouns of a breakdown by sex, which parts the people before rather than adding to them
_SEXES = frozenset({"men", "women", "males", "females", "boys", "girls", "children", "minors"})
#: Kinds of people a group holds some of ("including 27 fugitives"), beside its men and women
_SHARES_OF_PEOPLE = frozenset({"fugitives", "teenagers", "juveniles", "ringleaders", "masterminds", "bosses"})
#: General nouns of a counted group, which a count set off by a comma after them parts ("ten people, six men")
_GROUP_NOUNS = frozenset({"people", "persons", "individuals", "suspects", "foreigners", "nationals", "workers", "victims",
                          "citizens", "others", "detainees", "migrants"})
#: Gap words giving the second count a phrase or clause of its own: "following withdrawals by 15", "deported 30 Chinese, leaving 12 in a cell" (audit 30)
_NOT_A_LIST_GAP = frozenset({"by", "following", "after", "before", "against", "during", "leaving", "leaves", "left",
                             "while", "whereas", "sent", "referred", "forwarded", "brought"})
# ("repatriated 104, while 150 others remain stranded": others, no item; "detained 1,210 and sent 48 to
# court": a verb of its own, whatever act it tells)


#: The words of whose people a count is: "whose nationality was at first unclear"
_NATIONALITY_WORDS = frozenset({"nationality", "nationalities"})
#: Words that say a thing is not known: "nationality was unclear", "yet to be verified"
_UNKNOWN = frozenset({"unclear", "unknown", "unverified", "undetermined", "unconfirmed", "yet", "not"})


#: Nouns of people that may stand in a list of peoples carried: "the Zorvanian nationals, four Ruritanian workers and ..."
_CARRIED_PEOPLE = frozenset({"nationals", "citizens", "workers", "people", "men", "women", "victims", "survivors", "others"})
#: Words of a study or an estimate: the people harmed it counts are no one case's victims
_STUDIES = frozenset({"report", "reports", "study", "studies", "survey", "estimate", "estimates", "estimated",
                      "research", "index"})


def _free_as_a_state(words: list[str]) -> bool:
    """"were free", "are now free" with no word of freeing ("set free", "freed", "rescued")."""
    if not {"freed", "rescued", "released", "set"}.isdisjoint(words):
        return False
    return any(w == "free" and words[k - 1] in {"were", "are", "was", "is", "now", "remain", "remained"}
               for k, w in enumerate(words) if k > 0)


#: What ends a batch's own clause before its day: a comma, a semicolon or " and " (compiled once)
_CLAUSE_BREAK = re.compile(r"[,;]| and ")
#: How many times a batch's number the whole told before must be for the batch to be no retelling of it
_BATCH_SHARE = 1.5
#: Words that open an aside parting people told before: "the foreigners, composed of three Chinese ..."
_ASIDE_PARTS = frozenset({"composed", "consisting", "comprising", "including", "made"})


#: Acts done to suspects, and words of captives: a sentence on captives parts no suspects counted before
_SUSPECTS_HELD = frozenset({RelType.ARRESTED, RelType.CHARGED, RelType.DETAINED})
_CAPTIVES = frozenset({"captive", "captives", "captivity", "victims", "trafficked", "forced", "enslaved"})


def _parts_add_up(counts: list[_Count], link: tuple[RelType | None, str, _Event]) -> bool:
    """A sentence counts two peoples or more, every count of a nationality, and their numbers add
    up to the people the act told before counted: they are those people, parted by nationality."""
    rel, key, event = link
    return rel is not None and len(counts) >= 2 and all(c.nationality and not c.thing for c in counts) \
        and sum(c.value for c in counts) == event.counts.get(key, -1)


def _told_people(word: str) -> bool:
    """A noun naming people counted before: "the suspects", "the deportees", "the foreign workers"."""
    return word in BACK_NOUNS or word in _EVENT_PEOPLE or word in {"victims", "workers", "foreigners"}


#: Nouns of states a count of acts may be told across
_STATES = frozenset({"countries", "nations", "jurisdictions"})


def _across_countries(lower: list[str], start: int, end: int) -> bool:
    """"2,140 arrests across 18 countries", "Police in 12 countries arrested 400": the sentence
    counts acts in many states, an operation no one town holds (not "people from nine
    countries": where the people came from)."""
    if _STATES.isdisjoint(lower[start:end]):
        return False  # (most sentences)
    for k in range(start, end - 2):
        if lower[k] not in {"across", "in"}:
            continue
        rest = [w for w in lower[k + 1:k + 6] if w not in _ROUGHLY_MANY]
        if len(rest) >= 2 and (rest[0][:1].isdigit() or rest[0] in _SMALL_NUMBERS) \
                and (rest[1] in _STATES or len(rest) >= 3 and rest[2] in _STATES and rest[1].isalpha()):
            return True  # ("in five Asian jurisdictions": past one word of where)
    return False


#: Numbers written in words that may count the countries an operation spanned, and the words
#: around such a number ("more than 40 member countries", "across various countries")
_SMALL_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                            "several", "many", "dozens", "various", "multiple"})
_ROUGHLY_MANY = frozenset({"more", "than", "over", "some", "about", "nearly", "at", "least", "member", "participating",
                           "different"})


#: Words right after a count that make it a part of the count before it
_AMONG_THEM = (["among", "them"], ["among", "those"], ["among", "whom"])
#: Words right after counted people that say nothing was done to them yet
_STILL_WAITING = frozenset({"awaiting", "await", "waiting", "remain", "remaining", "still"})
#: Acts done to suspects only: people a sentence calls "the victims" are none of theirs
_SUSPECTS_ACTS = frozenset({RelType.ARRESTED, RelType.CHARGED, RelType.EXTRADITED})


#: Relative pronouns that open a clause on counted people ("who were arrested on Monday")
_RELATIVE_WORDS = frozenset({"who", "whom"})

class CountRules(HarmsAhead, AmongTold, CountPhrases, CountryLines, KidnappedCounts, SameNumber, GrownCounts, FoundDead,
                 PenaltyParts):
    """Numbers of people (by nationality) and of things, attached to events."""

    def _carried_in_a_list(self, count: _Count, sent: Span, events: list[_Event]) -> tuple[RelType | None, str, str] | None:
        """"Two flights were hired to fly the Zorvanians, four Ruritanians and one Syldavian home": a
        counted item of the list a verb of carrying takes shares the sentence's one sending home, when
        the verb is that act's own word or the infinitive of a purpose told after its word (the
        charter flights). Without such an act read in the sentence, no act is made here."""
        at = carrying_verb_of_a_list(self.lower, self.like_num, [t.ent_type_ for t in sent.doc], count.start,
                                     sent.start, _CARRIED_PEOPLE)
        kinds = {e.type for e in events if e.type in KIND_VERBS}
        if at < 0 or len(kinds) != 1:
            return None
        kind = next(iter(kinds))
        own = [k for e in events if e.type == kind for k in self.event_words.get(id(e), [])]
        purpose = self.lower[at - 1] == "to" and any(k < at - 1 for k in own)
        if at not in own and not purpose or at in own and not self._told_as_done(at, sent):
            return None
        return _COUNT_VERBS[KIND_VERBS[kind]]

    def _hedged_edges(self, count: _Count, sent: Span, rel: RelType, event: _Event, ev: Evidence) -> None:
        """Each people an aside says most of the counted were ("70 guards, mostly Laotians and Thais,")
        takes the act's edge with no number: among those it touched, but no count is theirs."""
        for code in hedged_peoples(self.lower, self.doc, count, sent.end):
            if (nat := self._nationality(code)) is not None:
                self._edge(rel, event.node.key, nat.key, ev)

    def _nationality_untold(self, count: _Count, sent: Span) -> bool:
        """"12 more suspects whose nationality was at first unclear", "nationalities yet to be
        verified": the story says it does not know whose they are."""
        after = self.lower[count.end:min(sent.end, count.end + 9)]
        return not _NATIONALITY_WORDS.isdisjoint(after[:5]) and not _UNKNOWN.isdisjoint(after)

    def _counts(self, sent: Span, ents: list[Span], events: list[_Event], dates: list[DateMention],
                written: list[DateMention], ev: Evidence) -> None:
        if self._country_item(sent, ev):
            return  # "- Atlantis- 40 people": a line of a list by country after a colon
        if figure_entry(self.lower[sent.start:sent.end], self.like_num[sent.start:sent.end]):
            return  # "- 410 Arrests: courts jailed 12 bosses": a tally's line and its gloss, no act's people
        counts = self._count_phrases(sent, ents, written)
        told_before = {id(e) for e in self.events} if counts else set()  # (read only for a count)
        previous: tuple[RelType | None, str, _Event] | None = None
        previous_end: int | None = None
        previous_nationality, previous_part, previous_breakdown = "", False, False
        plain_in_sums = False  # an item of no nationality was added to a list's sum: its parts after it are inside it
        past_participle: int | None = None  # "of the rescued": the participle that named the people by their past
        plain_item: tuple[_Event, str, int, int] | None = None  # the last item of no nationality (its event, key, end
        # and number), which a list may go on from
        inside_plain = False
        whole: _Count | None = None  # the count before, where it was no part of another: "240 Laotian workers, | including 31 ..."
        counted_before = self.last_link  # (the people the sentence before counted with an act)
        link = self._breakdown_whole(sent) if sent.start in self._matches.relative else self.last_link or self._total_told_before(sent)
        link = self._unnamed_whole(sent, link)  # ("By nationality, 212 were Zorvanians" past a sentence counting no one)
        if link is None and self.lower[sent.start:sent.start + 2] in _BACK_TO_THE_COUNTED and not self.counted_since:
            link = self.counted_link  # "21 were rescued. The rangers were patrolling. | Of them, 15 were from ...": the people
            # counted last, past a sentence that counted no one
        if counts and link is not None and link[0] in _SUSPECTS_ACTS:
            link = self._victims_told(sent, link)  # "... arrested 12. The victims included 40 Malaysians": the freed, if any
        item = self._list_lead is not None and self._list_item(sent)
        if item:
            link = self._list_lead  # "The breakdown of those arrested: | 207 Chinese nationals | 132 ..."
        self._told_again(sent, events, ev)
        self._among_told(sent, events, ev)  # "The deportees were among 300 workers rounded up"
        # (not past people counted since with no act: "9,800 had left the country. They include ...": theirs)
        group = link or (None if self.counted_since else self.counted_link)
        if not counts:
            self._all_of_one(sent, group, ev)  # "All the suspects were Pakistanis"
            self._peoples_of_them(sent, self._victims_told(sent, group), ev)  # "The group consists mainly of Nepalis ..."
        elif self.lower[sent.start] == "all":  # "All 95 detainees were Thai or Lao nationals": the number told again
            self._peoples_of_them(sent, group, ev)
        summed_parts = link is not None and _parts_add_up(counts, link) \
            and not (link[0] in _SUSPECTS_HELD and not _CAPTIVES.isdisjoint(self.lower[sent.start:sent.end]))
        # (not "The people held captive included 95 Chinese ..." after an arrest: the victims, not the suspects)
        counted: list[tuple[str, int]] = []
        included = 0  # of them, the people told as part of the people counted before ("The suspects, including 22 from X")
        parts: dict[tuple[str, str], int] = {}  # (event, nationality) -> the people of the list so far
        sums = ListSums()  # "30 Bolivians and four Chileans": the act counts 34
        plain = ListSums()  # (the items of no nationality, summed apart: "40 people, 30 Chinese and 10 Thais" is 40)
        worded = any(map(str.isalpha, self.words[sent.start:sent.end]))  # (not a line of figures alone)
        if worded and not item:
            self.last_link = None
        tallied = False  # a tally counted in this sentence: its parts "of whom" are tallies too
        self.only_tallies = False  # (every count of the sentence a tally: its act words tell no event's places or doers)
        other_counts = False
        worldwide = bool(counts) and _across_countries(self.lower, sent.start, sent.end)  # ("across 18 countries")
        for count in counts:
            if count.noun_role == "whole" or self.lower[sent.start] == "since" and not dates:
                continue
            if self._running_total(count, sent) or tallied and (self.lower[count.start - 2:count.start] in (["of", "whom"], ["of", "them"])
                                                                or self.lower[count.end - 2:count.end] == ["of", "them"]):
                tallied = True  # "has so far rescued 924 Indians, of whom 857 have returned" ("and 377 of them have
                # been brought home"): neither is one event
                self.only_tallies = not other_counts
                continue
            other_counts, self.only_tallies = True, False
            if self.lower[count.end:count.end + 1] and self.lower[count.end] in _STILL_WAITING and count.done_to < 0:
                continue  # "with 90 more awaiting evacuation", "120 nationals remain in the region": no act done to them
            if self.lower[count.end:count.end + 1] in (["are"], ["were"]) and count.end + 1 < sent.end \
                    and self.lower[count.end + 1] in {"ready", "awaiting", "waiting"}:
                continue  # "while the remaining 1,310 individuals are ready for repatriation": still to come
            if self.lower[count.end:count.end + 3] in (["were", "being", "held"], ["are", "being", "held"]) \
                    and not SAYS.isdisjoint(self.lower[max(sent.start, count.start - 3):count.start]) \
                    and _STATE_CENTRES.isdisjoint(self.lower[count.end + 3:min(sent.end, count.end + 9)]):
                continue  # "a survivor said 450 people were being held in his block": their plight
                # (not "... were being held at an immigration centre": the state holds them)
                # (but "93 rescued Indonesians await repatriation": their rescue, told by the participle)
            if negated_count(self.lower, count.start, sent.start) or asked_about(self.lower, count.start, sent.start) \
                    or a_question(self.words, sent.start, sent.end) or self._sent_by_the_accused(count, sent) \
                    or self.lower[max(sent.start, count.start - 2):count.start] in (["injuries", "to"], ["injury", "to"]):
                # ("caused the deaths of 9 ... and injuries to four other Chinese": the hurt, none of the dead)
                continue  # "None of the 45 Thais has been charged", "not clear whether 25 Kenyans were freed": no act done
            if another_day(self.lower, self.idx, count.start, count.end, written):
                if previous is not None and previous[0] is not None:
                    self._another_days_act(count, previous, written, counted, ev)
                continue  # "six in October and another 21 last Nov. 2": a second act, on its own day
            if count.thing:
                count_thing(self.lower, count, events, counts)  # "raided four houses": a raid's sites
                continue
            # "22 were Chinese": a breakdown of people counted before, never the subject of a verb of its own
            verb = self._partitive_act(count) if count.noun_role == "breakdown" else self._own_verb(count, sent, self._count_verb(count, sent))
            if verb is not None and self.lower[count.end - 2:count.end] == ["of", "the"] and count.end < sent.end \
                    and self.lower[count.end] in _COUNT_VERBS and self.lower[count.end].endswith("ed"):
                count.past = True  # "Nine of the freed Peruvians departed on Friday": their rescue, told before Friday
                past_participle = count.end
            elif verb is not None and past_participle is not None \
                    and not any(w in _COUNT_VERBS for w in self.lower[past_participle + 1:count.start]):
                count.past = True  # ("..., two dozen others on Tuesday": the same rescue told before)
            if verb is not None and verb[0] is RelType.RESCUED and self.freed_on_bail \
                    and not {"freed", "released"}.isdisjoint(self.lower[sent.start:sent.end]) \
                    and {"rescued", "rescue", "saved"}.isdisjoint(self.lower[sent.start:sent.end]):
                verb = None  # "... freed on their own recognizance. Those freed included 14 Malaysians": no rescue
            if verb is not None and self._in_a_fronted_after(count.start, sent.start):  # type: ignore[attr-defined]
                verb = None  # "Two years after arresting 140 Chinese in X, police arrested eight": an earlier act's people
            if verb is not None and verb[0] is RelType.RESCUED and _free_as_a_state(self.lower[sent.start:sent.end]):
                verb = None  # "Nine other victims were free, with six back home": how they are, no rescue told
            if verb is not None and verb[0] is RelType.AFFECTED \
                    and not _STUDIES.isdisjoint(self.lower[sent.start:count.start]):
                continue  # "A UN report said at least 90,000 people had been trafficked": a study's figure, no case's
            if verb is not None and verb[0] is RelType.AFFECTED and self._doers_of_the_harm(count, sent):
                continue  # "two Thai agents had lured 40 youths": the two did it
            if count.noun_role == "acts" and _figure_line(self.lower, count, sent):
                continue  # "- 3,880 Deportations: Returning suspects ...": a line of a period's figures, no one act
            if count.noun_role == "acts":  # "resulting in 281 arrests": the act its noun names, one person each
                verb = _COUNT_VERBS[ACTS_COUNTED[self.lower[count.end - 1]]]
            if verb is not None and verb[0] is RelType.RESCUED and _flown_out(self.lower[sent.start:count.start]):
                verb = _COUNT_VERBS["repatriated"]  # "an Indian Air Force plane evacuated 212 Indian nationals": flown home
            if verb is not None and verb[2] in {"deportation", "repatriation"}:
                verb = self._transfer_verb(verb, sent)  # "transferred 104 Chinese to China": a handover home
            if verb is not None and verb[2] == "repatriation" and {"deportees", "deportee"} & set(self.lower[count.end - 1:count.end + 1]):
                verb = _COUNT_VERBS["deported"]  # "87 Chinese deportees were flown to Chengdu": their deportation
            if verb is not None and (idle := idle_count_verb(self.lower, count.end, sent.end, _COUNT_VERBS, count.start)):
                verb = _COUNT_VERBS["warrants"] if idle == "writ" else None  # "free on bail", "90 arrest warrants"
            if count.noun_role != "breakdown" and released_count(self.lower, count.start, sent.start):
                verb = _COUNT_VERBS["rescued"]  # "secured the release of 20 citizens (held ...)": their rescue
            if verb is not None and verb[0] is RelType.DETAINED and in_protective_custody(self.lower, count.end, sent.end):
                verb = _COUNT_VERBS["rescued"]  # "12 workers were taken into protective custody": kept safe
            if verb is None and count.noun_role != "breakdown":  # "40 Chileans were sent home"
                at, home = sent_home_verb(self.lower, self.doc, count.end, (sent.start, sent.end),
                                          count.nationality)
                verb = home if at >= 0 and self._told_as_done(at, sent) else None  # type: ignore[assignment]
            if verb is None and count.noun_role != "breakdown":
                verb = self._carried_in_a_list(count, sent, events)  # "to fly the Zorvanians, four Ruritanians and ..."
            if verb is None and count.noun_role != "breakdown" \
                    and (wave := wave_act(self.lower, self.like_num, sent.start, count.start, count.end)):
                verb = _COUNT_VERBS[wave]  # "The expulsions were carried out in batches, with 12 Zorvanians on 3 May": a wave
            if verb is None and count.noun_role != "breakdown" and not self._speakers(count, sent):
                verb = self._kept_relative_act(count, sent)  # "Six Sabahans who were freed ... are still stuck"
                # (not "two Africans who are held there told reporters": sources quoted, counting none)
            if verb is None and count.noun_role == "suspect" and suspects_caught(self.lower, count.end, sent.end) \
                    and self._told_as_done(count.end, sent):
                verb = _COUNT_VERBS["arrested"]  # "40 suspects were caught as they called victims"
            if (verb is None or verb[0] is RelType.AFFECTED) and count.noun_role != "breakdown" \
                    and caught_in_a_raid(self.lower, count.start, count.end, sent.end) and self._told_as_done(count.end, sent):
                verb = _COUNT_VERBS["arrested"]  # "112 workers were caught during the operation"
            if verb is None and count.noun_role != "breakdown" and (self._kidnapped(count, sent) >= 0
                                                                    or abducted_object(self.lower, count.start, sent.start)):
                verb = KIDNAPPED  # "Four Peruvians were abducted in Laos", "Armed men abducted four Thais"
            if verb is None and count.done_to >= 0 and _COUNT_VERBS[self.lower[count.done_to]][0] in _DONE_BEFORE \
                    and not self._speakers(count, sent):  # ("One detained man told police ...": a source, picked
                # out of the people an act told elsewhere took)
                verb = _COUNT_VERBS[self.lower[count.done_to]]  # "Some 93 rescued Indonesians await repatriation": their rescue
                count.past = True  # ("Nine of the freed Peruvians departed on Friday": Friday is the leaving's, not the rescue's)
            if verb is None and count.noun_role != "breakdown" \
                    and found_guilty(self.lower, count.start, count.end, sent.start, sent.end):
                verb = _COUNT_VERBS["convicted"]  # "Four Chinese were found guilty": convicted, as the golds count a charge
            if verb is not None and verb[0] is RelType.DETAINED and count.done_to >= 0 \
                    and _COUNT_VERBS.get(self.lower[count.done_to], (None,))[0] is RelType.RESCUED:
                verb = None  # "The 14 rescued teenagers were taken to the police station for questioning": victims, not held
            if verb is not None and verb[0] is RelType.FOUND and self.lower[count.end - 1] in {"bodies", "body"}:
                verb = _COUNT_VERBS["dead"]  # "Three Laotian bodies were found": the dead, a death
            elif (verb is None or verb[0] is RelType.FOUND) and remains_before(self.lower, count.start, sent.start) \
                    and remains_found_after(self.lower, count.start, count.end, sent.end, sent.start):
                verb = _COUNT_VERBS["dead"]  # "the bodies of two Zorvanian cooks turned up": the dead (found_dead)
            inside_the_last = self.lower[count.end:count.end + 2] in _AMONG_THEM
            if previous is not None and inside_the_last:
                verb = None  # "detained nearly 300 people and 90 Thai nationals among them": a part, told after its whole
            vague = act_of_a_vague_whole(self.lower, self.like_num, sent.start, count.start, _COUNT_VERBS) \
                if previous is None and count.noun_role != "breakdown" and (verb is None or verb[0] is RelType.AFFECTED) else None
            vague_part = vague is not None  # ("freeing hundreds of foreign workers, including 31 Pakistanis, who were
            verb = vague or verb  # forced to work": the act of the whole, not the harm told in their clause)
            inherits = " ".join(self.lower[max(sent.start, count.start - 2):count.start])
            in_a_list = previous_end is not None and self._list_gap(previous_end, count.start)
            if verb is not None and verb[2] == "repatriation" and in_a_list and previous is not None and previous[2].type == "deportation":
                verb = _COUNT_VERBS["deported"]  # "deported 150, including 41 Filipinos and 109 Laotians, sent back home": the deportation
            if verb is not None and verb[2] == "warrant" \
                    and counted_warrants_standing(self.lower, self.like_num, (sent.start, sent.end), (count.start, count.end)):
                continue  # "Five of them had outstanding arrest warrants": people on record, no writ issued
            batch_day = self._batchs_own_day(count, dates) if verb is not None else None
            another = verb is not None and (self.lower[count.start - 1] in {"another", "further"}
                                            or self.lower[count.start + 1:count.start + 2] in (["more"], ["others"])) \
                and batch_day is not None and not (previous is not None and previous[2].date == batch_day.value
                                                   and self.lower[count.start - 1] == "and")
            # ("arrested 25 Chinese and six others on Sunday": the day is the one act's, the others its people)
            # ("31 freed on June 11, with another 52 rescued on June 17": a second batch, no item of a list)
            listed = in_a_list and not another
            # "Of the 209 deported, 73 were ...", "Sixty of those rescued were Indonesians": a sentence opening on a part
            opened = count.noun_role == "breakdown" and (self.lower[sent.start] in {"of", "among"} or count.start == sent.start
                                                         and self.lower[count.start + 1:count.start + 3] in (["of", "those"], ["of", "the"]))
            part = previous is not None and not among_a_whole(self.lower, count.start, sent.start) and not another and (
                not _OPENS_PARTS.isdisjoint(inherits.split()) or inherits in {"of whom", "of them"}
                # "detained nearly 300 people and 90 Thai nationals among them": a part of the count before, not more
                or inside_the_last
                or verb is None and listed or opened
                # "detained 950 foreigners on Sunday in a raid ..., and 610 of them were Vietnamese": a part of the count before
                or verb is None and count.noun_role == "breakdown" and self.lower[count.start + 1:count.start + 3] in (["of", "them"], ["of", "whom"])
                # "arrested 420 foreigners in a raid on a hotel, 300 of them Thai": a part set off after the act's place
                or verb is None and self._matches.apposed.get(count.start, ("",))[0] == "PART_OF"
                # "212 of the suspects were Filipinos, while 48 were Chinese": a second part of the same whole
                or verb is None and count.noun_role == "breakdown" and previous_breakdown and self.lower[count.start - 1] in {"while", "whereas"}
                # "including 40 Peruvians and 12 from Chile, who were flown back": the clause is the list's
                or listed and previous_part and self.lower[count.end:count.end + 2] in ([",", "who"], [",", "which"]))
            if part:
                rel, key, event = previous
            elif verb is None and link is not None and summed_parts:
                rel, key, event = link  # "61 foreigners were deported ... The three Nepalese, one Briton and 57
                # Indonesians had left": the parts of the people told before, their numbers adding up to them
            elif verb is None and count.noun_role == "breakdown" and (named := self._whole_of_the_part(count.start, sent)):
                rel, key, event = named  # "of the 38 deportees, 29 are Chinese": the deportation's, not the last act's
            elif verb is None and link is not None and (not events or sent.start in self._matches.relative
                                                        or (opened or sent.start in self._matches.parts_next) and all(e is link[2] for e in events)) and (
                    count.noun_role == "breakdown" or item or sent.start in self._matches.parts_next) \
                    and not in_relative_clause(self.lower, sent.start, count.start):
                rel, key, event = link  # "29 arrested. 22 were Chinese" ("Of those arrested, 22 were"): the people of the count before
            elif verb is None and link is not None and self._parts_of_the_told(count, sent):
                rel, key, event = link  # "Police rescued 47 people. The victims, including 20 Indonesians, were taken to X"
            elif verb is None and previous is not None and previous[0] is not None and self._gapped_round(count, dates, previous):
                rel, key, event = previous  # "30 Cambodians were deported on September 8, 20 Japanese on September 9": the
                # verb told once, a round of it on each day (its own day is read below)
            elif count.noun_role == "breakdown" and verb is None:
                continue  # a part of people not counted here: no count of its own
            elif verb is not None and in_an_outdone_record(self.lower, count.start, sent.start):
                continue  # "broke the record set in May when 22 were repatriated": the earlier act's people
            elif verb is not None and (held := self._held_again(count, verb[2])) is not None:
                rel, key, event = (*_COUNT_VERBS["arrested" if held.type == "arrest" else "detained"][:2], held)
                # "Police detained 64 people on July 8. The 64 arrested were gang members": that detention
            elif verb is not None:
                rel, key, kind = verb
                case = self._harm_host(events) if not kind else None
                if not kind and case is None:
                    self._harm_waits(count, ev)  # "214 victims": people harmed, but no case of the harm told yet
                    continue
                # (the day of what happened before the day it was told: "said on Monday nine ... arrived on Sunday")
                own = self._days_of_the_act(count, sent, dates)
                if kind == "death" and after_a_finding(self.lower, count.start, sent.start):
                    own = [d for d in own if d.start > self.idx[count.start] or d.period]  # "found guilty on Monday of
                    # ... killing 14 Chinese": the deaths came before the finding (a span, "Since 2009, ...", is theirs)
                day = next((d for d in own if not _said_on(d, self.article.text)), own[0]) if own and not count.past else None
                if day is not None:  # ("A total of 90 were flown home: 50 on 2 June and 40 on 3 June": both days)
                    day = batch_days(self.lower, self.like_num, self.idx, count.start, sent.end, dates, day) or day
                further = another and not count.past  # (not "two dozen others" of the rescued: the rescue told before)
                day = self._batchs_own_day(count, dates) if further else day  # ("with another 52 rescued on June 17")
                event = case or (self._event(kind, day) if further  # type: ignore[attr-defined]
                                 else self._host(kind, events, day, at=count.start))
                if self._batch_of_the_told(event, key, count.value, sent):
                    lead, day_told = event, DateMention(0, 0, "", event.date)  # "brought back 412 ... arranged the
                    lead.date, lead.period = "", False  # repatriation of 190 yesterday": a batch of the 412, on its day
                    event = self._event(kind, day_told, fresh=True)  # type: ignore[attr-defined]
                    events[:] = [event if e is lead else e for e in events]
                if id(event) not in told_before and event not in events:
                    events.append(event)  # "a flight landed carrying 270 Indians": this sentence's event
            elif events:
                rel, key, event = None, "people", events[0]
            else:
                same = self._same_people(count, dates)
                if same is None and count.value >= 2 and not count.thing and self.last_link is not None \
                        and count.value > max(self.last_link[2].counts.values(), default=0):
                    self.last_link = None  # "9,800 foreigners had left the country": other people, more than the
                    # act before counted; "They include ..." after it is theirs, not that act's
                self.last_link = same or self.last_link
                self._described_only(count)  # "The eight Japanese are in their 20s."
                if count.nationality and not count.mixed and count.noun_role != "breakdown":
                    self._described_people.setdefault(count.nationality, count.value)
                continue
            if rel is not None and not another and not count.past \
                    and (day := own_day(self.lower, self.idx, count.start, count.end, dates, event.date, self.words)):
                event, part, listed = self._event(event.type, day), False, False  # "on 3 May, involving 12 Thais": that day's act
                if event not in events:
                    events.append(event)
                if day.start > self.idx[count.end - 1]:  # "and 23 Thais in Bavet on Tuesday": the place told between is that day's
                    self.event_words.setdefault(id(event), []).append(count.start)
                    until = next((k for k in range(count.end, sent.end) if self.idx[k] >= day.start), sent.end)
                    self.days_places.append((count.end, until, id(event)))
            if rel is not None and count.noun_role == "part of":
                if (nat := self._nationality(count.nationality)) is not None:
                    self._edge(rel, event.node.key, nat.key, ev)  # their nationality, with no number
                continue
            if rel is not None and not part and self._sexes_of_an_uncounted_whole(count, sent):
                continue  # "The Malaysians, including six women, were detained": the women, not all the detained
            if rel is not None and worldwide:
                self.worldwide.add(id(event))  # "2,140 arrests across 18 countries": no one town is where it happened
            if key != "people" and not listed and not [d for d in dates if not _said_on(d, self.article.text) and not d.period] \
                    and 0 < event.counts.get(key, 0) * _TALLY_DWARFS <= count.value and _told_as_perfect(self.lower, count, sent):
                continue  # "75 handed over on Sunday ... 2,310 suspects have been handed over": a tally, not the day's act
                # (not the next item of a list the act counts: "Five Thai and 18 Lao nationals have been arrested")
            if key != "people" and (vague_part or _joined_to_others(self.lower, count.start, sent.start)
                                    or not dates and self._shared_between_bodies(sent)):
                pass  # "The Bruneians were arrested together with six Thai nationals": six of more, no total
                # (as are "31 Pakistanis" among "hundreds of foreign workers" freed)
            elif key != "people":  # a number of people no verb tells what happened to is no event count
                more = one_told_before(self.lower, self.doc, count.start, sent.start) \
                    + other_sex_before(self.lower, count.start, sent.start)  # "X and 12 other Chinese": 13; "3 female and 11 male"
                self._count_event(event, key, count.value + more, rounded_number(self.lower, count.start),
                                  floor_number(self.lower, count.start))
            if count.came_from and rel in _MOVING and not self._from_list(count.end, sent) \
                    and not landed_at_home(self.lower, self.doc, count.end, sent.end, count.nationality):
                count.nationality = ""  # "repatriated 73 suspects from Cambodia": where they left, not who they are
            if rel is RelType.REPATRIATED and not count.nationality and count.noun_role in {"", "suspect"} and not count.mixed:
                count.nationality = self._brought_home_by(count, sent)
            elif rel is RelType.REPATRIATED and not count.nationality and count.noun_role == "victim" and not count.mixed \
                    and not self._of_many_peoples(sent):
                count.nationality = self._sent_home_to(count, sent)  # "32 victims were repatriated to Nepal"
            if self._nationality_untold(count, sent):
                count.mixed = True  # "12 more suspects whose nationality was at first unclear": no one's number
            count.nationality = "" if count.mixed else self._state_citizens(count, sent, ents, rel) or count.nationality \
                or self._sent_back_to_the_state(count, sent, ents, rel) \
                or self._same_number(count, rel, event, ev) or self._story_people(count, rel, sent, event) \
                or self._more_of_them(count, rel, counts, previous) or self._their_compatriots(count, rel, counts) \
                or self._part_of_the_acted(count) \
                or self._among_them(count, rel, sent)
            if rel is not None and not count.thing:
                self._hedged_edges(count, sent, rel, event, ev)
            if rel is not None and count.nationality:
                nat = self._nationality(count.nationality)
                whom = self.lower[count.end - 2:count.end] in (["of", "whom"], ["of", "them"])  # "10 Chinese, six of whom"
                within = part and whole is not None and share_of(self.lower, whole, count)  # (the whole's count stands)
                if nat is not None and hedged(self.lower, self.doc, count, sent.end):
                    pass  # "40 workers, mostly from Kenya": most of them, not each (their edge has no number)
                elif nat is not None and not (whom and (part or listed) and (event.node.key, nat.key) in parts) and not within:
                    joined = (part or listed) and not (whole is not None and total_of(self.lower, whole, count)) \
                        and self.lower[count.start - 1] != "among"  # ("The 30 Thais were among 140 Thais rescued": 140)
                    value = count.value + (parts.get((event.node.key, nat.key), 0) if joined
                                           else one_told_before(self.lower, self.doc, count.start, sent.start)
                                           + other_sex_before(self.lower, count.start, sent.start))
                    parts[(event.node.key, nat.key)] = value  # "eight Singaporean men, one Singaporean woman": nine
                    self._people_edge(rel, event.node.key, nat.key, ev, value, count.start)
                    inside_plain = plain_in_sums and (part or listed and inside_plain)
                    if not inside_plain and not inside_the_last:
                        # ("and 454 foreigners, including 333 Chinese and 40 Thais": inside the 454; "300 people and 90
                        # Thai nationals among them": inside the 300)
                        if listed and plain_item is not None and plain_item[:3] == (event, key, previous_end) \
                                and self.lower[previous_end:count.start] == ["and"]:  # (the item right before)
                            sums.add(event, key, plain_item[3], False, "")  # "arrested four foreigners and 15 Filipinos": 19
                        sums.add(event, key, count.value, joined, self.lower[count.start - 1])
                    self._second_verb(count, sent, events, nat.key, ev, dates, rel)
                    past = self._their_past(count, sent, events, rel)
                    past = past or self._kidnapped_past(count, sent, events, rel)
                    if past is not None:
                        self._edge(past[0], past[1].node.key, nat.key, ev, count=count.value)
                    counted.append((nat.key, count.value))
                    included += self.lower[count.start - 1] == "including" and not part
                    self._counted_before[count.nationality] = (key, count.value)
            elif rel is not None and sum(1 for k in range(count.start, count.end) if self.doc[k].ent_iob_ == "B"
                                         and self.doc[k].ent_type_ == "NORP") >= 2:
                sums.add(event, key, count.value, False, self.lower[count.start - 1])  # "41 Chinese and Taiwanese and | three ..."
            elif rel is not None:  # "held 31 suspects in one house and 12 more in the next": 43, of no nationality told
                share = not _OPENS_PARTS.isdisjoint(inherits.split()) or inherits in {"of whom", "of them", ", with"} \
                    or self._apposed_parts(previous_end, count) \
                    or self.lower[count.start - 1] in _INCLUDED  # ("84, including 36 women", "ten people, six men and ...",
                # "The 120 suspects included 70 foreign nationals": part of the 120)
                plain.add(event, key, count.value, (part or listed) and not share and not previous_nationality,
                          self.lower[count.start - 1])  # (an item after a people's item is that list's, not a plain run's)
                plain_item = (event, key, count.end, count.value) if not share else None
                if listed and not share and self.lower[count.start - 1] == "and" and previous_nationality \
                        and (self.lower[count.end - 1] not in _SEXES
                             or previous_end is not None and self.lower[count.end - 1] == self.lower[previous_end - 1]):
                    # "Eight Thai nationals and 45 foreigners were arrested": 53 ("four local men and five foreign men": 9)
                    sums.add(event, key, count.value, True, "and")
                    plain_in_sums = True
            previous, previous_end, previous_nationality = (rel, key, event), count.end, count.nationality
            previous_part, previous_breakdown = part, count.noun_role == "breakdown"
            whole = None if part else count
            if rel is not None:
                self.last_link = self.counted_link = previous
        sums.settle()
        plain.settle()
        self._penalty_parts(sent, events)  # "four were sentenced to death, nine others received life terms": 13
        if any(not c.thing for c in counts):  # ("an outflow of 1,500 people. Among them were ...": those, no act's)
            self.counted_since = self.last_link is None
        if not counts and worded:  # "The victims were rescued on Friday. | They included 12 Kenyans ..."
            self.last_link = uncounted_subject_act(self.lower, self.words, sent.start, sent.end, events) or self.last_link
        self._grown_to(sent, events, dates, ev)
        if counts and (rest := clause_after_counts(self.lower, sent.start, sent.end, counts[-1].end)) >= 0:
            self._peoples_of_them(self.doc[rest:sent.end], self.last_link, ev)  # "...; Kestrians were also among them"
        self._uncounted(sent, events, ev)
        if not (counted_before is not None and counted_before[0] is not None
                and not any(s == counted_before[2].node.key and t.startswith("nationality:") for s, _r, t in self.edges)):
            self._pointed_back(sent, events, ev)  # (not "... arrested three agents. They were booked": those three)
        self._them_here(sent, events, counted, ev)
        self._found_dead(sent, ents, events, dates, ev)  # "a Zorvanian cook was found dead": one dead
        self._one_dead(sent, ents, events, ev)
        if worded and not self._still_about_them(sent, counted):  # ("The suspects were named as ...": still them)
            # ("The suspects, including 22 from X, were handed over": the people told are still all of them)
            whole_and_part = bool(counted) and included == len(counted) and bool(self._told_people)
            self._told_whole_size = len(self._told_people) if whole_and_part else len(counted)
            self._told_people = self._told_people + counted if whole_and_part else counted
            self._told_whole_and_part = whole_and_part
            self._last_group(counts)
        if not item:
            self._list_lead = self._lead_of_list(sent, events, link)
        self._lead_countries(sent, self._list_lead, item)


    def _held_again(self, count: _Count, kind: str) -> _Event | None:
        """The arrest or detention told before that held as many people as "the 64" counted here
        with the other word for it ("detained 64 people ... the 64 arrested"): one act told again."""
        if count.start == 0 or self.lower[count.start - 1] != "the" \
                or self.lower[count.end:count.end + 1] not in (["arrested"], ["detained"]):
            return None  # (only the participle right after the number: "the 64 arrested"; "the six were taken
            # into custody" tells the custody that followed the arrest)
        return held_told_before(self.events, kind, count.value)

    def _batchs_own_day(self, count: _Count, dates: list[DateMention]) -> DateMention | None:
        """The day told after "another 52" or "52 more" in its own clause ("31 freed on June 11, with
        another 52 rescued near the frontier on June 17"): the second batch's day, or None."""
        end, text = self.idx[count.end - 1], self.article.text
        return next((d for d in dates if d.start > end and not d.period and d.value and not _said_on(d, text)
                     and not _CLAUSE_BREAK.search(text[end:d.start])), None)  # (its own clause: not ", and on Tuesday 25 ...")

    def _parts_of_the_told(self, count: _Count, sent: Span) -> bool:
        """"The victims, including 20 Indonesians and 15 Thais, were taken to Mae Sot": a breakdown set
        off after a subject that names the people counted before (with no act of its own here)."""
        words = self.lower[sent.start:count.start]
        if len(words) >= 4 and words[0] == "the" and _told_people(words[1]) and words[2:4] == [",", "including"]:
            return all(w in {"including", ",", "and"} or w[:1].isdigit() or w.isalpha() for w in words[4:])
        # "The foreign workers came from at least 12 countries, including 300 Chinese, 120 Vietnamese and ...":
        # where they came from, then its parts
        for k in range(len(words) - 1, 0, -1):  # "officers held the migrants, made up of two Thais and one Lao,
            # and the guards": the people told before, parted in an aside set off after them
            nouns = words[max(0, k - 3):k - 1]
            if words[k - 1] == "," and words[k] in _ASIDE_PARTS and "the" in nouns and _told_people(nouns[-1]) \
                    and all(w in {",", "and", "of"} or w[:1].isdigit() or w.isalpha() for w in words[k + 1:]):
                return True
        at = next((k for k in range(len(words) - 1) if words[k:k + 2] == [",", "including"]), None)
        return at is not None and words[0] == "the" and any(_told_people(w) for w in words[1:3]) \
            and words[at - 1:at] in (["countries"], ["nationalities"], ["nations"]) and "from" in words[:at] \
            and all(w in {"including", ",", "and"} or w[:1].isdigit() or w.isalpha() for w in words[at + 2:])

    def _gapped_round(self, count: _Count, dates: list[DateMention], previous: tuple[RelType | None, str, _Event]) -> bool:
        """The count, after one told with its verb and day, has a day of its own right beside it and no
        verb: "... deported on September 8, 20 Cambodians on September 9" (after a comma or "and": not
        "... following withdrawals by 12 Chinese tourists in February", other people's doings)."""
        return self.lower[count.start - 1] in {",", "and", ";"} and own_day(self.lower, self.idx, count.start, count.end, dates, previous[2].date, self.words) is not None

    def _another_days_act(self, count: _Count, previous: tuple[RelType | None, str, _Event], written: list[DateMention],
                          counted: list[tuple[str, int]], ev: Evidence) -> None:
        """"arrested 27 Chinese on Monday and another 13 on Tuesday": the further group is the same
        act done on the day told after it, an event of its own; its people are of the nationality
        it names, else of the one the sentence counted before it."""
        rel, key, event = previous
        day = next((d for d in written if d.start > self.idx[count.end - 1] and d.value), None)
        if rel is None or day is None:
            return
        other = self._event(event.type, day, fresh=True)  # type: ignore[attr-defined]
        other.counts[key] = max(count.value, other.counts.get(key, 0))
        nat = self._nationality(count.nationality) if count.nationality else None
        told = {code for code, _value in counted}
        bare = all(self.like_num[i] or self.lower[i] in _PLAIN_PEOPLE or self.lower[i] == "more"
                   for i in range(count.start, count.end))
        # ("another 58 people", "90 more": them; "another 30 foreigners": not them)
        target = nat.key if nat is not None else next(iter(told)) if len(told) == 1 and bare else None
        if target is not None:
            self._edge(rel, other.node.key, target, ev, count=count.value)

    def _sexes_of_an_uncounted_whole(self, count: _Count, sent: Span) -> bool:
        """"The Malaysians, including six women, were detained", "arrested nine, among them two
        women", "The suspects, including 27 fugitives, were handed over" told with no whole before in
        the sentence: a share of men, women or fugitives of people the sentence does not count, which
        is no count of the act's."""
        lead = self.lower[max(sent.start, count.start - 2):count.start]
        return (self.lower[count.end - 1] in _SEXES or self.lower[count.end - 1] in _SHARES_OF_PEOPLE) and not count.nationality \
            and bool(lead) and (lead[-1] in {"including", "among"} or lead == ["among", "them"]) \
            and not any(self.like_num[sent.start:count.start])

    def _batch_of_the_told(self, event: _Event, key: str, value: int, sent: Span) -> bool:
        """The event, told undated before with a count of ``key``, took its day from this sentence,
        which counts far fewer people for it: one batch of the whole told before ("Nepal brought back
        412 ... The government arranged the repatriation of 190 yesterday"), not the whole's day."""
        told = event.counts.get(key, 0)
        return self.dated_in.get(id(event)) == sent.start and told >= _BATCH_SHARE * value and value > 0

    def _days_of_the_act(self, count: _Count, sent: Span, dates: list[DateMention]) -> list[DateMention]:
        """The sentence's days that may date the act a count belongs to: not those inside a relative
        clause on the counted people, which tell their past, their later fate or an act of their own
        ("41 Thais, who will be deported next week"; "47 Indians who were rescued on Monday | landed
        on Wednesday"; "held with two others, both of whom were arrested on Monday")."""
        own = [d for d in dates if not _in_a_later_clause(self.article.text, self.idx[count.end - 1], d.start)]
        clause = self._their_clause(count, sent)
        own = [d for d in own if clause is None or not clause[0] <= d.start < clause[1]] or own
        trailing = self._their_own_act(count, sent)
        return [d for d in own if trailing is None or not trailing[0] <= d.start < trailing[1]]

    def _their_clause(self, count: _Count, sent: Span) -> tuple[int, int] | None:
        """Where a relative clause on the counted people runs, from its "who" to the sentence's own
        verb group after it (characters), else None: a day inside it is their past's, not their act's."""
        w = count.end + (count.end < sent.end and self.words[count.end] == ",")
        if w + 2 >= sent.end or self.lower[w] != "who":
            return None
        p = next((k for k in range(w + 1, min(sent.end, w + 4))
                  if self.lower[k].endswith("ed") or self.lower[k] in _IRREGULAR_PARTICIPLES
                  or self.lower[k] not in _CLAUSE_AUXILIARIES and self.lower[k].isalpha()), None)
        # ("who were held", "who broke out of the Amber Wren compound last month | were flown home")
        group = self._own_verb_group(p, sent) if p is not None else None  # type: ignore[attr-defined]
        return (self.idx[w], self.idx[group]) if group is not None else None

    def _shared_between_bodies(self, sent: Span) -> bool:
        """"Dastra police applied for warrants for 30 of them, and Wrenmouth police applied for 9
        more": two bodies, each the subject of the same verb in a clause of its own that counts
        people, split the act between them; each number is one body's part, not the act's total (its
        caller asks only of a sentence with no day: "X arrested 19 in April, and Y arrested two in
        August" tells two acts, each with its own number)."""
        bodies = [e for e in sent.ents if e.label_ == "AGENCY"]
        verbs: dict[str, int] = {}
        for body in bodies:
            k = body.end + (body.end < sent.end and self.lower[body.end] in {"has", "have", "had", "also"})
            if k < sent.end and self.lower[k].endswith("ed") \
                    and any(self.like_num[j] for j in range(k + 1, min(sent.end, k + 9))):
                verbs[self.lower[k]] = verbs.get(self.lower[k], 0) + 1
        return any(n >= 2 for n in verbs.values())

    def _their_own_act(self, count: _Count, sent: Span) -> tuple[int, int] | None:
        """"Somsak and Noi were held at a camp with two others, both of whom were arrested on Monday":
        a relative clause after the count, on people of the sentence, that tells an act of their own
        and runs to the sentence's end or a comma; its day is that act's, not the act the count
        belongs to. Where it runs (characters), else None."""
        for w in range(count.end, sent.end - 1):
            if self.lower[w] not in _RELATIVE_WORDS or self.lower[w - 1] not in {",", "of"}:
                continue
            p = next((k for k in range(w + 1, min(sent.end, w + 4)) if self.lower[k] not in _CLAUSE_AUXILIARIES), None)
            if p is None or EVENT_TRIGGERS.get(self.lower[p]) is None or self._own_verb_group(p, sent) is not None:  # type: ignore[attr-defined]
                return None
            stop = next((k for k in range(p + 1, sent.end) if self.words[k] in {",", ";"}), None)
            return self.idx[w], (self.idx[stop] if stop is not None else sent.end_char)
        return None

    def _all_of_one(self, sent: Span, link: tuple[RelType | None, str, _Event] | None, ev: Evidence) -> None:
        """"Police arrested 40 suspects. ... All the suspects were Pakistanis": the act of the people
        counted last (in the sentence before, else anywhere before) gets the one nationality said of
        them all, with their number, unless the story gave its people a nationality already."""
        if link is None or link[0] is None or "all" not in self.lower[sent.start:sent.end]:
            return
        rel, key, event = link
        value = event.counts.get(key, 0)
        code = all_of_one_nationality(self.lower, self.doc, sent.start, sent.end) if value else ""
        nat = self._nationality(code) if code else None
        peoples = {n.key for n in self.nationality_nodes.values()}
        if nat is None or any(source == event.node.key and target in peoples for source, _rel, target in self.edges):
            return
        self._edge(rel, event.node.key, nat.key, ev, count=value)

    def _count_event(self, event: _Event, key: str, value: int, rough: bool, floor: bool = False) -> None:
        """The event's count of ``key``: the largest told, except that an exact number and a rough one
        a little above it ("Nearly 150 arrested", "arrested 147"), in either order, give the exact one
        (but not one below a least number: "more than 1,000 ... 820 from China" is a part of them)."""
        self.totals.told((id(event), key), value)
        self.telling.told(event, key)
        told = event.counts.get(key)
        near = told is not None and abs(told - value) <= _ROUNDING_SPAN * max(told, value)
        if near and (id(event), key) not in self.floor_counts \
                and (id(event), key) in self.rough_counts and not rough and value < told:  # type: ignore[operator]
            event.counts[key] = value
        elif near and rough and (id(event), key) not in self.rough_counts and value > told:  # type: ignore[operator]
            return  # ("arrested 147 ... nearly 150 in all": the exact number stands)
        elif told is None or value > told:
            event.counts[key] = value
        else:
            return
        (self.rough_counts.add if rough else self.rough_counts.discard)((id(event), key))
        (self.floor_counts.add if floor else self.floor_counts.discard)((id(event), key))

    def _victims_told(self, sent: Span, link: tuple[RelType | None, str, _Event] | None
                      ) -> tuple[RelType | None, str, _Event] | None:
        """"freed 840 ... Of those, 45 have been repatriated ... The victims are mostly from Vietnam":
        a sentence that opens on "the victims" tells of all the people freed, not of the part counted
        last: the link to the last rescue that counted people, else ``link`` as it was."""
        if link is None or link[0] is RelType.RESCUED or "victims" not in self.lower[sent.start:sent.start + 3]:
            return link
        freed = next((e for e in reversed(self.events) if e.counts.get("rescued") and id(e) not in self.told_apart), None)
        if freed is None and link[0] in _SUSPECTS_ACTS:
            return None  # "Police arrested 90 people ... The victims included 40 Malaysians": not of those arrested
        return (RelType.RESCUED, "rescued", freed) if freed is not None else link

    def _peoples_of_them(self, sent: Span, link: tuple[RelType | None, str, _Event] | None, ev: Evidence) -> None:
        """"Thailand detained 312 people. The group consists mainly of people from Nepal and Sri
        Lanka": the act of the people counted last gets each people named, with no number."""
        if link is None or sent.start >= len(self.lower):
            return
        rel, _key, event = link
        if rel is None:
            return
        for code in peoples_of_them(self.lower, self.doc, sent.start, sent.end) \
                or among_them(self.lower, self.doc, sent.start, sent.end):
            nat = self._nationality(code)
            if nat is not None and not any(s == event.node.key and t == nat.key for s, _r, t in self.edges):
                self._edge(rel, event.node.key, nat.key, ev)

    def _transfer_verb(self, verb: tuple[RelType | None, str, str], sent: Span) -> tuple[RelType | None, str, str] | None:
        """The act of people a sentence tells only as "transferred" or "handed over" (``transfers``):
        to their own state, the sending home told before (else a repatriation); to another state, a
        deportation; to a place inside a country ("transferred to a prison"), none."""
        words = self.lower[sent.start:sent.end]
        mover = "transferred" if "transferred" in words else "handed" if "handed" in words else ""
        if not mover and "received" in words and not sent_home_told(words, "received") and received_from_another_state(
                self.lower, self.doc, sent.start + words.index("received"), sent.start, sent.end):
            return _COUNT_VERBS["deported"]  # "The Royal Thai Army received 90 foreigners from Myanmar officials"
        if not mover or sent_home_told(words, mover):
            return verb  # (a word of sending home of its own names the act: "handed over ... and flown home")
        moved = transfer_kind(self.lower, self.doc, sent.start + words.index(mover), sent.start, sent.end)
        if moved == "deportation":
            return _COUNT_VERBS["deported"]  # "handed over 260 foreigners to the Royal Thai Army"
        if mover == "handed":  # "Cambodia deported 119 ... The group was handed over at Poipet": the sending home told
            return _COUNT_VERBS[KIND_VERBS[self._handover_kind()]]  # type: ignore[attr-defined]
        if moved is None:
            return verb
        if moved == "":
            return None
        return _COUNT_VERBS[KIND_VERBS[self._handover_kind()]]  # type: ignore[attr-defined]

    def _apposed_parts(self, previous_end: int | None, count: _Count) -> bool:
        """"arrested ten people, six men and four women", "300 suspects (45 of them women)": a count
        set off by a comma or a bracket right after a group counted by a general noun, or told as
        "of them", parts that group; it adds no people to it."""
        if previous_end is None:
            return False
        whose = self.lower[count.start + 1:count.start + 3] in (["of", "them"], ["of", "whom"])
        return whose or self.lower[previous_end:count.start] in ([","], ["("]) and self.lower[previous_end - 1] in _GROUP_NOUNS

    def _kept_relative_act(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The act of a relative clause right after the counted people ("Six Sabahans who were freed
        from fake job offers are still stuck in Laos") where the sentence kept it as an event of its own
        (the story's first telling of its kind, see ``events._first_told_of_counted``)."""
        k = count.end
        if self.lower[k:k + 1] not in (["who"], ["whom"]):
            return None
        k += 1
        verb = past_auxiliaries(self.lower, k, sent.end)  # ("who were", "who had (temporarily) been": a passive, the act done to them)
        word = self.lower[verb] if verb < sent.end else ""
        return _COUNT_VERBS[word] if verb > k and word in _COUNT_VERBS and verb in self.trigger_at else None

    def _doers_of_the_harm(self, count: _Count, sent: Span) -> bool:
        """The counted people are the subject of an active verb of harm right after them ("two
        Chinese nationals (have) lured 12 youths"): the doers, not the people harmed."""
        k = count.end
        while k < sent.end and self.lower[k] in {"have", "has", "had", "allegedly", "reportedly", "also"}:
            k += 1
        verb = self.lower[k] if k + 1 < sent.end else ""
        return verb.endswith("ed") and _COUNT_VERBS.get(verb, (None,))[0] is RelType.AFFECTED \
            and (self.like_num[k + 1] or self.lower[k + 1] in {"and", "more", "about", "over", "dozens"})

    def _list_gap(self, end: int, start: int) -> bool:
        """A short gap with no verb of its own between two counts: they are items of one list (past a
        bracketed breakdown of the first: "12 Chinese (9 men and 3 women) along with two Thais")."""
        if end < start and self.lower[end] == "(" and ")" in self.lower[end:start]:
            end = self.lower.index(")", end) + 1
        at = max(0, start - 3)
        before = self.lower[at:start]
        lead = before[len(before) - before[::-1].index("from"):] if "from" in before else None
        # ("three nationals of Tajikistan and five ...": the "of" before a country is the item's own)
        of_another = any(w == "of" and nxt not in {"whom", "them"} and self.doc[at + k + 1].ent_type_ != "COUNTRY"
                         for k, (w, nxt) in enumerate(zip(before, before[1:] + [""])))
        if lead is not None and set(lead) <= _ABOUT or set(before) & _DEFRAUD or of_another:
            return False  # "... from more than 800 citizens": the people of another clause
        if "," in self.lower[end:start] and self._opens_on_an_addition(end):
            return False  # "On top of the 1,200 deportations, around 9,000 have left": others, no item
        return start - end <= 8 and _NOT_A_LIST_GAP.isdisjoint(self.lower[end:start]) \
            and not any(self.lower[i] in _COUNT_VERBS for i in range(end, start))

    def _opens_on_an_addition(self, k: int) -> bool:
        """The sentence holding ``k`` opens on a phrase of addition ("On top of", "In addition to",
        "Besides") that reaches to ``k``: what it counts is set beside the main clause's people."""
        sent = self.sentence
        if sent is None or not sent.start <= k <= sent.end:
            return False
        opening = self.lower[sent.start:sent.start + 3]
        return (opening == ["on", "top", "of"] or opening == ["in", "addition", "to"] or opening[:1] == ["besides"]
                or opening[:2] == ["apart", "from"]) and "," not in self.lower[sent.start:k]


#: Acts a participle inside a count's phrase tells as done to the people ("93 rescued Indonesians")
_DONE_BEFORE = frozenset({RelType.RESCUED, RelType.ARRESTED, RelType.DETAINED, RelType.DEPORTED, RelType.REPATRIATED})
#: Openings that part the people counted last, however far back: "Of them, ...", "Among those, ..."
_BACK_TO_THE_COUNTED = [[lead, them] for lead in ("of", "among") for them in ("them", "these", "those")]
#: A relative clause opened after the counted people: ", who will be deported in the coming weeks".
_LATER_CLAUSE = re.compile(r",\s*(?:who|which|whom)\b[^,;]*$", re.I)  # (not closed before the date)


def _in_a_later_clause(text: str, count_at: int, date_start: int) -> bool:
    """The date stands in a relative clause opened after the count ("41 Thais, who will be deported in
    the coming weeks"): it is that clause's day, not the day of the act the count belongs to."""
    return date_start > count_at and bool(_LATER_CLAUSE.search(text[count_at:date_start]))


#: Marks that open a line of a list: "- 4,210 Arrests: ...", "• 29 Prosecutions: ..."
_BULLETS = frozenset({"-", "•", "*", "–", "—"})


def _figure_line(lower: list[str], count: _Count, sent: Span) -> bool:
    """The count of acts opens its line (past a bullet) and a colon follows its noun: "- 3,880
    Deportations: ...", a figure in a list of a campaign's figures, not one act's people."""
    start = sent.start + (lower[sent.start] in _BULLETS)
    return count.start == start and lower[count.end:count.end + 1] == [":"]


#: Carriers that fly people out: a plane that "evacuated" people flew them home, whoever freed them
_AIRCRAFT = frozenset({"plane", "planes", "aircraft", "jet", "jets", "flight", "flights", "airliner", "c-130", "c-17"})
_EVACUATING = frozenset({"evacuated", "evacuating", "evacuate", "evacuation"})


def _flown_out(before: list[str]) -> bool:
    """An aircraft is the subject of an evacuation told before the people counted."""
    return not _EVACUATING.isdisjoint(before) and not _AIRCRAFT.isdisjoint(before)


#: How many times the act's own count a number told in the present perfect beside it must be to read
#: as a running tally: "75 handed over on Sunday ... 2,310 have been handed over" is one; "eight
#: held in custody. Twelve Chinese have been moved to a holding centre for deportation" is the
#: same operation's other people
_TALLY_DWARFS = 3


def _told_as_perfect(lower: list[str], count: _Count, sent: Span) -> bool:
    """The people counted are the subject of a present perfect a few words on ("2,310 suspects
    involved in fraud in Laos have been handed over", or "were already repatriated"): what has
    been done up to now, not on a day."""
    after = lower[count.end:min(sent.end, count.end + 10)]
    return any(a in {"have", "has"} and b == "been" for a, b in zip(after, after[1:])) \
        or any(a in {"were", "was"} and b == "already" for a, b in zip(after, after[1:]))  # ("3,002 of them were
    # already repatriated": done before now, a tally)


#: Words that join a counted group to people told before it: "arrested together with six Thais"
_JOINED_TO = (["together", "with"], ["along", "with"], ["alongside"])


def _joined_to_others(lower: list[str], start: int, sent_start: int) -> bool:
    """The count at ``start`` follows "together with", "along with" or "alongside": its people were
    taken with others told before them, so its number is a part of the act's, never its total."""
    return any(start - len(words) >= sent_start and lower[start - len(words):start] == words for words in _JOINED_TO)
