"""Places and sites: what lies in what, unnamed sites ("a building outside Phnom Penh"),
scam types and identifiers found at them."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.identifiers import find_identifiers
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import _GENERIC, _UNNAMED_SITES, _Screened
from scamgraph.loaders.nlp import PLACE_RANK
from scamgraph.model import Evidence, Label, Node, RelType, make_key
from scamgraph.resolve import country_name


#: The first word of every unnamed-site head ("scam" of "scam centre"): a word that is none starts none.
_SITE_FIRST_WORDS = frozenset(head.split()[0] for head in _UNNAMED_SITES)

class PlaceRules(_State):
    """Location nesting, described sites, scams and identifiers."""

    def _owns_agency(self, ent: Span) -> bool:
        """"Indonesia's Foreign Ministry", "Beijing's Ministry of Public Security": the name owns the
        agency written right after it."""
        end = ent.end
        return end + 1 < len(self.doc) and self.words[end] in {"'s", "’s"} and self.doc[end + 1].ent_type_ == "AGENCY"

    def _stated_kind(self, ent: Span) -> str:
        nxt = self.lower[ent.end] if ent.end < len(self.doc) else ""
        return gz.place_kinds().get(nxt, "")

    def _places(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        """"Chbar Ampov district, Phnom Penh", "Sihanoukville in Preah Sihanouk province", "Laos' Bokeo"."""
        placed = [e for e in ents if e.label_ in {"PLACE", "COUNTRY", "SITE"} and (e.start, e.end) in nodes]
        for a, b in zip(placed, placed[1:]):
            gap = self.lower[a.end:b.start]
            gap = [w for w in gap if w not in gz.place_kinds() and w not in {"area", "-"}]  # "sub-district"
            if gap in ([","], ["in"], [",", "in"], ["of"], ["outside"], ["on", "the", "outskirts", "of"]):
                nested = self._stated_kind(a) and self._stated_kind(b)  # "A commune, B district, C province"
                if gap == [","] and self._listed(b, sent) and not nested:
                    continue  # "in Bangkok, Chon Buri and Chiang Rai": a list, not Bangkok in Chon Buri
                child, parent = nodes[(a.start, a.end)], nodes[(b.start, b.end)]
                after = self.doc[b.end:b.end + 2]
                if len(after) == 2 and after[0].text in {"'s", "’s"} and after[1].ent_type_ == "PLACE":
                    continue  # "Myawaddy, in Myanmar's Kayin State": Myawaddy is in Kayin, read next
                if len(after) == 2 and after[0].text in _POSSESSIVES and after[1].ent_type_ in {"AGENCY", "ORG", "PERSON"}:
                    continue  # "via the Boten checkpoint, Laos’ Public Security Bureau said": the country owns the body
            elif gap in (["'s"], ["’s"], ["'"]):
                child, parent = nodes[(b.start, b.end)], nodes[(a.start, a.end)]
            else:
                continue
            if child.label is Label.SITE or _rank(child) < _rank(parent):
                if parent.label is Label.LOCATION and child.key != parent.key:
                    self._edge(RelType.LOCATED_IN, child.key, parent.key, ev)

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

    def _past_descriptor(self, k: int, end: int) -> int:
        """Past "the southern province of" before a place's name: what kind of place it is, not
        part of a site's name ("a hotel in the southern province of Sihanoukville" is the hotel in
        Sihanoukville)."""
        j = k
        while j < end and self.lower[j] in _DIRECTIONS:
            j += 1
        if j + 1 < end and self.lower[j] in gz.place_kinds() and self.lower[j + 1] == "of":
            return j + 2
        return k

    def _listed(self, place: Span, sent: Span) -> bool:
        """The place is followed by another one after a comma or "and": an item of a list."""
        k = place.end
        while k < sent.end and self.lower[k] in {"province", "provinces", "city", "district", "state"}:
            k += 1
        return k + 1 < sent.end and self.words[k] in {",", "and"} and self.doc[k + 1].ent_type_ in {"PLACE", "COUNTRY"} \
            or k + 2 < sent.end and self.words[k] == "," and self.lower[k + 1] == "and" and self.doc[k + 2].ent_type_ in {"PLACE", "COUNTRY"}

    def _unnamed_sites(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> list[Node]:
        """"a seven-storey building outside Phnom Penh" -> Site "building outside Phnom Penh"."""
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
            if head not in _UNNAMED_SITES or self.doc[i].ent_type_ or not self.words[i].islower():
                continue
            k = i + len(head.split())
            prep = []
            while k < sent.end and len(prep) < 4 and self.lower[k] in {"in", "outside", "near", "on", "the", "outskirts", "of", "at", "just"}:
                prep.append(self.lower[k])
                k += 1
            described = self._past_descriptor(k, sent.end) if prep else k  # "in the | southern province of | X"
            if described != k:
                prep = prep[:-1] if prep[-1] == "the" else prep
                k = described
            place = place_at.get(k)
            if not prep or place is None or (place.start, place.end) not in nodes or prep == ["of"]:
                continue  # (not "the tourist hub of Sihanoukville": the hub is the town itself)
            location = nodes[(place.start, place.end)]
            kind = f"{self._site_modifier(i)}{head.removeprefix('scam ')}"  # "plaza compound", "centre"
            name = f"{kind} {' '.join(prep)} {self._text(place)}"  # "centre in Hpa Lu", as the place is written
            site = self._told_site(i, head, location) or self._add(Node(Label.SITE, name, properties={"described": True}))
            self._edge(RelType.LOCATED_IN, site.key, location.key, ev)
            if site not in self.sites:
                self.sites.append(site)
            found.append(site)
            self.site_words.setdefault(site.key, i)
        self._renamed_sites(sent, ents, nodes)
        if not found and self.sites and _SITE_ANAPHOR.search(self._text(sent)):
            found.append(self.sites[0])  # "the compound", "the crime complex": the site told of before
        return found

    def _site_modifier(self, i: int) -> str:
        """"a plaza compound", "a casino complex", "a gaming hub": a lower-case noun before the site's
        word says what kind of site it is, part of its description; "a crime complex", "a scam hub"
        say what goes on there (the scam is its own fact), and an adjective or a number says nothing."""
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
        name, "the compound in Poipet" may be another too)."""
        if self.lower[i - 1] != "the" or head not in _CONTAINERS:
            return None
        told = {self.site_alias.get(site.key, site.key) for site in self.sites}
        if len(told) != 1 or not any(site.properties.get("described") for site in self.sites):
            return None
        site = self.batch.nodes[told.pop()]
        # "a compound in Bavet ... the compound in Poipet": a place beside the known one is another site
        names = {site.key} | {old for old, new in self.site_alias.items() if new == site.key}
        known = [self.batch.nodes[k[2]] for k in self.edges if k[0] in names and k[1] is RelType.LOCATED_IN]
        return site if all(_rank(place) < _rank(other) for other in known) else None

    def _renamed_sites(self, sent: Span, ents: list[Span], nodes: dict) -> None:
        """"the Kampong Speu compound, known as Mango Park", "a compound in Poipet, identified as
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
            if ent.label_ == "SCAM" and ent.start >= 2 and self.lower[ent.start - 1] in {"and", "or", ","}:
                head = self.lower[ent.end - 1]
                canonical = forms.get(f"{self.lower[ent.start - 2]} {head}")
                if canonical:
                    scams.append(self._add(Node(Label.SCAM_TYPE, canonical)))
        abuses = [e.id_ for e in ents if e.label_ == "ABUSE"]
        if not scams and not abuses:
            return
        here = sites or [node for e in ents if e.label_ == "ORG" and (node := nodes.get((e.start, e.end))) is not None
                         and node.properties.get("kind") not in _REPORTERS]  # an outlet or NGO reports scams
        if _DENIED.search(self._text(sent)):
            return  # "X dismissed allegations of trafficking", "accused of turning a blind eye": not a finding
        if not here and _GENERIC.search(self._text(sent)):
            return  # "such compounds", "the industry": said of scams in general, not of this site
        told = bool(here) or bool(_WORK_THERE.search(self._text(sent)))
        if not here:
            # abuses told by its workers, and the scams they were made to run or the seized phones
            # were used in, belong to the site the story is about; a scam named otherwise with no site
            # in the sentence ("criminal activities, including phishing", "centres in Myanmar") is said
            # of no one
            here = [self.sites[0]] if self.sites else []
        for owner in here:
            for scam in scams if told else ():
                self._edge(RelType.ENGAGED_IN, owner.key, scam.key, ev)
            if abuses:
                known = list(owner.properties.get("abuses", []))  # type: ignore[arg-type]
                owner.properties["abuses"] = known + [a for a in dict.fromkeys(abuses) if a not in known]

    def _identifiers(self, sent: Span, ents: list[Span], nodes: dict, ev: Evidence) -> None:
        found = list(find_identifiers(self._text(sent), sent.start_char))
        if not found:
            return
        users = [nodes[(e.start, e.end)] for e in ents if e.label_ in {"SITE", "ORG", "PERSON"} and (e.start, e.end) in nodes]
        for item in found:
            node = self._add(Node(Label.IDENTIFIER, f"{item.kind}:{item.value}",
                                  key=make_key(Label.IDENTIFIER, f"{item.kind}-{item.value}"),
                                  properties={"kind": item.kind, "value": item.value}))
            for user in users:
                self._edge(RelType.USES, user.key, node.key, ev)


def _country_node(code: str) -> Node:
    return Node(Label.LOCATION, country_name(code), properties={"kind": "country", "country": code})


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _rank(node: Node) -> int:
    if node.label is Label.SITE:
        return 0
    return PLACE_RANK.get(str(node.properties.get("kind", "city")), 2)


#: Words before a site's word that do not say what kind of site it is
_NOT_KINDS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "one", "another", "same",
                        "scam", "crime", "fraud", "criminal", "illegal", "suspected", "alleged", "large", "big",
                        "small", "huge", "new", "old", "main", "local", "former", "storey", "story", "multi", "private",
                        "remote", "nearby", "online", "cyber", "other", "such", "notorious", "infamous", "several"})
_ADJECTIVE_ENDINGS = ("ed", "ing", "ous", "ful", "ive", "al", "ic", "ese", "ian", "ish", "ern")
#: Site words that, after "the", refer back to the one site a story has told of
_CONTAINERS = frozenset({"compound", "complex", "site", "premises"})
#: "the compound", "the scam compound", "the crime complex": a site the article named before
_SITE_ANAPHOR = _Screened(re.compile(r"\bthe (?:[a-z-]+ )?(?:compound|building|complex|site|casino|premises)\b", re.I),
                          needs=("compound", "building", "complex", "site", "casino", "premises"))
#: Words of a place's description before its kind: "the southern province of", "the remote border town of"
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                         "southeastern", "southwestern", "remote", "coastal", "border", "neighbouring", "neighboring"})
#: Kinds of organization that tell of scams rather than run them
_REPORTERS = frozenset({"media", "ngo"})
#: What the people held at a site were made to do there, or what the things seized there served
_WORK_THERE = _Screened(re.compile(r"\b(?:forced to|made to|worked|working|running|ran|(?<!being )used in|(?<!being )used for)\b",
                                   re.I),  # (people "being used in" fraud are its victims, not the site's tools)
                        needs=("forced to", "made to", "worked", "working", "running", "ran", "used in", "used for"))
_DENIED = _Screened(re.compile(r"\b(denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|blind eye)\b", re.I))
