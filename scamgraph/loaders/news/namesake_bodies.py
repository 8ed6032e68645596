"""Bodies of one name in several countries that the gazetteer lists for only one of them or none:
the one country a story names that has such a body ("the Bureau of Immigration" of a story that
names India), whether a story's own country has one, and the country of a body named so in only
a few countries. Kept apart from agency_names.py, which writes down the known bodies' names."""

from __future__ import annotations

from scamgraph.loaders.news.agency_names import _kept, _national_form

#: Bodies that a country with none in the gazetteer has under the same name: Laos's police ministry
#: is a Ministry of Public Security too
_UNLISTED_NAMESAKES = {"ministry of public security": frozenset({"LA"}),
                       "department of justice": frozenset({"PH", "HK", "IE", "CA"}),
                       "bureau of immigration": frozenset({"IN", "LR"})}


def namesake_home(text: str, told: frozenset[str]) -> str:
    """The one country among ``told`` that has a body of this name the gazetteer does not list
    ("the Bureau of Immigration" of a story that names India), else ""."""
    homes = _UNLISTED_NAMESAKES.get(text.lower().removeprefix("the ").strip(), frozenset()) & told
    return next(iter(homes)) if len(homes) == 1 else ""


@_kept
def _homes_own(home: str, text: str) -> bool:
    """The story's own country may have a body of this name ("the Ministry of Public Security" of
    a Lao story is Laos's), where a Cambodian story's can only be another country's."""
    bare = text.lower().removeprefix("the ").strip()
    return bool(_national_form(home, text)) or home in _UNLISTED_NAMESAKES.get(bare, ())


#: Bodies named so in only a few countries: in a story that names one of them (its people, its
#: embassy, a place), the body is that country's ("the Department of Foreign Affairs" beside Filipino
#: workers; "the National Police Agency" beside Seoul), not the country the story's places are in
_FEW_COUNTRIES = {"department of foreign affairs": ("PH", "IE", "ZA"), "national police agency": ("JP", "KR", "TW"),
                  "department of migrant workers": ("PH",), "department of labor and employment": ("PH",)}


def _few_countries_body(text: str, named: frozenset[str]) -> str:
    """The one country, among those the story names, that has a body of this name; "" if none or several."""
    homes = [code for code in _FEW_COUNTRIES.get(text.lower().removeprefix("the ").strip(), ()) if code in named]
    return homes[0] if len(homes) == 1 else ""


def _namesake_part(home: str, text: str) -> bool:
    """A body whose name opens with one that ``home`` has too ("Department of Justice Office of
    Cybercrime" of a Philippine story): a part of that country's body, not of the one the
    gazetteer knows by the name."""
    bare = text.lower().removeprefix("the ").strip()
    return any(bare.startswith(f"{name} ") for name, homes in _UNLISTED_NAMESAKES.items() if home in homes)


@_kept
def _named_countrys_form(text: str, named: frozenset[str]) -> tuple[str, str] | None:
    """"the Ministry of Public Security" with no country of its own, in a story that names China
    and no other country with a body of that name: China's (its known name, and the country).
    A name every country's body has ("Ministry of Foreign Affairs") is left to the dateline."""
    found = {(name, code) for code in named for name in [_national_form(code, text)] if name}
    return next(iter(found)) if len(found) == 1 else None
