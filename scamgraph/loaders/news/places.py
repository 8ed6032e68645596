"""Places: what lies in what ("Chbar Ampov district, Phnom Penh", "Laos' Bokeo", a capital in
apposition), and whether a country named is a place at all or a government that acts. A country's
word before a kind of place ("the Zorvanian city of Lotville") is read in ``country_word_places.py``. Unnamed
sites are read in ``unnamed_sites.py``, the scams and abuses found at a site in ``site_scams.py``,
the identifiers a sentence gives in ``used_identifiers.py``; ``place_ranks.py`` says how fine a
place is."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.compound_countries import names_no_place
from scamgraph.loaders.news.country_word_places import CountryWordPlaces
from scamgraph.loaders.news.missions import MissionPlaces
from scamgraph.loaders.news.place_lists import an_item_of_a_list, closes_a_list_of_its_kind
from scamgraph.loaders.news.place_ranks import _rank
from scamgraph.loaders.news.serial import serial_pair
from scamgraph.loaders.news.site_scams import SiteScams
from scamgraph.loaders.news.time_asides import past_time_words
from scamgraph.loaders.news.unnamed_sites import UnnamedSites
from scamgraph.loaders.news.used_identifiers import UsedIdentifiers
from scamgraph.loaders.news.words import _FINITE
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import country_name
from scamgraph.loaders.nlp.vocabulary import COMPASS_ADJECTIVES, COMPASS_POINTS, PLACE_RANK, POSSESSIVE_MARKS, POSSESSIVE_S

#: Bodies named after the district they serve: "Taipei district prosecutors", "the Kaohsiung District Court"
_DISTRICT_BODIES = frozenset({"prosecutors", "prosecutors'", "prosecutor", "prosecutor's", "court", "courts",
                              "attorney", "attorneys"})

#: Nouns of a town's outer part, whose "of" names the town it lies in ("X, a suburb of Y")
_SUBURBS = frozenset({"suburb", "suburbs"})


class PlaceRules(MissionPlaces, UnnamedSites, SiteScams, UsedIdentifiers, CountryWordPlaces):
    """Location nesting; described sites, scams and identifiers through its bases."""

    def _owns_agency(self, ent: Span) -> bool:
        """"Indonesia's Foreign Ministry", "Beijing's Ministry of Public Security", "Kenya's Interior Minister
        X": the name owns the agency or the office written right after it."""
        end = ent.end
        return end + 1 < len(self.doc) and self.words[end] in POSSESSIVE_S and self.doc[end + 1].ent_type_ in {"AGENCY", "ROLE"}

    def _actor_country(self, ent: Span) -> bool:
        """"in cooperation with China", "cooperation among (between) X, Y and Z", "a joint operation with X",
        "under pressure from (of) China", "at China's
        request", "have informed Taiwan", "until Uganda provides flights", "a China-backed gang": the country acts
        here (its government does), and this mention names no place of the story."""
        lower, k = self.lower, ent.start - 1
        while k > 0 and (lower[k] in {",", "and"} or self.doc[k].ent_type_ == "COUNTRY"):
            k -= 1  # back to the word before a list of countries: "pressure from China and Thailand"
        if k > 0 and lower[k] in _STATE_ROLES:
            k = self._before_the_role(k)  # "pressure from key military ally Lotland": the word before "key"
        before = lower[k - 1] if k > 0 else ""
        after = lower[ent.end:ent.end + 2] if ent.end + 1 < len(lower) else ["", ""]
        if lower[k] not in _PLACE_PREPOSITIONS:
            verb = self._past_co_subjects(ent.end)  # "The United States and Britain on Wednesday imposed"
            if verb < len(lower) and lower[verb] in _AUXILIARIES:
                verb += 1
            if verb < len(lower) and lower[verb] in _SANCTIONING:
                return True
        return (lower[k] in {"with", "among", "between"} and before in _JOINT_WORDS or lower[k] in {"from", "of"} and before in _ASKING_WORDS
                or lower[k] in _ADDRESSING_VERBS or after[0] in POSSESSIVE_MARKS and after[1] in _ASKING_WORDS
                or after[0] in _ACTS or after[0] in _AUXILIARIES and after[1] in _ACTS or names_no_place(lower, ent.start, ent.end, self.doc))

    def _past_co_subjects(self, end: int) -> int:
        """The first word after the other states joined to a country as one subject ("U.S., Britain
        sanction ...", "Atlantis and Borduria on Monday imposed ...") and a time told before their
        verb ("on Wednesday", "last week", "over the weekend"); ``end`` where neither follows."""
        doc, lower, k = self.doc, self.lower, end
        while k + 1 < len(lower) and lower[k] in {",", "and"} and doc[k + 1].ent_type_ == "COUNTRY":
            k += 2
            while k < len(lower) and doc[k].ent_type_ == "COUNTRY" and doc[k].ent_iob_ == "I":
                k += 1
        return past_time_words(lower, self.like_num, k, len(lower))

    def _before_the_role(self, k: int) -> int:
        """The word before a state's role noun at ``k`` and the few lower-case words that qualify
        it ("from | key military ally"), or ``k`` itself where no such word opens it."""
        j = k - 1
        while j > max(0, k - _ROLE_QUALIFIERS) and self.words[j].isalpha() and self.words[j].islower() \
                and self.lower[j] not in {"from", "of", "with", "among", "between", "by"}:
            j -= 1
        return j if self.lower[j] in {"from", "of", "with", "among", "between", "by"} else k

    def _stated_kind(self, ent: Span) -> str:
        """The kind of place the word after the name says, unless that word opens a body's name:
        "Taipei district prosecutors" are a court district's, and Taipei stays a city."""
        if ent.end + 1 < len(self.doc) and self.lower[ent.end + 1] in _DISTRICT_BODIES:
            return ""
        return gz.place_kinds().get(self.lower[ent.end], "") if ent.end < len(self.doc) else ""

    def _places(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """"Chbar Ampov district, Phnom Penh", "Sihanoukville in Preah Sihanouk province", "Laos' Bokeo"."""
        placed = [e for e in ents if e.label_ in {"PLACE", "COUNTRY", "SITE"} and (e.start, e.end) in nodes]
        self._mission_places(ents, nodes, ev)  # "the Bangladesh Embassy in Yangon"
        if "capital" in self.lower[sent.start:sent.end]:
            self._capitals(sent, [e for e in placed if e.label_ != "SITE"], nodes, ev)
        if "in" in self.lower[sent.start:sent.end]:
            self._described_in(sent, ents, nodes, ev)
        if "of" in self.lower[sent.start:sent.end] or "a" in self.lower[sent.start:sent.end]:
            self._country_word_places(sent, ents, nodes, ev)  # "the Zorvanian city of Lotville"
        ends = {e.end for e in placed}
        runs = [e for e in placed if not (e.start - 1 in ends and self._acronym_after(self.doc[e.start - 2:e.start - 1]))]
        for a, b in zip(runs, runs[1:]):  # (a name's short form in brackets stands for the name: left out)
            sub_unit = False  # (a "subdistrict" of a "district" ranks below it, though both read as districts)
            gap = self.lower[a.end:b.start]
            gap = [w for w in gap if w not in gz.place_kinds() and w not in {"area", "-"}]  # "sub-district"
            if self._acronym_after(a):
                gap = gap[3:]  # "the Lot Economic Zone (LEZ) in Merrow": the name's short form, then its place
            if gap[:1] in (["in"], [","], ["of"]) and gap != [","]:
                gap = [w for w in gap if w not in _COMPASS]  # "in east China's Jiangsu", "in northern Laos",
                # "Lotville, southern Zorvania", "Lotville township of eastern Merrow State"
            if gap in ([","], ["in"], [",", "in"], ["of"], ["outside"], ["on", "the", "outskirts", "of"]) \
                    or gap[-4:] == ["in", "the", "part", "of"] and gap[:-4] in ([], [","]):  # "in the northern part of Y"
                if gap == [","] and self.dateline[0] <= self.idx[a.start] < self.dateline[1]:
                    continue  # "MANILA, Philippines —": where the story was filed, no statement
                nested = self._stated_kind(a) and self._stated_kind(b) \
                    and not closes_a_list_of_its_kind(self.lower, b, ents, sent)  # "A commune, B district, C province"
                listed = self._listed(b, sent) and not self._address_chain(a, b, placed, nodes, sent)
                if gap == [","] and (listed or serial_pair(self.words, a, b, sent)) and not nested:
                    continue  # "in Bangkok, Chon Buri and Chiang Rai": a list, not Bangkok in Chon Buri
                child, parent = nodes[(a.start, a.end)], nodes[(b.start, b.end)]
                sub_unit = self._sub_unit_of(a, b)
                mark = b.end + (b.end < len(self.doc) and self.lower[b.end] in gz.place_kinds())  # ("Merrow State's")
                after = self.doc[mark:mark + 2]
                if len(after) == 2 and after[0].text in POSSESSIVE_MARKS \
                        and (after[1].ent_type_ == "PLACE" or self._owned_start(mark + 1) > mark + 1):
                    # "Myawaddy, in Myanmar's Kayin State", "the Lotville district of Zorvania's Merrow
                    # province", "Lotville, in Merrow State's Tarsk Township": the place lies in the
                    # country's (or province's) place, which lies in the owner
                    owned = next((e for e in placed if e.start == self._owned_start(mark + 1)), None)
                    if owned is None:
                        continue
                    parent = nodes[(owned.start, owned.end)]
                if len(after) == 2 and after[0].text in POSSESSIVE_MARKS and after[1].ent_type_ in {"AGENCY", "ORG", "PERSON"}:
                    continue  # "via the Boten checkpoint, Laos’ Public Security Bureau said": the country owns the body
            elif len(gap) == 1 and gap[0] in POSSESSIVE_MARKS:
                child, parent = nodes[(b.start, b.end)], nodes[(a.start, a.end)]
                child = self._owned_province(b, placed, nodes) or child
            else:
                continue
            home, host = child.properties.get("country"), parent.properties.get("country")
            if child.label is Label.LOCATION and home and host and home != host:
                continue  # "from key ally Beijing, Myanmar has ...": a city of one country is in no other
            if child.label is Label.SITE or _rank(child) < _rank(parent) or sub_unit:
                if parent.label is Label.LOCATION and child.key != parent.key:
                    self._edge(RelType.LOCATED_IN, child.key, parent.key, ev)

    def _address_chain(self, a: Span, b: Span, placed: list[Span], nodes: dict, sent: Span) -> bool:
        """"Lotville, Merrow State, Zorvania" or "Ban Tok commune, Lot City, Merrow Province, Zorvania":
        after ``b`` the run goes on by commas alone to coarser places and then ends, each name coarser
        than the one before, every one after ``a`` with its kind word and all of one country: an
        address (``a`` in ``b`` in the next), not places side by side ("Lotville, Merrow and Tarsk"
        goes on with "and"; "Lotville, Tarsk, Zorvania" gives no kind to tell a list from a chain)."""
        run, kinds = [a, b], gz.place_kinds()
        while True:
            k = run[-1].end + (run[-1].end < sent.end and self.lower[run[-1].end] in kinds)
            after = next((e for e in placed if e.start == k + 1), None) if self.words[k:k + 1] == [","] else None
            if after is None:
                break
            run.append(after)
        if len(run) < 3 or self._listed(run[-1], sent):
            return False
        told = [nodes[(e.start, e.end)] for e in run]
        if any(_rank(low) >= _rank(high) for low, high in zip(told, told[1:])):
            return False
        if any(not self._kind_written(e) for e, node in zip(run[1:], told[1:]) if node.properties.get("kind") != "country"):
            return False
        return len({n.properties.get("country") for n in told} - {None, ""}) == 1

    def _kind_written(self, ent: Span) -> bool:
        """The place's kind is written with its name, inside ("Lot City") or right after it ("Merrow State")."""
        kinds = gz.place_kinds()
        return self.lower[ent.end - 1] in kinds or ent.end < len(self.doc) and self.lower[ent.end] in kinds

    def _owned_province(self, town: Span, placed: list[Span], nodes: dict) -> Node | None:
        """"Zorvania's Lotville district in Merrow province": the province written right after the
        town the country owns is what lies in the country (the town lies in the province); None where
        no coarser place of that country follows the town by "in" or a comma."""
        k = town.end + (town.end < len(self.doc) and self.lower[town.end] in gz.place_kinds())
        if self.lower[k:k + 1] not in ([","], ["in"]):
            return None
        after = next((e for e in placed if e.start == k + 1), None)
        if after is None or self._listed(after, self.doc[town.start:after.end + 3]):
            return None
        low, high = nodes[(town.start, town.end)], nodes[(after.start, after.end)]
        same = low.properties.get("country") and low.properties.get("country") == high.properties.get("country")
        return high if same and _rank(low) < _rank(high) < PLACE_RANK["country"] else None

    def _acronym_after(self, ent: Span) -> bool:
        """The name is followed by its short form in brackets: "(SEZ)", "(BIA)"."""
        k = ent.end
        return self.words[k:k + 1] == ["("] and self.words[k + 2:k + 3] == [")"] and self.words[k + 1].isupper()

    def _owned_start(self, k: int) -> int:
        """Where the place a country's possessive owns starts, from ``k`` right after the mark: there, or
        after "<a few lower-case words> province of" ("China's border province of Yunnan": Yunnan)."""
        j = k
        while j < min(len(self.doc) - 2, k + 3) and self.words[j].isalpha() and self.words[j].islower() \
                and self.lower[j] not in gz.place_kinds():
            j += 1
        return j + 2 if self.lower[j] in gz.place_kinds() and self.lower[j + 1:j + 2] == ["of"] else k

    def _sub_unit_of(self, a: Span, b: Span) -> bool:
        """"Ban Rak subdistrict, Lotmuang district": the word after ``a`` names a sub-unit of the kind
        the word after ``b`` names ("subdistrict" or "sub-district" of "district"), so ``a`` lies in
        ``b`` though the gazetteer gives both the same rank."""
        inner, outer = self.lower[a.end:a.end + 3], self.lower[b.end:b.end + 1]
        if not outer or outer[0] not in gz.place_kinds():
            return False
        return inner[:1] == [f"sub{outer[0]}"] or inner[:3] == ["sub", "-", outer[0]] or inner[:1] == [f"sub-{outer[0]}"]

    def _described_in(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """An apposition that describes a place, site or group and says where it is: "X Park, a
        casino town built by Chinese investors in the village of Y", "Shwe Kokko, a territory along the
        Thai-Burmese border in Karen State", "the Eden Foundation, a charity based in Myanmar"."""
        at = {e.start: e for e in ents if e.label_ in {"PLACE", "COUNTRY"} and (e.start, e.end) in nodes}
        for ent in ents:
            told = nodes.get((ent.start, ent.end))
            k = ent.end
            if ent.label_ not in {"PLACE", "SITE", "ORG"} or told is None or self.words[k:k + 2] not in (
                    [",", "a"], [",", "an"], [",", "the"]):
                continue
            k += 2
            while k < min(sent.end, ent.end + 12) and self.lower[k] != "in" and self.lower[k] not in _FINITE and (
                    self.words[k].islower() or self.words[k] == "-" or self.doc[k].ent_type_ == "NORP"):
                k += 1  # over the description: "a Chinese casino town", "a charity based" (no clause: "X, the group was in Y")
            k += self.lower[k:k + 2] == ["in", "the"]
            # ("Lotville, a province in southern Lotland": the part of the country is no place of its own)
            start = k + 1 + (self.lower[k:k + 1] == ["in"] and k + 1 < sent.end and self.lower[k + 1] in _COMPASS)
            place = at.get(start) if self.lower[k:k + 1] in (["in"], ["the"]) else self._suburb_of(k, at)
            if place is not None and self.words[place.end:place.end + 1] in ([m] for m in POSSESSIVE_MARKS):
                place = at.get(self._owned_start(place.end + 1)) or place  # ("a village in Zorvania's Merrow state")
            if place is not None:
                where = nodes[(place.start, place.end)]
                if where.key != told.key and (told.label is not Label.LOCATION or _rank(told) < _rank(where)):
                    self._edge(RelType.LOCATED_IN, told.key, where.key, ev)

    def _suburb_of(self, k: int, at: dict[int, Span]) -> Span | None:
        """"Lotville, a suburb of (metropolitan) Port Vey": the place at ``k``, after the description's
        "suburb of" and at most one lower-case word, holds the suburb; None where no suburb is told."""
        j = k - 1 - (k >= 2 and self.lower[k - 1] != "of" and self.lower[k - 2] == "of")
        return at.get(k) if j >= 1 and self.lower[j] == "of" and self.lower[j - 1] in _SUBURBS else None

    def _capitals(self, sent: Span, placed: list[Span], nodes: dict, ev: Evidence) -> None:
        """A capital in apposition lies in what it is the capital of: "Lotville, a river port
        and the capital of Merrow province", "Nanjing, capital of Jiangsu", "Cambodia's
        capital, Phnom Penh", "Ghana's capital Accra"."""
        at_start = {e.start: e for e in placed}
        at_end = {e.end: e for e in placed}
        for k in range(sent.start + 1, sent.end - 2):
            if self.lower[k] != "capital":
                continue
            if self.lower[k + 1] == "of":  # "X, (a city and) (the) capital of Y"
                parent = at_start.get(k + 2 + (self.lower[k + 2] == "the"))
                j = k - 1
                while j > sent.start and self.words[j].islower() and j > k - 6:
                    j -= 1  # back over "a coastal city and the"
                child = at_end.get(j) if self.words[j] == "," else None
            else:  # "Y's capital, X", "Y's capital X"
                owner = self.words[k - 1] in POSSESSIVE_MARKS
                parent = at_end.get(k - 1) if owner else None
                child = at_start.get(k + 1 + (self.words[k + 1] == ","))
            if child is not None and parent is not None:
                low, high = nodes[(child.start, child.end)], nodes[(parent.start, parent.end)]
                if _rank(low) < _rank(high) and low.key != high.key:
                    self._edge(RelType.LOCATED_IN, low.key, high.key, ev)

    def _drop_implied_nesting(self) -> None:
        """"Chubu Airport in Aichi" and "Chubu Airport in Tokoname, Aichi": the airport lies in
        Tokoname, which lies in Aichi; the direct edge to Aichi says nothing more, and a reader of
        the graph would take it for a second, coarser statement. Keep each place's finest parents."""
        inside: dict[str, set[str]] = {}
        for source, rel, target in self.edges:
            if rel is RelType.LOCATED_IN:
                inside.setdefault(source, set()).add(target)
        for source, parents in inside.items():
            for parent in parents:
                if any(parent in inside.get(middle, ()) for middle in parents - {parent}):
                    del self.edges[(source, RelType.LOCATED_IN, parent)]

    def _listed(self, place: Span, sent: Span) -> bool:
        """The place is followed by another one after a comma, "and" or "or": an item of a list."""
        return an_item_of_a_list(self.lower, self.words, self.doc, place.end, sent.end)


def _country_node(code: str) -> Node:
    return Node(Label.LOCATION, country_name(code), properties={"kind": "country", "country": code})


#: Compass words between "in" and a place: "in east China's Jiangsu Province", "in northern Laos"
_COMPASS = COMPASS_POINTS | COMPASS_ADJECTIVES | {"central"}
#: "(in) cooperation with X", "coordinated with X": X is a partner that acts, not a place
_JOINT_WORDS = frozenset({"cooperation", "coordination", "collaboration", "partnership", "cooperated", "coordinated",
                          "collaborated", "cooperating", "coordinating", "collaborating", "cooperate", "coordinate", "efforts",
                          "operation", "operations", "agreement", "talks",  # ("a joint operation with Merrow and Peru")
                          # a state's dealings: "a deal between Merrow and Peru", "agreements with Peru"
                          "agreements", "deal", "deals", "pact", "pacts", "accord", "treaty", "relations"})
#: Nouns of a state's role to another, before its name: "pressure from key ally X" (X acts as a state)
_STATE_ROLES = frozenset({"ally", "allies", "backer", "backers", "patron", "partner", "partners"})
#: The most lower-case words qualifying such a noun ("key military ally")
_ROLE_QUALIFIERS = 3
#: "pressure from X", "at X's request": what a government asks or gives, not where anything is
_ASKING_WORDS = frozenset({"pressure", "request", "requests", "demand", "demands", "help", "support", "assistance",
                           "objections", "objection", "protest", "protests", "government", "governments"})
# ("objections from Taiwan", "working with the government of Thailand": the state, not a place)
#: "informed X", "urged X": a verb addressing a government
_ADDRESSING_VERBS = frozenset({"informed", "notified", "urged", "pressed", "pressured", "thanked"})
#: A country as the subject of an act: "Uganda provides flights", "China set to provide", "X did not sign",
#: "Atlantis sanctioned Y" (a state that sanctions, indicts or extradites acts as its government)
_ACTS = frozenset({"provides", "provided", "did", "does", "agreed", "agrees", "signed", "signs", "requested",
                   "requests", "asked", "asks", "urged", "urges", "pledged", "pledges", "offered", "offers",
                   "demanded", "demands", "promised", "promises", "set", "imposed", "imposes", "sanctioned",
                   "sanctions", "indicted", "indicts", "designated", "designates", "extradited",
                   "received", "receives"})  # ("Thailand receives 88 citizens": a state taking its people back)
_AUXILIARIES = frozenset({"has", "have", "had"})
#: A state's punitive acts, which states joined as one subject and a time between may come before
#: ("The United States and Britain on Wednesday imposed sanctions"), in a headline's present
#: tense too ("U.S., Britain sanction Lotland tycoon"): only governments do them
_SANCTIONING = frozenset({"imposed", "imposes", "impose", "sanctioned", "sanctions", "sanction", "designated",
                          "designates", "designate", "indicted", "indicts", "indict"})
#: Prepositions of place before a country: "police in Atlantis on Monday received ..." name the
#: place where the police are, not a state acting
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "across", "inside", "outside"})
