"""Data files the loaders compile into matchers: facts only, written by the team.

Each ``*.tsv`` file starts with ``#`` comment lines that say what its columns mean. This module
reads them once per process into plain tables; the news pipeline (``loaders/nlp/``) turns the
tables into spaCy patterns. Country codes and names come from pycountry (``scamgraph.resolve``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "rows",
    "Place",
    "places",
    "KnownAgency",
    "known_agencies",
    "heads",
    "site_heads",
    "roles",
    "forms_table",
    "surnames",
    "people_nouns",
    "airports",
]


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a gazetteer file, comments and blank lines skipped; read once."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return tuple(
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _forms(cell: str) -> list[str]:
    """The forms of a cell; a form with an apostrophe is also written with the typographic one
    ("chargé d'affaires", "chargé d’affaires"), as news pages print it."""
    forms = [f.strip() for f in cell.split("|") if f.strip()]
    return forms + [f.replace("'", "’") for f in forms if "'" in f]


@dataclass(frozen=True)
class Place:
    """A place name as written, what it is, and where (``country`` is ISO alpha-2 or empty)."""

    name: str
    canonical: str
    kind: str  # country, province, city, town, district, area
    country: str


#: Countries whose chartered cities carry "City" in the list's name but are as often written
#: without it ("Velmora City" and "a call centre in Velmora"): the short form is the same city,
#: where no other place or family name is written so.
_CITY_WORD_COUNTRIES = frozenset({"PH"})


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Provinces, towns and cities (not countries: those come from pycountry and the aliases)."""
    found: dict[str, Place] = {}
    for code, forms in rows("provinces.tsv"):
        for form in _forms(forms):
            found.setdefault(form, Place(form, form, "province", code))
    for name, forms, kind, code in rows("places.tsv"):
        for form in _forms(forms):
            found[form] = Place(form, name, kind, "" if code == "-" else code)
    biggest: dict[str, tuple[int, str]] = {}  # a name two countries' towns share is the more populous one's
    for name, code, population in rows("cities.tsv"):  # ("Taoyuan": Taiwan's city, not a Chinese town)
        if name not in biggest or int(population) > biggest[name][0]:
            biggest[name] = (int(population), code)
    for name, (_population, code) in biggest.items():
        found.setdefault(name, Place(name, name, "city", code))
    for name, (_population, code) in biggest.items():  # "a hub in Velmora": the chartered "Velmora City"
        short = name.removesuffix(" City")
        if short != name and code in _CITY_WORD_COUNTRIES and short not in found and short not in surnames():
            found[short] = Place(short, short, "city", code)
    for (name,) in rows("not_places.tsv"):
        found.pop(name, None)
    return tuple(found.values())


@lru_cache(maxsize=1)
def city_namesakes() -> dict[str, frozenset[str]]:
    """Town names that towns of two countries or more share, each with those countries' codes
    ("San Juan": Argentina, the Philippines, Puerto Rico); ``places`` gives each the more populous."""
    codes: dict[str, set[str]] = {}
    for name, code, _population in rows("cities.tsv"):
        codes.setdefault(name, set()).add(code)
    return {name: frozenset(found) for name, found in codes.items() if len(found) >= 2}


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Every town of the generated city list, also where a province of that name wins in ``places``
    ("Incheon", "Hai Phong": a metropolitan city that is a province of its own)."""
    return frozenset(name for name, _code, _population in rows("cities.tsv"))


@lru_cache(maxsize=1)
def city_list_names() -> frozenset[str]:
    """Names only the generated city list knows (not a province or a curated place): the ones
    that may be a part of a person's name ("Ramon", "Liang") rather than a town."""
    curated = {form for _code, forms in rows("provinces.tsv") for form in _forms(forms)}
    curated |= {form for _name, forms, _kind, _code in rows("places.tsv") for form in _forms(forms)}
    return frozenset(name for name, _code, _pop in rows("cities.tsv") if name not in curated)


@lru_cache(maxsize=1)
def landmark_heads() -> dict[str, str]:
    """Lower-cased last word(s) of a landmark's name -> its kind."""
    return {head: kind for head, kind in rows("landmark_heads.tsv")}


@lru_cache(maxsize=1)
def airports() -> dict[str, str]:
    """An airport's name before "(International) Airport", lower case -> the country it stands in."""
    return {name: code for name, code in rows("airports.tsv")}


@lru_cache(maxsize=1)
def landmark_prefixes() -> dict[str, tuple[str, str]]:
    """First word of a sub-town place's name, as written -> (its kind, its country or "")."""
    return {prefix: (kind, "" if code == "-" else code) for prefix, kind, code in rows("landmark_prefixes.tsv")}


@lru_cache(maxsize=1)
def place_countries() -> dict[str, str]:
    """Place name (as written) -> ISO alpha-2 of its country, for places the gazetteer places."""
    return {p.name: p.country for p in places() if p.country}


@dataclass(frozen=True)
class KnownAgency:
    name: str
    forms: tuple[str, ...]
    country: str
    kind: str


@lru_cache(maxsize=1)
def known_agencies() -> tuple[KnownAgency, ...]:
    return tuple(
        KnownAgency(name, tuple([name, *_forms(forms)]), "" if code == "-" else code, kind)
        for name, forms, code, kind in rows("agencies.tsv")
    )


@lru_cache(maxsize=1)
def heads() -> dict[str, tuple[str, str]]:
    """Lower-cased head phrase -> (class, kind): ``"police agency" -> ("agency", "police")``."""
    return {word: (cls, kind) for word, cls, kind in rows("agency_heads.tsv")}


@lru_cache(maxsize=1)
def site_heads() -> frozenset[str]:
    return frozenset(row[0] for row in rows("site_heads.tsv"))


@lru_cache(maxsize=1)
def roles() -> dict[str, tuple[str, str]]:
    """Role form as written (lower case, except abbreviations) -> (canonical role, class)."""
    table: dict[str, tuple[str, str]] = {}
    for role, forms, cls in rows("roles.tsv"):
        for form in _forms(forms):
            table[form] = (role, cls)
    return table


@lru_cache(maxsize=None)
def forms_table(name: str) -> dict[str, str]:
    """For the two-column files (scam types, abuses): lower-cased form -> canonical name."""
    return {form.casefold(): canonical for canonical, forms in rows(name) for form in _forms(forms)}


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(name for _origin, names in rows("surnames.tsv") for name in _forms(names))


@lru_cache(maxsize=1)
def people_nouns() -> dict[str, str]:
    """Noun for people in a count -> the role it implies (``""`` when the verb decides)."""
    return {noun: ("" if role == "-" else role) for noun, role in rows("people_nouns.tsv")}


@lru_cache(maxsize=1)
def lower_agencies() -> frozenset[str]:
    """Lower-case names of state bodies read as agencies after "the" or a country's "'s"."""
    return frozenset(row[0] for row in rows("lower_agencies.tsv"))


@lru_cache(maxsize=1)
def agency_words() -> dict[str, str]:
    """Words that make an organization-headed name a state body, with the agency's kind."""
    return {word: kind for word, kind in rows("agency_words.tsv")}


@lru_cache(maxsize=1)
def place_kinds() -> dict[str, str]:
    """Lower-case word after a name that makes it a place -> the place's kind."""
    return {word: kind for word, kind in rows("place_kinds.tsv")}
