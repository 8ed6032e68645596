"""Normalization that makes the same entity meet itself across reports. Pure.

This first part turns what a report says about a country ("South Korean", "Laos", "KR") into
its ISO 3166 alpha-2 code, from pycountry plus the team's gazetteer of demonyms and everyday
country names (``loaders/gazetteer/``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pycountry

__all__ = ["country_code", "demonym_table", "country_name"]


@lru_cache(maxsize=8)
def _gazetteer_rows(name: str) -> list[tuple[str, list[str]]]:
    text = resources.files("scamgraph.loaders.gazetteer").joinpath(name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, forms = line.split("\t", 1)
            rows.append((code.strip(), [f.strip() for f in forms.split("|") if f.strip()]))
    return rows


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


def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 code for a country name, demonym or code; None when unknown.

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


def country_name(code: str) -> str:
    """Display name for an ISO code: the everyday name where ISO's is formal.

    >>> country_name("KR"), country_name("KH")
    ('South Korea', 'Cambodia')
    """
    for iso, forms in _gazetteer_rows("country_aliases.tsv"):
        if iso == code.upper():
            return forms[0]
    found = pycountry.countries.get(alpha_2=code.upper())
    return getattr(found, "common_name", None) or (found.name if found else code.upper())
