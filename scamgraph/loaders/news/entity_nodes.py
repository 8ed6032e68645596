"""How a name the name finder marked becomes a node (``EntityNodes._entity_node``), or none: a
dateline's place, a nickname, an operation's code name, a country that stands for its people or its
government, a maker's name before a vehicle, a title, a model or a register taken for a body. Apart
from ``reader.py``, which walks the sentences and hands each its names' nodes."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.aliases import after_alias_word
from scamgraph.loaders.news.compound_countries import brings_its_people_back
from scamgraph.loaders.news.courts import court_district
from scamgraph.loaders.news.false_identities import in_a_false_identity
from scamgraph.loaders.news.impersonated import impersonated
from scamgraph.loaders.news.mention_text import kind_written_out
from scamgraph.loaders.news.name_words import a_persons_name_again
from scamgraph.loaders.news.nationalities import NationalityRules
from scamgraph.loaders.news.open_questions import in_open_question
from scamgraph.loaders.news.places import _country_node
from scamgraph.loaders.news.possessed_people import owned_people_after
from scamgraph.loaders.news.scam_owners import detention_site
from scamgraph.loaders.news.seats import seat_acting
from scamgraph.loaders.news.words import _COUNTRY_NAMES, _PEOPLE_WORDS, _THING_HEADS, CURRENCIES
from scamgraph.loaders.nlp.carriers import CARRIER_WORDS
from scamgraph.loaders.nlp.outlets import credited_publisher
from scamgraph.loaders.nlp.vocabulary import FLIGHT_WORDS
from scamgraph.model import Label, Node
from scamgraph.resolve import country_code, entity_key


class EntityNodes(NationalityRules):
    """Makes the node each name of a sentence stands for."""

    posing: bool  # (set as the reader starts: whether the story has a verb of pretence)
    faking: bool  # (and a word of faking)

    def _entity_node(self, ent: Span) -> Node | None:
        label, ident = ent.label_, ent.id_  # (the display name is read only for the labels that use it)
        node: Node | None = None
        if label in {"PLACE", "COUNTRY"} and self.dateline[0] <= self.idx[ent.start] < self.dateline[1]:
            return None  # "MANILA, Philippines —": where the story was filed from, no place of the story
        if label in {"PLACE", "COUNTRY", "NORP"} and after_alias_word(self.lower, ent.start):
            return None  # 'alias "Lao Fan"', 'alias "Jordan"': a nickname, no place or people
        if label == "PERSON" and _an_operations_name(self.lower, ent.start):
            return None  # "The operation, named Ironclad II, ran ...": a police operation's code name
        if label == "PERSON":
            node = self._person(ent)  # type: ignore[attr-defined]
        elif label == "COUNTRY":
            doc = self.doc
            owns_agency = self._owns_agency(ent)  # type: ignore[attr-defined]
            if ent.start in self.listed_people or ent.start >= 2 and self.lower[ent.start - 1] == "from" \
                    and doc[ent.start - 2].ent_type_ == "PERSON" or _counted_in_brackets(self.words, self.like_num, ent.end) \
                    and not _listed_in_brackets_after(self.lower, doc, ent.start) or self._held_state(ent):  # type: ignore[attr-defined]
                node = self._nationality(ident)  # "57 people from China, Vietnam and Laos", "Peter Okoro from Kenya",
                # "Ethiopia (95), Kenya (31)": each country's people, counted; "holds Vanuatu citizenship"
            elif brings_its_people_back(self.lower, ent.start, ent.end, doc):
                node = self._nationality(ident)  # "Atlantis and Borduria brought their citizens home": their people
            elif owns_agency:
                node = None  # "Indonesia's Foreign Ministry": the agency carries the country
            elif ent.start >= 2 and self.lower[ent.start - 1] == "of" and doc[ent.start - 2].ent_type_ == "ROLE":
                node = None  # "the Ambassador of India to Laos": whose office, no place of the story
            elif self.posing and in_a_false_identity(self.lower, ent.start, 0):
                node = None  # "posing as students in Japan and France": the mask's places, not the story's
            elif (mission := self._listed_mission(ent)) is not None:  # type: ignore[attr-defined]
                node = mission  # "the embassies of Kenya, Nepal and Liberia": three embassies
            elif ent.end < len(doc) and self.lower[ent.end] in CURRENCIES:
                node = None  # "billions of U.S. dollars": a currency, not a place of the story
            elif ent.end < len(doc) and self.words[ent.end] in _NAMED_AFTER_A_COUNTRY:
                node = None  # "protested in China Town, Sihanoukville": a quarter named after the country
            elif self._actor_country(ent):  # type: ignore[attr-defined]
                node = None  # "in cooperation with China": a government acting, not a place of the story
            elif self.lower[ent.start] == "america" and ent.start > 0 and self.lower[ent.start - 1] in _CONTINENT_PARTS:
                node = None  # "Latin America", "South America": a part of the world, not the United States
            elif not (ent.end < len(doc) and self.lower[ent.end] in _PEOPLE_WORDS) \
                    and owned_people_after(self.words, self.lower, self.like_num, ent.end, len(doc)) < 0:
                node = self._add(_country_node(ident))  # (not "Zorvania's citizens": whose people, no place)
            else:
                node = self._nationality(ident)
        elif label == "NORP":
            if self.posing and in_a_false_identity(self.lower, ent.start, 0) \
                    or ent.start > 0 and self.lower[ent.start - 1] == "any" and in_open_question(self.lower, ent.start):
                node = None  # "posed as a Zorvanian citizen": the mask's people; "checking whether any
                # Zorvanians were among the victims": people asked about, not told of
            elif ent.end < len(self.doc) and self.lower[ent.end] in CURRENCIES:
                node = None  # "Thai Baht notes", "Chinese Yuan": a currency, as after a country's name above
            elif ent.end < len(self.doc) and self.lower[ent.end] in _FIELDS and self.words[ent.end].istitle():
                node = None  # "a lecturer in Chinese Studies", "Khmer Language": a field of study, no people
            elif self.lower[ent.end:ent.end + 2] == ["new", "year"]:
                node = None  # "before Chinese New Year", "over Khmer New Year": a holiday, no people
            elif self._is_people_modifier(ent) or ent.start in self.listed_people and self._homeland(ent) \
                    or self._held_state(ent):  # type: ignore[attr-defined]  # ("hold Cambodian and Maltese citizenship")
                node = self._nationality(ident)
            elif country_code(self._text(ent)) == ident and self._text(ent).lower() in _COUNTRY_NAMES:
                node = self._add(_country_node(ident))  # "Myanmar" is a demonym and a country
        elif label == "PLACE" and (held := self._held_state(ent)):  # type: ignore[attr-defined]
            node = self._nationality(held)  # "holds Macau citizenship": a city-state's people, no place
        elif label == "PLACE" and self._owns_agency(ent):  # type: ignore[attr-defined]
            node = None  # "Beijing's Ministry of Public Security": the agency carries the place
        elif label == "PLACE" and seat_acting(self.lower, ent.start, ent.end):
            node = None  # "Beijing has cancelled their passports": the government, not a place
        elif label == "PLACE" and self.posing and in_a_false_identity(self.lower, ent.start, 0):
            node = None  # "posing as a designer living in Paris": a place of the mask
        elif label == "PLACE" and court_district(self.lower, ent.start):
            node = None  # "indicted in the Southern District of Zembla": the court's district, no place
        elif label == "PLACE" and a_persons_name_again(self.words, self.lower, ent.start, ent.end, self.person_tokens,
                                                       gz.place_kinds()):
            node = None  # "while Vesterby was held" after "Rolf Vesterby": the person again, not a town
        elif label == "PLACE" and _counted_in_brackets(self.words, self.like_num, ent.end) \
                and country_code(self._name_of(ent)) and _country_listed_before(self.doc, ent.start):
            # "12 people from China (nine) and Singapore (three)": a city-state listed as a country, counted
            node = self._nationality(country_code(self._name_of(ent)) or "")
        elif label == "PLACE" and ent.end < len(self.lower) and self.lower[ent.end] in _VEHICLES:
            node = None  # "stopped a Toyota pickup": a maker's name, no town in Japan
        elif label == "PLACE" and self.lower[ent.start] in _PEOPLES_STATES and ent.end - ent.start == 1 \
                and ent.end < len(self.lower) and self.lower[ent.end] in _PEOPLES_MEMBERS:
            node = None  # "a Karen militia chief", "Kachin rebels": the people, not their state
        elif label == "PLACE":
            canonical, kind, code = (ident.split("|") + ["", "", ""])[:3]
            stated = self._stated_kind(ent)  # type: ignore[attr-defined]
            if stated == "city" and kind == "area":
                canonical = f"{canonical or self._name_of(ent)} City"  # "Bokor City": a town, not the Bokor area
            kind = stated or kind
            node = self._add(Node(Label.LOCATION, _spelled_out(canonical or self._name_of(ent)),
                                  properties={"kind": kind, "country": code or None}))
        elif label == "AGENCY" and self._text(ent).lower().removeprefix("the ") in gz.roles():
            node = None  # "R. Mohan, Additional Director General of Police, said": a title, no body
        elif label == "AGENCY" and not (ent.end < len(self.lower) and self.lower[ent.end] in _THING_HEADS) \
                and self.lower[ent.end + 1:ent.end + 2] != ["base"] \
                and not (self.faking and impersonated(self.lower, ent.start)) and not _gathering(self.lower, ent.end) \
                and not _wanting(self.lower, ent.start):
            node = self._agency(ent)  # type: ignore[attr-defined]  # (not "Chinese police uniforms": a thing; not "a fake X police station";
            # not "the absence of a Kyrgyz consulate": a body the place lacks; nor "a US military air base")
        elif label == "ORG" and self._legal_form_of_the_name_before(ent):
            node = None  # the "Ltd" of "X Co., Ltd": part of the company's name, no company of its own
        elif label == "ORG" and ent.end < len(self.lower) and (self.lower[ent.end] in _PERFORMERS or self.lower[ent.end]
                                                               in _CRAFT and self.lower[ent.end - 1] not in _CARRIERS):
            node = None  # "a Chinese TV host", "the Thai pop star": what the person does, no outlet or company;
            # "the TNI-AU Hercules aircraft": a machine's make or model
        elif label == "ORG" and ident.endswith("|media|") and credited_publisher(self.words, ent.start, ent.end):
            node = None  # "(Wire via Atlantis Times) Police raided ...": the publisher's credit, no source cited
        elif label == "ORG" and _no_body((ident.split("|") + [""])[0] or self._name_of(ent)):
            node = None  # "two C-130J aircraft", "the Exit Control List (ECL)": a model or a register
        elif label == "ORG" and not ident.endswith("|media|") \
                and _a_procedure((ident.split("|") + [""])[0] or self._name_of(ent)):
            node = None  # "screened under the National Referral Mechanism (NRM)": a procedure, no body
        elif label == "ORG":
            canonical, kind, _ = (ident.split("|") + ["", "", ""])[:3]
            # "CIDG" after "Criminal Investigation and Detection Group (CIDG)". The key drops a legal form, so
            # "Harbour Telecom Inc." and a later "Harbour Telecom" are one company, named as first written.
            text = canonical or self._name_of(self._with_legal_form_after(ent))
            text = _past_the_cut(text)  # "POGO)-operated Zun Yuan Technology": the name after the cut
            if kind == "media" and ent.end - ent.start == 2 and self.words[ent.start] == "The":
                text = f"The {text}"  # a one-word masthead with its article: "The Guardian", "The Diplomat"
            node = self._add(Node(Label.ORGANIZATION, text, key=entity_key(Label.ORGANIZATION, text),
                                  properties={"kind": kind or None}))
        elif label == "SITE" and self._bodys_district(ent):
            node = None  # "the FIA Multan Zone arrested": a command area of the body, no scam site
        elif label == "SITE":
            node = self._add(Node(Label.SITE, _spelled_out(ident.split("|")[0] or self._name_of(ent))))  # "SEZ" after "... Zone (SEZ)"
            if node not in self.sites and not detention_site(node):  # (a detention centre runs no scams)
                self.sites.append(node)
        elif label == "SCAM" and not in_open_question(self.lower, ent.start):
            node = self._add(Node(Label.SCAM_TYPE, ident or self._name_of(ent).lower()))
        if node is not None:
            self.span_node[(ent.start, ent.end)] = node
        return node

    def _bodys_district(self, ent: Span) -> bool:
        """A site's name that ends in "Zone" or "Region" right after a body's name (or its acronym in
        brackets): "the Federal Investigation Agency (FIA) Multan Zone", a unit of the body."""
        if self.words[ent.end - 1] not in {"Zone", "Region", "Circle", "Range"}:
            return False
        k = ent.start
        if k >= 3 and self.words[k - 1] == ")" and self.words[k - 3] == "(":
            k -= 3
        return any(e.end == k and e.label_ == "AGENCY" for e in self.ents)

    def _legal_form_of_the_name_before(self, ent: Span) -> bool:
        """The mention is the second part of a legal form ("Ltd" after "X Co.,")."""
        start = ent.start
        return ent.end - start == 1 and self.lower[start].rstrip(".") in _LEGAL_FORMS and start > 1 \
            and self.words[start - 1] == "," and self.lower[start - 2].rstrip(".") in _LEGAL_FORM_OPENINGS

    def _with_legal_form_after(self, ent: Span) -> Span:
        """"Harbour Telecom Co., Ltd": the name stops at "Co." before the comma; the second part of
        the legal form after it belongs to the name as written."""
        end = ent.end
        if end + 1 < len(self.doc) and self.words[end] == "," and self.lower[end - 1].rstrip(".") in _LEGAL_FORM_OPENINGS \
                and self.lower[end + 1].rstrip(".") in _LEGAL_FORMS:
            return self.doc[ent.start:end + 2]
        return ent


#: People known for a medium, after its name as a description: "a Chinese TV host"
_PERFORMERS = frozenset({"host", "hosts", "actor", "actors", "actress", "star", "stars", "presenter", "anchor",
                         "singer", "celebrity", "personality", "influencer", "streamer"})
#: Nouns of a craft after its make or model: "the Air Force Hercules aircraft", "a Boeing jet"
_CRAFT = FLIGHT_WORDS - {"flight", "flights"} | {"airplane", "airliner", "helicopter", "helicopters", "vessel", "ship",
                                                  "boat"}
#: Last words of a carrier's name, which stays a company before its craft ("a China Southern Airlines plane")
_CARRIERS = CARRIER_WORDS | {"aviation", "cargo", "lines", "shipping"}
#: Last words of a register a state keeps, which names no body: "Exit Control List", "Travel Ban Register"
_REGISTERS = frozenset({"list", "register", "registry", "blacklist", "watchlist", "database"})
#: Last words of a procedure or a paper that a writer defines with its initials as if it were a body
#: ("the National Referral Mechanism (NRM)", "a First Information Report (FIR)"); an outlet's masthead
#: ending in "Report" stays an outlet
_PROCEDURES = frozenset({"mechanism", "mechanisms", "report", "reports"})
#: An aircraft's or a machine's model: "C-130J", "IL-76", "Ilyushin)-76" (a bracket the name finder split)
_MODEL = re.compile(r"[A-Z][A-Za-z]*\)?-?\d+[A-Z]?")


#: A name's words up to a closing bracket with no opening one, and the lower-case words after it
_CUT_AT_A_BRACKET = re.compile(r"^.*\)-?(?:[a-z]+\s+)*")


def _past_the_cut(name: str) -> str:
    """The name past a bracket the name finder split it at ("POGO)-operated X Technology": "X
    Technology"); the name itself where it holds no such bracket."""
    return _CUT_AT_A_BRACKET.sub("", name) if ")" in name and "(" not in name else name


def _no_body(name: str) -> bool:
    """A name the name finder took for an organization that names none: a model (or one and its
    maker's byname: "C-130J Super Hercules"), a register, a currency ("US$"), or no capitalized
    word past a bracket it was cut at ("Ilyushin)-76")."""
    first = name.split()[0]
    if name.endswith("$"):
        return True  # "paid the gang US$9,000": a currency's sign
    return bool(_MODEL.fullmatch(name)) or "-" in first and bool(_MODEL.fullmatch(first)) \
        or not any(w[:1].isupper() for w in _past_the_cut(name).split()) or name.split()[-1].lower() in _REGISTERS


def _a_procedure(name: str) -> bool:
    """A name the name finder took for an organization that ends in a procedure's or a paper's word
    ("Mechanism", "Report"): victims are screened under it and complaints are filed as it, but no
    company, group or NGO is named so, and the golds never hold one."""
    return name.split()[-1].lower() in _PROCEDURES


#: A company's legal form, and the first words of a two-part one ("Co., Ltd", "Pte. Ltd.")
_LEGAL_FORMS = frozenset({"inc", "ltd", "limited", "llc", "plc"})
_LEGAL_FORM_OPENINGS = frozenset({"co", "corp", "pte"})


#: Words after a body's name that make the whole the name of its gathering: "the ASEAN Summit"
_GATHERINGS = frozenset({"summit", "summits", "conference", "congress", "convention"})
#: Words after "member" that make a body's name the name of its members: "ASEAN Member States"
_MEMBERS = frozenset({"states", "countries", "nations", "governments"})


def _listed_in_brackets_after(lower: list[str], doc: Doc, start: int) -> bool:
    """"rescued in Thailand, Laos (31) and Myanmar (six)": the country at ``start`` is an item of a
    list of places with counts in brackets that "in" (or "across", "within") opens: where people
    were, not who they are (unlike "Ethiopia (95), Kenya (31)" after "from")."""
    k = start - 1
    while k >= 0 and (doc[k].ent_type_ in {"COUNTRY", "NORP"} or lower[k] in {",", "and", "(", ")"} or doc[k].like_num):
        k -= 1
    return k >= 0 and lower[k] in {"in", "across", "within", "throughout"}


def _wanting(lower: list[str], start: int) -> bool:
    """"in the absence of a Kyrgyz consulate", "the lack of a Nepali embassy": a body
    that is not there."""
    k = start - 1 if start > 0 and lower[start - 1] in {"the", "a", "an", "any"} else start
    return k >= 2 and lower[k - 1] == "of" and lower[k - 2] in {"absence", "lack"}


def _gathering(lower: list[str], end: int) -> bool:
    """"ahead of the ASEAN Summit", "engage with the ASEAN Member States": the body's name
    qualifies its meeting or its member states, which act or meet; the body itself does nothing
    in the story there."""
    if end >= len(lower):
        return False
    return lower[end] in _GATHERINGS or lower[end] == "member" and end + 1 < len(lower) and lower[end + 1] in _MEMBERS


#: Vehicles a maker's name before them names: "a Toyota pickup", "an Isuzu van"
_VEHICLES = frozenset({"pickup", "pick-up", "van", "vans", "truck", "trucks", "car", "cars", "sedan", "suv", "minivan",
                       "vehicle", "vehicles", "bus", "motorcycle", "lorry", "hilux", "fortuner", "camry"})
#: States named after the people who live there, and words that make the name the people's
_PEOPLES_STATES = frozenset({"karen", "kayin", "kachin", "shan", "mon", "wa", "chin", "rakhine", "kayah", "karenni"})
_PEOPLES_MEMBERS = frozenset({"militia", "militias", "rebel", "rebels", "insurgents", "insurgent", "fighters",
                              "guerrillas", "armed", "ethnic", "villagers", "people", "community", "communities",
                              "refugees", "minority", "warlord", "warlords", "leaders", "leader"})
#: Fields of study a people's name opens: "Chinese Studies", "Thai Language and Literature"
_FIELDS = frozenset({"studies", "language", "languages", "literature", "history", "linguistics"})
#: Words that make "America" a continent or a part of one rather than the United States.
_CONTINENT_PARTS = frozenset({"latin", "south", "north", "central"})
#: Capitalized words after a country's name that make the two a quarter's or a street's name ("China Town")
_NAMED_AFTER_A_COUNTRY = frozenset({"Town", "Street", "Road", "Square", "Village", "Market", "Plaza"})


def _spelled_out(name: str) -> str:
    """"Golden Triangle SEZ" is the "Golden Triangle Special Economic Zone", "Brgy. San Isidro" is
    "Barangay San Isidro": a name with its kind's usual abbreviation written out, so both writings
    are one site or place."""
    name = kind_written_out(name)
    return name[:-3] + "Special Economic Zone" if name.endswith(" SEZ") else name


def _country_listed_before(doc: Doc, start: int) -> bool:
    """A country named just before, in the same list ("China (nine) and | Singapore (three)")."""
    return any(doc[k].ent_type_ == "COUNTRY" for k in range(max(0, start - 5), start))


def _counted_in_brackets(words: list[str], like_num: list[bool], end: int) -> bool:
    """A number in brackets right after a country's name ("Ethiopia (95), Kenya (31)"): the
    country's people counted, in a list by nationality."""
    return end + 2 < len(words) and words[end] == "(" and like_num[end + 1] and words[end + 2] == ")"


#: Words that give an operation's code name after it: "the operation, named Ironclad II"
_CODE_NAMING = frozenset({"named", "dubbed", "called", "codenamed", "code-named"})


def _an_operations_name(lower: list[str], start: int) -> bool:
    """The name at ``start`` follows "operation(s)" and a word of naming ("The operation, named
    Ironclad II, ran ...", "an operation dubbed Jackal III"), or "Operation" itself: the operation's
    code name, no person."""
    k = start - 1
    if k >= 0 and lower[k] in _CODE_NAMING:
        k -= 1
        if k >= 0 and lower[k] == ",":
            k -= 1
    else:
        return k >= 0 and lower[k] == "operation"  # ("Head of Fraud Operations Dale Ketter": a title)
    return k >= 0 and lower[k] in {"operation", "operations"}
