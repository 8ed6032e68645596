"""Whole made-up articles probed in session 57 (made-up names, places and numbers): constructions any
outlet writes that the reader misread.
- a group that searched, stormed or swept buildings used by scam gangs acts against the scams, it
  does not run them;
- a country that cut power or fuel to an area acts as a state, and is no place of the story;
- people "trafficked from" (or "recruited from") two countries or more come from them: the
  countries are nationalities, not places (drugs trafficked from them name no people);
- the outlet a source was "speaking to" or gave "an interview with" is an outlet, not the city in
  its masthead;
- "X, in Merrow State's Tarsk Township": X lies in the province's township, not in the province."""

from __future__ import annotations

import pytest

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


@pytest.mark.parametrize("text", [
    "The Velmora Liberation Front (VLF) said its fighters searched 23 buildings used by online scam gangs.",
    "The Velmora Liberation Front (VLF) stormed offices used by online scam gangs near Quillatown on Sunday.",
])
def test_a_raider_runs_no_scams(text: str) -> None:
    found = facts(run(text))
    assert not {f for f in found if f[0] == "ENGAGED_IN" and f[1] == "Velmora Liberation Front"}, found


def test_a_country_that_cut_power_is_no_place() -> None:
    text = ("In March, the Tarsk Border Guard freed about 4,100 people from compounds along the river after "
            "Thailand cut power and fuel supplies to the area.")
    assert "Thailand" not in names(run(text), Label.LOCATION)


def test_people_trafficked_from_countries_are_their_nationals() -> None:
    text = ("Staff at the Quillatown compounds, many of them trafficked from Kenya, Nepal and Ghana on promises "
            "of office work, were made to message strangers abroad.")
    batch = run(text)
    assert {"Kenya", "Nepal", "Ghana"}.isdisjoint(names(batch, Label.LOCATION))
    iso = {n.properties.get("iso2") for n in batch.nodes.values() if n.label is Label.NATIONALITY}
    assert {"KE", "NP", "GH"} <= iso, iso


def test_drugs_trafficked_from_countries_stay_places() -> None:
    """Guard (passes on the pristine code too): no people, so the countries are places."""
    batch = run("Heroin trafficked from Myanmar and Laos was seized at a warehouse in Quillatown on Monday.")
    assert {"Myanmar", "Laos"} <= names(batch, Label.LOCATION)


@pytest.mark.parametrize("opening", ["Speaking to the Vientiane Evening Star on Monday,",
                                     "In an interview with the Vientiane Evening Star,"])
def test_the_outlet_spoken_to_names_no_place(opening: str) -> None:
    text = f"{opening} a police colonel said officers raided a hotel in Quillatown and held 64 workers."
    assert "Vientiane" not in names(run(text), Label.LOCATION)


def test_speaking_to_reporters_in_a_city_keeps_the_city() -> None:
    """Guard (passes on the pristine code too): reporters are no outlet, the city stays a place."""
    text = "Speaking to reporters in Vientiane on Monday, a police colonel said officers raided a hotel in Quillatown."
    assert "Vientiane" in names(run(text), Label.LOCATION)


def test_a_town_in_a_provinces_township() -> None:
    text = "Soldiers raided a compound in Kyauk Nyein Lay, in Karen State's Myawaddy Township, on Saturday."
    found = facts(run(text))
    assert ("LOCATED_IN", "Kyauk Nyein Lay", "Myawaddy", None) in found, found
    assert ("LOCATED_IN", "Kyauk Nyein Lay", "Karen", None) not in found, found
