"""Unnamed sites: "a seven-storey building outside Phnom Penh" read as the Site "building outside
Phnom Penh", a site told again ("the compound in Poipet"), and a described site the story later
names ("the Kandal compound, known as Lucky Star Park"). Apart from ``places.py``, which reads what
lies in what, because these sites are built from the words around a site's head, not from names."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from scamgraph.loaders.news.counted_premises import PREMISES_FIRST_WORDS, counted_premises
from scamgraph.loaders.news.place_ranks import _rank
from scamgraph.loaders.news.site_places import _PLACED_WORDS, joined_head, past_description, past_host_site
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.news.words import _LOCATIVE, _UNNAMED_SITES, _Screened
from scamgraph.loaders.news.work_sites import (WORKPLACES, a_building_passed, a_home_block, a_promised_workplace,
                                               a_scam_workplace, a_stay_of_no_scam, written_place)
from scamgraph.loaders.nlp import PLACE_RANK
from scamgraph.model import Evidence, Label, Node, PropertyValue, RelType

#: Sites told in the plural: "call centres in Tbilisi", one described site of several premises
_PLURAL_SITES = frozenset({"call centres", "call centers"})
#: The first word of every unnamed-site head ("scam" of "scam centre"): a word that is none starts none.
_SITE_FIRST_WORDS = frozenset(head.split()[0] for head in _UNNAMED_SITES) | WORKPLACES | PREMISES_FIRST_WORDS
#: Words before a town that name it as where someone stands or goes, not as a place of its own
_BEFORE_PLACES = _LOCATIVE | {"from", "to", "into"}


class UnnamedSites(_State):
    """Sites told by their kind and place, and the names the story later gives them (mixed into ``PlaceRules``)."""

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
            counted = counted_premises(self.lower, self.words, i, sent.start, sent.end)  # "three flats in X"
            if counted:
                head = counted
            elif i + 1 < sent.end and f"{head} {self.lower[i + 1]}" in _UNNAMED_SITES:
                head = f"{head} {self.lower[i + 1]}"
            elif i > sent.start and f"{self.lower[i - 1]} {head}" in _UNNAMED_SITES:
                continue  # "an office building in X": the two words' site, read at the first (not a second site)
            if head not in _UNNAMED_SITES and not counted and not a_scam_workplace(self.lower, i, sent.start) \
                    or self._named_word(i, head) or not self.words[i].islower() \
                    or a_stay_of_no_scam(self.lower, i, sent.start, sent.end) \
                    or a_home_block(self.lower, self.words, i, sent.start) or a_building_passed(self.lower, i, sent.start) \
                    or a_promised_workplace(self.lower, i, sent.start):
                continue
            k = i + len(head.split())
            k += bool(counted) and k < sent.end and self.lower[k] in _PLACED_WORDS  # "three flats | located | in X"
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
                inner = place_at.get(place.end + 1, place)  # "in Myanmar's Karen state": the centre is in Karen
                # ("four flats in Port Vey's Elm and Ash districts": in two parts of the town, in the town)
                place = place if counted and self.lower[inner.end:inner.end + 1] == ["and"] else inner
            if not prep or place is None or (place.start, place.end) not in nodes or prep == ["of"]:
                continue  # (not "the tourist hub of Sihanoukville": the hub is the town itself)
            location = nodes[(place.start, place.end)]
            first = joined_head(self.lower, i)  # "a hotel and resort in X": the hotel in X
            # ("raided two call centres", "shut call centres", "four flats": no kind said before them)
            plural = head in _PLURAL_SITES or bool(counted)
            kind = f"{'' if plural else self._site_modifier(first)}{(head if first == i else self.lower[first]).removeprefix('scam ')}"
            written = self._site_place(place, location)  # "centre in Hpa Lu", as the place is written
            listed = (self._listed_places if counted else self._joined_places)(place, place_at, nodes)
            if listed is None:
                continue  # ("three flats in Norvale, Ash Cove and Elm": a list not read whole names no place of them)
            others = listed[1:]
            if others:  # "office space in Fergana and Tashkent": one description, in both places
                middle = "".join(f", {self._site_place(p, nodes[(p.start, p.end)])}" for p in others[:-1])
                written = f"{written}{middle} and {self._site_place(others[-1], nodes[(others[-1].start, others[-1].end)])}"
            name = f"{kind} {' '.join(prep)} {written}"
            if self._town_described(i, place_at):
                continue  # "Shwe Kokko, a scam hub in Myawaddy": the hub is the town named, no building of its own
            named = next((nodes.get((e.start, e.end)) for e in ents if e.label_ == "SITE" and e.end == i), None)
            site = named or self._told_site(i, head, location)
            if site is None and _rank(location) >= PLACE_RANK["country"]:
                continue  # "a scam hub in Atlantis": a country places no building a reader could find
            told: dict[str, PropertyValue] = {"described": True}
            if counted:
                told["premises"] = True  # (several buildings)
            site = site or self._add(Node(Label.SITE, name, properties=told))
            self._edge(RelType.LOCATED_IN, site.key, location.key, ev)
            for also in others:
                self._edge(RelType.LOCATED_IN, site.key, nodes[(also.start, also.end)].key, ev)
            if site not in self.sites:
                self.sites.append(site)
            found.append(site)
            self.site_words.setdefault(site.key, i)
        self._renamed_sites(sent, ents, nodes)
        anaphor = _SITE_ANAPHOR.search(self._text(sent)) if not found and self.sites else None
        referred = self._site_by_its_head(anaphor.group(1).lower()) if anaphor else None
        if anaphor and referred and not self._another_town(ents, nodes, referred, sent.start_char + anaphor.start()):
            found.append(referred)  # "the compound", "the crime complex": the site told of before
        return found

    def _town_described(self, i: int, place_at: dict[int, Span]) -> bool:
        """The site's word closes an apposition to a place named right before it ("Pavor, a notorious
        scam hub in X", "Pavor, the crime compound on Y"): the words describe that place, which the
        place rules already place, and tell of no second site."""
        k = i - 1
        while k > i - 6 and k > 0 and self.words[k].islower() and self.words[k] not in {"a", "an", "the"}:
            k -= 1  # back over "notorious scam", "well-known online scam"
        if k < 2 or self.words[k] not in {"a", "an", "the"} or self.words[k - 1] != ",":
            return False
        town = next((place for place in place_at.values() if place.end == k - 1), None)
        # (not a list of sites: "a plaza compound in X, a crime complex in Y", the place of the site before)
        return town is not None and not (town.start >= 2 and self.lower[town.start - 1] in _LOCATIVE
                                         and self.lower[town.start - 2] in _SITE_FIRST_WORDS)

    def _site_place(self, place: Span, location: Node) -> str:
        """The place as a described site's name writes it: as the text has it ("centre in Hpa Lu"),
        but without a "City" the town's own name drops ("a complex in Lotville City" is the complex
        in Lotville, the town the story's place is), so the site and its town are named alike."""
        written = written_place(self._text(place))
        return location.name if written.removesuffix(" City") == location.name else written

    def _joined_places(self, place: Span, place_at: dict[int, Span], nodes: dict) -> list[Span]:
        """The place and a second one of its kind joined to it by "and" ("in Norvale and Elm")."""
        other = place_at.get(place.end + 1) if self.lower[place.end:place.end + 1] == ["and"] else None
        if other is None or other.label_ != place.label_ or (other.start, other.end) not in nodes:
            return [place]
        return [place, other]

    def _listed_places(self, place: Span, place_at: dict[int, Span], nodes: dict) -> list[Span] | None:
        """The places of counted premises from ``place`` on: "in Norvale and Elm", "in Norvale, Ash
        Cove and Elm" (a list closed by "and": the premises lie across them all); "in Norvale, Ash
        Cove" is Norvale only (the second place holds the first). None where the list goes on past a
        name not read as a place of the same kind: the premises' places are not all known."""
        listed, k = [place], place.end
        while k + 1 < len(self.lower) and self.lower[k] in {",", "and"}:
            k += self.lower[k:k + 2] == [",", "and"]  # ("in Norvale, Ash Cove, and Elm")
            nxt = place_at.get(k + 1)
            if nxt is None or nxt.label_ != place.label_ or (nxt.start, nxt.end) not in nodes:
                return None if self.words[k + 1][:1].isupper() and self.lower[k] == "," \
                    and "and" in self.lower[k + 1:k + 6] else listed[:1]
            listed.append(nxt)
            if self.lower[k] == "and":
                return listed
            k = nxt.end
        return listed[:1]

    def _site_by_its_head(self, head: str) -> Node | None:
        """The site "the <head>" refers back to: the story's first site where the head may name any
        site ("the compound"); for another head, the latest site named (not described) with that
        head ("The resort" after "the Lucky Dragon Resort", though a hub was told first)."""
        if head in _ANY_SITE_HEADS:
            return self.sites[0]
        named = [s for s in self.sites if not s.properties.get("described") and s.name.lower().split()[-1:] == [head]]
        return named[-1] if named else None

    def _another_town(self, ents: list[Span], nodes: dict, site: Node, before: int) -> bool:
        """"Dozens fled Lot Park last month. Troops then stormed the hub of Marrow, arresting 300 linked to
        the compound": a town named as a thing of its own (no "in" or "at" before it: not where someone
        stands) before "the compound", which the story's site is not known to lie in nor to hold, is
        the compound the sentence tells of; "the compound" there does not refer back to the site."""
        for ent in ents:
            node = nodes.get((ent.start, ent.end))
            if ent.label_ != "PLACE" or node is None or node.label is not Label.LOCATION \
                    or ent.end_char > before or self.lower[ent.start - 1] in _BEFORE_PLACES \
                    or not PLACE_RANK["village"] <= _rank(node) <= PLACE_RANK["township"]:
                continue
            if not self._lies_in(site.key, node.key) and not any(
                    self._lies_in(node.key, k[2]) for k in self.edges if k[0] == site.key and k[1] is RelType.LOCATED_IN):
                return True
        return False

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
        # "a scam centre in Zorvania's Merrow state ... the scam centre in Zorvania": the same centre,
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
#: Heads of "the X" that may refer back to a site told before
_ANAPHOR_HEADS = ("compound", "building", "complex", "site", "casino", "premises", "resort", "hub")
_SITE_ANAPHOR = _Screened(re.compile(rf"\bthe (?:[a-z-]+ )?({'|'.join(_ANAPHOR_HEADS)})\b", re.I), needs=_ANAPHOR_HEADS)
#: Heads of "the X" that refer back to the story's first site whatever its name; other heads ("the
#: resort") only to a site whose name ends in them ("the Lucky Dragon Resort")
_ANY_SITE_HEADS = frozenset({"compound", "building", "complex", "site", "casino", "premises"})
