"""Entities the reader missed on fresh reporting (session 54): the nationality of those who run or
use a scam ("a Zorvanian ringleader", "Zorvanian and Ruritanian handlers"), a person's age in
brackets after the name, and a few places the gazetteer lacked ("Greater Jakarta", "Langkawi").
Made-up texts."""

from __future__ import annotations

import pytest

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def nationalities(text: str) -> set[str]:
    batch = run(text)
    return {n.properties["iso2"] for n in batch.nodes.values() if n.label is Label.NATIONALITY}


@pytest.mark.parametrize("text, code", [
    ("According to court papers, a Chinese ringleader oversees the fraud ring, which keeps offices in Bavet.", "CN"),
    ("The gaming halls near the river are run by Thai investors, a local official said.", "TH"),
    ("The scheme was built to cheat Nigerian gamblers on fake betting sites.", "NG"),
    ("Police say the network answers to a Vietnamese kingpin based abroad.", "VN"),
])
def test_a_demonym_before_a_scheme_person_is_a_nationality(text: str, code: str) -> None:
    assert code in nationalities(text)


def test_a_list_of_demonyms_before_handlers_gives_nodes_and_no_edge() -> None:
    text = ("Police rescued 40 Nepalis from a compound on Monday.\n\n"
            "The recruits had been handed over to Laotian and Chinese handlers at the river.")
    batch = run(text)
    assert {"LA", "CN"} <= {n.properties["iso2"] for n in batch.nodes.values() if n.label is Label.NATIONALITY}
    assert not any(f[2] in {"LA", "CN"} for f in facts(batch))


def test_investors_have_a_nationality_but_officials_none() -> None:
    found = nationalities("Chinese officials met Korean investors in Vientiane on Monday.")
    assert "KR" in found
    assert "CN" not in found  # ("Chinese officials": the state, no people)


def test_an_age_in_brackets_after_a_name_makes_it_a_person() -> None:
    batch = run("The two rescued youths, Arvind Pelluru (23) from Salem and a cousin, came home on Friday.\n\n"
                "Those sent home came from Myanmar (41) and Laos (12), the ministry said.")
    assert names(batch, Label.PERSON) == {"Arvind Pelluru"}  # (a count after a place is no age)


@pytest.mark.parametrize("text, place", [
    ("The ring had recruited workers across Greater Jakarta since 2019.", "Greater Jakarta"),
    ("Officers raided two villas in Langkawi on Tuesday and arrested 30 people.", "Langkawi"),
    ("Police freed nine men from a house in the Greater Accra Region.", "Greater Accra"),
])
def test_places_the_gazetteer_now_holds(text: str, place: str) -> None:
    found = names(run(text), Label.LOCATION)
    assert place in found
    assert "Jakarta" not in found


def test_a_name_between_the_and_area_is_a_place() -> None:
    batch = run("The ring worked from the Velotown area of Sihanoukville, the court heard.\n\n"
                "Others hid in Ruritania’s Brask Ol area for weeks.")
    found = names(batch, Label.LOCATION)
    assert {"Velotown", "Brask Ol"} <= found
    assert ("LOCATED_IN", "Velotown", "Sihanoukville", None) in facts(batch)


def test_a_demonym_of_ancestry_is_no_persons_nationality() -> None:
    batch = run("The villa belonged to Tomas Brek, a businessman of Nepali descent, police said.")
    assert "Tomas Brek" in names(batch, Label.PERSON)
    assert not names(batch, Label.NATIONALITY)
