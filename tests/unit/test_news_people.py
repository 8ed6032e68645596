"""People and titles in generic sentences: titles and honorifics stay out of names, a family name
alone is no person, a news outlet or airline is an organization."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_rank_abbreviations_and_hyphenated_titles_are_not_part_of_the_name() -> None:
    batch = run("Police Commissioner-General Pol Gen Somchai Rakdee reported the raid on Monday.")
    assert names(batch, Label.PERSON) == {"Somchai Rakdee"}


def test_a_title_that_begins_with_its_agency_words_is_not_part_of_the_name() -> None:
    batch = run("National Police Chief Chan Dara told reporters the claims were untrue.")
    assert names(batch, Label.PERSON) == {"Chan Dara"}
    assert batch.nodes["person:chan-dara"].properties["role_class"] == "police"


def test_honorifics_after_a_posting_are_not_part_of_the_name() -> None:
    batch = run("The Ambassador to Cambodia Datuk Seri Aminah Yusof attended the handover.")
    assert names(batch, Label.PERSON) == {"Aminah Yusof"}


def test_a_family_name_alone_is_no_person_even_with_mr() -> None:
    batch = run("The leaders are Mr. Park (31) and Mr. Seo (28), police said.")
    assert names(batch, Label.PERSON) == set()


def test_outlets_and_airlines_are_organizations_and_a_list_of_them_is_two() -> None:
    batch = run("They flew home on Lotus Airways and Sky Air, the Harbour Post reported. Chan Dara told Morning News.")
    orgs = names(batch, Label.ORGANIZATION)
    assert {"Lotus Airways", "Harbour Post", "Morning News"} <= orgs
    assert not [o for o in orgs if " and " in o]
    assert "Morning News" not in names(batch, Label.PERSON)
