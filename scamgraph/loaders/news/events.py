"""Events: trigger words, one event per type and date, and who conducted, announced or took
part in it."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.places import _rank
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.timing import (
    _CLAUSE,
    _CLAUSE_AFTER,
    _CLAUSE_BEFORE,
    _said_on,
)
from scamgraph.loaders.news.words import (
    _ANNOUNCE,
    _BACKGROUND_RAIDS,
    _BE,
    _BUSINESS_BEFORE_OPERATION,
    _CONDUCT_KINDS,
    _COUNT_VERBS,
    _CUSTODIANS,
    _DESIGNATES,
    _LOCATIVE,
    _NAMED_AFTER,
    _NOT_YET,
    _PART_OF_RAID,
    _PARTICIPATION,
    _PHRASE_STARTS,
    _PLACE_NOUNS,
    _PROSPECT,
    _SPEAKERS,
    _SUPPORT_WORDS,
    _TOURISTS,
    EVENT_TRIGGERS,
    _parenthesized,
    held_captive,
)
from scamgraph.loaders.nlp import PLACE_RANK
from scamgraph.model import Evidence, Label, Node, RelType

#: Kinds that "to" turns into an aim or an attempt ("tried to escape", "plotted to kidnap")
_ATTEMPTED_KINDS = {"escape", "kidnapping", "seizure"}
#: Kinds that are events of their own but, told undated after a raid, happened during it
_DURING_RAID = {"seizure", "escape"}
#: Kinds whose place the reports do not tell: the sending home of people (it has two ends), acts of
#: a court or a ministry, and an investigation (the place named beside it is the crime's)
_PLACELESS = {"repatriation", "deportation", "sanction", "warrant", "charge", "investigation"}
#: Words that open another clause between a trigger and a place: the place is that clause's
#: ("detained in Cambodia for alleged involvement in scams in Japan")
_OTHER_CLAUSE = {"who", "which", "where", "whose", "for", "after", "before", "while", "because", "since",
                 "suspicion", "involvement", "accused", "suspected"}
#: Verbs that say an event happened: the place after them is the event's ("the raid was carried out in")
_HAPPENED = {"place", "conducted", "carried", "out", "launched", "held", "staged"}
#: "a week before", "two days later": a time told against another event, never the same event's
_RELATIVE = re.compile(r"\b(?:before|earlier|after|later|following|next|previous|coming)\b", re.I)
#: Words that tell ground taken or freed in a war when a place is what they act on
_TAKEN = {"liberated", "freed", "captured", "seized", "recaptured"}
_TERRITORY = {"town", "towns", "city", "village", "villages", "territory", "district", "region", "township", "province",
              "state", "outpost", "capital", "hill", "checkpoint"}
#: "a recent crackdown", "were recently arrested": told as before the day it is told on
_RECENT = {"recent", "recently"}
_SENDING_HOME = {"deportation", "extradition", "repatriation"}
_IN_PASSING = {"initially", "previously", "formerly", "originally", "once"}
_GROUP_NOUNS = {"group", "groups", "people", "persons", "individuals", "citizens", "nationals", "workers", "victims",
                "suspects", "men", "women", "foreigners", "migrants"}
#: "a crackdown resulted in the arrest of ...": the crackdown is the event, the arrests its outcome
_RESULTED = {"resulted", "resulting", "led"}
#: "a similar crackdown", "an earlier raid": another event of the kind, never the one told before
_ANOTHER = {"similar", "another", "earlier", "previous", "separate", "prior", "also"}
#: "Previously, in October 2025, ... repatriated 64": a sentence told as an earlier, other happening
_EARLIER_OPENINGS = {"previously", "earlier", "separately", "additionally"}
#: "fled" is an escape only from a place of captivity or from a raid ("fled the compound",
#: "fled across the river during the operation"); otherwise it tells of fugitives
_FLEE = {"fled", "fleeing"}
_FLED_FROM = {"compound", "compounds", "captors", "captivity", "centre", "center", "camp", "building", "hub", "park",
              "zone", "during", "raid", "raids", "operation"}


class EventRules(_State):
    """Triggers -> events; agencies, people and places around them."""

    def _triggers(self, sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        named = {i for e in ents if e.label_ in {"AGENCY", "ORG", "SITE", "PERSON", "SCAM", "ROLE"} for i in range(e.start, e.end)}
        found: list[tuple[int, str]] = []
        skip: set[int] = set()
        words = self.lower[sent.start:sent.end]
        for i, word in enumerate(words):
            for phrase, kind in _PHRASE_STARTS.get(word, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    if kind and not self._into_custody(sent.start + i + len(phrase), sent):
                        found.append((sent.start + i, kind))
                    skip.update(range(sent.start + i, sent.start + i + len(phrase)))
                    break
        sanctioning = any(e.label_ == "AGENCY" and e.id_.split("|")[1:2] == ["sanctions"] for e in ents)
        for i, word in enumerate(words, sent.start):
            kind = EVENT_TRIGGERS.get(word) or ("sanction" if sanctioning and word in _DESIGNATES else None)
            if kind and i not in skip and i not in named and not self._business_operation(i, sent) \
                    and not self._inside_a_name(i, sent):
                found.append((i, kind))
        # "17 Sri Lankans who were forcibly detained": the people's past, told in passing, no event
        found = [(i, kind) for i, kind in found if not self._in_relative_clause(i, sent)]
        if {kind for _i, kind in found} & _PART_OF_RAID:
            # "arrested in a crackdown": the arrest is the event, the crackdown its background
            # ("a crackdown resulted in the arrest of ...": told first, the crackdown is the event)
            first_part = min(i for i, kind in found if kind in _PART_OF_RAID)
            found = [(i, kind) for i, kind in found if self.lower[i] not in _BACKGROUND_RAIDS
                     or (i < first_part and _RESULTED & set(self.lower[i:first_part]))]
        if any(kind == "visit" for _i, kind in found) and not self._visitors(sent, ents):
            found = [(i, kind) for i, kind in found if kind != "visit"]  # tourists visiting: no event
        # "to press for faster repatriations", "awaiting deportation": a wish or a prospect, not an event;
        # "a deportation facility": a place
        found = [(i, kind) for i, kind in found if (i + 1 >= sent.end or self.lower[i + 1] not in _NAMED_AFTER)
                 and not (kind != "charge" and i > 0 and self.lower[i - 1] in _PROSPECT)]
        if {kind for _i, kind in found} & {"deportation", "extradition"}:
            # "extradited ... and brought back to China": one sending home, told twice
            found = [(i, kind) for i, kind in found if kind != "repatriation"]
        found = [(i, self._handover_kind() if kind == "handover" else kind) for i, kind in found
                 if not self._aim(i, kind, sent) and not self._named_group(i, sent) and not self._territory(i, sent)
                 and not held_captive(self.lower, i, sent.end, sent.start)]
        return sorted((i, kind) for i, kind in found if i == 0 or self.lower[i - 1] not in _NOT_YET)

    def _named_group(self, i: int, sent: Span) -> bool:
        """"the deported group", "those rescued workers": people named by what happened to them
        in an event told before; no new event."""
        before = self.lower[i - 1] if i > sent.start else ""
        after = self.lower[i + 1] if i + 1 < sent.end else ""
        return self.lower[i].endswith("ed") and before in {"the", "these", "those"} and after in _GROUP_NOUNS

    def _handover_kind(self) -> str:
        """A handover is the deportation, extradition or repatriation told before it, else a repatriation."""
        sent_home = [e for e in self.events if e.type in _SENDING_HOME]
        return sent_home[-1].type if sent_home else "repatriation"

    def _aim(self, i: int, kind: str, sent: Span) -> bool:
        """"targeted for extradition", "tried to escape": a purpose or an attempt, not a happening."""
        before = self.lower[i - 1] if i > sent.start else ""
        if self.lower[i] in _FLEE and not set(self.lower[i + 1:min(sent.end, i + 7)]) & _FLED_FROM:
            return True  # "suspects fled to Chiang Rai": fugitives on the run, no escape from captivity
        if kind in _ATTEMPTED_KINDS and self.lower[max(sent.start, i - 2):i] == ["into", "the"]:
            return True  # "an investigation into the abduction of ...": the inquiry's subject
        if before in _IN_PASSING:
            return True  # "suspects initially detained in Cambodia": their past, told in passing
        return before == "for" or (before == "to" and kind in _ATTEMPTED_KINDS)

    def _territory(self, i: int, sent: Span) -> bool:
        """"the town was liberated by rebels", "troops captured the district": ground changing hands in
        a war, not people rescued or arrested; nor a word listed among abuses."""
        if self._among_abuses(i, sent):
            return True
        if self.lower[i] not in _TAKEN:
            return False
        after = [k for k in range(i + 1, min(sent.end, i + 4)) if self.lower[k] not in {"the", "a", "an", "border"}]
        k = i - 1
        while k > sent.start and self.lower[k] in _BE | {"temporarily", "briefly", "finally", "fully"}:
            k -= 1  # "the border town was temporarily | liberated"
        patients = ([after[0]] if after else []) + ([k] if k < i - 1 else [])
        return any(self.lower[p] in _TERRITORY or self.doc[p].ent_type_ in {"PLACE", "COUNTRY"} for p in patients)

    def _among_abuses(self, i: int, sent: Span) -> bool:
        """"beaten, detained, tortured and threatened by the gang": a word listed among abuses tells
        what captors did, not a detention by the state."""
        for step in (-1, 1):
            k = i + step
            while sent.start <= k < sent.end and self.lower[k] in {",", "and", "or"}:
                k += step
            if sent.start <= k < sent.end and k != i + step and self.doc[k].ent_type_ == "ABUSE":
                return True
        return False

    def _visitors(self, sent: Span, ents: list[Span]) -> bool:
        """A visit is an event when officials, an agency or a delegation make it, never tourists."""
        words = set(self.lower[sent.start:sent.end])
        if words & _TOURISTS:
            return False
        return bool(words & {"delegation", "delegates", "team", "mission"}) \
            or any(e.label_ in {"PERSON", "AGENCY", "ROLE"} for e in ents)

    def _in_relative_clause(self, i: int, sent: Span) -> bool:
        """The trigger is the passive verb of "who were/had been ...": "victims who were trafficked"."""
        window = self.lower[max(sent.start, i - 5):i]
        starts = [k for k, word in enumerate(window) if word in {"who", "whom"}]
        if not starts:
            return False
        after = window[starts[-1] + 1:]
        return bool(after) and after[0] in {"were", "was", "had", "have", "are"} and all(w.isalpha() for w in after)

    def _into_custody(self, k: int, sent: Span) -> bool:
        """"handed over to Myanmar police": custody changing hands inside a country, no repatriation."""
        after = [w for w in self.lower[k:min(sent.end, k + 5)] if w not in {"the", "local", "safely"}]
        return after[:1] == ["to"] and any(w in _CUSTODIANS for w in after[1:4])

    def _inside_a_name(self, i: int, sent: Span) -> bool:
        """"the Cyber Crime Investigation Bureau": a capitalized word among capitalized words names a body."""
        doc = self.doc
        if i == sent.start or not doc[i].is_title:
            return False
        words = [t for t in sent if t.is_alpha]
        if sum(t.is_title for t in words) * 2 > len(words):
            return False  # a headline in title case: "Thai Patrol Rescues 39 Foreigners"
        return doc[i - 1].is_title or (i + 1 < sent.end and doc[i + 1].is_title)

    def _business_operation(self, i: int, sent: Span) -> bool:
        """"scam operations", "the operation of the hub": the word names a business, not a raid."""
        if self.lower[i] not in {"operation", "operations"}:
            return False
        after_of = i + 1 < sent.end and self.lower[i + 1] == "of"
        k = i - 1
        while k > sent.start and self.lower[k] in {"the", "a", "an", "this", "that", "whole", "entire"}:
            k -= 1  # "managing the operation"
        before = self.lower[k] if k >= sent.start else ""
        return after_of or before in _BUSINESS_BEFORE_OPERATION or self.doc[i - 1].ent_type_ == "SCAM"

    def _events_for(self, triggers: list[tuple[int, str]], dates: list[DateMention]) -> list[_Event]:
        self.trigger_at = [position for position, _kind in triggers]
        first_at: dict[str, int] = {}
        referring: set[str] = set()
        for position, kind in triggers:
            first_at.setdefault(kind, position)
            if position > 0 and self.lower[position - 1] in {"the", "that", "this"} and kind in self.last_of_type:
                referring.add(kind)  # "after the raid": the one told before
        kinds = list(first_at)
        if "raid" in kinds:
            kinds = [k for k in kinds if k not in _PART_OF_RAID]
        raid = self.last_of_type.get("raid") or self.last_of_type.get("arrest")
        events = []
        by_kind: dict[str, _Event] = {}
        for kind in kinds:
            told = self.last_of_type.get(kind)
            if kind in referring and told is not None and (id(told) in self.said_dated or not told.date):
                # "the handover occurred on 23 June": the event told before gets its own day
                self._redate(told, self._nearest_date(first_at[kind], dates, strict=True))
            purpose = self.lower[first_at[kind] - 1] == "to"  # "departed on Aug. 19 to arrest them": the trip's day
            when = None if kind in referring or purpose else \
                self._nearest_date(first_at[kind], dates, strict=self._recent(first_at[kind]))
            if kind in _PART_OF_RAID and raid is not None and self._part_of(raid, when):
                chosen = raid  # "Officers found 86 people ..." after a raid: the raid's, not a new event
            elif kind in _DURING_RAID and when is None and raid is not None and raid.date and not raid.period:
                # "officers seized 300 phones", "hundreds fled during the operation": the raid's day
                chosen = self._event(kind, DateMention(0, 0, "", raid.date), fresh=True)
            else:
                chosen = self._event(kind, when, fresh=self._another(first_at[kind]))
            if when is not None and _said_on(when, self.text) and chosen.date == when.value:
                self.said_dated.add(id(chosen))  # dated by "police said Monday ...": until told better
            if chosen not in events:
                events.append(chosen)
            by_kind[kind] = chosen
        sentence_raid = by_kind.get("raid")
        self.event_words = {}
        for position, kind in triggers:  # "raided ... and arrested": the arrest word is the raid's too
            event = by_kind.get(kind) or (sentence_raid if kind in _PART_OF_RAID else None)
            if event is not None:
                self.event_words.setdefault(id(event), []).append(position)
        return events

    @staticmethod
    def _part_of(raid: _Event, when: DateMention | None) -> bool:
        """An arrest, detention or rescue told after a raid (or an arrest) belongs to it unless its
        own date, resolved or not, differs ("on July 14" against a raid told "on Monday")."""
        if raid.period:
            return False
        if when is None:
            return True
        if when.value:
            return when.value == raid.date
        return not raid.date and raid.node.properties.get("date_text") == when.text

    def _redate(self, event: _Event, when: DateMention | None) -> None:
        """"Police said Monday they raided ... The raids, conducted over the weekend": the event's own
        date, told later, replaces the day it was announced."""
        if when is not None and when.value and (event.date or len(when.value) == 10):
            event.date, event.period = when.value, when.period
            self.said_dated.discard(id(event))

    def _nearest_date(self, token_index: int, dates: list[DateMention], strict: bool = False) -> DateMention | None:
        """The date told closest to the trigger: "said on Wednesday that ... raided ... last week"."""
        if not dates:
            return None
        at, text = self.doc[token_index].idx, self.article.text

        def distance(d: DateMention) -> int:
            lo, hi = sorted((at, d.start if d.start > at else d.end))
            between = text[lo:hi]
            # a comma, or a clause that starts between them ("on Tuesday after a student was found
            # dead ... in August"), puts the date with another verb
            return hi - lo + (1000 if re.search(r"[,;]", between) else 0) + (500 if _CLAUSE.search(between) else 0)

        def other_clause(d: DateMention) -> bool:
            """"raided over the weekend ..., after a three-month investigation": the clause word
            right before the trigger's phrase gives the investigation a time of its own, untold."""
            if d.end <= at:
                return bool(_CLAUSE_BEFORE.search(text[d.end:at]))
            return bool(_CLAUSE_AFTER.search(text[at:d.start]))  # "raids, following the directive on July 14"

        usable = [d for d in dates if not other_clause(d)]
        # a date of the telling ("said Monday") serves only when the sentence gives no other
        told = [d for d in usable if not _said_on(d, text)]
        usable = told if told or strict else usable
        return min(usable, key=distance) if usable else None

    def _recent(self, i: int) -> bool:
        """"said on Wednesday ... after their capture in a recent crackdown": a recent event happened
        before the telling, so the day it was told does not date it."""
        return bool(_RECENT & set(self.lower[max(0, i - 3):i]))

    def _another(self, i: int) -> bool:
        """"a similar joint crackdown": the words before the trigger say it is not the one told before."""
        sent = self.doc[i].sent
        opening = self.lower[sent.start] if sent.start < i else ""
        return bool(_ANOTHER & set(self.lower[max(0, i - 3):i])) or opening in _EARLIER_OPENINGS

    def _event(self, kind: str, when: DateMention | None, fresh: bool = False) -> _Event:
        value = when.value if when else ""
        period = bool(when and when.period)
        same = [e for e in self.events if e.type == kind]
        chosen: _Event | None = None
        if value:
            chosen = next((e for e in same if e.date == value), None)
            if chosen is None and not period and not fresh:
                chosen = next((e for e in reversed(same) if not e.date and not e.period), None)
                if chosen is not None:
                    chosen.date = value
        elif when is not None and when.text and not value:
            chosen = next((e for e in same if e.node.properties.get("date_text") == when.text), None)
            if chosen is None and not period and not fresh and not _RELATIVE.search(when.text):
                # "The October 24 raid", in a story without a year: the raid told before, undated as it is
                chosen = next((e for e in reversed(same) if not e.date and not e.period
                               and "date_text" not in e.node.properties), None)
                if chosen is not None:
                    chosen.node.properties["date_text"] = when.text
        elif same:
            chosen = self.last_of_type.get(kind)
            if chosen is not None and chosen.period and len(same) > 1:
                chosen = next((e for e in same if not e.period), chosen)
        if chosen is None:
            seq = len(same) + 1
            node = Node(Label.EVENT, f"{kind} {seq}", key=f"event:{self.batch.report_key[7:]}-{kind}-{seq}",
                        properties={"type": kind})
            chosen = _Event(self._add(node), kind, value, period)
            if when is not None and not value:
                node.properties["date_text"] = when.text
            self.events.append(chosen)
        self.last_of_type[kind] = chosen
        return chosen

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

    def _finest_places(self, event: _Event) -> None:
        """"raided in Poipet" and "the raid in Cambodia": an event told at a town or a site and at its
        country happened at the town; the country adds nothing but a second, vaguer place."""
        held = [k for k, e in self.edges.items() if e.source == event.node.key and e.type is RelType.OCCURRED_AT]
        ranks = {k: _rank(self.batch.nodes[k[2]]) for k in held}
        if any(rank < PLACE_RANK["country"] for rank in ranks.values()):
            for k, rank in ranks.items():
                if rank >= PLACE_RANK["country"]:
                    del self.edges[k]

    def _host(self, kind: str, events: list[_Event], date: DateMention | None) -> _Event:
        """The event a count or a person belongs to, given the event type its verb implies."""
        for event in events:
            if event.type == kind:
                return event
        for event in events:
            if event.type == "raid" and kind != "charge":  # a charge filed is no part of the raid told beside it
                return event
        operation = self.last_of_type.get("raid") or self.last_of_type.get("arrest")
        if kind in _PART_OF_RAID | {"raid"} and operation is not None:
            return operation  # rescues and detentions told after a raid (or arrest operation) are its
        if events and kind in {"", "raid"}:
            return events[0]
        return self._event(kind or "raid", date)  # callers never pass "" without events

    def _event_links(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], sites: list[Node],
                     announcing: set[tuple[int, int]],
                     ev: Evidence) -> None:
        if not events:
            return
        for ent in ents:
            node = nodes.get((ent.start, ent.end))
            if node is None or _parenthesized(ent):
                continue
            if ent.label_ == "AGENCY":
                for event in events:
                    if (ent.start, ent.end) in announcing and self._says_it_did(ent, sent):
                        self._edge(RelType.CONDUCTED, node.key, event.node.key, ev)  # "X said it had raided"
                    elif (ent.start, ent.end) in announcing:
                        self._edge(RelType.ANNOUNCED, node.key, event.node.key, ev)
                    elif self._supporting(ent, ents, sent):
                        self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)  # "with the support of X"
                    elif event.type in _CONDUCT_KINDS and node.properties.get("kind") in _CONDUCT_KINDS[event.type] \
                            and self._acts(ent, sent, ents) and self._tied(ent, event):
                        # its subject or agent, not any agency named nearby
                        self._edge(RelType.CONDUCTED, node.key, event.node.key, ev)
            elif ent.label_ == "PERSON":
                self._person_in_event(ent, node, sent, events, announcing, ev)
        self._pronoun_in_event(sent, ents, events, ev)
        for event in events:
            if event.type in _PLACELESS:
                continue
            if sites:
                for site in sites:
                    self._edge(RelType.OCCURRED_AT, event.node.key, site.key, ev)
                continue
            places = [e for e in ents if e.label_ in {"PLACE", "COUNTRY"} and (e.start, e.end) in nodes
                      and e.start > sent.start and (self.lower[e.start - 1] in _LOCATIVE | {"of", "visited", "to"}
                                                    or self._coordinated_place(e, ents)
                                                    or self.lower[e.start - 1] in {"the"} and e.start - 2 >= sent.start
                                                    and self.lower[e.start - 2] in _LOCATIVE)]
            if event.type != "visit":
                places = [p for p in places if self.lower[p.start - 1] not in {"to"}]
            # "officials in Seoul said": where the speaker sits, not where it happened
            places = [p for p in places if (p.start < 2 or self.lower[p.start - 2] not in _SPEAKERS)
                      and self._said_of_the_event(p, ents, sent)]
            finest = min((_rank(nodes[(p.start, p.end)]) for p in places), default=None)
            listing = sum(1 for p in places if self._coordinated_place(p, ents)) >= 2  # "in A, B, C and D": all of them
            for place in places:
                node = nodes[(place.start, place.end)]
                if (listing or _rank(node) == finest) and node.label is Label.LOCATION:
                    self._edge(RelType.OCCURRED_AT, event.node.key, node.key, ev)

    def _said_of_the_event(self, place: Span, ents: list[Span], sent: Span) -> bool:
        """The place belongs to a trigger's own phrase: after it with no other clause between ("arrested
        by police in Poipet", not "arrested ... on suspicion of defrauding victims in Japan"), or
        opening the sentence ("In Pursat, hundreds fled"); not "Malaysians who took jobs in Cambodia
        were rescued"."""
        if not self.trigger_at:
            return True  # an event only a count tells of: no trigger to measure from
        head = self._list_head(place, ents)
        prep = head.start - 1 if self.lower[head.start - 1] != "the" else head.start - 2
        if prep - sent.start <= 1:
            return True
        for t in self.trigger_at:
            between = self.lower[t + 1:prep]
            # "the rescue took place yesterday, November 25, at the border in Mae Sot": from the verb on
            after_verb = between[max((k + 1 for k, w in enumerate(between) if w in _HAPPENED), default=0):]
            words = [w for w in after_verb if w[:1].isalnum()]
            if t <= prep and len(words) <= 10 and not self._other_clause(t + 1, prep):
                return True
        return False

    def _other_clause(self, start: int, end: int) -> bool:
        """A word between ``start`` and ``end`` opens a clause of its own; "to" does so before a verb
        ("to defraud victims in Japan"), not before a name, a number or an article ("to Thai police")."""
        for k in range(start, end):
            word = self.lower[k]
            if word == "to":
                after = self.words[k + 1] if k + 1 < end else ""
                if after.isalpha() and after.islower() and after not in {"the", "a", "an", "be", "its", "their"}:
                    return True
            elif word in _OTHER_CLAUSE:
                return True
        return False

    def _tied(self, ent: Span, event: _Event) -> bool:
        """The agency and one of the event's own words stand in one clause: "police in Poipet raided",
        "carried out by X"; not "the raid freed 47, who were later taken into custody by X"."""
        words = self.event_words.get(id(event))
        if not words:
            return True  # an event told before, or one only a count tells of
        for t in words:
            lo, hi = (ent.end, t) if ent.end <= t else (t + 1, ent.start)
            if ent.end <= t and self.lower[lo:lo + 2][-1:] in (["which"], ["who"]) and self.lower[lo] in {",", "which", "who"}:
                lo += 2 if self.lower[lo] == "," else 1  # "the court, which charged them": its own clause
            if not self._other_clause(lo, hi):
                return True
        return False

    def _list_head(self, ent: Span, ents: list[Span]) -> Span:
        """The first place of the list "in A, B and C" that ``ent`` ends; ``ent`` when it stands alone."""
        ending_at = {e.end: e for e in ents if e.label_ in {"PLACE", "COUNTRY"}}
        while True:
            j = ent.start
            while j > 0 and self.lower[j - 1] in {",", "and", "or"}:
                j -= 1
            before = ending_at.get(j) if j < ent.start else None
            if before is None:
                return ent
            ent = before

    def _supporting(self, ent: Span, ents: list[Span], sent: Span) -> bool:
        """"with the support of Thai and Myanmar authorities", "in coordination with the embassy": the
        agency helped; the one that acted is named elsewhere."""
        first = ent
        for other in sorted(ents, key=lambda e: -e.start):  # back through "Thai and | Myanmar authorities"
            if other.end <= first.start and all(w in {"and", ",", "the"} for w in self.lower[other.end:first.start]) \
                    and other.label_ in {"AGENCY", "NORP", "COUNTRY"}:
                first = other
        before = self.lower[max(sent.start, first.start - 4):first.start]
        return bool(set(before) & _SUPPORT_WORDS)

    def _coordinated_place(self, ent: Span, ents: list[Span]) -> bool:
        """"in Batam and West Java", "in A, B, C and D", "16 provinces, including A, B and C": every
        place of a list shares the preposition (or the "including") its first one has."""
        ending_at = {e.end: e for e in ents if e.label_ in {"PLACE", "COUNTRY"}}
        current = ent
        while True:
            j = current.start
            while j > 0 and self.lower[j - 1] in {",", "and", "or"}:
                j -= 1
            before = ending_at.get(j) if j < current.start else None
            if before is None:
                return self._place_list_lead(current.start)
            current = before
            if current.start > 0 and self.lower[current.start - 1] in _LOCATIVE:
                return True

    def _place_list_lead(self, start: int) -> bool:
        """"... 16 provinces, including | Kandal": a list of places that a count of places opens."""
        words = [w for w in self.lower[max(0, start - 4):start] if w != ","]
        return len(words) >= 2 and words[-1] == "including" and words[-2] in _PLACE_NOUNS

    def _pronoun_in_event(self, sent: Span, ents: list[Span], events: list[_Event], ev: Evidence) -> None:
        """"... and filed charges against him": him is the person the story was just about."""
        if not self.people:
            return
        words = self.lower[sent.start:sent.end]
        for i, word in enumerate(words):
            if word not in {"him", "her"}:
                continue
            before = [e for e in ents if e.label_ == "PERSON" and e.end <= sent.start + i and (e.start, e.end) in self.span_node]
            if before:
                person = self.span_node[(before[-1].start, before[-1].end)]
            else:
                position, person = self.people[-1]
                if sent.start - position > 80:  # named too long ago to be "him"
                    continue
            window = words[max(0, i - 5):i]
            verb = next((w for w in reversed(window) if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
            if verb is None and {"charges", "charge"} & set(window):
                verb = "charged"
            if verb is not None:
                rel, _key, kind = _COUNT_VERBS[verb]
                if rel is not None:
                    self._edge(rel, self._host(kind, events, None).node.key, person.key, ev)

    def _announcers(self, sent: Span, ents: list[Span]) -> set[tuple[int, int]]:
        """Agencies and people that announce: "X said", "according to X", "announced by X",
        "X spokesperson Y said"."""
        doc = self.doc
        found: set[tuple[int, int]] = set()
        for ent in ents:
            if ent.label_ not in {"AGENCY", "PERSON"}:
                continue
            end = ent.end + 3 if ent.end + 2 < sent.end and self.words[ent.end] == "(" and self.words[ent.end + 2] == ")" else ent.end
            seat = next((e for e in ents if e.start == end + 1 and e.label_ in {"PLACE", "COUNTRY"}), None)
            if seat is not None and self.lower[end] == "in":
                end = seat.end  # "the Nepali Embassy in Bangkok said"
            after = [t.lower_ for t in doc[end:min(sent.end, end + 3)]]
            before = [t.lower_ for t in doc[max(sent.start, ent.start - 3):ent.start]]
            if after and (EVENT_TRIGGERS.get(after[0]) or after[0] in {"had", "has", "have"} and len(after) > 1
                          and EVENT_TRIGGERS.get(after[1])):
                continue  # "... said Myanmar's military had raided the centres": the one who acted
            if (after and after[0] in _ANNOUNCE) or (len(after) > 1 and after[0] in {"has", "had", "have", "also"} and after[1] in _ANNOUNCE) \
                    or "according" in [t.lower_ for t in doc[max(sent.start, ent.start - 7):ent.start]] \
                    or _attributed(before) \
                    or (after and after[0] in {"spokesperson", "spokesman", "spokeswoman", "statement"}):
                found.add((ent.start, ent.end))
            if ent.label_ == "AGENCY" and after and after[0] in {"spokesperson", "spokesman", "spokeswoman"}:
                found.add((ent.start, ent.end))
        # "X said", where X is the person whose employer is an agency in this sentence
        for ent in ents:
            if ent.label_ == "PERSON" and (ent.start, ent.end) in found:
                for other in ents:
                    if other.label_ == "AGENCY" and abs(other.end - ent.start) <= 2 and not self._commander(other, ent) \
                            or other.label_ == "AGENCY" and 0 <= other.start - ent.end <= 8:
                        found.add((other.start, other.end))
        return found

    def _commander(self, agency: Span, person: Span) -> bool:
        """"District police chief Sok Dara confirmed": a chief speaks for himself; a spokesperson
        ("police spokesman Sok Dara said") speaks for the agency."""
        between = set(self.lower[agency.end:person.start])
        return bool(between) and not between & {"spokesperson", "spokesman", "spokeswoman", "spokespersons"}

    def _says_it_did(self, ent: Span, sent: Span) -> bool:
        """"The military said on Monday it had raided ...": the speaker is the one who acted."""
        start = ent.end
        if start + 1 < sent.end and self.lower[start] == "in" and self.words[start + 1][:1].isupper():
            start += 2  # "the embassy in Phnom Penh said it had ..."
            while start < sent.end and self.words[start][:1].isupper():
                start += 1
        words = self.lower[start:min(sent.end, start + 8)]
        if not words or words[0] not in _ANNOUNCE:
            return False
        for k, word in enumerate(words[1:], start=1):
            if word in {"it", "they"}:
                rest = [w for w in words[k + 1:k + 4] if w not in {"had", "has", "have", "was", "were", "helped", "help"}]
                return bool(rest) and EVENT_TRIGGERS.get(rest[0]) is not None
        return False

    def _person_in_event(self, ent: Span, person: Node, sent: Span, events: list[_Event],
                         announcing: set[tuple[int, int]], ev: Evidence) -> None:
        doc = self.doc
        tail = ent.end + 3 if ent.end + 2 < sent.end and self.words[ent.end] == "," and doc[ent.end + 1].like_num and self.words[ent.end + 2] == "," else ent.end
        after = [t.lower_ for t in doc[tail:min(sent.end, tail + 5)] if t.lower_ not in _BE]  # past ", 41,"
        before = [t.lower_ for t in doc[max(sent.start, ent.start - 9):ent.start]]
        role_verb = next((w for w in after[:2] if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
        if role_verb is None and not (ent.start, ent.end) in announcing:
            role_verb = next((w for w in reversed(before) if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
            if before and before[-1] in {"'s", "’s"}:
                role_verb = None
        if role_verb is not None and person.properties.get("role_class") not in {"official", "lawmaker", "police", "judicial", "diplomat", "spokesperson"}:
            rel, key, kind = _COUNT_VERBS[role_verb]
            if rel is not None:
                event = self._host(kind, events, None)
                self._edge(rel, event.node.key, person.key, ev)
            return
        if (ent.start, ent.end) in announcing:
            if any(t.lower_ == "announced" for t in doc[ent.end:min(sent.end, ent.end + 3)]):
                for event in events:
                    self._edge(RelType.ANNOUNCED, person.key, event.node.key, ev)
            return
        for event in events:
            if event.type in {"warrant", "sanction"} and {"for", "against"} & set(before[-6:]) or event.type == "sanction" and before and before[-1] in {"sanctioned", "designated"}:
                self._edge(RelType.TARGETED, event.node.key, person.key, ev)
                return
        participates = any(w in _PARTICIPATION for w in after[:4]) or (before and before[-1] in {"by", "with"})
        for event in events:
            if event.type == "visit" and (participates or before[-2:] in (["visit", "by"], ["trip", "by"])):
                self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)
            elif event.type != "visit" and participates and event.type in {"raid", "investigation", "rescue", "repatriation"}:
                if any(w in {"led", "oversaw"} for w in after[:3]):
                    self._edge(RelType.LEADS, person.key, event.node.key, ev)
                else:
                    self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)


def _attributed(before: list[str]) -> bool:
    """"..., said the police" and "announced by the ministry" attribute a statement; in "an official
    said the army had raided" the agency after "said" is the subject of what was said."""
    if before and before[-1] == "the":
        before = before[:-1]
    if len(before) < 2 or before[-1] not in {"by", "said", "says"}:
        return False
    if before[-1] == "by":
        return before[-2] in {"announced", "confirmed", "reported", "stated", "disclosed", "released", "issued"}
    return before[-2] in {",", "\"", "”", "'", "’"}
