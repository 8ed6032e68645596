"""Entities the reader misread on fresh reporting (session 55; made-up names, places and numbers):
- countries in an aside of a group's origins after the group's count ("a group of 80, most from A",
  "some 900 — overwhelmingly from A —") are the people's nationalities, no places (but not an aside
  after a day: "80 people on Monday, most from A", nor "calls originating from A and B")."""

from __future__ import annotations

import pytest

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


@pytest.mark.parametrize("text, codes", [
    ("The count includes a group of 80, most from Kenya and other African countries, who were freed in May.", {"KE"}),
    ("Some 900 people — overwhelmingly from Peru — have returned home, officials said.", {"PE"}),
])
def test_origins_of_a_group_are_nationalities_not_places(text: str, codes: set[str]) -> None:
    batch = run(text)
    found = {n.properties["iso2"] for n in batch.nodes.values() if n.label is Label.NATIONALITY}
    assert codes <= found, found
    places = names(batch, Label.LOCATION)
    assert not {"Kenya", "Nepal", "Peru"} & places, places


@pytest.mark.parametrize("text", [
    "Calls originating from Kenya and Nepal were traced by investigators on Monday.",
    "Police rescued 80 people on Monday, most from Kenya and Nepal.",
])
def test_origins_of_things_or_of_a_day_stay_places(text: str) -> None:
    batch = run(text)
    assert {"Kenya", "Nepal"} <= names(batch, Label.LOCATION), names(batch, Label.LOCATION)
