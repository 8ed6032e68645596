"""How an agency's name is written down: the gazetteer's known body behind a plural, a bare or a
country-less name; a diplomatic mission by its country's demonym; lower-case bodies title-cased.
A town's police by its full and its plain name is read in local_police.py; bodies of one name in
several countries that the gazetteer lists for one or none, in namesake_bodies.py."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S
from scamgraph.resolve import country_code, country_name, demonym, demonym_table

#: The name helpers marked with it are pure functions of the words they are given (and of the fixed
#: gazetteer): their answers are kept, since a story names the same bodies at every mention.
_kept = lru_cache(maxsize=4096)

#: Head words of bodies of different branches: a written one must be in the known body's name
_BRANCHES = {"police", "army", "navy", "ministry", "military"}


@_kept
def _known_singular(text: str) -> tuple[str, str, str] | None:
    """A known body's name written in the plural ("Border Guard Forces"): (name, kind, country)."""
    words = text.split()
    if not words or not words[-1].endswith("s") or len(words[-1]) < 4:
        return None
    singular = " ".join([*words[:-1], words[-1][:-1]]).lower().removeprefix("the ")
    return _known_forms().get(singular)


@_kept
def _known_after_country(text: str) -> tuple[str, str, str] | None:
    """A known body written after its own country's name or abbreviation ("US Office of Foreign
    Assets Control", "the Philippine Bureau of Immigration"): (name, kind, country)."""
    words = text.removeprefix("the ").split()
    for width in (1, 2):
        code = _written_country(" ".join(words[:width])) if len(words) > width + 1 else None
        found = _known_forms().get(" ".join(words[width:]).lower()) if code else None
        if found is not None and found[2] == code:
            return found
    return None


@lru_cache(maxsize=1)
def _known_forms() -> dict[str, tuple[str, str, str]]:
    """Every written form of a known agency, lower case -> (name, kind, country)."""
    return {form.lower(): (a.name, a.kind, a.country) for a in gz.known_agencies() for form in a.forms}


@_kept
def _title_case(text: str) -> str:
    """"ministry of home affairs" -> "Ministry of Home Affairs": a name's small words stay small."""
    words = text.split()
    return " ".join(w if i and w in {"of", "the", "and", "for"} else w.capitalize() for i, w in enumerate(words))


@_kept
def _singular_mission(text: str) -> str:
    """"Indian embassies in Myanmar and Thailand": one country's missions are one agency node; so is
    each country's of "the Thai and Lao foreign ministries", "the US and UK governments"."""
    head, _, last = text.rpartition(" ")
    plural = {"embassies": "embassy", "consulates": "consulate", "governments": "government",
              "ministries": "ministry"}.get(last.lower())
    if plural == "ministry" and head.lower().split()[-1:] != ["foreign"]:
        return text  # ("Thai ministries" are several)
    return f"{head} {plural}" if head and plural else text


def _country_name_width(words: list[str]) -> int:
    """How many words open ``words`` with a country's everyday name whose demonym is written
    otherwise ("Laos", "Japan", "South Korea"; not "Myanmar", "Hong Kong", nor a code such as "US"),
    or 0."""
    for width in (2, 1):
        front = " ".join(words[:width])
        if len(words) > width and all(w.istitle() and len(w) > 2 for w in words[:width]):
            code = country_code(front)
            adjective = demonym(code) if code else None  # (a people's noun is no modifier: "Hong Konger")
            if code and country_name(code) == front and adjective not in {None, front} and not adjective.endswith("er") \
                    and code not in _NAMES_AS_ADJECTIVES:
                return width
    return 0


#: Countries whose own name news writes before their bodies as often as the demonym ("Taiwan police"
#: beside "Taiwanese police"): such a body keeps the word it is written with, as the golds name it
_NAMES_AS_ADJECTIVES = frozenset({"TW"})


def _by_demonym(words: list[str]) -> str | None:
    """"Thailand's military" -> "Thai military", "Laos authorities" -> "Lao authorities": a
    country's body written with the country's possessive or name and lower-case words is named as
    the demonym form writes it, so both ways of writing it are one agency; None for any other name."""
    mark = next((k for k, w in enumerate(words) if w in POSSESSIVE_S), 0)
    rest = words[mark + 1:]
    if mark and len(rest) == 1 and rest[0].lower() in _MISSION_WORDS:
        rest = [rest[0].lower()]  # "Atlantis's Embassy": the country's embassy, as "Atlantis's embassy" is
    if not mark:  # "Laos authorities", "Japan police": the country's own name before the head
        mark = _country_name_width(words)
        rest = words[mark:]
    code = country_code(" ".join(words[:mark])) if mark and rest and all(w.islower() for w in rest) else None
    if code is None and mark and len(rest) == 1 and rest[0] in _MISSION_WORDS:
        code = gz.place_countries().get(" ".join(words[:mark]))  # "Manila's embassy": the Philippines', as a capital stands for its state
        rest = ["embassy" if rest[0] == "embassies" else rest[0]]
    body = " ".join(rest)
    body = _title_case(body) if body in gz.lower_agencies() else body  # ("China's foreign ministry": a ministry's name)
    return f"{body_adjective(code)} {body}" if code and demonym(code) else None


#: A diplomatic mission's words: a city's possessive before them names the state the mission is of
_MISSION_WORDS = frozenset({"embassy", "embassies", "consulate"})


def _headed_by(name: str, head: str) -> bool:
    """The agency's name has ``head`` for its head word: last ("Central Investigation Bureau") or
    first of its own phrase before "of" ("Bureau of Immigration", "Department of the Treasury")."""
    words = name.lower().split()
    return words[-1] == head or any(w == head and nxt == "of" for w, nxt in pairwise(words))


@_kept
def _written_country(phrase: str) -> str | None:
    """The country a phrase names; a code must be written in capitals ("US", not the "Ad" of
    "Ad Hoc Committee", which read as Andorra); one written with full stops is the same ("U.S.")."""
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", phrase):
        phrase = phrase.replace(".", "")
    if len(phrase) <= 3 and not phrase.isupper():
        return None
    if len(phrase) == 2 and phrase not in _CODES_WRITTEN:
        return None  # "BI Fugitive Search Unit": the body's acronym (the Bureau of Immigration), not Burundi
    return country_code(phrase)


#: Two-letter codes news writes for a country in a body's name ("US Treasury", "UK Foreign Office", "PH
#: Embassy"); another code in capitals there is a body's acronym that is also a country's code (a closed class).
_CODES_WRITTEN = frozenset({"US", "UK", "PH", "HK"})


#: "Embassy of India", "Consulate General of the Republic of the Philippines"
_MISSION_OF = re.compile(r"^(Embassy|Consulate(?: General)?|High Commission) of (?:the )?(.+)$")


#: "Indian Embassy", "South Korean Consulate General"
_MISSION = re.compile(r"^(.+?) (Embassy|Consulate(?: General)?|High Commission)$")


#: Countries whose demonym names their people, not their bodies: "Hong Kong police", not "Hong Konger police"
_BODY_ADJECTIVES = {"HK": "Hong Kong", "MO": "Macau", "MK": "North Macedonian", "NZ": "New Zealand"}


def body_adjective(code: str) -> str:
    """The word a country's bodies are named with: its demonym, but the place's own name where the
    demonym is a noun for its people ("Atlantis's Security Bureau" of Hong Kong is the "Hong Kong
    Security Bureau", not the "Hong Konger" one)."""
    return _BODY_ADJECTIVES.get(code) or demonym(code)


def _short_demonym(code: str) -> str:
    """"Korean Embassy" for the Republic of Korea's, as its missions write themselves (North
    Korea's keep their full demonym); otherwise the gazetteer's demonym."""
    return "Korean" if code == "KR" else demonym(code)


@_kept
def _mission_by_demonym(text: str) -> tuple[str, str] | None:
    """(mission, country code) of a diplomatic mission written "<mission> of <country>" or
    "<demonym> <mission>", so that both ways of writing one mission compare equal."""
    found = _MISSION_OF.match(text)
    if found:
        code, mission = country_code(found.group(2)), found.group(1)
    elif (found := _MISSION.match(text)) is not None:
        code, mission = country_code(found.group(1)), found.group(2)
    else:
        return None
    return (mission, code) if code else None


@_kept
def _national_form(code: str, text: str) -> str:
    """The one body the gazetteer knows for a country whose name, without the country's own
    words, is the name written: "Ministry of Public Security" for China is the "Ministry of Public
    Security of China"."""
    if not code:
        return ""
    bare = _without_country(text.lower().removeprefix("the ").strip(), _country_words(code))  # "Burma's military"
    found = _bare_forms(code).get(bare, ())
    return next(iter(found)) if len(found) == 1 else ""


@lru_cache(maxsize=64)
def _bare_forms(code: str) -> dict[str, frozenset[str]]:
    """A country's known bodies by their forms without the country's words ("ministry of public
    security" -> the Ministry of Public Security of China): worked out once per country, not for
    every agency mention."""
    country = _country_words(code)
    found: dict[str, frozenset[str]] = {}
    for agency in gz.known_agencies():
        if agency.country == code:
            for form in agency.forms:
                bare = _without_country(form.lower(), country)
                found[bare] = found.get(bare, frozenset()) | {agency.name}
    return found


@lru_cache(maxsize=64)
def _country_words(code: str) -> frozenset[str]:
    """A country's name, demonym and other names ("Burma", "Burmese" for Myanmar), lower case."""
    words = {country_name(code).lower(), demonym(code).lower()}
    for row_code, forms in gz.rows("country_aliases.tsv"):
        if row_code == code:
            words.update(form.lower() for form in forms.split("|") if len(form) > 2)
    words.update(form for form, found in demonym_table().items() if found == code)
    return frozenset(words)


def _without_country(form: str, country: set[str]) -> str:
    """"ministry of public security of china" -> "ministry of public security"; likewise a
    demonym or a possessive before it."""
    for name in country:
        for prefix in (f"{name}'s ", f"{name}’s ", f"{name} "):
            if form.startswith(prefix):
                return form[len(prefix):]
        if form.endswith(f" of {name}"):
            return form[:-len(f" of {name}")]
    return form


@_kept
def _known_by_country(code: str, kind: str, text: str) -> str:
    """"Cambodian police" -> "Cambodian National Police", when the gazetteer knows exactly one."""
    if not code or not kind or len(text.split()) > 3:
        return ""
    found = [a.name for a in gz.known_agencies() if a.country == code and a.kind == kind]
    words, last = text.lower().split(), text.lower().split()[-1]
    if len(found) != 1 or last in _BRANCHES and last not in found[0].lower().split():
        return ""  # "Chinese police" are not a Ministry of Public Security, nor an "Indian Army" an air force
    known = set(found[0].lower().split()) | _country_words(code)
    if len(words) == 3 and not set(words) - {"the"} <= known:
        return ""  # "the National Police Agency" (Korea's, Japan's) of a Cambodian story is no Cambodian National Police
    if len(words) == 2 and words[0] not in known:
        return ""  # nor is a branch named by its field ("Immigration Police") the whole force ("US prosecutors" are)
    if len(words) == 2 and words[0] in _country_words(code) and not _named_by_country(found[0], code, last):
        return ""  # "Atlantean police" where the gazetteer names that force only by its own name: as written
    return found[0]


def _named_by_country(name: str, code: str, last: str) -> bool:
    """The gazetteer names the body ``name`` "<country> <last>" among its forms ("Thai police" for
    the Royal Thai Police, so "Siamese police" too, by another word for the country): the annotators
    give a body its gazetteer name when the gazetteer's names say so, and keep the written one otherwise."""
    country = _country_words(code)
    forms = _forms_by_name().get(name, ())
    return any(len(split := form.lower().split()) == 2 and split[0] in country and split[1] == last for form in forms)


@lru_cache(maxsize=1)
def _forms_by_name() -> dict[str, tuple[str, ...]]:
    """Each known agency's name -> its written forms (the first agency of a name, as the gazetteer
    lists them), so that a lookup by name does not walk every agency."""
    found: dict[str, tuple[str, ...]] = {}
    for agency in gz.known_agencies():
        found.setdefault(agency.name, tuple(agency.forms))
    return found


def _names_the_state(piece: Span, title: list[Span]) -> bool:
    """A demonym of a title or an apposition right before a state office ("Thai Foreign Minister",
    "X, Lotlandic Ambassador to Y", "Lotlandic deputy director of immigration", "Lotlandic deputy
    National Police chief") says whose office it is, not the holder's nationality: between them
    stand only a deputy's word, one other word of the title, or the body the office is of."""
    if piece.label_ not in {"NORP", "COUNTRY"} or piece not in title:
        return False
    return any(p.label_ == "ROLE" and p.start >= piece.end and p.id_.rsplit("|", 1)[-1] in _STATE_OFFICES
               and _only_the_office_between(piece, p, title) for p in title)


#: Words of a deputy's or an acting holder's rank between a demonym and the office
_DEPUTY_RANKS = frozenset({"deputy", "vice", "assistant", "acting", "senior", "chief"})


def _only_the_office_between(piece: Span, role: Span, title: list[Span]) -> bool:
    """Between the demonym ``piece`` and ``role`` stand at most one word of the title (as before:
    "Thai Foreign | Minister"), else only words of a deputy's rank and bodies of the title."""
    if role.start - piece.end <= 1:
        return True
    bodies = {k for p in title if p.label_ == "AGENCY" for k in range(p.start, p.end)}
    doc = piece.doc
    return all(k in bodies or doc[k].lower_ in _DEPUTY_RANKS for k in range(piece.end, role.start))


#: Role classes (gazetteer/roles.tsv) of offices a state gives: a demonym before one names the state.
_STATE_OFFICES = frozenset({"official", "lawmaker", "police", "judicial", "diplomat", "spokesperson"})


#: Words every country's agencies are named with: a name made of them alone names no one country's.
_GENERIC_AGENCY_WORDS = {"department", "ministry", "bureau", "office", "of", "the", "for", "justice", "immigration",
                         "national", "assembly", "foreign", "interior", "home", "affairs", "police", "doj", "moj",
                         "agency"}


def _government_of(words: list[str]) -> str:
    """The country of "Government of Ethiopia", "Royal Government of Cambodia", "Ethiopian
    government" or "Ethiopia's government" (English names a government both ways); "" for
    any other name."""
    if words[:1] == ["royal"]:
        words = words[1:]
    if len(words) >= 3 and words[:2] == ["government", "of"]:
        return country_code(" ".join(words[2:])) or ""
    if len(words) >= 2 and words[-1] == "government":
        return country_code(" ".join(words[:-1]).removesuffix("'s").removesuffix("’s")) or ""
    return ""


@_kept
def _ministry_field(name: str) -> str:
    """"interior" of "Cambodian Interior Ministry", "Ministry of Interior", "the Ministry of the
    Interior" (a country's own word in front, or its name after the field, left out; "foreign" of
    "Ministry of Foreign Affairs" and of "the Foreign Ministry"); "" for any other name."""
    words = name.lower().removeprefix("the ").split()
    if " ".join(words) in _FOREIGN_MINISTRY_SEATS:
        return "foreign"  # "Wisma Putra said ...", then "the foreign ministry said ...": one body
    if home := _government_of(words):
        return f"government of {home}"  # "Government of Ethiopia", "the Ethiopian government": one body
    if len(words) >= 4 and country_code(" ".join(words[:2])):
        words = words[2:]  # "Sri Lankan Ministry of ..."
    elif len(words) >= 3 and country_code(words[0]):
        words = words[1:]  # "Cambodian Ministry of Interior"
    if "," in name and words[:2] == ["ministry", "of"]:
        words = " ".join(words).split(",")[0].split()  # "Ministry of Foreign Affairs, Foreign Employment and
        # Tourism": a ministry listing its portfolios is named by the first one as well
    if len(words) >= 3 and words[:2] == ["ministry", "of"]:
        field = words[3:] if words[2] == "the" else words[2:]
    elif len(words) >= 2 and words[-1] == "ministry":
        field = words[:-1]
    else:
        return ""
    if len(field) >= 3 and field[-2] == "of" and country_code(field[-1]):
        field = field[:-2]  # "Ministry of Public Security of China": the country's name after the field
    if len(field) == 2 and field[1] == "affairs":
        field = field[:1]  # "Ministry of Foreign Affairs", "the foreign ministry": "affairs" adds nothing
    return " ".join(field)


#: Buildings whose name stands for the foreign ministry they house (news writes either)
_FOREIGN_MINISTRY_SEATS = frozenset({"wisma putra"})


@_kept
def _generic_agency(text: str) -> bool:
    """A name every country's agency has ("Department of Justice", "Bureau of Immigration")."""
    return all(word in _GENERIC_AGENCY_WORDS for word in text.lower().replace(",", " ").split())


@_kept
def _agency_kind(text: str) -> str:
    """The kind of body a name's head word says ("ministry", "police"), or what a plural stands for."""
    words = text.lower().replace("’", "'").replace(" '", "'").split()  # ("Prosecutors ' Office" as tokens join)
    heads = gz.heads()
    for width in (3, 2, 1):  # ("Organized Crime Task Force": a crime task force, police; a bare "force", military)
        for i in range(len(words) - width, -1, -1):
            phrase = " ".join(words[i:i + width])
            if phrase in heads:
                return heads[phrase][1]
    for word in words:
        if word in {"authorities", "junta", "officials"}:
            return "government"  # ("Thai officials detained 100": a state's officials, as its authorities)
        if word in {"prosecutors"}:
            return "prosecution"
        if word in {"border", "guards"}:
            return "military"
    if words[-2:] == ["law", "enforcement"]:
        return "police"  # "Atlantean law enforcement": a state's police forces together
    return ""
