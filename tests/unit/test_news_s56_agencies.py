"""Agencies the reader misnamed or missed on real reporting (session 56; made-up names, places and numbers):
- "<demonym> forces", alone or sharing the head in a list ("Peruvian, Chilean and Bolivian forces"),
  is that state's body, as its security forces are; after a province's name ("Karen forces") it
  is an armed movement's, no state body;
- a body written after Taiwan's own name ("Taiwan police") keeps that word, as "Taiwanese police"
  keeps its own: news writes both, and neither is the other's spelling (unlike "Laos police")."""

from __future__ import annotations

import pytest

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


@pytest.mark.parametrize("text, bodies", [
    ("The 84 workers walked free during a month-long sweep by Peruvian, Chilean and Bolivian forces near Quillatown.",
     {"Peruvian forces", "Chilean forces", "Bolivian forces"}),
    ("Repeated strikes on the Velmora compound by Myanmar forces sent dozens of guards over the river.",
     {"Myanmar forces"}),
])
def test_a_states_forces_are_its_agency(text: str, bodies: set[str]) -> None:
    found = names(run(text), Label.AGENCY)
    assert bodies <= found, found


def test_a_provinces_forces_are_no_state_body() -> None:
    """Guard (passes on the pristine code too): "Karen forces" names no agency."""
    found = names(run("Karen forces shelled the hills outside Velmora on Sunday night."), Label.AGENCY)
    assert not {n for n in found if n.endswith("forces")}, found


@pytest.mark.parametrize("text, body", [
    ("Taiwan police on Monday freed 31 suspects flown back from Quillatown for lack of evidence.", "Taiwan police"),
    ("Mainland investigators later briefed Taiwan authorities on the Velmora case.", "Taiwan authorities"),
])
def test_taiwan_bodies_keep_the_written_word(text: str, body: str) -> None:
    found = names(run(text), Label.AGENCY)
    assert body in found, found


def test_taiwanese_bodies_keep_the_demonym() -> None:
    """Guard (passes on the pristine code too): the demonym's form is kept as written."""
    found = names(run("Taiwanese authorities said 31 suspects had reached Quillatown."), Label.AGENCY)
    assert "Taiwanese authorities" in found, found
