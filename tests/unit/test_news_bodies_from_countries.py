"""Authorities, police or officials "from" a country are that country's body, named with its
demonym, one per country listed."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_authorities_from_two_countries_are_two_agencies() -> None:
    agencies = names(run("Law enforcement authorities from Croatia and Slovenia carried out 11 house searches "
                         "and arrested nine people."), Label.AGENCY)
    assert {"Croatian authorities", "Slovenian authorities"} <= agencies


def test_officials_from_a_country_are_its_officials() -> None:
    agencies = names(run("Officials from Cambodia met the group in Poipet on Monday."), Label.AGENCY)
    assert "Cambodian officials" in agencies


def test_a_country_listed_with_its_article_is_one_more_body() -> None:
    agencies = names(run("Police from the Philippines and the Netherlands rescued 40 people in a raid."),
                     Label.AGENCY)
    assert {"Dutch police", "Philippine National Police"} <= agencies
