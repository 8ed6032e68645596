"""Where an event happened: the sites and places of its own words, not those of another clause,
of the speaker's seat, or of a list the event is not told with. Whether another clause stands
between is told in ``other_clauses.py``, the port a sending home happened at in ``return_ports.py``,
the places of others (a person's home, a mission's seat, a border) in ``places_apart.py``."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.identity import EventIdentity
from scamgraph.loaders.news.other_acts_places import OtherActsPlaces
from scamgraph.loaders.news.other_clauses import _another_predicate
from scamgraph.loaders.news.place_ranks import _rank
from scamgraph.loaders.news.reduced_relatives import _IRREGULAR_PARTICIPLES
from scamgraph.loaders.news.places_apart import _BEARINGS, PlacesApart
from scamgraph.loaders.news.return_ports import ReturnPorts
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import _LOCATIVE, _PLACE_NOUNS, _SPEAKERS, _UNNAMED_SITES, SENDING_HOME
from scamgraph.loaders.nlp import PLACE_RANK
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S
from scamgraph.model import Evidence, Label, Node, RelType

#: Kinds whose place the reports do not tell: the sending home of people (it has two ends), acts of
#: a court or a ministry, and an investigation (the place named beside it is the crime's)
_PLACELESS = {"repatriation", "deportation", "sanction", "warrant", "charge", "investigation"}
#: Words of a suspicion on people that a site told after them belongs to ("suspected of ties with a hub in X")
_SUSPICION = frozenset({"suspected", "accused", "suspicion", "involvement", "ties", "links", "linked", "tied"})
#: Parts of a place named before "of" ("the outskirts of X", "the capital of X"): what follows is the place
_PARTS_OF = frozenset({"outskirts", "suburbs", "vicinity", "capital", "heart", "centre", "center", "area", "areas",
                       "part", "parts", "north", "south", "east", "west", "coast", "island", "islands", "port"})
#: Participles of carrying people off against their will, whose "to" names where they were carried,
#: not a visit's place (not "sent to", "flown to": officials are sent and flown to the place they visit)
_CARRYING = frozenset({"abducted", "kidnapped", "taken", "trafficked", "smuggled", "sold", "lured"})
#: Verbs that say an event happened: the place after them is the event's ("the raid was carried out in")
_HAPPENED = {"place", "conducted", "carried", "out", "launched", "held", "staged"}
#: Words before the place an escape crossed ("crossing the Moei River", "swam across the river")
_CROSSING = {"crossing", "crossed", "across", "via"}
#: Marks that close a sentence of the story's body (a headline ends with none)
_CLOSING_MARKS = frozenset(".!?")


#: Words before "from" and a place that tell where people are from, not where they were taken from
#: ("Of those rescued, 19 come from Karnataka")
_HAILING = frozenset({"come", "comes", "came", "coming", "hail", "hails", "hailed", "hailing", "are", "were", "is",
                      "was", "originally", "natives", "residents"})


#: Prepositions that, after a participle's own phrase, open the main verb's ("rescued from X | to the police | at Y")
_PAST_ITS_PHRASE = frozenset({"to", "at", "for", "on", "by"})


#: Words that open a sentence on an act after the one told ("Later, they held 20 more")
_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "thereafter"})


class EventPlaces(EventIdentity, ReturnPorts, PlacesApart, OtherActsPlaces):
    """Edges from an event to the sites and places it happened at, sentence by sentence."""

    _body_start: int | None = None  # (where the story's body begins: read once, when a headline's place is weighed)

    def _finest_places(self, event: _Event) -> None:
        """"raided in Poipet" and "the raid in Cambodia": an event told at a town or a site and at its
        country happened at the town; the country adds nothing but a second, vaguer place. So does
        the town of a site it happened at ("the compound in Poipet" and "the crackdown in Poipet")."""
        held = [k for k, e in self.edges.items() if e.source == event.node.key and e.type is RelType.OCCURRED_AT]
        ranks = {k: _rank(self.batch.nodes[k[2]]) for k in held}
        if ranks and all(rank >= PLACE_RANK["country"] for rank in ranks.values()):
            for k in [k for k in held if self._headline_country(k)]:
                del self.edges[k]
                del ranks[k]
        # (premises counted across places keep their places: several buildings stand in no one of them)
        sites = {k[2] for k, rank in ranks.items() if rank == 0 and not self.batch.nodes[k[2]].properties.get("premises")}
        around_sites = {k[2] for k in self.edges if k[1] is RelType.LOCATED_IN and k[0] in sites}
        finer = any(rank < PLACE_RANK["country"] for rank in ranks.values())
        for k, rank in ranks.items():
            if finer and rank >= PLACE_RANK["country"] or k[2] in around_sites:
                del self.edges[k]

    def _headline_country(self, key: tuple[str, RelType, str]) -> bool:
        """A headline over the story ("Forty captives set free in <country>") sums the story up by its
        country; where the story names a town, a province or a site inside that country, the act
        happened at one of those, and the country alone is a vaguer place than the story gives (as
        a country told beside a finer place of the same act is, above). Only a country that the
        headline alone placed the event at; where the story names nothing inside that country,
        the headline's country stays the act's place."""
        node = self.batch.nodes[key[2]]
        code = node.properties.get("country")
        if not code or not all(self._in_headline(ev) for ev in self.edges[key].evidence):
            return False
        return any(other.label in {Label.LOCATION, Label.SITE} and other.properties.get("country") == code
                   and _rank(other) < PLACE_RANK["country"] for other in self.batch.nodes.values())

    def _in_headline(self, ev: Evidence) -> bool:
        """The evidence is a line above the story's body: no sentence's closing mark ends it, and no
        sentence that has one comes before it (the body's first sentence ends with one)."""
        quote = ev.quote.rstrip("\"”’' ")
        if not quote or quote[-1] in _CLOSING_MARKS or ev.start is None:
            return False
        if self._body_start is None:
            self._body_start = next((s.start_char for s in self.sentences
                                     if self._text(s).rstrip("\"”’' ")[-1:] in _CLOSING_MARKS), -1)  # (no body: no headline)
        return ev.start < self._body_start

    def _event_places(self, event: _Event, sent: Span, ents: list[Span], nodes: dict, sites: list[Node],
                      ev: Evidence) -> None:
        """Where the event happened: the sites of its sentence, else the finest places of its own
        phrase (every place of a list). A sentence that counted only tallies and names three countries
        or more places none ("3,900 have been rescued from Myanmar, Cambodia, Laos and Vietnam": the
        sum's countries, no act's); with fewer, its places are an act's told in passing ("As of
        Monday, 179 suspects, captured in joint raids in Laos, had been escorted back": the raid's)."""
        if self.only_tallies and len({e.ent_id_ for e in ents if e.label_ == "COUNTRY"}) >= 3:
            return
        if self._a_further_act(sent, event):
            return  # "Later, they held 20 more in Pakse": the places of the later act, not the first one's
        if event.type in SENDING_HOME:
            for port in self._ports(ents, nodes, sent, event):
                self._edge(RelType.OCCURRED_AT, event.node.key, port.key, ev)
        if event.type in _PLACELESS or id(event) in self.worldwide:
            return  # (an operation counted "across 18 countries" happened in none of the towns told after it)
        if sites:
            taken = [site for site in sites if self._site_of_the_event(self.site_words.get(site.key), sent, event)]
            for site in taken:
                self._edge(RelType.OCCURRED_AT, event.node.key, site.key, ev)
                self._premises_places(site, event, ev)
                self._places_listed_with(self.site_words.get(site.key), event, ents, nodes, ev)
            if taken or not (self._only_in_suspicion(sites, sent, event) or self._places_its_own(sent, event)):
                return  # (a site told only in a suspicion on the people, or before an act that names its own
                # place, leaves the act's own places: below)
        # "fled from their guards, crossing the Merrow River": an escape happens where it crossed
        locative = _LOCATIVE | (_CROSSING if event.type == "escape" else set())
        # ("were rescued from Oddar Meanchey Province": a rescue happens at the town or province people
        # were taken from; "rescued from Myanmar" the golds leave to the finer places told)
        taken_from = event.type == "rescue"
        owned_under = locative | ({"from"} if taken_from else set())  # ("rescued from X's Y area")
        places = [e for e in ents if e.label_ in {"PLACE", "COUNTRY"} and (e.start, e.end) in nodes
                  and e.start > sent.start and (self.lower[e.start - 1] in locative | {"visited", "to"}
                                                or taken_from and self.lower[e.start - 1] == "from" and e.label_ == "PLACE"
                                                and self.lower[e.start - 2] not in _HAILING
                                                or self._kind_of_place_of(e.start - 1)
                                                or self._capital_named(e.start - 1, sent.start, locative)
                                                or self._bearing_of(e.start - 1, sent.start, locative)
                                                or self._owners_place(e, ents, sent.start, owned_under)
                                                or self._coordinated_place(e, ents)
                                                or self.lower[e.start - 1] in {"the"} and e.start - 2 >= sent.start
                                                and self.lower[e.start - 2] in locative)]
        if event.type != "visit":
            places = [p for p in places if self.lower[p.start - 1] not in {"to"}]
        else:  # ("drugged during a visit to Zorvan and abducted to Belmar": where they were carried, not the visit's)
            places = [p for p in places
                      if self.lower[p.start - 1] != "to" or not self._carried_to(p.start - 1, sent.start)]
        # "officials in Seoul said": where the speaker sits, not where it happened; "a raid on the Tarlac
        # hub": the place says which hub, and the hub is where it happened
        heads = {(p.start, p.end): self._list_head(p, ents) for p in places}
        places = [p for p in places if (p.start < 2 or self.lower[p.start - 2] not in _SPEAKERS
                                        or self._agent_by(p.start - 2, sent))
                  and not self._offices_country(heads[(p.start, p.end)]) and not self._missions_seat(p)
                  and (p.end >= sent.end or self.lower[p.end] not in _UNNAMED_SITES)
                  and not self._border_of(p) and not self._someones_home(p, sent) and not self._nearby_of_another(p)
                  and not self._home_after_person(p) and not self._where_things_were_got(p)
                  and not (event.type != "detention" and self._where_held(p, sent))
                  and not self._another_acts_place(self._prep_of(heads[(p.start, p.end)]), sent, event)
                  and not (event.type != "visit" and self._among_others(heads[(p.start, p.end)]))  # "a raid coincided with a meeting
                  # in Hanoi", "exposing links in Dubai and Nepal": where others are, not where it happened
                  and self._said_of_the_event(p, ents, sent, event)]
        counted = self._counted_places(ents, nodes, sent)
        if counted and counted[0] in places:  # "including 77 in Vientiane, 46 in Bokeo and 19 in Savannakhet"
            places = [p for p in places if p not in counted] + counted
        finest = min((_rank(nodes[(p.start, p.end)]) for p in places), default=None)
        listing = sum(1 for p in places if self._coordinated_place(p, ents)) >= 2 or bool(counted and counted[0] in places)
        for place in places:
            node = nodes[(place.start, place.end)]
            if node.properties.get("kind") == "road":
                continue  # "raided two flats in X Road": a road is the sites' address, not where it happened
            if (listing or _rank(node) == finest) and node.label is Label.LOCATION:
                self._edge(RelType.OCCURRED_AT, event.node.key, node.key, ev)

    def _prep_of(self, place: Span) -> int:
        """The position of the word before the place's name, past a "the" ("in the capital")."""
        return place.start - 1 - (self.lower[place.start - 1] == "the")

    def _a_further_act(self, sent: Span, event: _Event) -> bool:
        """"Police held 50 at a farm on Monday. Later, they held 20 more in Pakse": an event first told
        in an earlier sentence, which a sentence opening on "later" or "subsequently" tells again only
        as a further act of its kind. The places there are that later act's; they say nothing of where
        the first one happened (not "Another 18 were held in Pakse", which may be a part of the first
        act's own count, told place by place)."""
        return id(event) in self.told_before and self.lower[sent.start] in _LATER \
            and sent.start + 1 < sent.end and self.lower[sent.start + 1] == ","

    def _carried_to(self, k: int, first: int) -> bool:
        """The "to" at ``k`` follows a participle of carrying people (up to three words before it,
        in its sentence from ``first``): "abducted to Belmar", "taken back to Belmar" name where people
        were carried, not the place of a visit told in the same sentence."""
        return not _CARRYING.isdisjoint(self.lower[max(first, k - 3):k])

    def _kind_of_place_of(self, k: int) -> bool:
        """"in the city of X", "on the outskirts of X": an "of" at ``k`` after a word naming a kind of
        place or a part of one introduces the place; "one of X's largest operations" owns no place."""
        return self.lower[k] == "of" and k > 0 and (self.lower[k - 1] in gz.place_kinds() or self.lower[k - 1] in _PARTS_OF)

    def _owners_place(self, ent: Span, ents: list[Span], first: int, locative: set[str]) -> bool:
        """"raided nine villas in Lotland's Marrow district", "rescued from Lotland's Marrow area": the
        place an owner's "'s" names, under the preposition before its owner, is where the act happened
        (the owner is a vaguer place of it). ``locative`` holds "from" for a rescue, as above."""
        owner = _places_by_end(ents).get(ent.start - 1) if self.lower[ent.start - 1] in POSSESSIVE_S else None
        if owner is None or owner.start - 1 < first:
            return False
        k = owner.start - 1 - (self.lower[owner.start - 1] == "the")
        return k > first and self.lower[k] in locative and self.lower[k - 1] not in _HAILING

    def _bearing_of(self, k: int, first: int, locative: set[str]) -> bool:
        """"searched an office in central Lotville", "held 20 in northern Lotland": a word of a part
        of the place at ``k``, right after the preposition (in the sentence from ``first``), still
        names where the act happened; the part is no place of its own, so the whole place stands."""
        return k - 1 >= first and self.lower[k] in _BEARINGS and self.lower[k - 1] in locative

    def _capital_named(self, k: int, first: int, locative: set[str]) -> bool:
        """"raided two flats in the capital, Lotville", "in Lotland's capital Lotville", "in the Lotlandic
        capital Lotville": the city after "capital" is where the act happened, under the preposition
        before the capital's phrase (the country that owns the capital is only a vaguer place of it)."""
        k -= self.lower[k] == ","
        if k - 2 < first or self.lower[k] != "capital":
            return False
        k -= 1
        if self.lower[k] in POSSESSIVE_S:  # ("Lotland's capital": back over the owner's name)
            k -= 1
            while k > first and self.words[k][:1].isupper() and self.lower[k - 1] not in locative:
                k -= 1
            k -= 1
        elif self.lower[k] != "the" and self.words[k][:1].isupper():  # ("the Lotlandic capital")
            k -= 1
        k -= k >= first and self.lower[k] == "the"
        return k >= first and self.lower[k] in locative

    def _agent_by(self, k: int, sent: Span) -> bool:
        """"arrested by Zorvanian authorities in Lotville": the authorities are the event's agent, not
        a speaker, and the place after them is where they acted."""
        j = k - 1
        while j > sent.start and k - j <= 4 and (self.words[j][:1].isupper() or self.lower[j] in {"local", "the"}):
            j -= 1
        return j >= sent.start and self.lower[j] == "by"

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
        if any(start <= place.start < end and owner != id(event) for start, end, owner in self.days_places):
            return False  # "arrested 19 Chinese on Monday and 23 Thais in Bavet on Tuesday": Bavet is Tuesday's
        # (an event with no words of its own is not measured from another act's word: "had been held
        # in X with two others, both of whom were arrested on Friday": X is the holding's)
        others = {t for owner, words in self.event_words.items() if owner != id(event) for t in words}
        own = self.event_words.get(id(event)) or [t for t in self.trigger_at if t not in others] \
            or [k for k in range(sent.start, sent.end) if EVENT_TRIGGERS.get(self.lower[k]) == event.type] \
            or self.trigger_at
        if not own:  # ("25 Sri Lankans, who were rescued on Monday, arrived in Bangkok": measured from "rescued")
            return True  # an event only a count tells of: no trigger to measure from
        head = self._list_head(place, ents)
        prep = head.start - 1 if self.lower[head.start - 1] != "the" else head.start - 2
        if prep - sent.start <= 1:
            return not _opening_participle(self.lower, sent.start, prep, own)
        for t in own:
            between = self.lower[t + 1:prep]
            if self._describes_the_object(t) and not _PAST_ITS_PHRASE.isdisjoint(between):
                continue  # "handed over 207 foreigners rescued from compounds to the police at X": the handing's place
            # "the rescue took place yesterday, November 25, at the border in Mae Sot": from the verb on
            after_verb = between[max((k + 1 for k, w in enumerate(between) if w in _HAPPENED), default=0):]
            words = [w for w in after_verb if w[:1].isalnum()]
            if t <= prep and len(words) <= 10 and not self._other_clause(t + 1, prep) \
                    and not _another_predicate(after_verb) and not self._another_items_verb(t + 1, prep, own):
                return True
        return False

    def _premises_places(self, site: Node, event: _Event, ev: Evidence) -> None:
        """"raided four flats in Norvale and Elm": premises counted across places are no one building
        standing in one of them; the act happened in each of their places, as the golds write it."""
        if not site.properties.get("premises"):
            return
        for source, rel, target in list(self.edges):
            node = self.batch.nodes.get(target)
            if source == site.key and rel is RelType.LOCATED_IN and node is not None and node.label is Label.LOCATION:
                self._edge(RelType.OCCURRED_AT, event.node.key, target, ev)

    def _places_listed_with(self, at: int | None, event: _Event, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """"raids in Lotville and Port Merrow": a place listed with the site, under the same preposition,
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
        if all(at < t for t in own) and self._places_its_own(sent, event):
            return False  # "ran a compound in X until his arrest in Y": the act names its own place after it
        # "worked at a casino in Sihanoukville before moving to Poipet, where they were arrested": the
        # site before the event word stands in another clause too
        return any(not self._other_clause(t + 1, at) and not self._relative_that(t + 1, at) if t < at
                   else not self._other_clause(at + 1, t) and not self._suspects_link_before(at, t, sent) for t in own)

    def _places_its_own(self, sent: Span, event: _Event) -> bool:
        """Each of the event's own words names a place of its own right after it (see below)."""
        own = self.event_words.get(id(event)) or self.trigger_at
        return bool(own) and all(self._own_place_after(t, sent) for t in own)

    def _own_place_after(self, t: int, sent: Span) -> bool:
        """The event's word at ``t`` is followed, at most a day's words on, by "in" or "at" and a named
        place: "his arrest in Bangkok", "arrested on Friday in Y"."""
        for k in range(t + 1, min(sent.end - 1, t + 4)):
            if self.lower[k] in {"in", "at"}:
                return self.doc[k + 1].ent_type_ in {"PLACE", "COUNTRY"}
            if self.lower[k] not in {"on", "last", "this"} and not self.doc[k].ent_type_ == "DATE":
                return False
        return False

    def _suspects_link_before(self, at: int, t: int, sent: Span) -> bool:
        """"12 foreigners suspected of ties with a hub in X were arrested in Y": the site told in the
        suspicion on the people, before their act's word, where the act names a place of its own after."""
        if _SUSPICION.isdisjoint(self.lower[max(sent.start, at - 8):at]):
            return False
        return any(self.doc[k].ent_type_ in {"PLACE", "COUNTRY"} and self.doc[k].ent_iob_ == "B"
                   and self.lower[k - 1] in _LOCATIVE for k in range(t + 1, sent.end))

    def _only_in_suspicion(self, sites: list[Node], sent: Span, event: _Event) -> bool:
        """Every site of the sentence is told in a suspicion on the event's people (see above)."""
        own = self.event_words.get(id(event)) or self.trigger_at
        return all((at := self.site_words.get(site.key)) is not None
                   and any(t > at and self._suspects_link_before(at, t, sent) for t in own) for site in sites)

    def _list_head(self, ent: Span, ents: list[Span]) -> Span:
        """The first place of the list "in A, B and C" that ``ent`` ends; ``ent`` when it stands alone."""
        ending_at = _places_by_end(ents)
        while (before := self._listed_before(ent, ending_at)) is not None:
            ent = before
        return ent

    def _coordinated_place(self, ent: Span, ents: list[Span]) -> bool:
        """"in Batam and West Java", "in A, B, C and D", "16 provinces, including A, B and C": every
        place of a list shares the preposition (or the "including") its first one has."""
        ending_at = _places_by_end(ents)
        current = ent
        while (before := self._listed_before(current, ending_at)) is not None:
            current = before
            if current.start > 0 and self.lower[current.start - 1] in _LOCATIVE:
                return True
        return self._place_list_lead(current.start)

    def _listed_before(self, ent: Span, ending_at: dict[int, Span]) -> Span | None:
        """The place listed just before ``ent`` ("A, B and C": B before C), if any."""
        j = ent.start
        while j > 0 and self.lower[j - 1] in {",", "and", "or"}:
            j -= 1
        return ending_at.get(j) if j < ent.start else None

    def _place_list_lead(self, start: int) -> bool:
        """"... 16 provinces, including | Kandal": a list of places that a count of places opens."""
        words = [w for w in self.lower[max(0, start - 4):start] if w != ","]
        return len(words) >= 2 and words[-1] == "including" and words[-2] in _PLACE_NOUNS


def _places_by_end(ents: list[Span]) -> dict[int, Span]:
    return {e.end: e for e in ents if e.label_ in {"PLACE", "COUNTRY"}}


#: Participles that may open a sentence on a person's past, beside those of ``reduced_relatives``
_PAST_PARTICIPLES = _IRREGULAR_PARTICIPLES | {"born", "sold", "kept", "found", "raised"}
#: Participles that say where the sentence's subject stands: "Located in X, the compound was raided"
_STANDING = frozenset({"located", "situated", "nestled", "perched"})


def _opening_participle(lower: list[str], first: int, prep: int, own: list[int]) -> bool:
    """The sentence opens on a participle other than the event's own word, right before the place's
    preposition at ``prep``: "Recruited in X with promises of jobs, the men were freed in Y", "Born
    in X, she was rescued ...". The place is that participle's (the people's past), not the event's;
    "Arrested in X on Tuesday, the two ..." opens on the arrest's own word and keeps X, and "Located
    in X, the compound was raided" tells where the site of the event stands."""
    word = lower[first]
    return prep == first + 1 and first not in own and word.isalpha() and word not in _STANDING \
        and (word.endswith("ed") or word in _PAST_PARTICIPLES)
