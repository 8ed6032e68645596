"""Places and sites: what lies in what, unnamed sites ("a building outside Phnom Penh"),
scam types and identifiers found at them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.identifiers import find_identifiers, registered_domain
from scamgraph.loaders.news.compound_countries import names_no_place
from scamgraph.loaders.news.missions import MissionPlaces
from scamgraph.loaders.news.place_lists import an_item_of_a_list, closes_a_list_of_its_kind
from scamgraph.loaders.news.scam_owners import apart_from_site, generic_fallback, organizations_running_scams, run_by_workers, scam_sites
from scamgraph.loaders.news.serial import serial_pair
from scamgraph.loaders.news.site_places import joined_head, past_description, past_host_site
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import _FINITE, _GENERIC, _UNNAMED_SITES, _Screened
from scamgraph.loaders.news.work_sites import (WORKPLACES, a_building_passed, a_home_block, a_scam_workplace,
                                               a_stay_of_no_scam, written_place)
from scamgraph.loaders.nlp import PLACE_RANK
from scamgraph.model import Evidence, Label, Node, RelType, make_key
from scamgraph.resolve import country_name
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS

#: The first word of every unnamed-site head ("scam" of "scam centre"): a word that is none starts none.
#: Sites told in the plural: "call centres in Tbilisi", one described site of several premises
_PLURAL_SITES = frozenset({"call centres", "call centers"})
_SITE_FIRST_WORDS = frozenset(head.split()[0] for head in _UNNAMED_SITES) | WORKPLACES

#: Bodies named after the district they serve: "Taipei district prosecutors", "the Kaohsiung District Court"
_DISTRICT_BODIES = frozenset({"prosecutors", "prosecutors'", "prosecutor", "prosecutor's", "court", "courts",
                              "attorney", "attorneys"})

class PlaceRules(MissionPlaces):
    """Location nesting, described sites, scams and identifiers."""

    def _owns_agency(self, ent: Span) -> bool:
        """"Indonesia's Foreign Ministry", "Beijing's Ministry of Public Security", "Kenya's Interior Minister
        X": the name owns the agency or the office written right after it."""
        end = ent.end
        return end + 1 < len(self.doc) and self.words[end] in {"'s", "’s"} and self.doc[end + 1].ent_type_ in {"AGENCY", "ROLE"}

    def _actor_country(self, ent: Span) -> bool:
        """"in cooperation with China", "cooperation among (between) X, Y and Z", "a joint operation with X",
        "under pressure from (of) China", "at China's
        request", "have informed Taiwan", "until Uganda provides flights", "a China-backed gang": the country acts
        here (its government does), and this mention names no place of the story."""
        lower, k = self.lower, ent.start - 1
        while k > 0 and (lower[k] in {",", "and"} or self.doc[k].ent_type_ == "COUNTRY"):
            k -= 1  # back to the word before a list of countries: "pressure from China and Thailand"
        before = lower[k - 1] if k > 0 else ""
        after = lower[ent.end:ent.end + 2] if ent.end + 1 < len(lower) else ["", ""]
        return (lower[k] in {"with", "among", "between"} and before in _JOINT_WORDS or lower[k] in {"from", "of"} and before in _ASKING_WORDS
                or lower[k] in _ADDRESSING_VERBS or after[0] in POSSESSIVE_MARKS and after[1] in _ASKING_WORDS
                or after[0] in _ACTS or after[0] in _AUXILIARIES and after[1] in _ACTS or names_no_place(lower, ent.start, ent.end, self.doc))

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
        for a, b in zip(placed, placed[1:]):
            gap = self.lower[a.end:b.start]
            gap = [w for w in gap if w not in gz.place_kinds() and w not in {"area", "-"}]  # "sub-district"
            if gap[:1] == ["in"]:
                gap = [w for w in gap if w not in _COMPASS]  # "in east China's Jiangsu", "in northern Laos"
            if gap in ([","], ["in"], [",", "in"], ["of"], ["outside"], ["on", "the", "outskirts", "of"]):
                if gap == [","] and self.dateline[0] <= self.idx[a.start] < self.dateline[1]:
                    continue  # "MANILA, Philippines —": where the story was filed, no statement
                nested = self._stated_kind(a) and self._stated_kind(b) \
                    and not closes_a_list_of_its_kind(self.lower, b, ents, sent)  # "A commune, B district, C province"
                if gap == [","] and (self._listed(b, sent) or serial_pair(self.words, a, b, sent)) and not nested:
                    continue  # "in Bangkok, Chon Buri and Chiang Rai": a list, not Bangkok in Chon Buri
                child, parent = nodes[(a.start, a.end)], nodes[(b.start, b.end)]
                after = self.doc[b.end:b.end + 2]
                if len(after) == 2 and after[0].text in {"'s", "’s"} and after[1].ent_type_ == "PLACE":
                    # "Myawaddy, in Myanmar's Kayin State", "the Phop Phra district of Thailand's Tak
                    # province": the place lies in the country's province (which lies in the country)
                    owned = next((e for e in placed if e.start == b.end + 1), None)
                    if owned is None:
                        continue
                    parent = nodes[(owned.start, owned.end)]
                if len(after) == 2 and after[0].text in POSSESSIVE_MARKS and after[1].ent_type_ in {"AGENCY", "ORG", "PERSON"}:
                    continue  # "via the Boten checkpoint, Laos’ Public Security Bureau said": the country owns the body
            elif len(gap) == 1 and gap[0] in POSSESSIVE_MARKS:
                child, parent = nodes[(b.start, b.end)], nodes[(a.start, a.end)]
            else:
                continue
            home, host = child.properties.get("country"), parent.properties.get("country")
            if child.label is Label.LOCATION and home and host and home != host:
                continue  # "from key ally Beijing, Myanmar has ...": a city of one country is in no other
            if child.label is Label.SITE or _rank(child) < _rank(parent):
                if parent.label is Label.LOCATION and child.key != parent.key:
                    self._edge(RelType.LOCATED_IN, child.key, parent.key, ev)

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
            place = at.get(k + 1) if self.lower[k:k + 1] in (["in"], ["the"]) else None
            if place is not None:
                where = nodes[(place.start, place.end)]
                if where.key != told.key and (told.label is not Label.LOCATION or _rank(told) < _rank(where)):
                    self._edge(RelType.LOCATED_IN, told.key, where.key, ev)

    def _capitals(self, sent: Span, placed: list[Span], nodes: dict, ev: Evidence) -> None:
        """A capital in apposition lies in what it is the capital of: "Sihanoukville, a coastal city
        and the capital of Preah Sihanouk province", "Nanjing, capital of Jiangsu", "Cambodia's
        capital, Phnom Penh"."""
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
            else:  # "Y's capital, X"
                owner = self.words[k - 1] in POSSESSIVE_MARKS
                parent = at_end.get(k - 1) if owner else None
                child = at_start.get(k + 2) if self.words[k + 1] == "," else None
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

    def _unnamed_sites(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> list[Node]:
        """"a seven-storey building outside Phnom Penh" -> Site "building outside Phnom Penh"; "the KK Park
        compound in Myanmar" places KK Park."""
        found = [n for e in ents if e.label_ == "SITE" and (n := nodes.get((e.start, e.end)))]
        self.site_words = {nodes[(e.start, e.end)].key: e.start for e in ents
                           if e.label_ == "SITE" and (e.start, e.end) in nodes}
        place_at = {e.start: e for e in ents if e.label_ in {"PLACE", "COUNTRY"}}
        for i in range(sent.start, sent.end) if not _SITE_FIRST_WORDS.isdisjoint(self.lower[sent.start:sent.end]) else ():
            head = self.lower[i]
            if head not in _SITE_FIRST_WORDS:
                continue  # (most words: no string built for them)
            if i + 1 < sent.end and f"{head} {self.lower[i + 1]}" in _UNNAMED_SITES:
                head = f"{head} {self.lower[i + 1]}"
            elif i > sent.start and f"{self.lower[i - 1]} {head}" in _UNNAMED_SITES:
                continue  # "an office building in X": the two words' site, read at the first (not a second site)
            if head not in _UNNAMED_SITES and not a_scam_workplace(self.lower, i, sent.start) \
                    or self._named_word(i, head) or not self.words[i].islower() \
                    or a_stay_of_no_scam(self.lower, i, sent.start, sent.end) \
                    or a_home_block(self.lower, self.words, i, sent.start) or a_building_passed(self.lower, i, sent.start):
                continue
            k = i + len(head.split())
            prep = []
            while k < sent.end and len(prep) < 4 and self.lower[k] in {"in", "outside", "near", "on", "the", "outskirts", "of", "at", "just"}:
                prep.append(self.lower[k])
                k += 1
            described = past_description(self.doc, self.lower, k, sent.end) if prep else k  # "in the | southern province of | X"
            described = past_host_site(self.lower, described, sent.end) if prep == ["in"] else described  # "in an estate in | X"
            prep = prep[:-1] if prep[-1:] == ["the"] and len(prep) > 1 else prep  # ("in the X District": X's article)
            k = described
            place = place_at.get(k)
            if place is not None and self.words[place.end:place.end + 1] in (["'s"], ["’s"]):
                place = place_at.get(place.end + 1, place)  # "in Myanmar's Karen state": the centre is in Karen
            if not prep or place is None or (place.start, place.end) not in nodes or prep == ["of"]:
                continue  # (not "the tourist hub of Sihanoukville": the hub is the town itself)
            location = nodes[(place.start, place.end)]
            first = joined_head(self.lower, i)  # "a hotel and resort in X": the hotel in X
            plural = head in _PLURAL_SITES  # ("raided two call centres", "shut call centres": no kind said before them)
            kind = f"{'' if plural else self._site_modifier(first)}{(head if first == i else self.lower[first]).removeprefix('scam ')}"
            written = written_place(self._text(place))  # "centre in Hpa Lu", as the place is written
            other = place_at.get(place.end + 1) if self.lower[place.end:place.end + 1] == ["and"] else None
            if other is not None and (other.label_ != place.label_ or (other.start, other.end) not in nodes):
                other = None
            if other is not None:  # "office space in Fergana and Tashkent": one description, in both places
                written = f"{written} and {written_place(self._text(other))}"
            name = f"{kind} {' '.join(prep)} {written}"
            named = next((nodes.get((e.start, e.end)) for e in ents if e.label_ == "SITE" and e.end == i), None)
            site = named or self._told_site(i, head, location)
            if site is None and _rank(location) >= PLACE_RANK["country"]:
                continue  # "a scam hub in Atlantis": a country places no building a reader could find
            site = site or self._add(Node(Label.SITE, name, properties={"described": True}))
            self._edge(RelType.LOCATED_IN, site.key, location.key, ev)
            if other is not None:
                self._edge(RelType.LOCATED_IN, site.key, nodes[(other.start, other.end)].key, ev)
            if site not in self.sites:
                self.sites.append(site)
            found.append(site)
            self.site_words.setdefault(site.key, i)
        self._renamed_sites(sent, ents, nodes)
        if not found and self.sites and _SITE_ANAPHOR.search(self._text(sent)):
            found.append(self.sites[0])  # "the compound", "the crime complex": the site told of before
        return found

    def _named_word(self, i: int, head: str) -> bool:
        """The site's word is part of a name; not the "scam" of "a cyber scam centre", which closes
        the scam's name before the site's head."""
        token = self.doc[i]
        return bool(token.ent_type_) and not (token.ent_type_ == "SCAM" and " " in head and token.ent_iob_ != "B"
                                              and self.doc[i + 1].ent_type_ != "SCAM")

    def _site_modifier(self, i: int) -> str:
        """"a plaza compound", "a casino complex", "a gaming hub": a lower-case noun before the site's
        word says what kind of site it is, part of its description; "a crime complex", "a scam hub"
        say what goes on there (the scam is its own fact), "a syndicate compound", "a gang hub" who runs
        it (the site is the compound at its place), and an adjective or a number says nothing."""
        before = self.words[i - 1] if i > 0 else ""
        word = before.lower()
        hyphened = i > 1 and self.words[i - 2] in {"-", "–"}  # "a five-star hotel", "a seven-storey building"
        if not (before.isalpha() and before.islower()) or word in _NOT_KINDS or word.endswith(_ADJECTIVE_ENDINGS) \
                or self.doc[i - 1].ent_type_ or hyphened:
            return ""
        return f"{word} "

    def _told_site(self, i: int, head: str, place: Node) -> Node | None:
        """"the complex in Ang Popel commune", when the story has told of one site only and told of it
        as a compound or complex: that site, now placed ("the hotel in X" may be another; after only a
        name, "the compound in Poipet" may be another too). Any site word refers back when the new
        place holds the old one."""
        if self.lower[i - 1] != "the":
            return None
        told = {self.site_alias.get(site.key, site.key) for site in self.sites}
        if len(told) != 1 or not any(site.properties.get("described") for site in self.sites):
            return None
        site = self.batch.nodes[told.pop()]
        # "a compound in Bavet ... the compound in Poipet": a place beside the known one is another site
        names = {site.key} | {old for old, new in self.site_alias.items() if new == site.key}
        known = [self.batch.nodes[k[2]] for k in self.edges if k[0] in names and k[1] is RelType.LOCATED_IN]
        if head in _CONTAINERS:
            return site if all(_rank(place) < _rank(other) for other in known) else None
        # "a scam centre in Myanmar's Karen state ... the scam centre in Myanmar": the same centre,
        # told by a place that holds the one it was told in
        same_kind = site.name.split()[0] == head.split()[-1]
        return site if same_kind and known and all(self._lies_in(other.key, place.key) for other in known) else None

    def _lies_in(self, key: str, parent: str) -> bool:
        """The place lies in the parent, as this story's LOCATED_IN edges tell (at any depth)."""
        seen, todo = {key}, [key]
        while todo:
            for (source, rel, target) in self.edges:
                if source == todo[-1] and rel is RelType.LOCATED_IN and target not in seen:
                    if target == parent:
                        return True
                    seen.add(target)
                    todo.insert(0, target)
            todo.pop()
        return False

    def _renamed_sites(self, sent: Span, ents: list[Span], nodes: dict) -> None:
        """"the Kandal compound, known as Lucky Star Park", "a compound in Poipet, identified as
        X": the site described before is the one now named; one site, not two."""
        for ent in ents:
            named = nodes.get((ent.start, ent.end))
            k = ent.start
            if named is None or ent.label_ != "SITE":
                continue
            if self.lower[k - 2:k] in (["known", "as"], ["identified", "as"]):
                k -= 2
            elif self.lower[k - 1] in {"called", "dubbed"}:
                k -= 1
            else:
                continue
            k -= self.words[k - 1] == ","
            if self.lower[k - 1] not in _UNNAMED_SITES:
                continue
            place = next((self.span_node.get((e.start, e.end)) for e in ents if e.end == k - 1
                          and e.label_ in {"PLACE", "COUNTRY"}), None)
            described = [site.key for site in self.sites if site.properties.get("described")
                         and site.key not in self.site_alias and site.key != named.key
                         and (place is None or (site.key, RelType.LOCATED_IN, place.key) in self.edges)]
            if len(described) == 1:
                self.site_alias[described[0]] = named.key

    def _merge_renamed_sites(self) -> None:
        """Move every fact of a described site onto the name the story later gave it."""
        if not self.site_alias:
            return
        for (source, rel, target), edge in list(self.edges.items()):
            new = (self.site_alias.get(source, source), rel, self.site_alias.get(target, target))
            if new == (source, rel, target):
                continue
            del self.edges[(source, rel, target)]
            if new[0] != new[2]:
                held = self.edges.setdefault(new, replace(edge, source=new[0], target=new[2]))
                held.evidence = tuple(dict.fromkeys((*held.evidence, *edge.evidence)))
        for key in self.site_alias:
            self.batch.nodes.pop(key, None)

    def _scams(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], sites: list[Node], ev: Evidence) -> None:
        # "the number of employment scams reported ... has surged": a statistic, said of no site
        scams = [nodes[(e.start, e.end)] for e in ents if e.label_ == "SCAM" and (e.start, e.end) in nodes
                 and not {"number", "numbers"} & set(self.lower[max(0, e.start - 3):e.start])]
        forms = gz.forms_table("scam_types.tsv")
        for ent in ents:  # "romance and cryptocurrency scams": romance scams too
            if ent.label_ == "SCAM" and ent.start >= 2 and self.lower[ent.start - 1] in {"and", "or", ","} \
                    and not any(e.label_ == "SCAM" and e.end == ent.start - 1 for e in ents):
                # (not "voice phishing and romance scams": a whole scam's name before "and", no "phishing scams")
                head = self.lower[ent.end - 1]
                canonical = forms.get(f"{self.lower[ent.start - 2]} {head}")
                if canonical:
                    scams.append(self._add(Node(Label.SCAM_TYPE, canonical)))
        abuses = [e.id_ for e in ents if e.label_ == "ABUSE"]
        if abuses and _NONE_FOUND.search(self._text(sent)):
            abuses = []  # "police found no evidence of forced labour or torture": no abuse found
        if not scams and not abuses:
            return
        here = scam_sites(sites) or organizations_running_scams(self.lower, sent, ents, nodes)  # (not an outlet, nor a raider)
        if _DENIED.search(self._text(sent)):
            return  # "X dismissed allegations of trafficking", "accused of turning a blind eye": not a finding
        if not here and _GENERIC.search(self._text(sent)):
            return  # "such compounds", "the industry": said of scams in general, not of this site
        told = bool(here) or bool(_WORK_THERE.search(self._text(sent)))
        if not here:
            # abuses told by its workers, and the scams they were made to run or the seized phones were
            # used in (not their trafficking), belong to the site the story is about; a scam named otherwise
            # with no site in the sentence ("criminal activities, including phishing") is said of no one
            general = generic_fallback(self.lower[sent.start:sent.end])
            here, scams = ([self.sites[0]] if self.sites else []), [] if general else run_by_workers(scams)
            abuses = [] if general else abuses  # "hubs, which rights groups say beat their staff": such places'
            # abuses in general, not the story's site's
        for owner in here:  # (a scam told in another clause than the site's is not the site's)
            for scam in [s for s in scams if not apart_from_site(self.lower, self.site_words.get(owner.key), s, ents, nodes)] if told else ():
                self._edge(RelType.ENGAGED_IN, owner.key, scam.key, ev)
            if abuses:
                known = list(owner.properties.get("abuses", []))  # type: ignore[arg-type]
                owner.properties["abuses"] = known + [a for a in dict.fromkeys(abuses) if a not in known]

    def _identifiers(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        found = list(find_identifiers(self._text(sent), sent.start_char))
        if not found:
            return
        users = [nodes[(e.start, e.end)] for e in ents if e.label_ in {"SITE", "ORG", "PERSON"} and (e.start, e.end) in nodes]
        own = registered_domain(self.article.url) if self.article.url else None
        words = self.lower[sent.start:sent.end]
        helpline = not _HELP_WORDS.isdisjoint(words) and not _MISSIONS.isdisjoint(words)
        for item in found:
            if own is not None and item.kind in _WEB_KINDS and registered_domain(item.value) == own:
                continue  # a link to another page of the outlet that published the story: no scam's address
            if helpline and item.kind in _CONTACT_KINDS or _GOVERNMENT.search(item.value):
                continue  # "may contact the embassy through +95 ... or x@dfa.gov.ph": a body's help line
            if item.kind in _WEB_KINDS and ((site := registered_domain(item.value) or "") in _REFERENCE_SITES
                                            or site.endswith(".int")):
                continue  # "a new report (ref. hrw.org/report/...)": a rights group's or a UN body's page
            if item.kind in _WEB_KINDS and _CREDITED.search(self.article.text, max(0, item.start - 40), item.start):
                continue  # '..., Rahmat said, as quoted by example.com': the outlet quoted, no scam's address
            node = self._add(Node(Label.IDENTIFIER, f"{item.kind}:{item.value}",
                                  key=make_key(Label.IDENTIFIER, f"{item.kind}-{item.value}"),
                                  properties={"kind": item.kind, "value": item.value}))
            for user in users:
                self._edge(RelType.USES, user.key, node.key, ev)


#: Identifier kinds that name a web address
_WEB_KINDS = frozenset({"domain", "url", "website"})
#: Words that credit the web address right after them as the source of what is told or shown
#: ("as quoted by example.com", "Photo example.vn", "Photo courtesy of example.com")
_CREDITED = re.compile(r"\b(?:quoted|reported|cited|carried|published|told|according to|via|citing|source:?"
                       r"|photos?:?|images?:?|pictures?:?|credits?:?|courtesy(?: of)?|screenshots?(?: from)?:?)"
                       r"(?: by| in| to| on)?\s+(?:the )?(?:news (?:site|portal|outlet) )?$", re.I)
#: The sites of international bodies and rights groups a story cites for its sources (an
#: international body's own domain ends in ".int"): never a scam's address
_REFERENCE_SITES = frozenset({"un.org", "unodc.org", "ohchr.org", "unicef.org", "ilo.org", "amnesty.org", "hrw.org",
                              "ijm.org", "icij.org", "occrp.org", "usip.org", "globalinitiative.net", "wikipedia.org"})
#: Identifier kinds a body gives for people to reach it, and the words of a sentence offering them
_CONTACT_KINDS = frozenset({"phone", "email"})
_HELP_WORDS = frozenset({"contact", "hotline", "hotlines", "helpline", "helplines", "reach", "assistance"})
_MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions"})
#: A government's own address ("x@dfa.gov.ph", "www.mfa.go.th"): never a scam's
_GOVERNMENT = re.compile(r"[.@](?:gov|gob|gouv|go|govt|mil)(?:\.[a-z]{2})?$|[.@](?:gov|gob|gouv|go|govt)\.[a-z]{2}/", re.I)


def _country_node(code: str) -> Node:
    return Node(Label.LOCATION, country_name(code), properties={"kind": "country", "country": code})


#: Compass words between "in" and a place: "in east China's Jiangsu Province", "in northern Laos"
_COMPASS = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
                      "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
                      "southwestern", "central"})
#: "(in) cooperation with X", "coordinated with X": X is a partner that acts, not a place
_JOINT_WORDS = frozenset({"cooperation", "coordination", "collaboration", "partnership", "cooperated", "coordinated",
                          "collaborated", "cooperating", "coordinating", "collaborating", "cooperate", "coordinate", "efforts",
                          "operation", "operations", "agreement", "talks"})  # ("a joint operation with China and Thailand")
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
                   "sanctions", "indicted", "indicts", "designated", "designates", "extradited"})
_AUXILIARIES = frozenset({"has", "have", "had"})


def _rank(node: Node) -> int:
    return 0 if node.label is Label.SITE else PLACE_RANK.get(str(node.properties.get("kind", "city")), 2)


#: Words before a site's word that do not say what kind of site it is ("an office compound", "a resort hotel")
_NOT_KINDS = frozenset({"a", "an", "the", "and", "or", "this", "that", "its", "their", "his", "her", "one", "another", "same",
                        "scam", "crime", "fraud", "criminal", "illegal", "suspected", "alleged", "large", "big",
                        "small", "huge", "new", "old", "main", "local", "former", "storey", "story", "multi", "private",
                        "remote", "nearby", "online", "cyber", "other", "such", "notorious", "infamous", "several",
                        "multilevel", "multistorey", "multistory", "highrise", "metre", "meter", "hectare", "acre",
                        "foot", "office", "resort", "luxury",  # (a size or a height; what any site holds)
                        # (its price: "a $40 million office building", "a 40 million baht compound")
                        "million", "billion", "thousand", "hundred", "crore", "lakh", "baht", "dollar", "dollars",
                        "yuan", "peso", "pesos", "riel", "ringgit", "won", "rupees", "euros", "pounds",
                        "syndicate", "syndicates", "gang", "gangs",  # (who runs it, as "crime" says what is done there)
                        # a headline's verb before its object: "Police raid compound in X", "Troops storm hub in Y"
                        "raid", "raids", "bust", "busts", "storm", "storms", "search", "searches", "shut", "shuts",
                        "close", "closes", "demolish", "demolishes", "dismantle", "dismantles", "target", "targets",
                        "seal", "seals", "sweep", "sweeps", "hit", "hits", "flee", "flees", "escape", "escapes",
                        "from", "into", "at", "inside", "to"})
_ADJECTIVE_ENDINGS = ("ed", "ing", "ous", "ful", "ive", "al", "ic", "ese", "ian", "ish", "ern")
#: Site words that, after "the", refer back to the one site a story has told of
_CONTAINERS = frozenset({"compound", "complex", "site", "premises"})
#: "the compound", "the scam compound", "the crime complex": a site the article named before
_SITE_ANAPHOR = _Screened(re.compile(r"\bthe (?:[a-z-]+ )?(?:compound|building|complex|site|casino|premises)\b", re.I),
                          needs=("compound", "building", "complex", "site", "casino", "premises"))
#: What the people held at a site were made to do there, or what the things seized there served
_WORK_THERE = _Screened(re.compile(r"\b(?:forced to|made to|worked|working|running|ran|(?<!being )used in|(?<!being )used for)\b",
                                   re.I),  # (people "being used in" fraud are its victims, not the site's tools)
                        needs=("forced to", "made to", "worked", "working", "running", "ran", "used in", "used for"))
_NONE_FOUND = _Screened(re.compile(r"\b(no evidence|no sign|no signs|no indication|no indications|no trace)\b", re.I))
_DENIED = _Screened(re.compile(r"\b(denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|blind eye)\b", re.I))
