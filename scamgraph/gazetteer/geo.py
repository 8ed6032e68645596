"""Where the gazetteer's places are: GeoNames coordinates of its cities and towns
(``coordinates.tsv``) and Natural Earth country outlines with a point inside each
(``countries.json``). Both are made by ``build.py``; this module only reads them, once.

Nothing here guesses: a name the files do not hold has no point (``None``), and the caller says
so. Provinces have none: GeoNames' city list, the source here, has no first-level divisions.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from scamgraph.gazetteer import rows

__all__ = ["city_point", "country_point", "outlines", "report_point"]

LatLon = tuple[float, float]


@lru_cache(maxsize=1)
def _cities() -> dict[tuple[str, str], LatLon]:
    return {(name, code): (float(lat), float(lon)) for name, code, lat, lon, *_id in rows("coordinates.tsv")}


@lru_cache(maxsize=1)
def outlines() -> dict[str, Any]:
    """The whole outlines document: ``{"source", "scale", "countries": {ISO2: {name, point, rings}}}``."""
    text = resources.files("scamgraph.gazetteer").joinpath("countries.json").read_text("utf-8")
    return json.loads(text)


def city_point(name: str, country: str) -> LatLon | None:
    """GeoNames (lat, lon) of a city or town of that name in that country, or None.

    >>> city_point("Phnom Penh", "KH"), city_point("Phnom Penh", "MM"), city_point("Atlantis", "KH")
    ((11.5625, 104.916), None, None)
    """
    return _cities().get((name, country.upper()))


def country_point(code: str) -> LatLon | None:
    """A point inside the country (Natural Earth), or its capital for the smallest; None if unknown.

    >>> country_point("KH"), country_point("XX")
    ((12.87, 105.0), None)
    """
    found = outlines()["countries"].get(code.upper())
    return (float(found["point"][0]), float(found["point"][1])) if found else None


def report_point(properties: dict[str, Any]) -> LatLon | None:
    """The (lat, lon) a report gives in ``lat``/``lon`` properties; None when it gives neither.

    Both, as numbers in range, or a ValueError that says what is wrong (the loaders skip that
    record with the message): a typo must not put a compound in the sea.

    >>> report_point({"lat": 16.82, "lon": 98.53}), report_point({"name": "x"})
    ((16.82, 98.53), None)
    >>> report_point({"lat": 95, "lon": 98.53})
    Traceback (most recent call last):
    ValueError: 'lat' must be a number from -90 to 90, not 95
    """
    lat, lon = properties.get("lat"), properties.get("lon")
    if lat is None and lon is None:
        return None
    checked = []
    for name, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if value is None:
            raise ValueError(f"'{name}' is missing: a report gives 'lat' and 'lon' together")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not -limit <= value <= limit:
            raise ValueError(f"'{name}' must be a number from -{limit} to {limit}, not {value!r}")
        checked.append(float(value))
    return checked[0], checked[1]
