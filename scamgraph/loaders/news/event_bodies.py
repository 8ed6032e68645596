"""What a body named in a sentence did in its events: conducted, helped, received or announced them
(``_agency_in_events``), and the readings that tell those apart: a crackdown of its own, a light verb
with another object, a tip or a warrant it only supplied, the support it lent. Apart from
``event_links.py``, which walks a sentence's names, as the people's part is (``event_people.py``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.inquired_acts import inquired_act
from scamgraph.loaders.news.announcers import Announcers
from scamgraph.loaders.news.background_phrases import in_background_phrase
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.done_together import worked_with_on
from scamgraph.loaders.news.event_ties import _BACKGROUND_OPENERS, _OPERATION_NOUNS, EventTies
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.help_sought import help_sought_from
from scamgraph.loaders.news.modifier_agents import (
    agent_of_another_act,
    names_another_events_doer,
    subject_of_a_later_act,
)
from scamgraph.loaders.news.partner_aims import partners_aim
from scamgraph.loaders.news.partners import done_with
from scamgraph.loaders.news.receivers import handed_by_to_receiver, received_in
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import COORDINATING_POLICE, FOLLOWING, TIP_WORDS, _CONDUCT_KINDS, _SUPPORT_WORDS
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS
from scamgraph.model import Evidence, Node, RelType

#: What an agency is thanked for when it helped ("for their key role in freeing them")
_CREDITED = {"role", "help", "support", "assistance", "cooperation", "efforts", "part"}
#: Verbs whose object says what an agency did ("carried out a raid", "conducted checks")
_LIGHT_VERBS = {"conducted", "conducts", "conducting", "carried", "carries", "carrying", "performed", "undertook"}
#: The acts a body's aircraft does: it flies people home (a rescue or an arrest before the flight is others')
_FLOWN_ACTS = frozenset({"repatriation", "deportation", "extradition", "handover"})
#: Verbs that, with their people between them and "back" or "home", tell a sending home
_SENDING_VERBS = {"brought", "bring", "brings", "bringing", "flew", "flown", "fly", "flying", "sent", "send", "sends", "carry",
                  "carried", "carrying"}


#: Nouns of a campaign against the gangs that a body owns or carries out ("X's crackdown")
_CRACKDOWNS = frozenset({"crackdown", "crackdowns", "campaign", "offensive", "operation", "operations"})


#: Words right before an act's noun that make it a noun ("the rescue", "a dramatic raid")
_NOUN_OPENERS = frozenset({"the", "a", "an", "dramatic", "daring", "recent", "latest", "massive", "major", "joint"})


class BodiesInEvents(EventTies, Announcers):
    """What the bodies a sentence names did in its events."""

    def _crackdowns_body(self, ent: Span, event: _Event) -> bool:
        """The body owns or carries out a crackdown the sentence names ("the Philippine government's
        ongoing crackdown", "a crackdown by Myanmar's junta"), and the event is another kind (a
        repatriation it prompted): the body did the crackdown, not that."""
        if event.type == "raid":
            return False
        after = self.lower[ent.end:ent.end + 4]
        if after[:1] in (["'s"], ["’s"]) and not _CRACKDOWNS.isdisjoint(after[1:]):
            return True
        before = self.lower[max(0, ent.start - 4):ent.start]
        if before[-2:] in (["operation", "by"], ["operations", "by"]) and self.lower[ent.end:ent.end + 1] == ["to"]:
            return False  # "the largest operation by Korean authorities to bring back ...": the act itself, theirs
        return before[-1:] == ["by"] and not _CRACKDOWNS.isdisjoint(before[:-1])

    def _agency_in_events(self, ent: Span, node: Node, sent: Span, ents: list[Span], events: list[_Event],
                          announcing: set[tuple[int, int]], ev: Evidence) -> None:
        """What a body named in the sentence did in its events: conducted, helped, received or announced."""
        for event in events:
            if (ent.start, ent.end) in announcing and (self._says_it_did(ent, sent) or self._led_it(ent, sent)):
                self._edge(_doers_relation(node, event), node.key, event.node.key, ev)  # "X said it had raided"
            elif (ent.start, ent.end) in announcing:
                if not self._told_as_background(event, events) \
                        and not self._works_toward(ent, sent, self.event_words.get(id(event), [])) \
                        and not (self.only_tallies and event.type not in self.trigger_kinds.values()) \
                        and not self._another_groups_figure(event):
                    # (a body that gives only tallies, "300 have been rescued since 2021, 50 in 2021/22",
                    # announces no raid told before, which the tally's act word reaches)
                    self._edge(RelType.ANNOUNCED, node.key, event.node.key, ev)
            elif self._told_who_they_are(ent, sent):
                continue  # "confirmed by the bureau as wanted fugitives": it named them, did no act
            elif self._supporting(ent, ents, sent):
                if self._helped(ent, event, events) and not partners_aim(  # "with the support of X"
                        self.lower, ent.start, ent.end, self.event_words.get(id(event), []), sent.start, sent.end):
                    # (not "is working with X to speed up their return": the aim, partner_aims.py)
                    self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)
            elif self._helps_as_subject(ent, sent, event):  # "X facilitated the return of 12"
                self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)
            elif self._a_source_body(ent, sent, event):
                continue  # "on intelligence the FBI shared", "on a warrant from Chinese police": another acted
            elif self._received(ent, sent, ents) or handed_by_to_receiver(self.lower, ent.start, sent.start):
                # "handed over to X", "X received 57 handed over by Y" (see receivers.py)
                if received_in(event.type, self.lower, sent.start, sent.end):
                    self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)
            elif event.type in _CONDUCT_KINDS and node.properties.get("kind") in _CONDUCT_KINDS[event.type] \
                    and (self._acts(ent, sent, ents) or self._sends_them(ent, sent, event)) \
                    and (event.type in _FLOWN_ACTS or not self._only_flew_them(  # type: ignore[attr-defined]
                        ent, sent, ents)) \
                    and self._tied(ent, event) \
                    and not self._officials_employer(ent) and not self._did_something_else(ent, sent) \
                    and not names_another_events_doer(self.lower, ent.end, event.type) \
                    and not subject_of_a_later_act(self.lower, ent.end, sent.end, event.type,
                                                   self.event_words.get(id(event), [])) \
                    and not self._crackdowns_body(ent, event) and not self._after_its_noun(ent, event) \
                    and not agent_of_another_act(self.lower, self._first_listed_body(ent, ents), sent.start, sent.end,
                                                 event.type) \
                    and not inquired_act(self.words, self.lower, self.event_words.get(id(event), [])) \
                    and not self._told_in_passing(self.event_words.get(id(event), [])):
                # its subject or agent, not any agency named nearby (nor the act it inquires into)
                self._edge(_doers_relation(node, event), node.key, event.node.key, ev)

    def _first_listed_body(self, ent: Span, ents: list[Span]) -> int:
        """Where the pair or list of bodies the body closes starts ("by the Tax Office and the US
        Treasury"): the "by" before the first is the agent's mark of every one (a comma may end a
        clause, "freed by the army, and the police deported them", so none is stepped over)."""
        first = ent
        for other in sorted(ents, key=lambda e: -e.start):
            if other.end <= first.start and other.label_ in {"AGENCY", "COUNTRY", "NORP"} \
                    and self.lower[other.end:first.start] in ([], ["and"], ["and", "the"]):
                first = other
        return first.start

    def _did_something_else(self, ent: Span, sent: Span) -> bool:
        """"At the welcome centre, the Lotville Health Office carried out check-ups": the
        agency is the subject of a light verb whose object is no event word; it did that thing, not
        the event the sentence names."""
        for k in range(ent.end, min(sent.end, ent.end + 6)):
            if self.lower[k] in _LIGHT_VERBS:
                obj = []
                for j in range(k + 1, min(sent.end, k + 7)):
                    if not self.words[j][:1].isalnum():
                        break
                    obj.append(self.lower[j])
                return bool(obj) and not any(EVENT_TRIGGERS.get(w) or w in _OPERATION_NOUNS for w in obj)
        return False

    def _sends_them(self, ent: Span, sent: Span, event: _Event) -> bool:
        """"Chinese police brought 63 suspects back from Cambodia": the subject of a verb that sends
        people home (a journey the reader made a sending home of) carried that sending home out."""
        if event.type not in {"repatriation", "deportation", "extradition"}:
            return False
        k = ent.end
        while k < sent.end and self.lower[k] in {"has", "have", "had", "also", "on", "later", "then"}:
            k += 1
        return k < sent.end and self.lower[k] in _SENDING_VERBS and k in self.event_words.get(id(event), [])

    def _officials_employer(self, ent: Span) -> bool:
        """"overseen by the head of the Customs Department, Boonmee": the agency
        says whom the official works for; the official took part, not the agency as a whole."""
        k = ent.start - 1 - (self.lower[ent.start - 1] == "the")
        return k > 0 and self.lower[k] == "of" and (k - 1) in self.role_tokens

    def _helped(self, ent: Span, event: _Event, events: list[_Event]) -> bool:
        """"were freed and taken home to Dhaka with the support of Lao officials": the help
        is told of the event word nearest before it, the flight home, not of every event told."""
        def last_word(e: _Event) -> int:
            return max((t for t in self.event_words.get(id(e), []) if t < ent.start), default=-1)

        if self.sentence is not None and help_sought_from(self.lower, ent.start, self.sentence.start):
            return False  # "sought help from X": asked of X, not X's part in the event (help_sought.py)
        nearest = max(events, key=last_word)
        # "were rescued ..., as they await repatriation support from X": the help is told of a word that
        # tells no event of its own (a prospect), not of the rescue before it
        told = last_word(nearest)
        if told < 0:  # the event is told after the help ("with help from X, they rescued ...")
            return not self._earlier_act_after(ent, event, events)
        if any(EVENT_TRIGGERS.get(self.lower[k]) for k in range(told + 1, ent.start)):
            return False
        return nearest is event

    def _earlier_act_after(self, ent: Span, event: _Event, events: list[_Event]) -> bool:
        """"X, in coordination with Y, handed over 40 citizens following a crackdown": the help told
        before the act is the handover's; an act told after it as what came before ("following",
        "after" right before its words), with another act between, is none of the helper's."""
        words = [t for t in self.event_words.get(id(event), []) if t > ent.end]
        first = min((t for e in events if e is not event for t in self.event_words.get(id(e), []) if t > ent.end),
                    default=None)
        return bool(words) and first is not None and first < min(words) \
            and all(not FOLLOWING.isdisjoint(self.lower[max(ent.end, t - 3):t]) for t in words)

    def _after_its_noun(self, ent: Span, event: _Event) -> bool:
        """"Following the dramatic rescue of 310 Indians from Poipet, the Cyber Crime Bureau has
        launched a probe": an act named by a noun in a phrase that sets the scene, with a comma
        between it and the body, is not the body's own act (the noun names no doer)."""
        words = self.event_words.get(id(event))
        if not words or self.sentence is None:
            return False
        return all(t < ent.start and "," in self.lower[t:ent.start] and self.lower[t - 1] in _NOUN_OPENERS
                   and in_background_phrase(self.lower, t, self.sentence.start) for t in words)

    def _another_groups_figure(self, event: _Event) -> bool:
        """The speaker's sentence tells a running total, and none of its numbers is one the event was
        counted with ("police freed five men on Monday" ... "the office said 120 victims have so far
        been rescued in the province"): a sum over many acts, so the speaker tells not this act, which
        the total's act word only reaches. (Where the figure is the event's own, "as of Monday 179
        had been flown home, the ministry said", the speaker announces it.)"""
        counted = set(event.counts.values())
        return bool(counted) and bool(self.tallied_figures) and counted.isdisjoint(self.sentence_figures)

    def _told_as_background(self, event: _Event, events: list[_Event]) -> bool:
        """"The raids found 230 foreigners after a three-month investigation, police said": what
        the speaker announces is the raid; the investigation is told only as what came before it."""
        words = self.event_words.get(id(event))
        if not words or self.sentence is None:
            return False
        if len(events) < 2:  # the news is an act the reader did not make an event of
            return all(in_background_phrase(self.lower, t, self.sentence.start) for t in words)
        def opened(t: int) -> bool:
            before = self.lower[max(0, t - 6):t]
            if "," in before:
                before = before[len(before) - before[::-1].index(","):]  # the phrase the word stands in
            return bool(_BACKGROUND_OPENERS & set(before))

        # ("38 Koreans detained since August had been returned home": who the people are, not the news)
        return all(opened(t) or in_background_phrase(self.lower, t, self.sentence.start)
                   or self._reduced_relative(t, self.sentence) is not None
                   or t in self.freed_clauses for t in words)  # type: ignore[attr-defined]
        # ("... said it flew home 60 Zorvanians who were freed from ...": the return is the news)

    def _a_source_body(self, ent: Span, sent: Span, event: _Event) -> bool:
        """The body is where something the actors used came from, not an actor: a tip ("on
        intelligence shared by the FBI", "a tip-off from Chinese police"; not "Acting on a tip, X
        police arrested": the one who acted on it), a warrant for any act but the warrant itself
        ("on a 2016 warrant from Chinese police"), or the paper that told the act ("a state-run
        paper published by the Ministry of Information")."""
        k = ent.start - 1
        while k > sent.start and self.lower[k] in _SOURCE_LINKS:
            k -= 1
        if k < ent.start - 1 and self.lower[k] in TIP_WORDS and self.lower[k + 1] != "the":
            return True
        if k < ent.start - 1 and self.lower[k] in _WRITS and event.type != "warrant":
            return True
        return self.lower[max(sent.start, ent.start - 3):ent.start] in (["published", "by", "the"], ["owned", "by", "the"])

    def _supporting(self, ent: Span, ents: list[Span], sent: Span) -> bool:
        """"with the support of Lao and Cambodian officials", "in coordination with the embassy", "under
        the supervision of", "supported by X", "through the efforts of the embassy", "thanked X for their role in": the
        agency helped; the one that acted is named elsewhere."""
        first = ent
        for other in sorted(ents, key=lambda e: -e.start):  # back through "Thai and | Myanmar authorities"
            gap = self.lower[other.end:first.start]
            if other.end <= first.start and (all(w in {"and", ",", "the"} for w in gap)
                                             or gap == ["in"] and first.label_ in {"PLACE", "COUNTRY"}) \
                    and other.label_ in {"AGENCY", "NORP", "COUNTRY", "PLACE"}:
                first = other  # (a place too: "our embassy in Bangkok, the Thai authorities", "the office in Singapore")
        # "In a further case of joint work, the Lao police detained": a support
        # word before a comma belongs to an opening phrase, and the agency is the subject that acted
        lead = max((k + 1 for k in range(max(sent.start, first.start - 7), first.start) if self.lower[k] == ","),
                   default=max(sent.start, first.start - 7))
        before = self.lower[max(lead, first.start - 4):first.start]
        wider = set(self.lower[lead:first.start])
        if self._worked_alongside(first, sent):
            return True  # "X worked with Y on the investigation": Y helped (done_together.py)
        if set(before) & (_SUPPORT_WORDS | {"supervision"}) or {"working", "with"} <= wider or {"through", "efforts"} <= wider \
                or _support_of_members(self.lower, first.start, lead) \
                or _SUPPORTED.intersection(before[-3:-1]) and (before[-1:] == ["by"] or before[-2:] == ["by", "the"]) \
                or done_with(self.lower[lead:first.start]):  # "was conducted with X": a partner
            return True  # "working closely with the Thai authorities ... to ensure the repatriation"
        # "thanked the Merrow police ... for their key role in freeing them"
        after = self.lower[ent.end:min(sent.end, ent.end + 10)]
        if "for" in after:
            rest = after[after.index("for") + 1:]
            return rest[:1] in (["their"], ["its"]) and bool(set(rest[1:4]) & _CREDITED)
        return False

    def _worked_alongside(self, first: Span, sent: Span) -> bool:
        """The body (or the first of a list of them) stands right after the "with" of "worked with
        ... on the <act>"."""
        k = first.start - 1 - (first.start - 1 > sent.start and self.lower[first.start - 1] == "the")
        return k - 1 >= sent.start and self.lower[k] == "with" \
            and worked_with_on(self.lower, k - 1, sent.end, lambda w: EVENT_TRIGGERS.get(w) is not None) == k

    def _helps_as_subject(self, ent: Span, sent: Span, event: _Event) -> bool:
        """"IOM (IOM) on 8 May facilitated the voluntary return of 12 Kenyans", "the agency helped
        repatriate 40": the body is the subject of a verb of helping (past its acronym in brackets and
        a day) whose object is the event's word; it took part in the act, which others carried out
        (not in an act told later in the sentence: "X assisted SPF to facilitate the deportation, and
        he was arrested on arrival")."""
        k = ent.end
        if self.words[k:k + 1] == ["("]:
            k = next((j + 1 for j in range(k + 1, min(sent.end, k + 6)) if self.words[j] == ")"), k)
        while k < sent.end and (self.lower[k] in {"on", "in", "last", "this", "also", "has", "have", "had"}
                                or self.lower[k] in CALENDAR_WORDS or self.like_num[k]):
            k = _past_its_seat(self.doc, k, sent.end) if self.lower[k] == "in" else k + 1
        return k < sent.end and self.lower[k] in _HELPING_VERBS \
            and any(t in self.event_words.get(id(event), ()) or _COUNT_VERBS.get(self.lower[t], (None, "", ""))[2] == event.type
                    for t in range(k + 1, min(sent.end, k + 1 + _HELPED_REACH)))  # ("the return of", "repatriate")


def _past_its_seat(doc: Doc, k: int, end: int) -> int:
    """Past "in <place>" at ``k`` after a body ("the Velorian Embassy in Lotville facilitated their
    return": where the body sits, its verb after it); else past the "in" alone."""
    j = k + 1
    while j < end and doc[j].ent_type_ in {"PLACE", "COUNTRY"}:
        j += 1
    return j


#: Words between a tip or a warrant and the body it came from: "intelligence provided by the", "a
#: warrant issued by"
_SOURCE_LINKS = frozenset({"from", "by", "provided", "given", "supplied", "shared", "passed", "issued", "the", "of"})
#: Writs a body issues for others to act on
_WRITS = frozenset({"warrant", "warrants", "notice", "notices"})


#: People of a body who lent a hand: "aided by officers from X", "with the help of its counterparts of X"
_HELPING_MEMBERS = frozenset({"counterparts", "counterpart", "officers", "personnel", "officials", "colleagues", "staff",
                              "teams", "team", "members", "agents", "experts"})


def _support_of_members(lower: list[str], start: int, lead: int) -> bool:
    """"aided by counterparts from X", "with help from officers of X": the help came
    from X's people, so X helped (convention 2), though the support word stands further back than
    the few words before a body that say so."""
    k = start - 1
    if k > lead and lower[k] == "the":
        k -= 1
    if k <= lead or lower[k] not in {"from", "of"} or lower[k - 1] not in _HELPING_MEMBERS:
        return False
    k -= 2
    if k > lead and lower[k] in {"the", "their", "its", "our"}:
        k -= 1
    return k > lead and lower[k] in {"of", "from"} and lower[k - 1] in _SUPPORT_WORDS


def _doers_relation(agency: Node, event: _Event) -> RelType:
    """CONDUCTED, but PARTICIPATED_IN for a police union of many states, which coordinates what its
    members' forces do ("Interpol arrested 300": national police did); its own notices it does
    issue ("Interpol issued a Red Notice" stays its warrant)."""
    coordinates = agency.name.lower() in COORDINATING_POLICE and event.type != "warrant"
    return RelType.PARTICIPATED_IN if coordinates else RelType.CONDUCTED
#: Participles whose "by" names a helper, not the body that acted: "led by X and supported by Y"
_SUPPORTED = frozenset({"supported", "assisted", "aided", "backed"})
#: Verbs of helping an act done by others, said of a body as their subject ("facilitated the return of")
_HELPING_VERBS = frozenset({"facilitated", "supported", "assisted", "aided", "helped"})
#: How far after such a verb the word of the act helped may stand ("facilitated the safe and voluntary return")
_HELPED_REACH = 6
