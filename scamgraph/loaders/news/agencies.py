"""Agencies and organizations: whose country an agency is, its canonical name, and what
organizations own or operate."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.acting_bodies import ActingBodies
from scamgraph.loaders.news.agency_names import (
    _LOCAL_RANKS,
    _MISSION_OF,
    _agency_kind,
    _by_demonym,
    _generic_agency,
    _few_countries_body,
    _homes_own,
    _namesake_part,
    namesake_home,
    _known_after_country,
    _known_by_country,
    _known_forms,
    _known_singular,
    _ministry_field,
    _mission_by_demonym,
    _named_countrys_form,
    _national_form,
    _short_demonym,
    _singular_mission,
    _title_case,
    _written_country,
    body_adjective,
    local_police_place,
    plain_police_place,
)
from scamgraph.loaders.news.attributive import named_after_hyphened
from scamgraph.loaders.news.kin import named_for_kin
from scamgraph.loaders.news.missions import province_in_name
from scamgraph.loaders.news.own_citizens import _POSTS, _code_of
from scamgraph.loaders.news.placed_bodies import PlacedBodies
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import SPEAKING, _OPERATE, _OWN, _in_phrases
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import country_code, country_name, demonym, entity_key
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS


def _country_named_first(name: str) -> str:
    """The country a body's name opens with ("Taiwan Foreign Ministry", "Sri Lankan Ministry of
    ..."), "" when it opens with none (its country, if any, was only guessed from the story)."""
    words = name.split()
    if len(words) < 2:
        return ""
    return country_code(" ".join(words[:2])) or country_code(words[0]) or ""


class AgencyRules(ActingBodies, PlacedBodies):
    """Agency nodes; owners, operators and sanction targets."""

    def _parent_country(self, ent: Span) -> str:
        """The country of the known body a unit is "of": "the Anti-Cyber Crime Department of the
        Cambodian National Police" is Cambodia's, wherever the story was filed from."""
        k = ent.end + (self.lower[ent.end:ent.end + 2] == ["of", "the"]) * 2
        if k == ent.end or k >= len(self.doc) or self.doc[k].ent_type_ != "AGENCY":
            return ""
        parts = (self.doc[k].ent_id_.split("|") + ["", "", ""])[:3]
        return parts[2] if parts[0] else ""

    def _agency(self, ent: Span) -> Node:
        bracketed = self._named_before_brackets(ent)
        if bracketed is not None:
            return self._agency(bracketed)  # "the Department of Justice (DoJ)": the body just named, whoever else has the acronym
        canonical, kind, code = (ent.id_.split("|") + ["", "", ""])[:3]
        if canonical and canonical not in _known_names() and (form := _known_forms().get(canonical.lower())):
            canonical, kind, code = form  # "<demonym> | and <demonym> police": the first one's police are its known force
        canonical = _singular_mission(canonical) if canonical else ""  # "the Chinese and | Indonesian embassies": one each
        known = canonical in _known_names()
        kind = kind or (_agency_kind(canonical) if canonical else "")  # "US authorities" shared its head
        text = _singular_mission(self._name_of(ent))
        if not canonical:  # "Thailand's military" -> Thai military, "Laos authorities" -> Lao authorities
            text = _by_demonym(self.words[ent.start:ent.end]) or text
        if text.islower():
            text = _title_case(text)  # "the foreign ministry" -> Foreign Ministry
        if not canonical and text.endswith(" officials") and f"{text[:-10]} authorities" in self.article.text:
            text = f"{text[:-10]} authorities"  # "Thai officials" where "Thai authorities" are told too: one body
        if not canonical and (place := province_in_name(self.words, ent)) is not None:
            text = text.removesuffix(f" of {country_name(place.country)}")  # "Tak Province ... Bureau of Thailand"
        if not canonical and (told := self._mission_told(text)) is not None:
            return told  # "the Embassy of India" after "the Indian Embassy", or the other way round
        if not canonical and (plain := _known_singular(text) or _known_after_country(text)) is not None:
            canonical, kind, code = plain  # "the Border Guard Forces (BGF)", "US Office of Foreign Assets Control"
        if not canonical and (found := _MISSION_OF.match(text)) is not None and (home := country_code(found.group(2))):
            text = f"{_short_demonym(home)} {found.group(1)}"  # "the Embassy of India" -> Indian Embassy
        owner = self._possessor(ent)
        inside = self._country_in(ent) if owner and not canonical else ""
        if owner and not canonical and not inside:
            code, text = owner, f"{body_adjective(owner)} {text}"  # "Indonesia's Foreign Ministry"
        elif owner and not canonical and not (_written_country(self.words[ent.start])
                                                or _SHORT_COUNTRY_WORDS.get(self.words[ent.start])):
            code = owner  # "Indonesia's Overseas Chinese Protection Department": a people inside its name, Indonesia's body
        elif not owner and not canonical and (city := self._city_possessor(ent)) is not None:
            code = city[1]  # "Beijing's Ministry of Public Security": China's, by its known name below
            text = text if _national_form(code, text) else f"{city[0]} {text}"  # "Tokyo's Metropolitan Police"
        home = self.dateline_country or ("" if code in self._named_countries() else self._bodies_country())
        if not home and canonical and code not in self._named_countries() and _homes_own(self.article_country, canonical):
            home = self.article_country  # a Philippine story's "Department of Justice", no US place or body named
        if canonical and code and owner and owner != code and _generic_agency(text):
            # "Pakistan's Foreign Office": Pakistan's, not the British one the gazetteer knows so
            return self._add(Node(Label.AGENCY, f"{body_adjective(owner)} {text}", key=entity_key(Label.AGENCY, f"{body_adjective(owner)} {text}"),
                                  properties={"kind": kind or None, "country": owner}))
        if canonical and code and not owner and _generic_agency(text) and (told := self._agency_told(text)) is not None \
                and told.properties.get("country") not in {None, code}:
            return told  # "the Foreign Office" again, after "Pakistan's Foreign Office": that one
        if canonical and code and home and code != home and _generic_agency(text):
            # "MANILA — ... the Department of Justice said", or a story of the PNP and the PAOCC: the
            # Philippines', not the one the gazetteer knows by that name
            code = home  # named as written, kept apart from the known one by its key
            text = canonical if text.isupper() else text  # its acronym ("DOJ") is the same body
            return self._add(Node(Label.AGENCY, text, key=entity_key(Label.AGENCY, f"{demonym(code)} {text}"),
                                  properties={"kind": kind or None, "country": code}))
        if canonical and code and not owner and code not in self._countries_told() \
                and (namesake := namesake_home(text, self._named_countries())):
            # "the Bureau of Immigration held two men at the Chennai airport": a story that names nothing of the
            # Philippines, and India, tells of India's bureau, not of the one the gazetteer knows by the name
            text = text.removeprefix("the ").removeprefix("The ")
            return self._add(Node(Label.AGENCY, text, key=entity_key(Label.AGENCY, f"{demonym(namesake)} {text}"),
                                  properties={"kind": kind or None, "country": namesake}))
        if not canonical and code and self.dateline_country in {"", self.article_country} \
                and code not in self._named_countries() and _namesake_part(self.article_country, text):
            code = self.article_country  # "Department of Justice Office of Cybercrime" of a Philippine story
        if not canonical:
            code = code or self._country_in(ent) or self._parent_country(ent) or self._owning_body_country(ent)
            kind = kind or _agency_kind(text)
            if not code and _generic_agency(text) and (told := self._agency_told(text)) is not None:
                return told  # "the Foreign Ministry" after "Indonesia's Foreign Ministry": that one, not the story's
            if not code:
                code = _few_countries_body(text, self._named_countries())  # "the DFA" beside Filipino workers
            if not code and kind in {"ministry", "government"}:
                code = self._seat_after(ent)  # "the foreign ministry in Dhaka said": Bangladesh's
            if not code and not self.dateline_country and kind == "ministry" and "foreign" in text.lower():
                code = self._home_of_mission(ent)  # "the Ministry of Foreign Affairs ... with the Vietnamese
                # Embassy in Cambodia": the embassy's home ministry, not the host's of a story set in Cambodia
            if not code and not self.dateline_country and kind == "ministry" and "foreign" in text.lower() \
                    and not self._mission_beside(ent):
                code = self._one_people()  # "11 Maldivians ... were repatriated, the Foreign Ministry said": the
                # ministry speaks for its citizens abroad, not for the country the story is set in (not "the
                # Moroccan embassy sent a letter to the Ministry of Foreign Affairs in Bangkok": the host's)
            if not code and _generic_agency(text) and not self.dateline_country:
                code = self._acting_government(ent)  # "The Korean government imposed sanctions ... The Ministry of
                # Justice announced them": that government's ministry, not one of the country the story is set in
            if not code:
                code = self._listed_beside(ent)  # "the Korean police agency and the justice ministry": the list's
            if not code and _generic_agency(text):
                code = self.dateline_country or self.article_country  # "the National Police" of a Cambodian story
            canonical = _known_by_country(code, kind, text) or text
            # not used to pick a national agency: "Tak provincial police" is not the Royal Thai Police
            code = code or self._place_country(ent) or (
                self.dateline_country if kind in _NATIONAL_KINDS else "")  # "JAKARTA - ... the Foreign Ministry"
            canonical = _national_form(code, canonical) or canonical  # "the Ministry of Public Security", a Chinese story
            home = self.dateline_country or self.article_country  # (a Lao story's own ministry is not China's)
            named = None if code or _generic_agency(canonical) else _named_countrys_form(canonical, self._named_countries())
            if named is not None and (named[1] == home or not home or not _homes_own(home, canonical)):
                # (a Lao story's own ministry is not China's; a Cambodian story has no such ministry)
                canonical, code = named  # "the Ministry of Public Security" of a story naming China, and no Vietnam
            if canonical == text and text.split()[0].lower() == "the":
                canonical = " ".join(text.split()[1:])
        if not known and (same := self._same_ministry(canonical, code)) is not None:
            if code and not same.properties.get("country") and _country_named_first(canonical) == code:
                same.properties["country"] = code  # "the Foreign Ministry", then "Taiwan Foreign Ministry": Taiwan's
                # (so another country's foreign ministry told later is another body)
            return same  # "Ministry of Interior" after "the Cambodian interior ministry": one ministry
        if not known:  # (a body the gazetteer lists is itself, not a part of a longer name)
            told = self._agency_told(canonical)
            if told is not None and (not code or told.properties.get("country") == code):
                return told  # "the Ministry of Public Security" (or its acronym) after "China's Ministry of Public Security"
        if not known and (same := self._local_police_told(canonical)) is not None:
            if code and not same.properties.get("country"):
                same.properties["country"] = code  # "Tokyo police" after "the Metropolitan Police Department": Japan's
            return same
        return self._add(Node(Label.AGENCY, canonical, key=entity_key(Label.AGENCY, canonical),
                              properties={"kind": kind or None, "country": code or None}))

    def _named_countries(self) -> frozenset[str]:
        """The countries the article names, by name, demonym or one of their places (once per article)."""
        if self._countries_named is None:
            self._countries_named = frozenset(
                code for ent in self.ents if ent.label_ in {"COUNTRY", "NORP", "PLACE"}
                for code in [ent.id_.split("|")[-1]] if code)
        return self._countries_named

    def _mission_beside(self, ent: Span) -> bool:
        """The sentence of ``ent`` names an embassy or a consulate."""
        sent = ent.sent
        return any(e.label_ == "AGENCY" and sent.start <= e.start < sent.end and not _POSTS.isdisjoint(e.text.lower().split())
                   for e in self.ents)

    def _acting_government(self, ent: Span) -> str:
        """The country of a government named by its country ("The Korean government", "the Thai
        government") in the sentence of ``ent`` or the one before, where it is the only one there."""
        sent = ent.sent
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        codes = {_country_named_first(self._text(e)) for e in self.ents
                 if e.label_ == "AGENCY" and floor <= e.start < ent.start and self._text(e).lower().endswith("government")}
        codes.discard("")
        return next(iter(codes)) if len(codes) == 1 else ""

    def _listed_beside(self, ent: Span) -> str:
        """The country of the body listed right before this one ("Korea's police agency and the
        justice ministry"), when the two stand in one list joined by commas or "and"; else ""."""
        for (start, end), node in self.span_node.items():  # type: ignore[attr-defined]
            if end <= ent.start and ent.start - end <= 3 and node.label is Label.AGENCY \
                    and all(w in {",", "and", "the"} for w in self.lower[end:ent.start]) and ent.start > end:
                return str(node.properties.get("country") or "")
        return ""

    def _one_people(self) -> str:
        """The one nationality the story names people of (by demonym), else ""."""
        peoples = {ent.id_ for ent in self.ents if ent.label_ == "NORP" and ent.id_}
        return next(iter(peoples)) if len(peoples) == 1 else ""

    def _seat_after(self, ent: Span) -> str:
        """The country of the town or country right after a ministry's name and "in" ("the foreign
        ministry in Dhaka"): a ministry sits in its own country's capital (an embassy, which sits
        abroad, is read by ``missions_placed``)."""
        k = ent.end
        if self.lower[k:k + 1] != ["in"] or k + 1 >= len(self.lower):
            return ""
        place = next((e for e in self.ents if e.start == k + 1 and e.label_ in {"PLACE", "COUNTRY"}), None)
        return place.id_.split("|")[-1] if place is not None else ""

    def _home_of_mission(self, ent: Span) -> str:
        """The one country whose embassy or consulate the sentence of ``ent`` names, where that is not
        the country the story is set in: a foreign ministry working with its own mission abroad."""
        sent = ent.sent
        homes = {_code_of(e) for e in self.ents if e.label_ == "AGENCY" and e is not ent
                 and sent.start <= e.start < sent.end and not _POSTS.isdisjoint(e.text.lower().split())} - {""}
        home = next(iter(homes)) if len(homes) == 1 else ""
        return home if home != self.article_country else ""

    def _countries_told(self) -> frozenset[str]:
        """The countries the article names (``_named_countries``) and those of the bodies it names by
        more than a name every country's body has ("U.S. District Court", "PNP"), once per article."""
        if self._countries_of_bodies is None:
            self._countries_of_bodies = self._named_countries() | frozenset(
                code for ent in self.ents if ent.label_ == "AGENCY" and not _generic_agency(self._text(ent))
                for code in [(ent.id_.split("|") + ["", "", ""])[2] or self._country_in(ent)] if code)
        return self._countries_of_bodies

    def _bodies_country(self) -> str:
        """The one country of every known body the article names by a name of its own ("PNP",
        "PAOCC": the Philippines), or "" where they are of several or none (once per article)."""
        if self._bodies_home is None:
            codes = {parts[2] for ent in self.ents if ent.label_ == "AGENCY"
                     for parts in [(ent.id_.split("|") + ["", "", ""])[:3]]
                     if parts[0] and parts[2] and not _generic_agency(parts[0])}
            self._bodies_home = next(iter(codes)) if len(codes) == 1 else ""
        return self._bodies_home

    def _listed_mission(self, ent: Span) -> Node | None:
        """"officials of the embassies of Kenya, Nepal and the Congo": each country of the list after
        a plural (or lower-case) mission word has its own mission, and is no place of the story. A
        capitalized one that no name holds is the same ("through the Embassies of Norway in A and
        B", "the Consulate-General of Norway in C": that country's embassy, its consulate general)."""
        k = ent.start - 1
        while k > 0 and (self.lower[k] in {",", "and", "the"} or self.doc[k].ent_type_ == "COUNTRY"):
            k -= 1
        general = k > 3 and self.lower[k - 3:k] == ["consulate", "-", "general"]  # (hyphened: three tokens)
        mission = "Consulate General" if general and self.lower[k] == "of" else \
            _LISTED_MISSIONS.get(self.lower[k - 1]) if k > 0 and self.lower[k] == "of" else None
        if mission is None or not self.words[k - 1].islower() and self.doc[k - 1].ent_type_:
            return None
        name = f"{_short_demonym(ent.id_)} {mission}"
        return self._add(Node(Label.AGENCY, name, key=entity_key(Label.AGENCY, name),
                              properties={"kind": _agency_kind(name) or None, "country": ent.id_}))

    def _local_police(self, sent: Span, ents: list[Span]) -> None:
        """"coordinated with local police", "arrested by local police in Poipet, Cambodia": the police
        of the one country the sentence names (its national force where the gazetteer knows one)."""
        if "local" not in self.lower[sent.start:sent.end - 1]:
            return  # (most sentences)
        at = [i for i in range(sent.start, sent.end - 1) if self.lower[i] == "local" and self.lower[i + 1] == "police"]
        codes = {e.id_ for e in ents if e.label_ == "COUNTRY"}
        if not at or len(codes) != 1 or any(e.label_ == "AGENCY" and not _POSTS.isdisjoint(e.text.lower().split())
                                            for e in ents):
            return  # ("the Consulate of X in Y, Cambodia ... local police": a mission's country is a second one)
        code = codes.pop()
        name = _known_by_country(code, "police", f"{body_adjective(code)} police") or f"{body_adjective(code)} police"
        self._add(Node(Label.AGENCY, name, key=entity_key(Label.AGENCY, name), properties={"kind": "police", "country": code}))

    def _envoys_mission(self, person: Node, ev: Evidence) -> None:
        """"Indonesian Ambassador to Cambodia Santo Darmosumarto": a diplomat whose title names the
        state he serves works for that state's embassy, when the article names it."""
        code = person.properties.get("office_country")
        if person.properties.get("role_class") != "diplomat" or not code:
            return
        found = [n for n in self.batch.nodes.values()
                 if n.label == Label.AGENCY and _mission_by_demonym(n.name) == ("Embassy", code)]
        if len(found) == 1:
            self._edge(RelType.WORKS_FOR, person.key, found[0].key, ev)

    def _mission_told(self, text: str) -> Node | None:
        """The agency node of this article that is the same diplomatic mission written the other
        way ("Embassy of India" / "Indian Embassy"); each way alone keeps its written name."""
        wanted = _mission_by_demonym(text)
        if wanted is None:
            return None
        for node in self.batch.nodes.values():
            if node.label == Label.AGENCY and node.name != text and _mission_by_demonym(node.name) == wanted:
                return node
        return None

    def _named_before_brackets(self, ent: Span) -> Span | None:
        """The one body that a name and its acronym in brackets stand for, as the span to read it
        from: "the Department of Justice (DoJ)" is the body named in full (in a Philippine story, not
        the American one the gazetteer knows by the acronym), and so is "the DoJ" told after it; the
        full name is read by the acronym where only the acronym is a known body ("the Philippine
        Anti-Organized Crime Commission (PAOCC)", misnamed, is the known commission). None where
        ``ent`` is neither, or is already the span to read."""
        doc, words = self.doc, self.words
        if ent.end + 2 < len(doc) and words[ent.end] == "(" and words[ent.end + 2] == ")" \
                and doc[ent.end + 1].ent_type_ == "AGENCY" and _abbreviates(words[ent.end + 1], ent.text):
            acronym = next((e for e in self.ents if e.start == ent.end + 1), None)  # (Doc.ents builds every span again)
            known_home = "" if acronym is None else (acronym.id_.split("|") + ["", "", ""])[2]
            if acronym is not None and not _canonical(ent) and _canonical(acronym) and not _generic_agency(_canonical(acronym)) \
                    and known_home in {self._possessor(ent), _country_named_first(ent.text), self.article_country, self.dateline_country} - {""}:
                return acronym  # (not "Uganda's Criminal Investigations Directorate (CID)": read as written, the owner's)
            return None
        if len(ent) != 1 or not ent.text.isalpha() or sum(c.isupper() for c in ent.text) < 2:
            return None
        letters = ent.text.lower()
        at = next((k for k in range(2, ent.start + 1) if self.lower[k] == letters and words[k - 1] == "("
                   and k + 1 < len(doc) and words[k + 1] == ")" and doc[k - 2].ent_type_ == "AGENCY"), None)
        named = None if at is None else next((e for e in self.ents if e.end == at - 1 and e.label_ == "AGENCY"), None)
        if named is None or not _abbreviates(ent.text, named.text) or (not _canonical(named) and _canonical(ent)):
            return None
        return named

    def _agency_told(self, name: str) -> Node | None:
        """An agency of this article whose fuller name contains ``name`` as whole words: the same one."""
        wanted = f" {name.lower()} "
        found = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() != name.lower()
                 and wanted in f" {n.name.lower()} " and len(name.split()) >= 2]
        if not found and len(name.split()) >= 3:  # "Lao Cai police" after "Lao Cai provincial police"
            found = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() != name.lower()
                     and _LOCAL_RANKS.sub(" ", f" {n.name.lower()} ") == wanted]
        return found[0] if len(found) == 1 else None

    def _local_police_told(self, name: str) -> Node | None:
        """"Osaka police" and "the Osaka Prefectural Police" (either told first): one town's force under
        its plain and its full name, where the story tells of one such only. A full name that names no
        town, "the Metropolitan Police Department", is the force of a capital told plainly ("Tokyo police")."""
        full, plain = local_police_place(name), plain_police_place(name)
        if full is None and not plain:
            return None
        nodes = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() != name.lower()
                 and n.key not in self.town_bodies]  # ("Police in Lai Chau Province": named by ``placed_bodies``)
        if full is not None:
            found = [n for n in nodes if plain_police_place(n.name) in ({full} if full else _METROPOLITAN_TOWNS)]
        else:
            found = [n for n in nodes if local_police_place(n.name) == plain
                     or local_police_place(n.name) == "" and plain in _METROPOLITAN_TOWNS]
        return found[0] if len(found) == 1 else None

    def _possessor(self, ent: Span) -> str:
        doc = self.doc
        if ent.start >= 2 and self.words[ent.start - 1] in POSSESSIVE_MARKS and doc[ent.start - 2].ent_type_ in {"COUNTRY"}:
            return doc[ent.start - 2].ent_id_
        return ""

    def _owning_body_country(self, ent: Span) -> str:
        """"Kien Giang Provincial Police's Immigration Department": a unit owned by a body named
        before it in the possessive is that body's country's (its known code or the one read for it)."""
        if ent.start < 2 or self.words[ent.start - 1] not in {"'s", "’s"}:
            return ""
        owner = next((e for e in self.ents if e.end == ent.start - 1 and e.label_ == "AGENCY"), None)
        if owner is None:
            return ""
        node = self.span_node.get((owner.start, owner.end))
        country = node.properties.get("country") if node is not None else None
        return country if isinstance(country, str) and country else owner.id_.rsplit("|", 1)[-1]

    def _city_possessor(self, ent: Span) -> tuple[str, str] | None:
        """"Tokyo's Metropolitan Police Department": (the place, its country) that owns the body."""
        k = ent.start - 2
        if k < 0 or self.words[ent.start - 1] not in {"'s", "’s"} or self.doc[k].ent_type_ != "PLACE":
            return None
        place = next((e for e in self.ents if e.start <= k < e.end), None)
        if place is None:
            return None
        name = self._text(place)
        code = gz.place_countries().get(name) or gz.place_countries().get(place.ent_id_.split("|")[0])
        return (name, code) if code else None

    def _same_ministry(self, name: str, code: str) -> Node | None:
        """The ministry of this article written the other way round ("the interior ministry" /
        "Ministry of Interior"): English puts a ministry's field before its head word or after "of".
        Two such nodes of one country (a building's name and "the foreign ministry") are one: the
        first; two countries' leave it unknown."""
        wanted = _ministry_field(name)
        found = [n for n in self.batch.nodes.values() if wanted and n.label == Label.AGENCY and n.name != name
                 and _ministry_field(n.name) == wanted and (not code or n.properties.get("country") in {code, None})]
        countries = {n.properties.get("country") for n in found} - {None, ""}
        return found[0] if found and len(countries) <= 1 else None  # (two nodes of one country: the first)

    def _place_country(self, ent: Span) -> str:
        """The country of a place named inside an agency's name: "Svay Rieng provincial police"."""
        return _in_phrases(self._text(ent), gz.place_countries().get)

    def _country_in(self, ent: Span) -> str:
        places = gz.place_countries()
        for k in range(ent.start, ent.end):  # (every word of an entity has its entity type)
            if " ".join(self.words[k:k + 2]) in places:
                return places[" ".join(self.words[k:k + 2])]  # "Lao Cai provincial police": the word opens a place's
                # name (a Vietnamese province), as "British Columbia" opens the name of a Canadian body
            code = _written_country(self.words[k]) or _SHORT_COUNTRY_WORDS.get(self.words[k])
            if code:
                return code
        return _in_phrases(self._text(ent), _written_country)

    def _organizations(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event],
                       announcing: set[tuple[int, int]], ev: Evidence) -> None:
        actors = [e for e in ents if e.label_ in {"ORG", "PERSON"} and (e.start, e.end) in nodes]
        sites = [e for e in ents if e.label_ == "SITE" and (e.start, e.end) in nodes]
        for actor in actors:
            for site in sites:
                lo, hi = sorted([actor, site], key=lambda e: e.start)
                if hi.start - lo.end > 8:
                    continue
                words = set(self.lower[lo.end:hi.start])
                rel = RelType.OWNS if words & _OWN else RelType.OPERATES if words & _OPERATE else None
                if rel is not None:
                    self._edge(rel, nodes[(actor.start, actor.end)].key, nodes[(site.start, site.end)].key, ev)
        for actor in actors + [e for e in ents if e.label_ == "AGENCY" and (e.start, e.end) in nodes]:
            lead = self.lower[max(sent.start, actor.start - 3):actor.start]
            if self.sites and not sites and lead[-2:] in (["run", "by"], ["operated", "by"], ["owned", "by"], ["controlled", "by"]) \
                    and re.search(r"\bthe (compound|site|hub|building|complex|zone|casino)\b", self._text(sent), re.I):
                rel = RelType.OWNS if lead[-2] == "owned" else RelType.OPERATES
                self._edge(rel, nodes[(actor.start, actor.end)].key, self.sites[0].key, ev)  # "the compound had been run by X"
        for actor in actors:
            # "the compound's owner, Lucky Harvest Holdings": of the site the story is about
            lead = self.lower[max(sent.start, actor.start - 3):actor.start]
            if self.sites and "," in lead and ({"owner", "landlord"} & set(lead) or {"operator", "manager"} & set(lead)):
                site = nodes[(sites[0].start, sites[0].end)] if sites else self.sites[0]
                rel = RelType.OWNS if {"owner", "landlord"} & set(lead) else RelType.OPERATES
                actor_node = nodes[(actor.start, actor.end)]
                if actor.label_ == "ORG" or rel is RelType.OWNS:
                    self._edge(rel, actor_node.key, site.key, ev)
        if all(event.type != "sanction" for event in events):
            return  # (most sentences: no sanction, so no target, and no name listed before need be read)
        # "the OFAC-designated X (XA)": X, under any of its names here, was listed before, by no new act
        listed_before = {nodes[(e.start, e.end)].key for e in ents if (e.start, e.end) in nodes
                         and named_after_hyphened(self.doc, e.start, sent.start)}
        for event in events:
            if event.type != "sanction":
                continue
            for ent in ents:
                node = nodes.get((ent.start, ent.end))
                if node is not None and ent.label_ in {"ORG", "PERSON", "SITE"} and node.properties.get("role_class") not in {"official", "lawmaker", "spokesperson"} \
                        and node.properties.get("kind") != "media":  # ("..., The Irrawaddy reports": the source, no target)
                    if (ent.start, ent.end) not in announcing and node.key not in listed_before \
                            and not named_for_kin(self.lower, ent.start, ent.end, sent.start) \
                            and _word_past_comma(self.lower, ent.end) not in _ANSWERS \
                            and self.words[ent.end:ent.end + 1] not in (["'s"], ["’s"]):  # ("the brother of X", "X's firm")
                        # (nor "... a spokesperson for the Force, Major X, denied the accusations": who answers them)
                        self._edge(RelType.TARGETED, event.node.key, node.key, ev)


#: Capitals whose police a story may call by their rank alone: "the Metropolitan Police Department"
#: of Tokyo (gazetteer/metropolitan_police.tsv)
_METROPOLITAN_TOWNS = frozenset(row[0] for row in gz.rows("metropolitan_police.tsv"))


def _word_past_comma(lower: list[str], k: int) -> str:
    """The word at ``k``, or the one after it when ``k`` is a comma; "" where the text has ended."""
    k += lower[k:k + 1] == [","]
    return lower[k] if k < len(lower) else ""


#: Verbs after a person named in a sanction's sentence that make the person the one who answers it
_ANSWERS = SPEAKING | {"denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "responded", "condemned"}
#: Lower-case words for diplomatic missions before "of" and a list of countries, and the name's head.
_LISTED_MISSIONS = {"embassies": "Embassy", "embassy": "Embassy", "consulates": "Consulate", "consulate": "Consulate"}
#: Country words too short to pass for a name when looked up alone (a code must be written in
#: capitals), read as their country inside a body's name: "the Lao Ministry of Public Security".
_SHORT_COUNTRY_WORDS = {"Lao": "LA"}

#: Agencies that a country has one of, so that the dateline can say whose they are.
_NATIONAL_KINDS = {"ministry", "government", "immigration", "department"}


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """The names of the bodies the gazetteer lists (a set, tested for every agency mention)."""
    return frozenset(a.name for a in gz.known_agencies())


def _canonical(ent: Span) -> str:
    """The name the gazetteer knows a body by, or ""."""
    return ent.id_.split("|")[0]


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters are initials of ``name``'s words, in order, from its first
    significant word ("DoJ" of "the Department of Justice", "DSI" of "Department of Special
    Investigation"; not "CCOS" of "Secretariat of the Commission for Combating Online Scams")."""
    initials = [w[0].lower() for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if initials[:1] == ["t"] and name.lower().startswith("the "):
        initials = initials[1:]
    letters = acronym.lower()
    if initials[1:2] and letters[:1] == initials[1] != initials[0] and _country_named_first(name.removeprefix("the ")):
        initials = initials[1:]  # "Myanmar Border Guard Forces (BGF)": a country's name or people before the body's
    if not initials or not letters or letters[0] != initials[0]:
        return False
    k = 0
    for letter in letters:
        while k < len(initials) and initials[k] != letter:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True
