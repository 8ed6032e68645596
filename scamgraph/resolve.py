"""Normalization that makes the same entity meet itself across reports. Pure.

Countries: what a report says ("South Korean", "Laos", "KR") becomes an ISO 3166 alpha-2 code,
from pycountry plus the team's gazetteer of demonyms and everyday country names.

Entities: ``entity_key(label, name)`` is the key every loader gives a node, so that the same
person, company or agency named in a news article, a JSON report and a FollowTheMoney stream
becomes one node. It folds only what cannot tell two entities apart: case, accents, punctuation,
hyphens in romanized names ("Kim Seok-ki" = "Kim Seok Ki"), titles before a person's name,
legal-form suffixes of companies, and the short forms of known agencies ("KNPA"). Anything
looser is a *candidate* for a person to decide (``candidates``), never a silent merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from scamgraph.model import Label, make_key, slugify

__all__ = ["country_code", "demonym_table", "demonym", "country_name", "entity_key", "Candidate", "candidates"]

#: The roles.tsv classes whose forms are titles a name may open with ("Commissioner", "Senator").
_TITLE_CLASSES = frozenset({"official", "lawmaker", "police", "military", "judicial", "diplomat", "spokesperson"})
_LEGAL_FORMS = re.compile(
    r"[\s,]+(?:co\.?,?\s*ltd\.?|company\s+limited|co\.?|ltd\.?|limited|inc\.?|incorporated|corp\.?|"
    r"corporation|llc|l\.l\.c\.|plc|pte\.?\s*ltd\.?|pte\.?|sdn\.?\s*bhd\.?|bhd\.?|gmbh|s\.a\.|jsc|pjsc)$",
    re.I)


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    """The titles a person's name may open with, compiled once from the gazetteer: any run of
    qualifiers and demonyms, each run ending in a title ("Immigration Commissioner", "Thai Police
    Lt. Gen."). What is left must be a name: a name that is all title keeps its words."""
    from scamgraph.gazetteer import roles, rows

    titles = {form for form, (_, cls) in roles().items() if cls in _TITLE_CLASSES}
    titles |= {form for form, kind in rows("name_titles.tsv") if kind == "honorific"}
    qualifiers = {form for form, kind in rows("name_titles.tsv") if kind == "qualifier"} | set(demonym_table())

    def alternation(forms: set[str]) -> str:
        ordered = sorted(forms, key=lambda f: (-len(f), f))  # the longest form first
        return "|".join(re.escape(f.rstrip(".")).replace(r"\ ", r"\s+") for f in ordered)

    run = rf"(?:(?:{alternation(qualifiers)})\s+)*(?:{alternation(titles)})\.?\s+"
    return re.compile(rf"^(?:{run})+", re.IGNORECASE)


def _gazetteer_rows(name: str) -> list[tuple[str, list[str]]]:
    """(code, forms) rows of a two-column gazetteer file (the loaders' reader, which caches)."""
    from scamgraph.gazetteer import rows

    return [(code, [f.strip() for f in forms.split("|") if f.strip()]) for code, forms in rows(name)]


@lru_cache(maxsize=1)
def demonym_table() -> dict[str, str]:
    """Lower-cased demonym -> ISO code, e.g. ``{"south korean": "KR", "filipinos": "PH"}``."""
    return {form.casefold(): code for code, forms in _gazetteer_rows("demonyms.tsv") for form in forms}


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[value.casefold()] = country.alpha_2
    for code, forms in _gazetteer_rows("country_aliases.tsv"):
        for form in forms:
            table[form.casefold()] = code
    return table


@lru_cache(maxsize=16384)
def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 code for a country name, demonym or code; None when unknown (kept per
    text: the news reader asks for every mention of a place or people).

    >>> country_code("South Korean"), country_code("Laos"), country_code("kh"), country_code("Atlantis")
    ('KR', 'LA', 'KH', None)
    """
    value = " ".join(text.split()).strip(" .,;:").casefold()
    if not value:
        return None
    if len(value) == 2 and value.isalpha():
        found = pycountry.countries.get(alpha_2=value.upper())
        return found.alpha_2 if found else None
    return demonym_table().get(value) or _country_table().get(value)


@cache
def _first_form(file: str, code: str) -> str:
    """The first form a gazetteer file gives for an ISO code, or "" when it has none (the files
    are read once per process, so the answer is kept: the news reader asks for each country it names)."""
    return next((forms[0] for iso, forms in _gazetteer_rows(file) if iso == code.upper()), "")


def place_country(name: str) -> str | None:
    """The ISO code of the country a place or country name is in: ``"Busan"`` -> ``"KR"``.

    >>> place_country("Busan"), place_country("Cambodia"), place_country("Atlantis")
    ('KR', 'KH', None)
    """
    from scamgraph.gazetteer import place_countries

    return country_code(name) or place_countries().get(name)


@lru_cache(maxsize=1024)
def demonym(code: str) -> str:
    """The adjective for a country code, the gazetteer's first form (kept per code, as country_name).

    >>> demonym("KR"), demonym("AQ")
    ('South Korean', 'Antarctica')
    """
    return _first_form("demonyms.tsv", code) or country_name(code)


@lru_cache(maxsize=1024)
def country_name(code: str) -> str:
    """Display name for an ISO code: the everyday name where ISO's is formal (kept per code:
    pycountry's look-up is slow, and the news reader asks again at every mention of a country).

    >>> country_name("KR"), country_name("KH")
    ('South Korea', 'Cambodia')
    """
    everyday = _first_form("country_aliases.tsv", code)
    if everyday:
        return everyday
    found = pycountry.countries.get(alpha_2=code.upper())
    return getattr(found, "common_name", None) or (found.name if found else code.upper())


@lru_cache(maxsize=1)
def _agency_forms() -> dict[str, str]:
    from scamgraph.gazetteer import known_agencies

    return {form.casefold(): agency.name for agency in known_agencies() for form in agency.forms}


@lru_cache(maxsize=16384)
def entity_key(label: Label | str, name: str) -> str:
    """The key a loader gives an entity: the same for every way of writing the same one (kept per
    name: a report names the same entities again and again, and the gazetteers it reads are fixed).

    >>> entity_key("Person", "Gen. Kim Seok Ki"), entity_key("Person", "kim seok-ki")
    ('person:kim-seok-ki', 'person:kim-seok-ki')
    >>> entity_key("Organization", "Golden Fortune Holdings Co., Ltd."), entity_key("Agency", "KNPA")
    ('organization:golden-fortune-holdings', 'agency:korean-national-police-agency')
    >>> entity_key("Location", "Burma")
    'location:myanmar'
    """
    label = Label(label)
    text = " ".join(name.split())
    if label is Label.PERSON:
        text = _titles().sub("", text) or text
    elif label is Label.ORGANIZATION:
        while True:
            shorter = _LEGAL_FORMS.sub("", text)
            if shorter == text or not shorter:
                break
            text = shorter
    elif label is Label.AGENCY:
        text = _agency_forms().get(text.casefold(), text)
    elif label is Label.LOCATION:
        code = country_code(text)
        if code and len(text) > 2:
            text = country_name(code)
    return make_key(label, text)


@dataclass(frozen=True)
class Candidate:
    """Two nodes that may be one entity, with the score that says how alike their names are."""

    left: str
    right: str
    score: float
    reason: str


def candidates(names: dict[str, tuple[str, str]], threshold: float = 85.0) -> list[Candidate]:
    """Pairs of same-label nodes whose names are alike but whose keys differ, best first.

    ``names`` maps node key -> (label, name). Blocking on a shared name token keeps this near
    linear. Names that differ in one word of two or three ("Golden Fortune Holdings" / "Golden
    Fortune Trading") score below the default threshold; two people who share only a family name
    ("Kim Tae-hoon" / "Kim Jun-seo") score far below it.
    """
    from rapidfuzz import fuzz

    blocks: dict[tuple[str, str], set[str]] = {}
    for key, (label, name) in names.items():
        for token in slugify(name).split("-"):
            if len(token) > 2:
                blocks.setdefault((label, token), set()).add(key)
    seen: set[tuple[str, str]] = set()
    found: list[Candidate] = []
    for (label, token), keys in blocks.items():
        if len(keys) > 200:
            continue  # a token shared by hundreds ("group", "police") says nothing
        for left, right in _pairs(sorted(keys)):
            if (left, right) in seen:
                continue
            seen.add((left, right))
            a, b = slugify(names[left][1]).replace("-", " "), slugify(names[right][1]).replace("-", " ")
            # word order ("Zhi Chen") and spacing ("Kok Seng" / "Kokseng") should not hide a match
            score = max(fuzz.token_sort_ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))
            if score >= threshold:
                found.append(Candidate(left, right, round(score, 1), f"{label} names {score:.0f}% alike"))
    return sorted(found, key=lambda c: (-c.score, c.left, c.right))


def _pairs(keys: list[str]) -> Iterable[tuple[str, str]]:
    for i, left in enumerate(keys):
        for right in keys[i + 1:]:
            yield left, right
