"""Agencies: which body an agency's name is (the gazetteer's known one, one told before in the
article, or a new one), with its canonical name and its country.

What it reads the country from lives apart: the words around the name in body_countries.py, a
bracketed acronym in bracketed_acronyms.py, diplomatic missions in mission_bodies.py, a town's
police in local_police.py, bodies of one name in several countries in namesake_bodies.py; what
organizations own or operate, and whom a sanction targets, in owners_targets.py."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.acting_bodies import ActingBodies
from scamgraph.loaders.news.agency_names import (
    _MISSION_OF,
    _agency_kind,
    _by_demonym,
    _generic_agency,
    _known_after_country,
    _known_by_country,
    _known_forms,
    _known_singular,
    _ministry_field,
    _national_form,
    _short_demonym,
    _singular_mission,
    _title_case,
    _written_country,
    body_adjective,
)
from scamgraph.loaders.news.body_countries import BodyCountries, _SHORT_COUNTRY_WORDS, _country_named_first
from scamgraph.loaders.news.bracketed_acronyms import BracketedAcronyms
from scamgraph.loaders.news.local_police import LocalPolice, _LOCAL_RANKS
from scamgraph.loaders.news.mission_bodies import MissionBodies
from scamgraph.loaders.news.missions import province_in_name
from scamgraph.loaders.news.namesake_bodies import (
    _few_countries_body,
    _homes_own,
    _named_countrys_form,
    _namesake_part,
    namesake_home,
)
from scamgraph.loaders.news.owners_targets import OwnersAndTargets
from scamgraph.loaders.news.placed_bodies import PlacedBodies
from scamgraph.model import Label, Node
from scamgraph.resolve import country_code, country_name, demonym, entity_key


class AgencyRules(ActingBodies, PlacedBodies, BracketedAcronyms, BodyCountries, MissionBodies, LocalPolice,
                  OwnersAndTargets):
    """Agency nodes: which body a name is, its canonical name and its country (owners, operators and
    sanction targets are mixed in from owners_targets.py)."""

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

    def _agency_told(self, name: str) -> Node | None:
        """An agency of this article whose fuller name contains ``name`` as whole words: the same one."""
        wanted = f" {name.lower()} "
        found = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() != name.lower()
                 and wanted in f" {n.name.lower()} " and len(name.split()) >= 2]
        if not found and len(name.split()) >= 3:  # "Lao Cai police" after "Lao Cai provincial police"
            found = [n for n in self.batch.nodes.values() if n.label == Label.AGENCY and n.name.lower() != name.lower()
                     and _LOCAL_RANKS.sub(" ", f" {n.name.lower()} ") == wanted]
        return found[0] if len(found) == 1 else None

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


#: Agencies that a country has one of, so that the dateline can say whose they are.
_NATIONAL_KINDS = {"ministry", "government", "immigration", "department"}


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """The names of the bodies the gazetteer lists (a set, tested for every agency mention)."""
    return frozenset(a.name for a in gz.known_agencies())
