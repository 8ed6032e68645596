"""The reader: walks a document sentence by sentence and lets each rule module add its facts."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention, find_dates
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.mention_text import _quote, kind_written_out
from scamgraph.loaders.nlp.boilerplate import captions, other_stories
from scamgraph.loaders.nlp.carriers import CARRIER_WORDS
from scamgraph.loaders.nlp.outlets import credited_publisher
from scamgraph.loaders.nlp.vocabulary import FLIGHT_WORDS
from scamgraph.loaders.news.aliases import after_alias_word
from scamgraph.loaders.news.agencies import AgencyRules
from scamgraph.loaders.news.arrests_told_again import arrests_told_again, detention_of_the_arrested, opens_on_the_taken
from scamgraph.loaders.news.bare_bodies import fold_bare_bodies
from scamgraph.loaders.news.bare_mentions import fold_bare_mentions
from scamgraph.loaders.news.birth_years import a_birth_date
from scamgraph.loaders.news.call_centre_scams import CallCentreScams
from scamgraph.loaders.news.citizenships import CitizenshipRules
from scamgraph.loaders.news.compound_countries import brings_its_people_back
from scamgraph.loaders.news.counts import CountRules
from scamgraph.loaders.news.courts import court_district, fold_general_courts
from scamgraph.loaders.news.delegations import DelegationRules
from scamgraph.loaders.news.described_sites import named_site_described
from scamgraph.loaders.news.doers_roles import drop_helper_roles_of_doers
from scamgraph.loaders.news.event_scams import EventScamRules
from scamgraph.loaders.news.events import EventRules
from scamgraph.loaders.news.false_identities import in_a_false_identity, may_pose
from scamgraph.loaders.news.found_dead import dead_found_as_affected
from scamgraph.loaders.news.found_held import drop_found_then_held, rescues_found_again
from scamgraph.loaders.news.freed_then_sent import FreedPeople
from scamgraph.loaders.news.group_nationals import GroupNationals
from scamgraph.loaders.news.headline_totals import undo_headline_totals
from scamgraph.loaders.news.impersonated import impersonated, may_fake
from scamgraph.loaders.news.lead_totals import sums_of_batches, undo_lead_totals
from scamgraph.loaders.news.lures import LureRules
from scamgraph.loaders.news.name_words import a_persons_name_again
from scamgraph.loaders.news.named_objects import acts_on_a_named_person, described_after, done_to_a_named_subject
from scamgraph.loaders.news.open_questions import in_open_question
from scamgraph.loaders.news.people import PeopleRules
from scamgraph.loaders.news.places import PlaceRules, _country_node
from scamgraph.loaders.news.possessed_people import owned_people_after
from scamgraph.loaders.news.scam_owners import detention_site
from scamgraph.loaders.news.scene_days import operation_day, opens_on_the_scene, tells_its_outcome
from scamgraph.loaders.news.seats import seat_acting
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
from scamgraph.loaders.news.words import CURRENCIES, _COUNTRY_NAMES, _GENERIC, _MODAL, _PEOPLE_WORDS, _THING_HEADS
from scamgraph.model import Evidence, Label, Node
from scamgraph.resolve import country_code, entity_key


class _Reader(EventRules, CountRules, PeopleRules, AgencyRules, PlaceRules, DelegationRules, LureRules, GroupNationals,
              TraffickerRules, EventScamRules, CitizenshipRules, FreedPeople, CallCentreScams):
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
        detention_of_the_arrested(self.events, self.told_apart | self.remands, self._fold_into, self.headlined)
        arrests_told_again(self.events, self.told_apart, self._fold_into, self.on_arrival, self.taking_raids)  # one raid's arrest told twice
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
        fold_bare_mentions(self.events, self.edges, self.told_apart, self._fold_into)  # "held for repatriation": the dated one
        self._drop_implied_nesting()
        fold_general_courts(self.batch.nodes, self.edges)  # "A Chinese court" = the one named Chinese court
        fold_bare_bodies(self.batch.nodes, self.edges)  # "the Immigration Department", later "the Malaysian ..."
        drop_found_then_held(self.edges, self.batch.nodes)  # "found 14 Peruvians ... arrested them": the arrest, not the finding
        drop_helper_roles_of_doers(self.edges)  # "X returned them" ... "Y works with X on their return": X did it
        self.batch.edges.extend(self.edges.values())

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
        self._scams(sent, ents, nodes, triggered, sites, ev)
        self._event_scams(sent, ents, nodes, triggered, ev)  # "arrested for online fraud"
        self._lures(sent)
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

    def _entity_node(self, ent: Span) -> Node | None:
        label, ident = ent.label_, ent.id_  # (the display name is read only for the labels that use it)
        node: Node | None = None
        if label in {"PLACE", "COUNTRY"} and self.dateline[0] <= self.idx[ent.start] < self.dateline[1]:
            return None  # "MANILA, Philippines —": where the story was filed from, no place of the story
        if label in {"PLACE", "COUNTRY", "NORP"} and after_alias_word(self.lower, ent.start):
            return None  # 'alias "Lao Fan"', 'alias "Jordan"': a nickname, no place or people
        if label == "PERSON" and _an_operations_name(self.lower, ent.start):
            return None  # "The operation, named Ironclad II, ran ...": a police operation's code name
        if label == "PERSON":
            node = self._person(ent)
        elif label == "COUNTRY":
            doc = self.doc
            owns_agency = self._owns_agency(ent)
            if ent.start in self.listed_people or ent.start >= 2 and self.lower[ent.start - 1] == "from" \
                    and doc[ent.start - 2].ent_type_ == "PERSON" or _counted_in_brackets(self.words, self.like_num, ent.end) \
                    and not _listed_in_brackets_after(self.lower, doc, ent.start) or self._held_state(ent):
                node = self._nationality(ident)  # "57 people from China, Vietnam and Laos", "Peter Okoro from Kenya",
                # "Ethiopia (95), Kenya (31)": each country's people, counted; "holds Vanuatu citizenship"
            elif brings_its_people_back(self.lower, ent.start, ent.end, doc):
                node = self._nationality(ident)  # "Atlantis and Borduria brought their citizens home": their people
            elif owns_agency:
                node = None  # "Indonesia's Foreign Ministry": the agency carries the country
            elif ent.start >= 2 and self.lower[ent.start - 1] == "of" and doc[ent.start - 2].ent_type_ == "ROLE":
                node = None  # "the Ambassador of India to Laos": whose office, no place of the story
            elif self.posing and in_a_false_identity(self.lower, ent.start, 0):
                node = None  # "posing as students in Japan and France": the mask's places, not the story's
            elif (mission := self._listed_mission(ent)) is not None:
                node = mission  # "the embassies of Kenya, Nepal and Liberia": three embassies
            elif ent.end < len(doc) and self.lower[ent.end] in CURRENCIES:
                node = None  # "billions of U.S. dollars": a currency, not a place of the story
            elif ent.end < len(doc) and self.words[ent.end] in _NAMED_AFTER_A_COUNTRY:
                node = None  # "protested in China Town, Sihanoukville": a quarter named after the country
            elif self._actor_country(ent):
                node = None  # "in cooperation with China": a government acting, not a place of the story
            elif self.lower[ent.start] == "america" and ent.start > 0 and self.lower[ent.start - 1] in _CONTINENT_PARTS:
                node = None  # "Latin America", "South America": a part of the world, not the United States
            elif not (ent.end < len(doc) and self.lower[ent.end] in _PEOPLE_WORDS) \
                    and owned_people_after(self.words, self.lower, self.like_num, ent.end, len(doc)) < 0:
                node = self._add(_country_node(ident))  # (not "Zorvania's citizens": whose people, no place)
            else:
                node = self._nationality(ident)
        elif label == "NORP":
            if self.posing and in_a_false_identity(self.lower, ent.start, 0) \
                    or ent.start > 0 and self.lower[ent.start - 1] == "any" and in_open_question(self.lower, ent.start):
                node = None  # "posed as a Zorvanian citizen": the mask's people; "checking whether any
                # Zorvanians were among the victims": people asked about, not told of
            elif ent.end < len(self.doc) and self.lower[ent.end] in CURRENCIES:
                node = None  # "Thai Baht notes", "Chinese Yuan": a currency, as after a country's name above
            elif ent.end < len(self.doc) and self.lower[ent.end] in _FIELDS and self.words[ent.end].istitle():
                node = None  # "a lecturer in Chinese Studies", "Khmer Language": a field of study, no people
            elif self.lower[ent.end:ent.end + 2] == ["new", "year"]:
                node = None  # "before Chinese New Year", "over Khmer New Year": a holiday, no people
            elif self._is_people_modifier(ent) or ent.start in self.listed_people and self._homeland(ent) \
                    or self._held_state(ent):  # ("hold Cambodian and Maltese citizenship")
                node = self._nationality(ident)
            elif country_code(self._text(ent)) == ident and self._text(ent).lower() in _COUNTRY_NAMES:
                node = self._add(_country_node(ident))  # "Myanmar" is a demonym and a country
        elif label == "PLACE" and (held := self._held_state(ent)):
            node = self._nationality(held)  # "holds Macau citizenship": a city-state's people, no place
        elif label == "PLACE" and self._owns_agency(ent):
            node = None  # "Beijing's Ministry of Public Security": the agency carries the place
        elif label == "PLACE" and seat_acting(self.lower, ent.start, ent.end):
            node = None  # "Beijing has cancelled their passports": the government, not a place
        elif label == "PLACE" and self.posing and in_a_false_identity(self.lower, ent.start, 0):
            node = None  # "posing as a designer living in Paris": a place of the mask
        elif label == "PLACE" and court_district(self.lower, ent.start):
            node = None  # "indicted in the Southern District of Zembla": the court's district, no place
        elif label == "PLACE" and a_persons_name_again(self.words, self.lower, ent.start, ent.end, self.person_tokens,
                                                       gz.place_kinds()):
            node = None  # "while Vesterby was held" after "Rolf Vesterby": the person again, not a town
        elif label == "PLACE" and _counted_in_brackets(self.words, self.like_num, ent.end) \
                and country_code(self._name_of(ent)) and _country_listed_before(self.doc, ent.start):
            # "12 people from China (nine) and Singapore (three)": a city-state listed as a country, counted
            node = self._nationality(country_code(self._name_of(ent)) or "")
        elif label == "PLACE" and ent.end < len(self.lower) and self.lower[ent.end] in _VEHICLES:
            node = None  # "stopped a Toyota pickup": a maker's name, no town in Japan
        elif label == "PLACE" and self.lower[ent.start] in _PEOPLES_STATES and ent.end - ent.start == 1 \
                and ent.end < len(self.lower) and self.lower[ent.end] in _PEOPLES_MEMBERS:
            node = None  # "a Karen militia chief", "Kachin rebels": the people, not their state
        elif label == "PLACE":
            canonical, kind, code = (ident.split("|") + ["", "", ""])[:3]
            stated = self._stated_kind(ent)
            if stated == "city" and kind == "area":
                canonical = f"{canonical or self._name_of(ent)} City"  # "Bokor City": a town, not the Bokor area
            kind = stated or kind
            node = self._add(Node(Label.LOCATION, _spelled_out(canonical or self._name_of(ent)),
                                  properties={"kind": kind, "country": code or None}))
        elif label == "AGENCY" and self._text(ent).lower().removeprefix("the ") in gz.roles():
            node = None  # "R. Mohan, Additional Director General of Police, said": a title, no body
        elif label == "AGENCY" and not (ent.end < len(self.lower) and self.lower[ent.end] in _THING_HEADS) \
                and self.lower[ent.end + 1:ent.end + 2] != ["base"] \
                and not (self.faking and impersonated(self.lower, ent.start)) and not _gathering(self.lower, ent.end) \
                and not _wanting(self.lower, ent.start):
            node = self._agency(ent)  # (not "Chinese police uniforms": a thing; not "a fake X police station";
            # not "the absence of a Kyrgyz consulate": a body the place lacks; nor "a US military air base")
        elif label == "ORG" and self._legal_form_of_the_name_before(ent):
            node = None  # the "Ltd" of "X Co., Ltd": part of the company's name, no company of its own
        elif label == "ORG" and ent.end < len(self.lower) and (self.lower[ent.end] in _PERFORMERS or self.lower[ent.end]
                                                               in _CRAFT and self.lower[ent.end - 1] not in _CARRIERS):
            node = None  # "a Chinese TV host", "the Thai pop star": what the person does, no outlet or company;
            # "the TNI-AU Hercules aircraft": a machine's make or model
        elif label == "ORG" and ident.endswith("|media|") and credited_publisher(self.words, ent.start, ent.end):
            node = None  # "(Wire via Atlantis Times) Police raided ...": the publisher's credit, no source cited
        elif label == "ORG" and _no_body((ident.split("|") + [""])[0] or self._name_of(ent)):
            node = None  # "two C-130J aircraft", "the Exit Control List (ECL)": a model or a register
        elif label == "ORG" and not ident.endswith("|media|") \
                and _a_procedure((ident.split("|") + [""])[0] or self._name_of(ent)):
            node = None  # "screened under the National Referral Mechanism (NRM)": a procedure, no body
        elif label == "ORG":
            canonical, kind, _ = (ident.split("|") + ["", "", ""])[:3]
            # "CIDG" after "Criminal Investigation and Detection Group (CIDG)". The key drops a legal form, so
            # "Harbour Telecom Inc." and a later "Harbour Telecom" are one company, named as first written.
            text = canonical or self._name_of(self._with_legal_form_after(ent))
            text = _past_the_cut(text)  # "POGO)-operated Zun Yuan Technology": the name after the cut
            if kind == "media" and ent.end - ent.start == 2 and self.words[ent.start] == "The":
                text = f"The {text}"  # a one-word masthead with its article: "The Guardian", "The Diplomat"
            node = self._add(Node(Label.ORGANIZATION, text, key=entity_key(Label.ORGANIZATION, text),
                                  properties={"kind": kind or None}))
        elif label == "SITE" and self._bodys_district(ent):
            node = None  # "the FIA Multan Zone arrested": a command area of the body, no scam site
        elif label == "SITE":
            node = self._add(Node(Label.SITE, _spelled_out(ident.split("|")[0] or self._name_of(ent))))  # "SEZ" after "... Zone (SEZ)"
            if node not in self.sites and not detention_site(node):  # (a detention centre runs no scams)
                self.sites.append(node)
        elif label == "SCAM" and not in_open_question(self.lower, ent.start):
            node = self._add(Node(Label.SCAM_TYPE, ident or self._name_of(ent).lower()))
        if node is not None:
            self.span_node[(ent.start, ent.end)] = node
        return node

    def _bodys_district(self, ent: Span) -> bool:
        """A site's name that ends in "Zone" or "Region" right after a body's name (or its acronym in
        brackets): "the Federal Investigation Agency (FIA) Multan Zone", a unit of the body."""
        if self.words[ent.end - 1] not in {"Zone", "Region", "Circle", "Range"}:
            return False
        k = ent.start
        if k >= 3 and self.words[k - 1] == ")" and self.words[k - 3] == "(":
            k -= 3
        return any(e.end == k and e.label_ == "AGENCY" for e in self.ents)

    def _legal_form_of_the_name_before(self, ent: Span) -> bool:
        """The mention is the second part of a legal form ("Ltd" after "X Co.,")."""
        start = ent.start
        return ent.end - start == 1 and self.lower[start].rstrip(".") in _LEGAL_FORMS and start > 1 \
            and self.words[start - 1] == "," and self.lower[start - 2].rstrip(".") in _LEGAL_FORM_OPENINGS

    def _with_legal_form_after(self, ent: Span) -> Span:
        """"Harbour Telecom Co., Ltd": the name stops at "Co." before the comma; the second part of
        the legal form after it belongs to the name as written."""
        end = ent.end
        if end + 1 < len(self.doc) and self.words[end] == "," and self.lower[end - 1].rstrip(".") in _LEGAL_FORM_OPENINGS \
                and self.lower[end + 1].rstrip(".") in _LEGAL_FORMS:
            return self.doc[ent.start:end + 2]
        return ent


#: People known for a medium, after its name as a description: "a Chinese TV host"
_PERFORMERS = frozenset({"host", "hosts", "actor", "actors", "actress", "star", "stars", "presenter", "anchor",
                         "singer", "celebrity", "personality", "influencer", "streamer"})
#: Nouns of a craft after its make or model: "the Air Force Hercules aircraft", "a Boeing jet"
_CRAFT = FLIGHT_WORDS - {"flight", "flights"} | {"airplane", "airliner", "helicopter", "helicopters", "vessel", "ship",
                                                  "boat"}
#: Last words of a carrier's name, which stays a company before its craft ("a China Southern Airlines plane")
_CARRIERS = CARRIER_WORDS | {"aviation", "cargo", "lines", "shipping"}
#: Last words of a register a state keeps, which names no body: "Exit Control List", "Travel Ban Register"
_REGISTERS = frozenset({"list", "register", "registry", "blacklist", "watchlist", "database"})
#: Last words of a procedure or a paper that a writer defines with its initials as if it were a body
#: ("the National Referral Mechanism (NRM)", "a First Information Report (FIR)"); an outlet's masthead
#: ending in "Report" stays an outlet
_PROCEDURES = frozenset({"mechanism", "mechanisms", "report", "reports"})
#: An aircraft's or a machine's model: "C-130J", "IL-76", "Ilyushin)-76" (a bracket the name finder split)
_MODEL = re.compile(r"[A-Z][A-Za-z]*\)?-?\d+[A-Z]?")


#: A name's words up to a closing bracket with no opening one, and the lower-case words after it
_CUT_AT_A_BRACKET = re.compile(r"^.*\)-?(?:[a-z]+\s+)*")


def _past_the_cut(name: str) -> str:
    """The name past a bracket the name finder split it at ("POGO)-operated X Technology": "X
    Technology"); the name itself where it holds no such bracket."""
    return _CUT_AT_A_BRACKET.sub("", name) if ")" in name and "(" not in name else name


def _no_body(name: str) -> bool:
    """A name the name finder took for an organization that names none: a model (or one and its
    maker's byname: "C-130J Super Hercules"), a register, a currency ("US$"), or no capitalized
    word past a bracket it was cut at ("Ilyushin)-76")."""
    first = name.split()[0]
    if name.endswith("$"):
        return True  # "paid the gang US$9,000": a currency's sign
    return bool(_MODEL.fullmatch(name)) or "-" in first and bool(_MODEL.fullmatch(first)) \
        or not any(w[:1].isupper() for w in _past_the_cut(name).split()) or name.split()[-1].lower() in _REGISTERS


def _a_procedure(name: str) -> bool:
    """A name the name finder took for an organization that ends in a procedure's or a paper's word
    ("Mechanism", "Report"): victims are screened under it and complaints are filed as it, but no
    company, group or NGO is named so, and the golds never hold one."""
    return name.split()[-1].lower() in _PROCEDURES


#: A company's legal form, and the first words of a two-part one ("Co., Ltd", "Pte. Ltd.")
_LEGAL_FORMS = frozenset({"inc", "ltd", "limited", "llc", "plc"})
_LEGAL_FORM_OPENINGS = frozenset({"co", "corp", "pte"})


#: Words after a body's name that make the whole the name of its gathering: "the ASEAN Summit"
_GATHERINGS = frozenset({"summit", "summits", "conference", "congress", "convention"})
#: Words after "member" that make a body's name the name of its members: "ASEAN Member States"
_MEMBERS = frozenset({"states", "countries", "nations", "governments"})


#: Words that open a sentence with a condition: what its main clause tells is hypothetical
_CONDITIONS = frozenset({"if", "unless"})


def _listed_in_brackets_after(lower: list[str], doc: Doc, start: int) -> bool:
    """"rescued in Thailand, Laos (31) and Myanmar (six)": the country at ``start`` is an item of a
    list of places with counts in brackets that "in" (or "across", "within") opens: where people
    were, not who they are (unlike "Ethiopia (95), Kenya (31)" after "from")."""
    k = start - 1
    while k >= 0 and (doc[k].ent_type_ in {"COUNTRY", "NORP"} or lower[k] in {",", "and", "(", ")"} or doc[k].like_num):
        k -= 1
    return k >= 0 and lower[k] in {"in", "across", "within", "throughout"}


def _generic(text: str) -> bool:
    """The sentence speaks in general ("such compounds", "many victims describe ..."); not where
    "many" or "numerous" only says how many things a past act took ("Police seized numerous
    laptops", "arrested many suspects"): an act done, its number untold; nor where they say from
    how many it took them ("officers seized phones and laptops from many workers")."""
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


def _wanting(lower: list[str], start: int) -> bool:
    """"in the absence of a Kyrgyz consulate", "the lack of a Nepali embassy": a body
    that is not there."""
    k = start - 1 if start > 0 and lower[start - 1] in {"the", "a", "an", "any"} else start
    return k >= 2 and lower[k - 1] == "of" and lower[k - 2] in {"absence", "lack"}


def _gathering(lower: list[str], end: int) -> bool:
    """"ahead of the ASEAN Summit", "engage with the ASEAN Member States": the body's name
    qualifies its meeting or its member states, which act or meet; the body itself does nothing
    in the story there."""
    if end >= len(lower):
        return False
    return lower[end] in _GATHERINGS or lower[end] == "member" and end + 1 < len(lower) and lower[end + 1] in _MEMBERS


#: Vehicles a maker's name before them names: "a Toyota pickup", "an Isuzu van"
_VEHICLES = frozenset({"pickup", "pick-up", "van", "vans", "truck", "trucks", "car", "cars", "sedan", "suv", "minivan",
                       "vehicle", "vehicles", "bus", "motorcycle", "lorry", "hilux", "fortuner", "camry"})
#: States named after the people who live there, and words that make the name the people's
_PEOPLES_STATES = frozenset({"karen", "kayin", "kachin", "shan", "mon", "wa", "chin", "rakhine", "kayah", "karenni"})
_PEOPLES_MEMBERS = frozenset({"militia", "militias", "rebel", "rebels", "insurgents", "insurgent", "fighters",
                              "guerrillas", "armed", "ethnic", "villagers", "people", "community", "communities",
                              "refugees", "minority", "warlord", "warlords", "leaders", "leader"})
#: Fields of study a people's name opens: "Chinese Studies", "Thai Language and Literature"
_FIELDS = frozenset({"studies", "language", "languages", "literature", "history", "linguistics"})
#: Words that make "America" a continent or a part of one rather than the United States.
_CONTINENT_PARTS = frozenset({"latin", "south", "north", "central"})
#: Capitalized words after a country's name that make the two a quarter's or a street's name ("China Town")
_NAMED_AFTER_A_COUNTRY = frozenset({"Town", "Street", "Road", "Square", "Village", "Market", "Plaza"})


def _spelled_out(name: str) -> str:
    """"Golden Triangle SEZ" is the "Golden Triangle Special Economic Zone", "Brgy. San Isidro" is
    "Barangay San Isidro": a name with its kind's usual abbreviation written out, so both writings
    are one site or place."""
    name = kind_written_out(name)
    return name[:-3] + "Special Economic Zone" if name.endswith(" SEZ") else name


def _country_listed_before(doc: Doc, start: int) -> bool:
    """A country named just before, in the same list ("China (nine) and | Singapore (three)")."""
    return any(doc[k].ent_type_ == "COUNTRY" for k in range(max(0, start - 5), start))


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


def _counted_in_brackets(words: list[str], like_num: list[bool], end: int) -> bool:
    """A number in brackets right after a country's name ("Ethiopia (95), Kenya (31)"): the
    country's people counted, in a list by nationality."""
    return end + 2 < len(words) and words[end] == "(" and like_num[end + 1] and words[end + 2] == ")"


def _inside(sent: Span, spans: list[tuple[int, int]]) -> bool:
    """The sentence lies within one of the (start, end) token ranges."""
    return any(start <= sent.start and sent.end <= end for start, end in spans)


#: Words that give an operation's code name after it: "the operation, named Ironclad II"
_CODE_NAMING = frozenset({"named", "dubbed", "called", "codenamed", "code-named"})


def _an_operations_name(lower: list[str], start: int) -> bool:
    """The name at ``start`` follows "operation(s)" and a word of naming ("The operation, named
    Ironclad II, ran ...", "an operation dubbed Jackal III"), or "Operation" itself: the operation's
    code name, no person."""
    k = start - 1
    if k >= 0 and lower[k] in _CODE_NAMING:
        k -= 1
        if k >= 0 and lower[k] == ",":
            k -= 1
    else:
        return k >= 0 and lower[k] == "operation"  # ("Head of Fraud Operations Dale Ketter": a title)
    return k >= 0 and lower[k] in {"operation", "operations"}
