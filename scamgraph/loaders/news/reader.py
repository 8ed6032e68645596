"""The reader: walks a document sentence by sentence and lets each rule module add its facts. How
each name of a sentence becomes a node is ``entity_nodes.py``."""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention, find_dates
from scamgraph.loaders.news.agencies import AgencyRules
from scamgraph.loaders.news.arrests_named import detained_as_arrested, named_the_arrests
from scamgraph.loaders.news.arrests_told_again import (
    arrests_told_again,
    detention_of_the_arrested,
    held_by_another_state,
    opens_on_the_taken,
    raid_pointed_back,
)
from scamgraph.loaders.news.bare_bodies import fold_bare_bodies
from scamgraph.loaders.news.bare_mentions import fold_bare_mentions
from scamgraph.loaders.news.birth_years import a_birth_date
from scamgraph.loaders.news.call_centre_scams import CallCentreScams
from scamgraph.loaders.news.citizenships import CitizenshipRules
from scamgraph.loaders.news.counts import CountRules
from scamgraph.loaders.news.courts import fold_general_courts
from scamgraph.loaders.news.delegations import DelegationRules
from scamgraph.loaders.news.described_sites import named_site_described
from scamgraph.loaders.news.doers_roles import drop_helper_roles_of_doers
from scamgraph.loaders.news.entity_nodes import EntityNodes
from scamgraph.loaders.news.event_scams import EventScamRules
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.events import EventRules
from scamgraph.loaders.news.false_identities import may_pose
from scamgraph.loaders.news.flattened import flattened
from scamgraph.loaders.news.found_dead import dead_found_as_affected
from scamgraph.loaders.news.found_held import drop_found_then_held, rescues_found_again
from scamgraph.loaders.news.freed_then_sent import FreedPeople
from scamgraph.loaders.news.group_nationals import GroupNationals
from scamgraph.loaders.news.handover_attendance import AttendanceRules
from scamgraph.loaders.news.headline_totals import undo_headline_totals
from scamgraph.loaders.news.impersonated import may_fake
from scamgraph.loaders.news.lead_totals import sums_of_batches, undo_lead_totals
from scamgraph.loaders.news.loan_scams import LoanScams
from scamgraph.loaders.news.lures import LureRules
from scamgraph.loaders.news.mention_text import _quote
from scamgraph.loaders.news.month_mentions import fold_month_mentions
from scamgraph.loaders.news.named_objects import acts_on_a_named_person, described_after, done_to_a_named_subject
from scamgraph.loaders.news.people import PeopleRules
from scamgraph.loaders.news.places import PlaceRules
from scamgraph.loaders.news.scene_days import opens_on_the_scene, operation_day, tells_its_outcome
from scamgraph.loaders.news.sending_edges import retype_sending_edges
from scamgraph.loaders.news.shortened_zones import shortened_zones
from scamgraph.loaders.news.subheadings import figure_entry
from scamgraph.loaders.news.timing import (
    _dateline,
    _said_on,
    _stamped,
    adjourned_to,
    compared_since,
    in_a_law_name,
    tally_day,
    writ_issued_on,
)
from scamgraph.loaders.news.traffickers import TraffickerRules
from scamgraph.loaders.news.tried_acts import may_attempt
from scamgraph.loaders.news.words import _GENERIC, _LONG_HABIT, _MODAL
from scamgraph.loaders.nlp.boilerplate import captions, other_stories
from scamgraph.model import Evidence, RelType


@flattened  # (its mixins' methods copied onto it: see ``flattened.py``)
class _Reader(EventRules, CountRules, PeopleRules, AgencyRules, PlaceRules, DelegationRules, LureRules, GroupNationals,
              TraffickerRules, EventScamRules, CitizenshipRules, FreedPeople, CallCentreScams, LoanScams, AttendanceRules,
              EntityNodes):
    """Reads one document sentence by sentence; holds what earlier sentences established."""

    def read(self) -> None:
        self.posing = may_pose(self.lower_set)  # (a place inside a false identity needs a verb of pretence)
        self.faking = may_fake(self.lower_set)  # (and a body named as a prop, a word of faking)
        self.attempting = may_attempt(self.lower_set)  # (an act only tried needs a word of trying)
        by_sentence: dict[int, list[Span]] = {}
        sentences = self.sentences
        starts = [s.start for s in sentences]
        for ent in self.ents:
            index = bisect.bisect_right(starts, ent.start) - 1
            if ent.end <= sentences[index].end:
                by_sentence.setdefault(index, []).append(ent)
        words = self.words
        # other stories' headlines and openings a page lists ("Also read: ..."): no event, count or place of this one
        elsewhere = other_stories(self.doc)
        pictured = captions(self.doc)  # a picture's caption: who and where, but no act of the story
        for index, sent in enumerate(sentences):
            if _inside(sent, elsewhere):
                continue
            if _inside(sent, pictured):
                self._caption(sent, by_sentence.get(index, []))
            elif words[sent.start].strip() or any(w.strip() for w in words[sent.start:sent.end]):
                self._sentence(sent, by_sentence.get(index, []))
            else:
                self._blank_line(sent)  # the break between two paragraphs
        self._call_centre_scam()  # voice phishing, where the story named no scam of the centre's own
        self._harms_to_cases()  # "trafficked five Taiwanese ... was convicted": the case told later
        self.site_alias.update(named_site_described(self.sites, self.site_alias, self.batch.nodes, self.edges))
        self.site_alias.update(shortened_zones(self.batch.nodes.values(), self.site_alias))  # "the X Economic Zone": X Special Economic Zone
        self._drop_idle_town_bodies()  # "police in X requested help": no node
        self.site_alias.update(self._town_bodies_named())  # "Police in Lai Chau": the Lai Chau Provincial Police
        self._merge_renamed_sites()
        self._fold_headlines()
        self._drop_headline_futures()
        self._drop_framing()
        self._undate_the_telling()
        self._fold_returns_into_removals()  # "Returned to Hanoi" over "were deported": one act
        # ("arrested ... detained them"; not a court's remand, an act of its own)
        abroad = held_by_another_state(self.events, self.edges, self.batch.nodes)  # (a custody abroad: its own act)
        detention_of_the_arrested(self.events, self.told_apart | self.remands | abroad, self._fold_into, self.headlined)
        arrests_told_again(self.events, self.told_apart | self.own_takings, self._fold_into, self.on_arrival,
                           self.taking_raids, self.fled_raids)  # one raid's arrest told twice (not one another body's raid came between)
        raid_pointed_back(self.events, self.told_apart, self._fold_into, self.lower, self.born_in)  # "arrested 90 on Monday ... during the raid"
        if named_the_arrests(self.lower):  # "detained 300 men ... The arrests were made on Monday": arrested
            detained_as_arrested(self.events, self.edges, self.told_apart | self.remands | abroad, self._fold_into,
                                 self._retell)
        self._date_what_the_raid_yielded()  # "... during the raid. Officers also seized 300 phones": its day
        rescues_found_again(self.events, self.edges, self.told_apart, self._fold_into)  # "rescued 40 ... found the 43 in a raid"
        retype_sending_edges(self.events, self.edges)  # a deportation's people were DEPORTED, whatever verb read them
        dead_found_as_affected(self.events, self.edges)  # "was found dead": the death's AFFECTED, not FOUND
        self._fold_deaths_told_again()  # "the killing of a Zorvanian teacher ... The teacher was found dead": one death
        undo_headline_totals(self.events, self.edges, self.totals)  # "deports 180 in two days": 110 and 70
        undo_lead_totals(self.events, self.edges, self.telling, self.told_apart)  # "Two held. A on May 2, B on June 3"
        self._drop_sums_of_batches()  # "brought home 500 over two days": the 260 and the 240 told
        for event in self.events:
            self._finish_event(event)
        self._fold_undated()
        self._fold_counted_again()  # "were among 150 detained during raids" before the raids of May 28 and 29
        fold_month_mentions(self.events, self.told_apart, self._fold_into)  # "on March 14 ... the March raid": one
        fold_bare_mentions(self.events, self.edges, self.told_apart, self._fold_into)  # "held for repatriation": the dated one
        self._place_by_country_words()  # "the Zorvanian city of Lotville", once the country's node is known
        self._drop_implied_nesting()
        fold_general_courts(self.batch.nodes, self.edges)  # "A Chinese court" = the one named Chinese court
        fold_bare_bodies(self.batch.nodes, self.edges)  # "the Immigration Department", later "the Malaysian ..."
        drop_found_then_held(self.edges, self.batch.nodes)  # "found 14 Peruvians ... arrested them": the arrest, not the finding
        drop_helper_roles_of_doers(self.edges)  # "X returned them" ... "Y works with X on their return": X did it
        self.batch.edges.extend(self.edges.values())

    def _retell(self, key: tuple, rel: RelType) -> None:
        """One edge told again under another type (its evidence and count kept)."""
        edge = self.edges.pop(key)
        for ev in edge.evidence:
            self._edge(rel, key[0], key[2], ev, **edge.properties)

    def _drop_sums_of_batches(self) -> None:
        """An event that only sums the batches told of it (see ``lead_totals``): no node, no edge."""
        for event in sums_of_batches(self.events, self.told_apart):
            for key in [k for k in self.edges if event.node.key in (k[0], k[2])]:
                del self.edges[key]
            self.events.remove(event)
            self.batch.nodes.pop(event.node.key, None)

    def _caption(self, sent: Span, ents: list[Span]) -> None:
        """A caption's sentence: its people (with their titles and bodies) and its places, no event,
        count, date or site (what a picture shows may be another raid, a meeting, an older day)."""
        ev = Evidence(self.batch.report_key, sent.start_char, sent.end_char, _quote(self._text(sent)))
        nodes = {(e.start, e.end): n for e in ents if (n := self._entity_node(e)) is not None}
        self._people(sent, ents, nodes, ev)
        self._places(sent, [e for e in ents if e.label_ != "SITE"], nodes, ev)

    def _sentence(self, sent: Span, ents: list[Span]) -> None:
        start, end, text = sent.start, sent.end, self._text(sent)
        if _shouted(self.words[start:end]):
            return  # an all-caps subheading ("POLICE RAID COMPOUND") repeats the story; its words are no names
        ev = Evidence(self.batch.report_key, sent.start_char, sent.end_char, _quote(text))
        self.nationality_before = self.last_nationality
        lists = self._people_lists(sent, ents)
        self.listed_people = {e.start for run in lists for e in run}
        nodes = {(e.start, e.end): n for e in ents if (n := self._entity_node(e)) is not None}
        written = find_dates(text, sent.start_char, self.told_on, self.anchor)
        dates = [d for d in written if not _dateline(d, self.article.text) and not _stamped(d, self.article.text)
                 and not a_birth_date(d, self.article.text) and not compared_since(d, self.article.text)
                 and not in_a_law_name(d, self.article.text) and not adjourned_to(d, self.article.text)
                 and not tally_day(d, self.article.text) and not writ_issued_on(d, self.article.text)
                 and not _in_a_name(d, ents)]
        if not dates and opens_on_the_scene(self.lower, start, end):
            dates = [d for d in self.days_before if not d.period and len(d.value) == 10][:1] \
                if len(self.days_before) == 1 else []  # "On August 20, ... | There, police handed over 55"
        triggers = self._triggers(sent, ents)
        self.totals.in_headline = self._in_title()  # (the sentence is now the one being read)
        if triggers and start > 0 and not any(self.like_num[start:end]) and _subheading(self.words[start:end]) \
                and (not any(e.label_ in _STORY_NAMES for e in ents) or _labelled_heading(self.lower[start:end])):
            triggers = []  # "Wider Crackdown on Border Crime Groups": a section's heading, no act of its own
            # (a headline repeated in the body names its people and places: "Sri Lankans Rescued in Myanmar")
        if figure_entry(self.lower[start:end], self.like_num[start:end]):
            triggers = []  # "- 410 Arrests: suspects from 9 countries": a figure of a tally, glossed; no act
        if self.lower[start] in _CONDITIONS:
            triggers = []  # "If they are proven to be involved, they will be charged": a condition's outcome, no act
        if not dates and not any(self.like_num[start:end]) and (_generic(text) or _MODAL.search(text)):
            # "Workers rescued from such compounds describe ...", "sanctions would work": no event;
            # "they would be deported": a planned one; "many fled after police arrested <name>": a case
            triggers = [(i, kind) for i, kind in triggers if "be" in self.lower[max(start, i - 3):i]
                        or acts_on_a_named_person(self.lower, i, end, ents)
                        or done_to_a_named_subject(self.lower, i, start, ents)
                        or self._plain_before_description(i, start, end)]
        operation = self.operation_before
        carried = not dates and operation is not None \
            and tells_its_outcome(self.lower, start, end, [kind for _, kind in triggers])
        if carried and operation is not None:  # "dismantled a ring in June. | Nine members were arrested. |
            dates = [operation]  # Police also seized ...": the operation's day
        events = self._events_for(triggers, dates)
        self.days_before = [d for d in dates if not _said_on(d, self.article.text)]
        if not carried:
            self.operation_before = None if triggers else \
                operation_day(self.lower, self.idx, self.article.text, start, end, self.days_before)
        if opens_on_the_taken(self.lower, start, end):
            self.taking_raids.update(id(e) for e in events if e.type == "raid")  # "They were rounded up during raids on Thursday"
        if not triggers:
            self._retold_on(sent, dates)
        announcing = self._announcers(sent, ents)  # also for events that only a count tells of
        self._people(sent, ents, nodes, ev)
        self._citizenships(sent, ents, nodes, ev)  # "X holds Maltese citizenship", "X, a UK and Lao national"
        self._group_nationals(sent, ents, ev)  # "The returnees include: A, B, ..." of the one nationality told
        self._one_identified(sent, ents, ev)  # "arrested a Chinese man ... The man was identified as X"
        self._local_police(sent, ents)
        self._bodies_in_places(sent, ents)  # "Authorities in Laos ...", "Police in Lao Cai ...": their bodies
        self._places(sent, ents, nodes, ev)
        sites = self._unnamed_sites(sent, ents, nodes, ev)
        self._delegations(sent, ents, nodes, events, ev)
        triggered = list(events)  # before counts add the events only a number tells of
        counted_before = self.last_link  # (the people the sentence before counted: a breakdown's whole)
        self._counts(sent, ents, events, dates, written, ev)
        self._freed_people(events, ev)  # "flew home 60 Zorvanians who were freed from ...": the rescue's people too
        self._listed_nationalities(sent, lists, events, ev, self._victims_told(sent, self.last_link or counted_before))
        self._event_links(sent, ents, nodes, events, sites, announcing, ev)
        self._organizations(sent, ents, nodes, events, announcing, ev)
        self._attendees(sent, ents, nodes, ev)  # "The handover was attended by A of X and B of Y"
        self._scams(sent, ents, nodes, triggered, sites, ev)
        self._event_scams(sent, ents, nodes, triggered, ev)  # "arrested for online fraud"
        self._lures(sent)
        self._loan_scams(sent)  # "lured victims into applying for loans"
        self._note_call_centre(sent)  # "a fake call centre": its scam, read once the story is read
        self._traffickers(sent, ents, ev)  # "A and B trafficked victims to Myanmar"
        self._identifiers(sent, ents, nodes, ev)

    def _plain_before_description(self, i: int, start: int, end: int) -> bool:
        """The sentence's generic or modal words stand only in a relative clause after the event
        word at ``i``: "imposed sanctions on the Amber Wren Group, which runs many casinos"."""
        told = described_after(self.lower, i, end)
        if told is None:
            return False
        head = self.doc[start:told].text
        return not _generic(head) and _MODAL.search(head) is None


#: Words that open a sentence with a condition: what its main clause tells is hypothetical
_CONDITIONS = frozenset({"if", "unless"})


def _generic(text: str) -> bool:
    """The sentence speaks in general ("such compounds", "many victims describe ..."); not where
    "many" or "numerous" only says how many things a past act took ("Police seized numerous
    laptops", "arrested many suspects"): an act done, its number untold; nor where they say from
    how many it took them ("officers seized phones and laptops from many workers")."""
    if _LONG_HABIT.search(text) is not None:
        return True
    if _GENERIC.search(text) is None:
        return False  # (most sentences)
    for match in _GENERIC.pattern.finditer(text):
        before = [w.strip(",").lower() for w in text[:match.start()].split()]
        told = before[-1] if before else ""
        if told == "from":
            told = next((w for w in reversed(before[:-1]) if w.endswith("ed") and w in EVENT_TRIGGERS), "")
        if not (match.group(1).lower() in {"many", "numerous"} and told.endswith("ed") and told in EVENT_TRIGGERS):
            return True
    return False


def _in_a_name(date: DateMention, ents: list[Span]) -> bool:
    """"identified as Emeka Sunday", "detained Ibrahim Monday": a weekday inside a person's
    name (a common one in West Africa) is no day."""
    return any(e.label_ == "PERSON" and e.start_char < date.end and date.start < e.end_char for e in ents)


def _subheading(words: list[str]) -> bool:
    """A line in title case with no closing stop, of three words or more: a heading inside the
    story ("Wider Crackdown on Border Crime Groups"), whose words name the section, not an act."""
    if not words or words[-1] in {".", "!", "?", "\u201d", '"', ":"}:
        return False
    alpha = [w for w in words if w.isalpha() and w.lower() not in _HEADING_SMALL_WORDS]
    return len(alpha) >= 3 and all(w[0].isupper() for w in alpha)


def _labelled_heading(lower: list[str]) -> bool:
    """A heading opened by a section's label and a colon ("Explainer: The Border Sweep in Laos"):
    the section answers questions on the story's matter, and its heading names no act, even where
    it names a place (not a headline told again, "Thais Freed in Laos")."""
    return len(lower) > 2 and lower[0] in _SECTION_LABELS and lower[1] == ":"


#: Labels that open a section's heading before a colon
_SECTION_LABELS = frozenset({"faq", "faqs", "explainer", "q&a", "factbox", "timeline", "background", "analysis"})
#: Labels of the names a headline of the story's own act carries
_STORY_NAMES = frozenset({"PLACE", "COUNTRY", "NORP", "SITE", "PERSON", "AGENCY", "ORG"})
#: Small words a title-case heading leaves in lower case
_HEADING_SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "by", "with",
                                  "from", "as", "over", "into", "after", "amid"})


def _shouted(words: list[str]) -> bool:
    """A line written all in capitals, of two words or more (its words, as the reader's list); the
    first word in lower case answers for most sentences."""
    letters = 0
    for word in words:
        if word.isalpha():
            if not word.isupper():
                return False
            letters += 1
    return letters >= 2


def _inside(sent: Span, spans: list[tuple[int, int]]) -> bool:
    """The sentence lies within one of the (start, end) token ranges."""
    return any(start <= sent.start and sent.end <= end for start, end in spans)
