"""Entities read wrong on development and audit pages in session 8, each a closed class of English
or a kind seen on several pages: a preposition that opens a sentence is no part of the name after
it; a town called "X City" is a town, not a scam site (a project is a "New City")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_preposition_opening_a_sentence_is_no_part_of_an_agency() -> None:
    batch = run("Through the Ministry of Foreign Affairs, the government said 20 workers were safe. "
                "Via the Department of Immigration, officials arranged two flights.")
    agencies = names(batch, Label.AGENCY)
    assert "Ministry of Foreign Affairs" in agencies
    assert not [a for a in agencies if a.split()[0] in {"Through", "Via"}]


def test_a_town_called_city_is_no_scam_site() -> None:
    batch = run("Police raided four houses in Pattaya City on Saturday and arrested 16 Chinese nationals.")
    assert not [s for s in names(batch, Label.SITE) if s.endswith("City")]


def test_a_new_city_project_stays_a_site() -> None:
    batch = run("The workers were held at Shwe Kokko New City, a compound run by the armed group.")
    assert "Shwe Kokko New City" in names(batch, Label.SITE)


def test_city_after_a_mountain_area_names_the_town() -> None:
    batch = run("The suspects were caught in Tuek Chhou Ward, Bokor City, Kampot Province on Monday.")
    assert "Bokor City" in names(batch, Label.LOCATION)
    assert "Bokor" not in names(batch, Label.LOCATION)
