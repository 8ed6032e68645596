"""Who took part in an event: the agencies that conducted, announced or helped in it, and the people
who took part in it or were its targets (where it happened is ``event_places.py``)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.act_nouns import EVENT_NOUNS
from scamgraph.loaders.news.announcers import Announcers
from scamgraph.loaders.news.background_phrases import in_background_phrase
from scamgraph.loaders.news.cases_filed import charged_against
from scamgraph.loaders.news.demands import DEMANDS, SEEKING, asked_for
from scamgraph.loaders.news.done_together import worked_with_on
from scamgraph.loaders.news.event_places import EventPlaces
from scamgraph.loaders.news.facing_charges import act_word, faces_charges_after, past_group_noun, shared_nationality
from scamgraph.loaders.news.help_sought import help_sought_from
from scamgraph.loaders.news.joined_acts import HANDING_VERBS, JoinedActs, second_verb_of_the_subject
from scamgraph.loaders.news.kin import named_for_kin
from scamgraph.loaders.news.led_groups import a_group_led
from scamgraph.loaders.news.legal_instruments import writ_word
from scamgraph.loaders.news.modifier_agents import agent_of_another_act, names_another_events_doer
from scamgraph.loaders.news.named_objects import OTHERS_TOLD
from scamgraph.loaders.news.partners import done_with
from scamgraph.loaders.news.person_appositions import apposed_act, past_person_apposition
from scamgraph.loaders.news.police_again import PoliceToldAgain
from scamgraph.loaders.news.receivers import named_receiver, received_in
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.on_bail import on_bail
from scamgraph.loaders.news.sex_asides import ASIDE_MARKS
from scamgraph.loaders.news.verdicts import TERMS
from scamgraph.loaders.news.words import (
    COORDINATING_POLICE,
    GOODS_VERBS as _GOODS_VERBS,
    TIP_WORDS,
    _BE,
    _CONDUCT_KINDS,
    _COUNT_VERBS,
    _PARTICIPATION,
    _PEOPLE_WORDS,
    _SUPPORT_WORDS,
    EVENT_TRIGGERS,
    _parenthesized,
    phrasal_act,
)
from scamgraph.loaders.nlp.listed_people import aside_opening
from scamgraph.loaders.nlp.vocabulary import ALIAS_WORDS, CALENDAR_WORDS
from scamgraph.loaders.numbers import number_value
from scamgraph.model import Evidence, Node, RelType

#: Words that open a phrase telling what came before the event announced ("after a three-month investigation")
_BACKGROUND_OPENERS = {"after", "following", "before", "amid", "during"}
#: What an agency is thanked for when it helped ("for their crucial role in the rescue")
_CREDITED = {"role", "help", "support", "assistance", "cooperation", "efforts", "part"}
#: Verbs of those behind an event or around it, not of those who carried it out ("ordered by X")
_BEHIND_IT = {"ordered", "orders", "approved", "authorised", "authorized", "requested", "praised", "thanked",
              "welcomed", "urged", "prompted", "commended", "condemned", "criticised", "criticized"}
#: Verbs whose object says what an agency did ("carried out a raid", "conducted checks")
_LIGHT_VERBS = {"conducted", "conducts", "conducting", "carried", "carries", "carrying", "performed", "undertook"}
#: Objects of those verbs that name an operation, or the event told before
_OPERATION_NOUNS = {"operation", "operations", "raids", "mission", "missions", "evacuations", "evacuation", "patrol",
                    "it", "them", "this", "that"}
#: Participles whose "by" names who did the event ("carried out by", "conducted by", "led by")
_DOING = {"carried", "conducted", "launched", "organized", "organised", "coordinated", "staged", "executed",
          "performed", "undertaken", "jointly", "supported", "led", "commanded", "supervised", "overseen", "assisted", "backed", "aided", "facilitated", "accompanied",
          "involved", "spearheaded", "headed", "initiated", "mounted", "escorted", "flown", "transported", "received",
          "handed", "returned", "deported", "arrested", "detained", "rescued", "raided", "targeted", "seized", "busted",
          "issued", "signed", "filed", "imposed"}
#: Verbs whose agent led the event, and whose agent watched over it or took part
_LEADING = {"led", "headed", "commanded", "spearheaded"}
_WATCHING = {"supervised", "overseen", "accompanied", "joined", "attended", "observed", "witnessed", "monitored"}
#: Kinds of event a person leads or takes part in
_LED_KINDS = {"raid", "investigation", "rescue", "repatriation", "deportation", "extradition"}
#: Verbs that, with their people between them and "back" or "home", tell a sending home
#: What an armed group holding a border area is told to do as a state's forces would
#: Words that put an act before the sentence's own: "after the rescue of X", "following the arrest of X"
_AFTER_WORDS = frozenset({"after", "following", "since"})
#: The acts a body's aircraft does: it flies people home (a rescue or an arrest before the flight is others')
_FLOWN_ACTS = frozenset({"repatriation", "deportation", "extradition", "handover"})
_ARMED_GROUPS_ACTS = frozenset({"raid", "arrest", "detention", "rescue", "deportation", "repatriation", "handover"})
_SENDING_VERBS = {"brought", "bring", "brings", "bringing", "flew", "flown", "fly", "flying", "sent", "send", "sends", "carry",
                  "carried", "carrying"}
#: Kinds of event that are a paper a body issues: the issuer carried them out
_ISSUED_KINDS = {"warrant", "sanction", "charge"}


#: Nouns of a campaign against the gangs that a body owns or carries out ("X's crackdown")
_CRACKDOWNS = frozenset({"crackdown", "crackdowns", "campaign", "offensive", "operation", "operations"})
#: Entities whose words are names, never a verb told of a person: "Lotus Holding Group"
_NAMES = frozenset({"ORG", "AGENCY", "SITE", "PERSON"})


#: Nouns of acts whose people "of" names, read as their verbs: "the arrests of A B and C D" (the
#: singular nouns that are count verbs themselves, "the arrest of", need none).
_ACT_VERBS = {noun: verb for noun, verb in EVENT_NOUNS.items() if noun not in _COUNT_VERBS}
#: Participles of acts done to people, that an apposition may carry: "X, a tycoon extradited to China"
_DONE_TO_PEOPLE = frozenset(w for w, (rel, _key, _kind) in _COUNT_VERBS.items()
                            if rel is not None and w.endswith("ed") and w not in _GOODS_VERBS)


#: Words right before an act's noun that make it a noun ("the rescue", "a dramatic raid")
_NOUN_OPENERS = frozenset({"the", "a", "an", "dramatic", "daring", "recent", "latest", "massive", "major", "joint"})

#: How many words back a person named before may be what "him" or "the duo" points to
_NAMED_REACH = 80
#: Nouns of a group of people named before, by their number: "arrested the duo"
_GROUP_SIZES = {"duo": 2, "pair": 2, "couple": 2, "trio": 3}
#: The largest group named before that a subject told by its number ("All three", "The two") points back to,
#: and the words between it and its verb
_LARGEST_GROUP = 5
_GROUP_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "was", "are", "is", "since", "later", "then",
                                "also", "all", "subsequently", "reportedly"})
#: How close two people named last must stand to be read as one list ("A, B and C"), which "him" cannot pick from
_LISTED_SPAN = 8


class EventLinks(EventPlaces, Announcers, PoliceToldAgain, JoinedActs):
    """Edges from an event to its places, agencies and people, sentence by sentence."""

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

    def _event_links(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], sites: list[Node],
                     announcing: set[tuple[int, int]],
                     ev: Evidence) -> None:
        if not events:
            self._landed_at(sent, ents, nodes, ev)
            return
        for ent in ents:
            node = nodes.get((ent.start, ent.end))
            if node is None or _parenthesized(ent):
                continue
            if ent.label_ == "AGENCY":
                self._agency_in_events(ent, node, sent, ents, events, announcing, ev)
            elif ent.label_ == "ORG" and node.properties.get("kind") == "armed group":
                # "The DKBA handed over 70 foreigners to Thailand": an armed group that holds a border
                # area does what a state's police does there (not "rescued from a DKBA compound")
                said_it_did = self._says_it_did(ent, sent)  # ("the KNU said its forces raided X")
                acts = self._acts(ent, sent, ents) or said_it_did  # type: ignore[attr-defined]
                for event in events:
                    if event.type in _ARMED_GROUPS_ACTS and ((ent.start, ent.end) not in announcing or said_it_did) \
                            and acts and self._tied(ent, event) and not self._did_something_else(ent, sent) \
                            and not agent_of_another_act(self.lower, ent.start, sent.start, sent.end, event.type):
                        self._edge(RelType.CONDUCTED, node.key, event.node.key, ev)
            elif ent.label_ == "PERSON":
                self._person_in_event(ent, node, sent, events, announcing, ev)
        for phrase, body, _place in self.placed_bodies:  # "Police in Lao Cai arrested 21"
            self._agency_in_events(phrase, body, sent, ents, events, announcing, ev)
        self._pronoun_in_event(sent, ents, events, ev)
        self._named_group_in_event(sent, events, ev)
        self._police_again(sent, ents, events, ev)
        for event in events:
            self._event_places(event, sent, ents, nodes, sites, ev)
        self._placed_bodies_places(events, nodes, ev)  # type: ignore[attr-defined]

    def _agency_in_events(self, ent: Span, node: Node, sent: Span, ents: list[Span], events: list[_Event],
                          announcing: set[tuple[int, int]], ev: Evidence) -> None:
        """What a body named in the sentence did in its events: conducted, helped, received or announced."""
        for event in events:
            if (ent.start, ent.end) in announcing and (self._says_it_did(ent, sent) or self._led_it(ent, sent)):
                self._edge(_doers_relation(node, event), node.key, event.node.key, ev)  # "X said it had raided"
            elif (ent.start, ent.end) in announcing:
                if not self._told_as_background(event, events) \
                        and not self._works_toward(ent, sent, self.event_words.get(id(event), [])) \
                        and not (self.only_tallies and event.type not in self.trigger_kinds.values()):
                    # (a body that gives only tallies, "300 have been rescued since 2021, 50 in 2021/22",
                    # announces no raid told before, which the tally's act word reaches)
                    self._edge(RelType.ANNOUNCED, node.key, event.node.key, ev)
            elif self._supporting(ent, ents, sent):
                if self._helped(ent, event, events):  # "with the support of X"
                    self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)
            elif self._helps_as_subject(ent, sent, event):  # "X facilitated the return of 12"
                self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)
            elif self._a_source_body(ent, sent, event):
                continue  # "on intelligence the FBI shared", "on a warrant from Chinese police": another acted
            elif self._received(ent, sent, ents):  # "handed over to X" (see receivers.py)
                if received_in(event.type, self.lower, sent.start, sent.end):
                    self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)
            elif event.type in _CONDUCT_KINDS and node.properties.get("kind") in _CONDUCT_KINDS[event.type] \
                    and (self._acts(ent, sent, ents) or self._sends_them(ent, sent, event)) \
                    and (event.type in _FLOWN_ACTS or not self._only_flew_them(  # type: ignore[attr-defined]
                        ent, sent, ents)) \
                    and self._tied(ent, event) \
                    and not self._officials_employer(ent) and not self._did_something_else(ent, sent) \
                    and not names_another_events_doer(self.lower, ent.end, event.type) \
                    and not self._crackdowns_body(ent, event) and not self._after_its_noun(ent, event) \
                    and not agent_of_another_act(self.lower, ent.start, sent.start, sent.end, event.type):
                # its subject or agent, not any agency named nearby
                self._edge(_doers_relation(node, event), node.key, event.node.key, ev)

    def _past_alias(self, k: int, sent: Span) -> int:
        """Past an aside that gives a person's other name (", also known as Y,", "— alias Y —",
        "(known as Y)"): where the words told of the person go on; ``k`` where there is none."""
        close = ASIDE_MARKS.get(self.lower[k]) if k < sent.end else None
        after = self.lower[k + 1:k + 4]
        if close is None or not (after[:3] == ["also", "known", "as"] or after[:2] == ["known", "as"]
                                 or after[:1] in (["alias"], ["a.k.a."], ["aka"])):
            return k
        end = next((j for j in range(k + 2, min(sent.end, k + 12)) if self.lower[j] == close), None)
        return end + 1 if end is not None else k

    def _did_something_else(self, ent: Span, sent: Span) -> bool:
        """"At the handover ceremony, the Department of Health carried out medical examinations": the
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

    def _by_verb(self, ent: Span, sent: Span) -> str:
        """"was led by Pol. Col. Natthakorn", "was supervised by the Deputy Director of the Immigration
        Department, Soutchai": the verb before the "by" whose agent the person is, past the person's
        titles, roles, employer and an appositive comma; "" when there is none."""
        k = ent.start - 1
        while k > sent.start and ent.start - k <= 14:
            word = self.lower[k]
            if word == "by":
                # "the raid was led by", "an operation led by"; not "a delegation led by X": X leads that
                head = self.lower[k - 2] if k - 2 >= sent.start else ""
                told = head in _BE or head == "," or EVENT_TRIGGERS.get(head) or head in _OPERATION_NOUNS
                return self.lower[k - 1] if told else ""
            if not (k in self.role_tokens or word in {"the", "of", ",", "and", "."} or self.words[k][:1].isupper()):
                return ""
            k -= 1
        return ""

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
        if told < 0:
            return True  # the event is told after the help ("with help from X, they rescued ...")
        if any(EVENT_TRIGGERS.get(self.lower[k]) for k in range(told + 1, ent.start)):
            return False
        return nearest is event

    def _after_its_noun(self, ent: Span, event: _Event) -> bool:
        """"Following the dramatic rescue of 310 Indians from Poipet, the Cyber Crime Bureau has
        launched a probe": an act named by a noun in a phrase that sets the scene, with a comma
        between it and the body, is not the body's own act (the noun names no doer)."""
        words = self.event_words.get(id(event))
        if not words or self.sentence is None:
            return False
        return all(t < ent.start and "," in self.lower[t:ent.start] and self.lower[t - 1] in _NOUN_OPENERS
                   and in_background_phrase(self.lower, t, self.sentence.start) for t in words)

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

    def _tied(self, ent: Span, event: _Event) -> bool:
        """The agency and one of the event's own words stand in one clause: "police in Poipet raided",
        "carried out by X"; not "the raid freed 47, who were later taken into custody by X", nor
        "the raid was ordered by X" (X decided it; others did it)."""
        words = self.event_words.get(id(event))
        if not words:
            return True  # an event told before, or one only a count tells of
        for t in words:
            if ent.end <= t and self._object_described(ent.end, t):
                continue
            lo, hi = (ent.end, t) if ent.end <= t else (t + 1, ent.start)
            if ent.end <= t and self.lower[lo:lo + 2][-1:] in (["which"], ["who"]) and self.lower[lo] in {",", "which", "who"}:
                lo += 2 if self.lower[lo] == "," else 1  # "the court, which charged them": its own clause
            if event.type == "warrant" and ent.end <= t and any(k in self.trigger_at for k in range(lo, hi)):
                continue  # "police raided the hub on the strength of a warrant issued by a court": the raiders'
            if event.type == "warrant" and t < ent.start and not _ACTED_ON.isdisjoint(self.lower[max(0, t - 5):t]) \
                    and {"from", "by", "issued", "of"}.isdisjoint(self.lower[t + 1:ent.start]):
                continue  # "Acting on an Interpol red notice, Thai immigration police arrested ...": they acted on it
                # (not "under warrants from the Criminal Court": the court issued them)
            if t < ent.start and not _RECEIVING.isdisjoint(self.lower[lo:hi]):
                continue  # "Nine Peruvians, freed in X, were met today by their embassy": the receiver
            if not self._other_clause(lo, hi) and not self._behind_it(lo, hi, agent=t < ent.start) \
                    and not (t < ent.start and event.type not in _ISSUED_KINDS and self._issued_by(hi)) \
                    and not (t < ent.start and self._joined_clause(lo, hi, ent.end)):
                return True
        return False

    def _object_described(self, lo: int, t: int) -> bool:
        """"The police arrested 19 men extradited from Cambodia", "arrested eight nationals after
        their deportation": the agency's own act is the event word before; the participle after the
        people, or a phrase opened by "after", tells their past, done by others."""
        own = any(k in self.trigger_at for k in range(lo, t - 1))
        described = self.lower[t].endswith("ed") and (self.lower[t - 1] in _PEOPLE_WORDS or self.doc[t - 1].ent_type_ == "NORP")
        return own and (described or bool(_BACKGROUND_OPENERS & set(self.lower[max(lo, t - 3):t])))

    def _joined_clause(self, lo: int, hi: int, end: int) -> bool:
        """"... after they were handed over to Korea, and the Busan police held three": a comma and a
        conjunction open a clause whose subject (the agency, a verb right after it) is not the
        event's; a list ("collaboration between A, B, and C", "by A, B, and C") is no such clause."""
        words = self.lower[lo:hi]
        verb = end < len(self.lower) and (self.lower[end].endswith("ed") or self.lower[end] in EVENT_TRIGGERS)
        return verb and "by" not in words and any(w == "," and words[k + 1:k + 2] and words[k + 1] in {"and", "but", "while"}
                                                  for k, w in enumerate(words))

    def _issued_by(self, hi: int) -> bool:
        """"The raid was carried out under a mission order issued by X": X issued a paper the act was
        done under, and the act is someone else's (the paper itself, a warrant, is X's own act)."""
        return hi >= 2 and self.lower[hi - 1] in {"by", "the"} and "by" in self.lower[hi - 2:hi] \
            and self.lower[hi - 2 - (self.lower[hi - 1] == "the")] in {"issued", "signed"}

    def _behind_it(self, lo: int, hi: int, agent: bool) -> bool:
        """"ordered by X" (the verb before X's "by"), "X ordered police to raid": X decided or judged
        the event; someone else carried it out."""
        if not agent:
            return bool(_BEHIND_IT & set(self.lower[lo:hi]))
        by = next((k for k in range(hi - 1, lo - 1, -1) if self.lower[k] == "by"), None)
        if by is None or by == 0:
            return False
        verb = self.lower[by - 1]
        # "stuck in detention camps operated by the DKBA": the agent of another participle, not the event's
        another = verb.endswith("ed") and not EVENT_TRIGGERS.get(verb) and verb not in _DOING and by - 1 >= lo
        return verb in _BEHIND_IT or another

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

    def _past_who_clause(self, tail: int, sent: Span) -> int:
        """Past a relative clause set off by commas after a person ("Liang Jiahui, 45, who lived in
        Cambodia and Dubai, | was arrested"), where a verb follows its closing comma; else ``tail``."""
        at = tail + 1 if self.words[tail:tail + 1] == [","] else tail  # (after an age the comma is passed already)
        if self.lower[at:at + 1] != ["who"]:
            return tail
        close = next((k for k in range(at + 1, min(sent.end - 1, at + 16)) if self.words[k] == ","), None)
        return close + 1 if close is not None and self.lower[close + 1] in {"was", "were", "is", "has", "had"} else tail

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
        # "thanked the Myanmar authorities ... for their crucial role in the rescue"
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
            k += 1
        return k < sent.end and self.lower[k] in _HELPING_VERBS \
            and any(t in self.event_words.get(id(event), ()) or _COUNT_VERBS.get(self.lower[t], (None, "", ""))[2] == event.type
                    for t in range(k + 1, min(sent.end, k + 1 + _HELPED_REACH)))  # ("the return of", "repatriate")

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
                if sent.start - position > _NAMED_REACH:  # named too long ago to be "him"
                    continue
                if len(self.people) > 1 and self.people[-2][1] is not person and position - self.people[-2][0] <= _LISTED_SPAN:
                    continue  # "arrested three Chinese - A, B and C - ... charges against him": which one is not said
            if any(e.label_ == "PERSON" and self.span_node.get((e.start, e.end)) is person and e.end < sent.end
                   and self.lower[e.end] in _SAYING for e in ents) or self._quoted_speaker(person, sent):
                continue  # '"We arrested him," Sok Dara said': "him" is another than the speaker
            window = words[max(0, i - 5):i]
            verb = next((w for w in reversed(window) if w in _COUNT_VERBS and _COUNT_VERBS[w][0]), None)
            if verb is None and {"charges", "charge"} & set(window):
                verb = "charged"
            if verb in window and writ_word(window, len(window) - 1 - window[::-1].index(verb)):
                continue  # "a warrant to arrest him", "an arrest warrant against her": no arrest yet
            if verb in window and any(w in TIP_WORDS or w.endswith("ing") or w == "from"
                                      for w in window[len(window) - window[::-1].index(verb):]):
                continue  # "police received information accusing him", "money seized from him": not him the verb took
            verb_at = sent.start + i - 1 - window[::-1].index(verb) if verb in window else -1
            if verb in HANDING_VERBS and not any(verb_at in self.event_words.get(id(e), ()) for e in events):
                continue  # "handed him over to the police": custody inside the state, no sending home (``joined_acts``)
            if verb is not None:
                rel, _key, kind = _COUNT_VERBS[verb]
                if rel is not None:
                    self._edge(rel, self._host(kind, events, None).node.key, person.key, ev)

    def _named_group_in_event(self, sent: Span, events: list[_Event], ev: Evidence) -> None:
        """"X and Y took four workers to Cambodia. Police arrested the duo on October 30": "the duo",
        "the pair", "the trio" after an act's verb, or "All three", "Both" as its subject, are the
        people named last, as many as the word says (none where fewer were named, or named too long
        ago): the act takes them and their number."""
        lower = self.lower
        told = [(j - 2, _GROUP_SIZES[lower[j]], 0) for j in range(sent.start + 2, sent.end)
                if lower[j] in _GROUP_SIZES and lower[j - 1] == "the" and lower[j - 2] in _COUNT_VERBS]
        if (subject := self._group_subject(sent)) is not None and sent.start > 0:
            # "All three were later deported": the three the sentence before named
            told.append((*subject, self.doc[sent.start - 1].sent.start))
        for verb, size, floor in told:
            rel, key, kind = _COUNT_VERBS[act_word(lower, verb, sent.end)]  # ("Both men face charges": charged)
            named: list[Node] = []
            for position, person in reversed(self.people):
                if sent.start - position > _NAMED_REACH or len(named) == size or position < floor:
                    break
                if person not in named:
                    named.append(person)
            if rel is None or len(named) != size or not self._told_as_done(verb, sent):  # type: ignore[attr-defined]
                continue
            event = self._host(kind, events, None)
            event.counts[key] = max(size, event.counts.get(key, 0))
            for person in named:
                self._edge(rel, event.node.key, person.key, ev)
            nat = shared_nationality(self.edges, [person.key for person in named])
            if nat and not any(k[0] == event.node.key and k[2] == nat for k in self.edges):
                self._edge(rel, event.node.key, nat, ev, count=size)  # "Both men": two of their nationality

    def _group_subject(self, sent: Span) -> tuple[int, int] | None:
        """(verb, size) where the sentence opens on the people named last told by their number ("All
        three were later deported", "The two were charged", "Both were arrested", "The duo were
        freed", "Both men now face charges") and a verb of an act on them; None otherwise."""
        lower, k = self.lower, sent.start
        lead = lower[k] in {"all", "the"}
        k += lead
        if k >= sent.end:
            return None
        if lower[k] == "both":
            size = 2
        elif lead and lower[k].isalpha():  # "the duo", "all three" (a number written in figures counts others)
            size = _GROUP_SIZES.get(lower[k]) or number_value(lower[k]) or 0
        else:
            return None
        if not 2 <= size <= _LARGEST_GROUP:
            return None
        k = past_group_noun(lower, k + 1, sent.end)  # ("Both men", "The two suspects")
        if (facing := faces_charges_after(lower, k, sent.end)) >= 0:
            return facing, size  # "Both men now face fraud charges": charged
        while k < sent.end and lower[k] in _GROUP_AUXILIARIES:
            k += 1
        return (k, size) if k < sent.end and lower[k] in _COUNT_VERBS and _COUNT_VERBS[lower[k]][0] is not None else None

    def _quoted_speaker(self, person: Node, sent: Span) -> bool:
        """The sentence opens a quote that goes on from the sentence before, where ``person`` was
        just named as the one who said it ('... one of the oknhas," X said. "We arrested him')."""
        if self.words[sent.start] not in {'"', "“"} and not (sent.start > 0 and self.words[sent.start - 1] in {'"', "“"}):
            return False  # (the sentence splitter may leave the opening mark on the sentence before)
        last = person.name.split()[-1].lower()
        return any(self.lower[k] == last and self.lower[k + 1] in _SAYING for k in range(max(0, sent.start - 30), sent.start - 1))

    def _second_act(self, at: int, sent: Span, events: list[_Event]) -> tuple[RelType, _Event] | None:
        """The act of a second verb joined to a person's verb at ``at`` by "and" ("had been rescued
        and returned to China"), where the sentence tells an event of that verb's own word."""
        if at < 0 or at + 2 >= sent.end or self.lower[at + 1] != "and" or self.lower[at + 2] not in _COUNT_VERBS:
            return None
        rel, _key, kind = _COUNT_VERBS[self.lower[at + 2]]
        event = next((e for e in events if e.type == kind and at + 2 in self.event_words.get(id(e), ())), None)
        return None if rel is None or event is None else (rel, event)

    def _last_listed(self, end: int, sent: Span) -> int:
        """Past the people listed after a person ("A B, C D and E F were arrested": from A B's end to
        E F's, and past the last one's age), where the verb they share follows; ``end`` itself when no
        one is listed after."""
        while True:
            end = self._past_bare_aliases(end, sent)  # "A alias Sonu, B and C were charged": past A's other names
            k = end
            while k < sent.end and self.words[k] in {",", "and"}:
                k += 1
            if k + 2 < sent.end and self.lower[k] in {"his", "her", "their"} and self.lower[k + 1] in _KIN \
                    and self.words[k + 2] == ",":
                k += 3  # "A, his brother, B, and C": past the kin told of the one before
                while k < sent.end and self.words[k] in {",", "and"}:
                    k += 1
            if k == end and self.words[end - 1] != "," or k >= sent.end or self.doc[k].ent_type_ != "PERSON" \
                    or self.doc[k].ent_iob_ != "B":  # (after an age's closing comma the next name follows at once)
                return end
            end = k + 1
            while end < sent.end and self.doc[end].ent_iob_ == "I":
                end += 1
            if end + 2 < sent.end and self.words[end] == "," and self.like_num[end + 1] and self.words[end + 2] == ",":
                end += 3  # "Kevin Lau, 36, and Mark Chan, 31, were charged": past the last one's age

    def _past_bare_aliases(self, end: int, sent: Span) -> int:
        """Past the other names told right after a listed person without brackets ("Arun Mehra alias
        Bittu alias Bablu, Kiran Das and ..."): each an alias word and one to three title-case words.
        Where the list goes on; ``end`` itself when no alias follows."""
        while end + 1 < sent.end and self.lower[end] in ALIAS_WORDS and self.words[end + 1][:1].isupper():
            k = end + 1
            while k < min(sent.end, end + 4) and self.words[k][:1].isupper() and self.words[k].isalpha():
                k += 1
            end = k
        return end

    def _before_bare_aliases(self, j: int, sent: Span) -> int:
        """Back from ``j`` (the last word before a list's comma) over the other names a listed person
        is told by without brackets ("Arun Mehra alias Bittu alias Bablu, | ..."): to the person's
        name, where an alias word follows it; ``j`` itself when none does."""
        k = j
        while True:
            m = k
            while m > sent.start and k - m < 3 and self.words[m][:1].isupper() and self.words[m].isalpha() \
                    and self.doc[m].ent_type_ != "PERSON":
                m -= 1
            if m == k or m <= sent.start or self.lower[m] not in ALIAS_WORDS:
                return k if self.doc[k].ent_type_ == "PERSON" else j
            k = m - 1

    def _past_others(self, end: int, sent: Span) -> int:
        """Past "and" and the unnamed people a person is told with ("A B and several other victims",
        "A B and two others", "A, B, and three others"), where the verb they share follows; ``end``
        itself when none are."""
        start = end + (self.lower[end:end + 2] == [",", "and"])  # (the serial comma)
        if self.lower[start:start + 1] != ["and"]:
            return end
        for k in range(start + 1, min(sent.end, start + 5)):
            if self.lower[k] in _PEOPLE_WORDS:
                return k + 1
            if not (self.like_num[k] or self.lower[k] in OTHERS_TOLD):
                return end
        return end

    def _first_listed(self, ent: Span, sent: Span) -> int:
        """Where the list a person closes or continues starts: back over the people before it, the
        commas and "and" between them, and their ages or aliases in brackets ("charged three men
        identified as A (aka B), C (32), and | D" starts at A; "30-year-old A and 45-year-old | B"
        at A), and the towns they are from. The person's own start when no one is listed before."""
        first = ent.start
        while True:
            j = first - 1
            if j - 4 > sent.start and self.lower[j - 3:j + 1] == ["-", "year", "-", "old"] and self.like_num[j - 4]:
                j -= 5  # "A and 45-year-old | B": past the listed one's age told before the name
            while j > sent.start and self.words[j] in {",", "and"}:
                j -= 1
            if j - 1 > sent.start and self.like_num[j] and self.words[j - 1] == ",":
                j -= 2  # "A, 30, and | B": past the listed one's age
            if j == first - 1 and j > sent.start and (self.lower[j] in _KIN or self.lower[j] in _PARTNERS):
                k = j - 1 - (self.lower[j - 1] in {"his", "her", "their"})  # "A, his son | B", "A and associates | B"
                while k > sent.start and self.words[k] in {",", "and"}:
                    k -= 1
                if k < j - 1 and self.doc[k].ent_type_ == "PERSON":
                    j = k
            if j > sent.start and self.words[j] == ")":
                opening = aside_opening(self.words, j, sent.start)
                j = (sent.start if opening is None else opening) - 1
            j = self._before_bare_aliases(j, sent)  # "A alias Bittu, | B": past the listed one's other names
            town = next((f for f in range(j, max(sent.start, j - 4), -1) if self.lower[f] in {"from", "of"}), None)
            if town is not None and town < j and self.doc[town - 1].ent_type_ == "PERSON" \
                    and all(w.isalpha() for w in self.words[town + 1:j + 1]):
                j = town - 1  # past the town a listed person is from: "A B from Vadodara, C D of Gopalganj"
            if j == first - 1 or j <= sent.start or self.doc[j].ent_type_ != "PERSON":
                return first
            while j > sent.start and self.doc[j].ent_iob_ == "I":
                j -= 1  # (to the listed name's first word)
            first = j

    @property
    def _acts_done_to_people(self) -> frozenset[str]:
        return _DONE_TO_PEOPLE

    def _in_anothers_apposition(self, at: int, sent: Span) -> bool:
        """Whether the act word at ``at`` is the participle of ", a/an/the <noun> <participle>" after
        another person's name ("A, a tycoon extradited to China, and X": A's act, not X's; "A, a
        Macau-born casino boss extradited ...": a hyphened word is three tokens)."""
        for k in range(at - 2, max(sent.start, at - 3 - 3 - 2 * self.lower[max(sent.start, at - 9):at].count("-")) - 1, -1):
            if self.words[k] == "," and k > sent.start and (self.doc[k - 1].ent_type_ == "PERSON" or self.words[k - 1].istitle()):
                return apposed_act(self.words, self.lower, k, sent.end, _DONE_TO_PEOPLE) == at
        return False

    def _titled_object(self, verb: str | None, first: int, before: list[str]) -> bool:
        """"sentenced former town mayor X": the act's verb, then only the person's title before the
        name, so the act was done to the titled person (whose office would otherwise say they did it)."""
        if verb is None or verb not in before:
            return False
        at = len(before) - 1 - before[::-1].index(verb)
        base = first - len(before)
        return at < len(before) - 1 and all(base + k in self.role_tokens or before[k] in _TITLE_LEADS
                                            for k in range(at + 1, len(before)))

    def _act_behind(self, at: int, sent: Span) -> bool:
        """The act noun at ``at`` ("the rescue of X") comes after "after", "following" or "since",
        behind another act word of its sentence: what that act followed, told in passing ("launched
        the crackdown after the rescue of X" tells no rescue of X now; a verb, "fled after police
        arrested X", tells the act)."""
        return self.lower[at + 1:at + 2] == ["of"] and not _AFTER_WORDS.isdisjoint(self.lower[max(sent.start, at - 2):at]) \
            and any(EVENT_TRIGGERS.get(w) or w in _COUNT_VERBS for w in self.lower[sent.start:at - 2])

    def _person_in_event(self, ent: Span, person: Node, sent: Span, events: list[_Event],
                         announcing: set[tuple[int, int]], ev: Evidence) -> None:
        tail = ent.end + 3 if ent.end + 2 < sent.end and self.words[ent.end] == "," and self.like_num[ent.end + 1] and self.words[ent.end + 2] == "," else ent.end
        comma = tail - 1 if tail > ent.end else tail  # (after an age, the comma that closed it opens the next phrase)
        passed = past_person_apposition(self.words, self.lower, comma, sent.end, self.role_tokens)  # ", a Chinese national,"
        tail = passed if passed != comma else tail
        tail = self._past_others(self._last_listed(tail, sent), sent)  # "A B and several other victims had been rescued"
        if self.lower[tail:tail + 1] == ["from"] and tail + 1 < sent.end and self.doc[tail + 1].ent_type_ == "PLACE":
            tail += 2  # "... and P Anbarasan from Dindigul were arrested": past the last one's town
            while tail < sent.end and self.doc[tail].ent_iob_ == "I":
                tail += 1
        tail = self._past_who_clause(tail, sent)  # "X, 45, who lived in Cambodia, | was arrested"
        tail = self._past_alias(tail, sent)  # "X — also known as Y — had been arrested"
        after = [w for w in self.lower[tail:min(sent.end, tail + 5)] if w not in _BE]  # past ", 41,"
        first = self._first_listed(ent, sent)  # a listed person reads the words before the list's first
        before = self.lower[max(sent.start, first - 9):first]
        if named_for_kin(self.lower, ent.start, ent.end, sent.start):
            return  # "arrested Chen Hao's wife, Liu Mei", "sanctioned the brother of X": the act is the kin's
        if before[-1:] == ["of"] and before[-2:-1] and before[-2] in _HARMS_OF:
            return  # "the repatriation came after the death of X": X is the death's, none of the act before
        taken_from = next((k for k in range(len(before) - 1, -1, -1) if before[k] in {"seized", "confiscated"}), None)
        if taken_from is not None and "from" in before[taken_from + 1:]:
            return  # "the $40 million seized from him and his wife X": her money, she was not taken
        if before[-1:] == ["by"] and before[-2:-1] and before[-2] in _COMPLAINING:
            return  # "the arrest came after a complaint filed by X": X complained, no act was done to X
        if before[-1:] == ["by"] and before[-2:-1] and before[-2] in _OWNING \
                or before[-1:] in (["to"], ["with"]) and before[-2:-1] and before[-2] in _TIED:
            return  # "Lim, the driver of a car owned by X, was arrested", "a man linked to X": the act is Lim's
        if self.lower[ent.end:ent.end + 1] in (["'s"], ["’s"]) \
                and not _HARMS_OF.isdisjoint(self.lower[ent.end + 1:ent.end + 3]):
            return  # "charged in connection with X's death", "X's brutal killing": the same
        role_verb = next((w for w in after[:2] if w in _COUNT_VERBS and _COUNT_VERBS[w][0] and w not in _GOODS_VERBS), None)
        apposed = apposed_act(self.words, self.lower, ent.end, sent.end, self._acts_done_to_people)
        if role_verb is None and apposed is not None:
            role_verb = self.lower[apposed]  # "Chen Hao, a tycoon extradited to China": the act was done to him
        if role_verb is None and (phrasal := phrasal_act(after, 0, 2)) is not None:
            role_verb = phrasal  # "Arman Velic passed away in a cell": died
        if role_verb == "found" and "guilty" in after[1:3]:
            role_verb = "convicted"  # "X had been found guilty of fraud": convicted, as a charge; never found in a raid
        acted_on = bool(before) and before[-1] in _COUNT_VERBS and _COUNT_VERBS[before[-1]][0] is not None \
            and before[-1] not in _GOODS_VERBS  # "extradited X to face charges": the act done to X comes first
        second_verb = None
        if second_verb_of_the_subject(after, role_verb, acted_on) and _COUNT_VERBS[before[-1]][0] is not RelType.FOUND:
            second_verb, role_verb = role_verb, None  # "detained X and handed him over": detained first, then handed
        if role_verb is None and not acted_on and not _FACING.isdisjoint(after[:2]) and not _CHARGES.isdisjoint(after[1:5]):
            role_verb = "charged"  # "X and Y each face one charge of ...": charged with it (not "face deportation")
        if role_verb is not None and self.lower[tail:tail + 1] == [role_verb] and tail + 1 < sent.end \
                and (self.like_num[tail + 1] or self.lower[tail + 1] in {"the", "a", "an", "some", "about", "more", "over"}):
            role_verb = None  # "a team led by X transferred 50 men": X did the act to others, none was done to X
        if role_verb is None and before[-1:] in (["that"], ["which"]):
            return  # "a compound erected on land that Tan partly owned": the subject of a clause of its own
        if role_verb is None and not (ent.start, ent.end) in announcing:
            acts = [_ACT_VERBS.get(w, w) if before[k + 1:k + 2] == ["of"]
                    else "charged" if charged_against(before, k) else w  # ("filed a fraud case against X")
                    for k, w in enumerate(before)]
            base = first - len(before)
            act_at = next((base + k for k, w in reversed(list(enumerate(acts))) if w in _COUNT_VERBS
                              and _COUNT_VERBS[w][0] and w not in _GOODS_VERBS
                              and not writ_word(before, k)  # (not "arrest warrants for X")
                              and self.doc[base + k].ent_type_ not in _NAMES  # (nor "Lotus Holding Group, X")
                              and not asked_for(self.lower, base + k, sent.start, DEMANDS | SEEKING)  # ("seeking the arrest of X")
                              and before[k - 1:k] != ["to"]  # ("efforts are underway to arrest another agent, X")
                              and before[k + 1:k + 2] != ["that"]  # (nor "police found that the rings, run by X, ...")
                              and before[k + 1:k + 2] != ["by"]  # (nor "a photo released by Sen. X": the agent)
                              and not self._in_anothers_apposition(base + k, sent)  # (nor "A, a tycoon extradited ..., and X")
                              and not on_bail(self.lower, base + k, sent.end)  # (nor "freed on bail, with X as guarantor")
                              and before[k + 1:k + 2] != ["down"]), None)  # (nor "handed down the ultimate penalty to X")
            role_verb = None if act_at is None else acts[act_at - base]
            if act_at is not None and self._act_behind(act_at, sent):
                return  # "launched the crackdown after the rescue of X": X's rescue is what came before, no act told here
            if act_at is not None and named_receiver(before, act_at - base):
                return  # "were handed over to their consul, X": X received them
            if before and before[-1] in {"'s", "’s"}:
                role_verb = None
            if role_verb == "found" and ("guilty" in self.lower[tail:tail + 2] or "guilty" in before):
                role_verb = "convicted"  # "the court found X and Y guilty", "Also found guilty were X and Y": convicted
        if role_verb is None and after[:1] == ["received"] and not TERMS.isdisjoint(after[1:5]):
            role_verb = "sentenced"  # "Vo Thi Lanh received 8 years and 6 months": sentenced, as a charge
        if role_verb is not None and any(self.lower[k] == role_verb and self._denied(k, sent)  # type: ignore[attr-defined]
                                         for k in [*range(max(sent.start, first - 9), first), *range(tail, min(sent.end, tail + 5))]):
            return  # "Police did not arrest X during the raid": no act done to X
        passive = self.lower[tail:tail + 1] in (["was"], ["were"], ["is"], ["has"], ["had"])  # "X was arrested": done to X
        done_to = passive and role_verb in after[:1] or before[-1:] == [role_verb] \
            or self._titled_object(role_verb, first, before)  # (or "arrested X, the mayor", "sentenced former mayor X")
        if role_verb is not None and not done_to and after[:1] and after[0] in _SAYING:
            return  # '"We arrested him," Sok Dara said': the speaker tells the act, none was done to him
        let_go = next((k for k in range(tail, min(sent.end, tail + 5)) if self.lower[k] == role_verb), None)
        if role_verb in _RELEASING and let_go is not None and self.lower[let_go + 1:let_go + 2] == ["on"] \
                and not {"bail", "bond", "parole", "recognizance"}.isdisjoint(self.lower[let_go + 2:let_go + 7]):
            return  # "Reyes was released on a $30,000 bond": let out by the court, no rescue
        if role_verb is not None and (done_to or person.properties.get("role_class")
                                      not in {"official", "lawmaker", "police", "military", "judicial", "diplomat", "spokesperson"}):
            rel, _key, kind = _COUNT_VERBS[role_verb]
            if rel is not None:
                # "A was arrested on March 5 while B was apprehended on March 6": the act of the person's own verb
                at = next((k for k in range(tail, min(sent.end, tail + 5)) if self.lower[k] == role_verb), -1)
                own = next((e for e in events if e.type == kind and at in self.event_words.get(id(e), ())), None)
                event = own or self._host(kind, events, None)
                self._edge(rel, event.node.key, person.key, ev)
                second = self._second_act(at, sent, events)  # "was rescued and returned to China"
                if second is not None:
                    self._edge(second[0], second[1].node.key, person.key, ev)
                if second_verb is not None:
                    self._subjects_second_act(second_verb, tail, sent, events, event, person, ev)
            return
        if (ent.start, ent.end) in announcing:
            if "announced" in self.lower[ent.end:min(sent.end, ent.end + 3)]:
                for event in events:
                    self._edge(RelType.ANNOUNCED, person.key, event.node.key, ev)
            return
        owner = self.words[ent.end:ent.end + 1] in (["'s"], ["’s"])  # "warrants for the members of Ho's gang": the gang's
        for event in events if not owner else ():
            if event.type in {"warrant", "sanction"} and _aimed_at(before[-6:]) or event.type == "sanction" and before \
                    and (before[-1] in _SANCTIONING or _sanctioned_along(self.lower[sent.start:first])):
                self._edge(RelType.TARGETED, event.node.key, person.key, ev)
                return
        if a_group_led(before):
            return  # "another ring allegedly led by X": X leads the ring, not the inquiry into it
        by_verb = self._by_verb(ent, sent)
        participates = any(w in _PARTICIPATION for w in after[:4]) or (before and before[-1] in {"by", "with"}) \
            or by_verb in _LEADING | _WATCHING
        for event in events:
            if not self._tied(ent, event):
                continue  # "the raid followed a meeting with Prime Minister X": the meeting's, not the raid's
            if event.type == "visit" and (participates or before[-2:] in (["visit", "by"], ["trip", "by"])):
                self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)
            elif event.type != "visit" and participates and event.type in _LED_KINDS:
                if any(w in {"led", "oversaw"} for w in after[:3]) or by_verb in _LEADING:
                    self._edge(RelType.LEADS, person.key, event.node.key, ev)
                else:
                    self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)


#: Words between a tip or a warrant and the body it came from: "intelligence provided by the", "a
#: warrant issued by"
_SOURCE_LINKS = frozenset({"from", "by", "provided", "given", "supplied", "shared", "passed", "issued", "the", "of"})
#: Writs a body issues for others to act on
_WRITS = frozenset({"warrant", "warrants", "notice", "notices"})
#: Verbs of saying right after a person: what the words before tell, the person said
_SAYING = frozenset({"said", "says", "told", "added", "stated", "explained", "recalled"})
#: Verbs of letting people go, which a bond or bail makes the law's, never a rescue
_RELEASING = frozenset({"released", "freed"})
#: Words before a writ that others acted on: "acting on a red notice", "based on a warrant", "under a warrant"
_ACTED_ON = frozenset({"acting", "based", "strength", "under", "pursuant", "executing", "executed", "serving", "served"})


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
#: Participles of a complaint or a report whose "by" names who made it: "a complaint lodged by X"
_COMPLAINING = frozenset({"lodged", "filed", "submitted", "complaint", "complaints", "petition", "tip"})
#: Participles whose "by" names a helper, not the body that acted: "led by X and supported by Y"
_SUPPORTED = frozenset({"supported", "assisted", "aided", "backed"})
#: Verbs of helping an act done by others, said of a body as their subject ("facilitated the return of")
_HELPING_VERBS = frozenset({"facilitated", "supported", "assisted", "aided", "helped"})
#: How far after such a verb the word of the act helped may stand ("facilitated the safe and voluntary return")
_HELPED_REACH = 6
#: Nouns of a harm whose "of" names the one harmed: "after the death of X", "the murder of X"
_HARMS_OF = frozenset({"death", "deaths", "killing", "murder", "disappearance", "torture", "beating", "body", "funeral"})


#: Verbs of facing a charge, and the nouns of one: the people who face it are charged
_FACING = frozenset({"face", "faces", "facing"})
_CHARGES = frozenset({"charge", "charges", "count", "counts"})
#: Verbs of sanctioning whose object is the target
_SANCTIONING = frozenset({"sanctioned", "designated"})


def _sanctioned_along(before: list[str]) -> bool:
    """"sanctioned Bluewave Hosting, a company that ..., along with its administrator, Tan Wei Ming":
    the person named after "along with" (past the post's words and a comma) is a target too."""
    if "along" not in before[-6:] or not any(w in _SANCTIONING for w in before):
        return False
    at = len(before) - 1 - before[::-1].index("along")
    return before[at + 1:at + 2] == ["with"] and all(w.isalpha() or w == "," for w in before[at + 2:])


#: Words before a title in the object of an act: "sentenced (the) former town mayor X"
_TITLE_LEADS = frozenset({"the", "a", "an", "former", "ex", "then", "town", "city", "municipal", "provincial", "district"})
#: Kin told of a listed person in passing: "A, his brother, B, and C were arrested"
_KIN = frozenset({"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "cousin", "nephew",
                  "uncle", "aunt", "brother-in-law", "sister-in-law"})
#: Words for those a listed person works a crime with, before the next name: "and associates | B"
_PARTNERS = frozenset({"associate", "associates", "accomplice", "accomplices", "aide", "aides", "partner", "partners",
                       "lieutenant", "lieutenants", "henchman", "henchmen", "deputy", "deputies"})
#: Verbs of taking in people others freed or sent: the body after them received the people, no more
_RECEIVING = frozenset({"received", "welcomed", "greeted", "met"})
#: Words before "by" and a person that make the person an owner of what another is told by
_OWNING = frozenset({"owned", "run", "operated", "controlled", "founded", "backed", "financed", "chaired"})
#: Words before "to" or "with" and a person that tie another to the person
_TIED = frozenset({"linked", "tied", "connected", "close", "related", "associated", "belonging", "ties", "links"})


def _aimed_at(before: list[str]) -> bool:
    """"warrants for", "sanctions against", "issued for" right before a person (past a title):
    the act aims at the person named next; not "a spokesperson for the X Force, Major Y" (whose
    "for" is the post's). "Against" aims wherever it stands ("issued on Monday by Judge X against
    Y"): no post is "against" anyone."""
    at = max((k for k, w in enumerate(before) if w in {"for", "against"}), default=-1)
    return at >= 0 and before[at] == "against" \
        or at > 0 and (before[at - 1] in EVENT_TRIGGERS or before[at - 1] in {"issued", "imposed", "out"})
