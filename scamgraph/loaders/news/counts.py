"""Counts and nationalities: noun phrases that carry a number of people or things, the verb
they belong to, and the nationality they name.

This module walks a sentence's counts (``_counts``); the phrases themselves are read in
``count_phrases.py``, the act a count belongs to where its verb says none in ``count_acts.py``,
its act's day in ``count_days.py``, the people counted before that a sentence goes on about in
``counted_before.py``, whether a count parts others or adds to them in ``parted_counts.py``, and the
number an event keeps in ``event_totals.py``, and the counted people to whom no act is done in
``counts_of_no_act.py``."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.all_of_one import clause_after_counts, clause_openings
from scamgraph.loaders.news.among_told import AmongTold
from scamgraph.loaders.news.another_day import another_day, own_day
from scamgraph.loaders.news.batch_days import batch_days
from scamgraph.loaders.news.bracket_rows import bracketed_parts_of
from scamgraph.loaders.news.count_acts import CountActs, _figure_line, _free_as_a_state
from scamgraph.loaders.news.count_days import CountDays
from scamgraph.loaders.news.count_phrases import CountPhrases
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.counted_before import CountedBefore
from scamgraph.loaders.news.counts_of_no_act import CountsOfNoAct
from scamgraph.loaders.news.country_lines import CountryLines
from scamgraph.loaders.news.described import floor_number, rounded_number
from scamgraph.loaders.news.event_totals import (
    EventTotals,
    _across_countries,
    _joined_to_others,
    _told_as_perfect,
    dwarfs_the_act,
)
from scamgraph.loaders.news.found_dead import FoundDead
from scamgraph.loaders.news.harms_ahead import HarmsAhead
from scamgraph.loaders.news.kidnapped import KidnappedCounts
from scamgraph.loaders.news.landed_home import landed_at_home
from scamgraph.loaders.news.list_sums import (
    INCLUDED as _INCLUDED,
    OPENS_PARTS as _OPENS_PARTS,
    ListSums,
    share_of,
    total_of,
)
from scamgraph.loaders.news.mostly_of import all_of_one_aside, hedged
from scamgraph.loaders.news.number_of import GrownCounts
from scamgraph.loaders.news.number_places import among_a_whole, in_relative_clause
from scamgraph.loaders.news.others_counted import one_told_before, other_sex_before
from scamgraph.loaders.news.parted_counts import _SEXES, PartedCounts, _parts_add_up
from scamgraph.loaders.news.penalty_parts import PenaltyParts
from scamgraph.loaders.news.raided_sites import count_thing
from scamgraph.loaders.news.same_number import SameNumber
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.subheadings import figure_entry
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.told_ago import in_an_outdone_record
from scamgraph.loaders.news.uncounted_subjects import uncounted_subject_act
from scamgraph.loaders.news.vague_wholes import act_of_a_vague_whole
from scamgraph.loaders.news.wanted_lists import counted_warrants_standing
from scamgraph.loaders.news.words import after_a_finding
from scamgraph.model import Evidence, RelType

#: Verbs that move people across a border: "from X" after their noun tells where they left.
_MOVING = {RelType.REPATRIATED, RelType.DEPORTED}
#: Words of a study or an estimate: the people harmed it counts are no one case's victims
_STUDIES = frozenset({"report", "reports", "study", "studies", "survey", "estimate", "estimates", "estimated",
                      "research", "index"})
#: Acts done to suspects, and words of captives: a sentence on captives parts no suspects counted before
_SUSPECTS_HELD = frozenset({RelType.ARRESTED, RelType.CHARGED, RelType.DETAINED})
_CAPTIVES = frozenset({"captive", "captives", "captivity", "victims", "trafficked", "forced", "enslaved"})
#: Words right after a count that make it a part of the count before it
_AMONG_THEM = (["among", "them"], ["among", "those"], ["among", "whom"])


class CountRules(HarmsAhead, AmongTold, CountPhrases, CountryLines, KidnappedCounts, SameNumber, GrownCounts, FoundDead,
                 PenaltyParts, CountActs, CountDays, CountedBefore, PartedCounts, EventTotals, CountsOfNoAct):
    """Numbers of people (by nationality) and of things, attached to events."""

    def _counts(self, sent: Span, ents: list[Span], events: list[_Event], dates: list[DateMention],
                written: list[DateMention], ev: Evidence) -> None:
        self.tallied_figures, self.sentence_figures = set(), set()  # (no speaker's figure left from the sentence before)
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
        last_whole: _Count | None = None  # (the last such count, past the parts told after it)
        counted_before = self.last_link  # (the people the sentence before counted with an act)
        link, item = self._sentence_link(sent, counts, events, ev)  # the people counted before ("Of them, 15 ...")
        summed_parts = link is not None and _parts_add_up(counts, link) \
            and not (link[0] in _SUSPECTS_HELD and not _CAPTIVES.isdisjoint(self.lower[sent.start:sent.end]))
        # (not "The people held captive included 95 Chinese ..." after an arrest: the victims, not the suspects)
        counted: list[tuple[str, int]] = []
        included = 0  # of them, the people told as part of the people counted before ("The suspects, including 22 from X")
        parts: dict[tuple[str, str], int] = {}  # (event, nationality) -> the people of the list so far
        sums = ListSums()  # "30 Bolivians and four Chileans": the act counts 34
        plain = ListSums()  # (the items of no nationality, summed apart: "40 people, 30 Chinese and 10 Thais" is 40)
        worded = any(map(str.isalpha, self.words[sent.start:sent.end]))  # (not a line of figures alone)
        if worded and not item and not self._names_the_counted_act(counts, events):
            self.last_link = None
        tallied = False  # a tally counted in this sentence: its parts "of whom" are tallies too
        self.only_tallies = False  # (every count of the sentence a tally: its act words tell no event's places or doers)
        self.sentence_figures = {c.value for c in counts if not c.thing}  # (whose act a speaker tells: event_bodies.py)
        other_counts = False
        worldwide = bool(counts) and _across_countries(self.lower, sent.start, sent.end)  # ("across 18 countries")
        for count in counts:
            if count.noun_role == "whole" or self.lower[sent.start] == "since" and not dates:
                continue
            running = self._running_total(count, sent)
            if running and not count.thing:
                self.tallied_figures.add(count.value)
            if running or tallied and (self.lower[count.start - 2:count.start] in (["of", "whom"], ["of", "them"])
                                       or self.lower[count.end - 2:count.end] == ["of", "them"]):
                tallied = True  # "has so far rescued 518 Nepalis, of whom 430 are back home" ("and 212 of them have
                # been flown back"): neither is one event
                self.only_tallies = not other_counts
                continue
            other_counts, self.only_tallies = True, False
            if self._no_act_done(count, sent):
                continue  # waiting, ready, a plight told, denied, asked about: no act done to them
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
            verb = self._act_of_the_count(verb, count, sent, events)  # ("281 arrests", "bodies were found" ...)
            inside_the_last = self.lower[count.end:count.end + 2] in _AMONG_THEM
            if previous is not None and inside_the_last:
                verb = None  # "detained nearly 300 people and 90 Thai nationals among them": a part, told after its whole
            vague = act_of_a_vague_whole(self.lower, self.like_num, sent.start, count.start, _COUNT_VERBS) \
                if previous is None and count.noun_role != "breakdown" and (verb is None or verb[0] is RelType.AFFECTED) else None
            vague_part = vague is not None  # ("freeing hundreds of foreign workers, including 31 Pakistanis, who were
            verb = vague or verb  # forced to work": the act of the whole, not the harm told in their clause)
            inherits = " ".join(self.lower[max(sent.start, count.start - 2):count.start])
            in_a_list = previous_end is not None and self._list_gap(previous_end, count.start, count.end)
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
            opened = count.noun_role == "breakdown" and (self.lower[sent.start] in {"of", "among"} or count.start in clause_openings(
                self.lower, sent.start, sent.end) and self.lower[count.start + 1:count.start + 3] in (["of", "those"], ["of", "the"]))
            # ("The embassy said 19 of the rescued were ...": the part opens the clause the speaker tells)
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
                or listed and previous_part and self.lower[count.end:count.end + 2] in ([",", "who"], [",", "which"])
                # "... were nationals of Zorvania (14) and Kestria (9)": bracketed rows adding up to the whole
                or bracketed_parts_of(count, last_whole, counts, self._matches.apposed, self.lower))
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
                    and not in_relative_clause(self.lower, sent.start, count.start) and self._may_part(count, link):
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
                total = day is not None and day is self._total_span(count, sent, dates)  # ("600 rescued since January")
                event = case or (self._event(kind, day) if further or total  # type: ignore[attr-defined]
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
                self._described_only(count)  # "The five Zorvanians are in their 30s."
                if count.nationality and not count.mixed and count.noun_role != "breakdown":
                    self._described_people.setdefault(count.nationality, count.value)
                continue
            if rel is not None and not another and not count.past \
                    and (day := own_day(self.lower, self.idx, count.start, count.end, dates, event.date, self.words)) \
                    and not self._held_by_another(count, sent, dates, day):  # (not "this year" of "2,300 deported this year")
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
            if key != "people" and not listed and dwarfs_the_act(event, key, count, dates, self.article.text) \
                    and _told_as_perfect(self.lower, count, sent):
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
                or all_of_one_aside(self.lower, self.doc, count, sent.end) \
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
                    past = self._their_past(count, sent, events, rel, dates)
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
            last_whole = last_whole if part else count
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
            self._all_of_one(self.doc[rest:sent.end], self.last_link, ev)  # "...; all were Kestrians"
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


