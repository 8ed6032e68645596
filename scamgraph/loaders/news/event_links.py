"""Who and where of an event: the place it happened at, the agencies that conducted,
announced or helped in it, and the people who took part in it or were its targets."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.dating import EventDating
from scamgraph.loaders.news.places import _rank
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import (
    _ANNOUNCE,
    _BE,
    _CONDUCT_KINDS,
    _COUNT_VERBS,
    _LOCATIVE,
    _PARTICIPATION,
    _PLACE_NOUNS,
    _SPEAKERS,
    _SUPPORT_WORDS,
    _UNNAMED_SITES,
    EVENT_TRIGGERS,
    _parenthesized,
)
from scamgraph.loaders.nlp import PLACE_RANK
from scamgraph.model import Evidence, Label, Node, RelType

#: Kinds whose place the reports do not tell: the sending home of people (it has two ends), acts of
#: a court or a ministry, and an investigation (the place named beside it is the crime's)
_PLACELESS = {"repatriation", "deportation", "sanction", "warrant", "charge", "investigation"}
#: Words that open another clause between an event word and a place, an agency or a person: what
#: follows is that clause's ("detained in Cambodia for alleged involvement in scams in Japan",
#: "the raid followed a meeting with the prime minister")
_OTHER_CLAUSE = {"who", "which", "where", "whose", "for", "after", "before", "while", "because", "since",
                 "following", "followed", "follows",
                 "suspicion", "involvement", "accused", "suspected"}
#: Words that open a phrase telling what came before the event announced ("after a three-month investigation")
_BACKGROUND_OPENERS = {"after", "following", "before", "amid"}
#: What an agency is thanked for when it helped ("for their crucial role in the rescue")
_CREDITED = {"role", "help", "support", "assistance", "cooperation", "efforts", "part"}
#: Verbs of those behind an event or around it, not of those who carried it out ("ordered by X")
_BEHIND_IT = {"ordered", "orders", "approved", "authorised", "authorized", "requested", "praised", "thanked",
              "welcomed", "urged", "prompted", "commended", "condemned", "criticised", "criticized"}
#: Words between "it"/"they" and the event word of what a speaker says it did or is to do
_AUXILIARIES = {"had", "has", "have", "was", "were", "helped", "help", "are", "is", "will", "would", "be",
                "preparing", "planning", "plans", "to", "also", "later", "then"}
#: Verbs that say an event happened: the place after them is the event's ("the raid was carried out in")
_HAPPENED = {"place", "conducted", "carried", "out", "launched", "held", "staged"}


class EventLinks(EventDating):
    """Edges from an event to its places, agencies and people, sentence by sentence."""

    def _finest_places(self, event: _Event) -> None:
        """"raided in Poipet" and "the raid in Cambodia": an event told at a town or a site and at its
        country happened at the town; the country adds nothing but a second, vaguer place. So does
        the town of a site it happened at ("the compound in Poipet" and "the crackdown in Poipet")."""
        held = [k for k, e in self.edges.items() if e.source == event.node.key and e.type is RelType.OCCURRED_AT]
        ranks = {k: _rank(self.batch.nodes[k[2]]) for k in held}
        sites = {k[2] for k, rank in ranks.items() if rank == 0}
        around_sites = {k[2] for k in self.edges if k[1] is RelType.LOCATED_IN and k[0] in sites}
        finer = any(rank < PLACE_RANK["country"] for rank in ranks.values())
        for k, rank in ranks.items():
            if finer and rank >= PLACE_RANK["country"] or k[2] in around_sites:
                del self.edges[k]

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
                        if not self._told_as_background(event, events):
                            self._edge(RelType.ANNOUNCED, node.key, event.node.key, ev)
                    elif self._supporting(ent, ents, sent):
                        if self._helped(ent, event, events):  # "with the support of X"
                            self._edge(RelType.PARTICIPATED_IN, node.key, event.node.key, ev)
                    elif event.type in _CONDUCT_KINDS and node.properties.get("kind") in _CONDUCT_KINDS[event.type] \
                            and self._acts(ent, sent, ents) and self._tied(ent, event) \
                            and not self._officials_employer(ent):
                        # its subject or agent, not any agency named nearby
                        self._edge(RelType.CONDUCTED, node.key, event.node.key, ev)
            elif ent.label_ == "PERSON":
                self._person_in_event(ent, node, sent, events, announcing, ev)
        self._pronoun_in_event(sent, ents, events, ev)
        for event in events:
            self._event_places(event, sent, ents, nodes, sites, ev)

    def _event_places(self, event: _Event, sent: Span, ents: list[Span], nodes: dict, sites: list[Node],
                      ev: Evidence) -> None:
        """Where the event happened: the sites of its sentence, else the finest places of its own
        phrase (every place of a list)."""
        if event.type in _PLACELESS:
            return
        if sites:
            for site in sites:
                if self._site_of_the_event(self.site_words.get(site.key), sent, event):
                    self._edge(RelType.OCCURRED_AT, event.node.key, site.key, ev)
                    self._places_listed_with(self.site_words.get(site.key), event, ents, nodes, ev)
            return
        places = [e for e in ents if e.label_ in {"PLACE", "COUNTRY"} and (e.start, e.end) in nodes
                  and e.start > sent.start and (self.lower[e.start - 1] in _LOCATIVE | {"of", "visited", "to"}
                                                or self._coordinated_place(e, ents)
                                                or self.lower[e.start - 1] in {"the"} and e.start - 2 >= sent.start
                                                and self.lower[e.start - 2] in _LOCATIVE)]
        if event.type != "visit":
            places = [p for p in places if self.lower[p.start - 1] not in {"to"}]
        # "officials in Seoul said": where the speaker sits, not where it happened; "a raid on the Tarlac
        # hub": the place says which hub, and the hub is where it happened
        places = [p for p in places if (p.start < 2 or self.lower[p.start - 2] not in _SPEAKERS)
                  and (p.end >= sent.end or self.lower[p.end] not in _UNNAMED_SITES)
                  and self._said_of_the_event(p, ents, sent, event)]
        counted = self._counted_places(ents, nodes, sent)
        if counted and counted[0] in places:  # "including 77 in Vientiane, 46 in Bokeo and 19 in Savannakhet"
            places = [p for p in places if p not in counted] + counted
        finest = min((_rank(nodes[(p.start, p.end)]) for p in places), default=None)
        listing = sum(1 for p in places if self._coordinated_place(p, ents)) >= 2 or bool(counted and counted[0] in places)
        for place in places:
            node = nodes[(place.start, place.end)]
            if (listing or _rank(node) == finest) and node.label is Label.LOCATION:
                self._edge(RelType.OCCURRED_AT, event.node.key, node.key, ev)

    def _counted_places(self, ents: list[Span], nodes: dict, sent: Span) -> list[Span]:
        """"77 in Vientiane Capital, 46 in Bokeo, and 19 in Savannakhet": places each told with its own
        number of people, in one list (two or more); they share the event the list counts."""
        found = [e for e in ents if e.label_ in {"PLACE", "COUNTRY"} and (e.start, e.end) in nodes
                 and e.start - 2 >= sent.start and self.lower[e.start - 1] == "in" and self.like_num[e.start - 2]]
        return found if len(found) >= 2 else []

    def _said_of_the_event(self, place: Span, ents: list[Span], sent: Span, event: _Event) -> bool:
        """The place belongs to one of the event's own words: after it with no other clause between
        ("arrested by police in Poipet", not "arrested ... on suspicion of defrauding victims in
        Japan"; "arrested in Bangkok and extradited": Bangkok is the arrest's), or opening the sentence
        ("In Pursat, hundreds fled"); not "Malaysians who took jobs in Cambodia were rescued"."""
        own = self.event_words.get(id(event)) or self.trigger_at
        if not own:
            return True  # an event only a count tells of: no trigger to measure from
        head = self._list_head(place, ents)
        prep = head.start - 1 if self.lower[head.start - 1] != "the" else head.start - 2
        if prep - sent.start <= 1:
            return True
        for t in own:
            between = self.lower[t + 1:prep]
            # "the rescue took place yesterday, November 25, at the border in Mae Sot": from the verb on
            after_verb = between[max((k + 1 for k, w in enumerate(between) if w in _HAPPENED), default=0):]
            words = [w for w in after_verb if w[:1].isalnum()]
            if t <= prep and len(words) <= 10 and not self._other_clause(t + 1, prep):
                return True
        return False

    def _officials_employer(self, ent: Span) -> bool:
        """"supervised by the Deputy Director of the Immigration Department, Soutchai": the agency
        says whom the official works for; the official took part, not the agency as a whole."""
        k = ent.start - 1 - (self.lower[ent.start - 1] == "the")
        return k > 0 and self.lower[k] == "of" and (k - 1) in self.role_tokens

    def _helped(self, ent: Span, event: _Event, events: list[_Event]) -> bool:
        """"were rescued and flown back to Kathmandu with the support of Thai authorities": the help
        is told of the event word nearest before it, the flight home, not of every event told."""
        def last_word(e: _Event) -> int:
            return max((t for t in self.event_words.get(id(e), []) if t < ent.start), default=-1)

        nearest = max(events, key=last_word)
        return last_word(nearest) < 0 or nearest is event

    def _told_as_background(self, event: _Event, events: list[_Event]) -> bool:
        """"The raids found 230 foreigners after a three-month investigation, police said": what
        the speaker announces is the raid; the investigation is told only as what came before it."""
        words = self.event_words.get(id(event))
        if len(events) < 2 or not words or self.sentence is None:
            return False
        def opened(t: int) -> bool:
            before = self.lower[max(0, t - 6):t]
            if "," in before:
                before = before[len(before) - before[::-1].index(","):]  # the phrase the word stands in
            return bool(_BACKGROUND_OPENERS & set(before))

        # ("38 Koreans detained since August had been returned home": who the people are, not the news)
        return all(opened(t) or self._reduced_relative(t, self.sentence) is not None for t in words)

    def _places_listed_with(self, at: int | None, event: _Event, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """"raids in Shwe Kokko and KK Park": a place listed with the site, under the same preposition,
        is where the event happened too."""
        ending = {e.end: e for e in ents if e.label_ in {"PLACE", "COUNTRY"} and (e.start, e.end) in nodes}
        place = ending.get(at - 1) if at is not None and at > 0 and self.lower[at - 1] == "and" else None
        if place is not None and place.start > 0 and self.lower[place.start - 1] in _LOCATIVE:
            node = nodes[(place.start, place.end)]
            if node.label is Label.LOCATION:
                self._edge(RelType.OCCURRED_AT, event.node.key, node.key, ev)

    def _site_of_the_event(self, at: int | None, sent: Span, event: _Event) -> bool:
        """A site belongs to the event unless another clause opens between it and the event's word
        ("arrested the men on suspicion of making calls from a base in Poipet": the calls'); a site
        only referred to ("the compound") is what the sentence is about."""
        own = self.event_words.get(id(event)) or self.trigger_at
        if at is None or not own:
            return True
        # "worked at a casino in Sihanoukville before moving to Poipet, where they were arrested": the
        # site before the event word stands in another clause too
        return any(not self._other_clause(t + 1, at) if t < at else not self._other_clause(at + 1, t) for t in own)

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
        "carried out by X"; not "the raid freed 47, who were later taken into custody by X", nor
        "the raid was ordered by X" (X decided it; others did it)."""
        words = self.event_words.get(id(event))
        if not words:
            return True  # an event told before, or one only a count tells of
        for t in words:
            lo, hi = (ent.end, t) if ent.end <= t else (t + 1, ent.start)
            if ent.end <= t and self.lower[lo:lo + 2][-1:] in (["which"], ["who"]) and self.lower[lo] in {",", "which", "who"}:
                lo += 2 if self.lower[lo] == "," else 1  # "the court, which charged them": its own clause
            if not self._other_clause(lo, hi) and not self._behind_it(lo, hi, agent=t < ent.start):
                return True
        return False

    def _behind_it(self, lo: int, hi: int, agent: bool) -> bool:
        """"ordered by X" (the verb before X's "by"), "X ordered police to raid": X decided or judged
        the event; someone else carried it out."""
        if not agent:
            return bool(_BEHIND_IT & set(self.lower[lo:hi]))
        by = next((k for k in range(hi - 1, lo - 1, -1) if self.lower[k] == "by"), None)
        return by is not None and by > 0 and self.lower[by - 1] in _BEHIND_IT

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
        """"with the support of Thai and Myanmar authorities", "in coordination with the embassy", "under
        the supervision of", "thanked X for their role in": the agency helped; the one that acted is
        named elsewhere."""
        first = ent
        for other in sorted(ents, key=lambda e: -e.start):  # back through "Thai and | Myanmar authorities"
            if other.end <= first.start and all(w in {"and", ",", "the"} for w in self.lower[other.end:first.start]) \
                    and other.label_ in {"AGENCY", "NORP", "COUNTRY", "PLACE"}:
                first = other  # (a place too: "our embassy in Bangkok, the Thai authorities")
        before = self.lower[max(sent.start, first.start - 4):first.start]
        wider = set(self.lower[max(sent.start, first.start - 7):first.start])
        if set(before) & (_SUPPORT_WORDS | {"supervision"}) or {"working", "with"} <= wider:
            return True  # "working closely with the Thai authorities ... to ensure the repatriation"
        # "thanked the Myanmar authorities ... for their crucial role in the rescue"
        after = self.lower[ent.end:min(sent.end, ent.end + 10)]
        if "for" in after:
            rest = after[after.index("for") + 1:]
            return rest[:1] in (["their"], ["its"]) and bool(set(rest[1:4]) & _CREDITED)
        return False

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
        """"The military said on Monday it had raided ...", "police said they are preparing to deport
        the men": the speaker is the one who acted (or is to act)."""
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
                rest = [w for w in words[k + 1:k + 5] if w not in _AUXILIARIES]
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
            rel, _key, kind = _COUNT_VERBS[role_verb]
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
            if not self._tied(ent, event):
                continue  # "the raid followed a meeting with Prime Minister X": the meeting's, not the raid's
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
