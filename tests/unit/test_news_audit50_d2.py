"""Kinds found by the session-50 measurements of real stories (entities and their links read
where the text tells none: a capital for its government, passports' states, a state in a court's
district, a mask's or an open question's people, a border post's spelled-out name, a second name
given in an apposition), each shown here on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_two_capitals_imposing_sanctions_are_governments_not_places() -> None:
    batch = run("Washington and London imposed sanctions on the Silver Heron Group on Tuesday.")
    assert names(batch, Label.LOCATION) == set()
    assert not [f for f in facts(batch) if f[0] == "OCCURRED_AT"]


def test_a_capital_listed_first_with_another_that_speaks_is_no_place() -> None:
    batch = run("Canberra and Ottawa said the Corvel ring had been dismantled.")
    assert names(batch, Label.LOCATION) == set()


def test_a_capital_after_a_preposition_of_place_stays_a_place() -> None:
    batch = run("Police raided a villa in Hanoi and London on Tuesday.")
    assert {"Hanoi", "London"} <= names(batch, Label.LOCATION)


def test_the_states_of_someones_passports_are_nationalities_not_places() -> None:
    batch = run("Orlan Besk, who held passports from Fiji and Peru, was jailed on Monday.")
    assert names(batch, Label.LOCATION) == set()
    assert {n.properties.get("iso2") for n in batch.nodes.values() if n.label is Label.NATIONALITY} == {"FJ", "PE"}


def test_a_place_where_passports_were_taken_stays_a_place() -> None:
    batch = run("The gang took their passports in Laos on Monday.")
    assert "Laos" in names(batch, Label.LOCATION)


def test_a_nationality_worn_as_a_mask_is_no_one_s() -> None:
    batch = run("Ilsa Dorn posed as a Thai citizen to buy land, police said after her arrest on Monday.")
    assert names(batch, Label.NATIONALITY) == set()


def test_people_an_open_question_asks_about_are_no_nationality() -> None:
    batch = run("Police raided a compound in Bavet on Monday. Officers are checking whether any Indonesians "
                "were among the victims.")
    assert names(batch, Label.NATIONALITY) == set()


def test_a_border_post_written_with_a_small_complex_is_one_landmark_not_a_body() -> None:
    batch = run("The workers reached the Rowan Ford Customs, Immigration and Quarantine complex on Monday.")
    assert names(batch, Label.AGENCY) == set()
    assert names(batch, Label.LOCATION) == {"Rowan Ford Customs, Immigration and Quarantine complex"}


def test_a_state_naming_a_court_s_district_is_no_place() -> None:
    batch = run("Dren Holm was indicted in the Southern District of Texas on Monday for wire fraud.")
    assert names(batch, Label.LOCATION) == set()


def test_a_state_after_district_of_alone_stays_a_place() -> None:
    batch = run("Police raided a house in the Kampot district of Cambodia on Monday.")
    assert "Cambodia" in names(batch, Label.LOCATION)


def test_a_second_name_given_in_an_apposition_is_the_same_person() -> None:
    batch = run("Sara Lim, identified in court papers as Lin Mei, was arrested on Monday in Bangkok.")
    assert names(batch, Label.PERSON) == {"Sara Lim"}
    assert ("ARRESTED", "arrest@2026-10-12", "Sara Lim", None) in facts(batch)


def test_a_second_name_given_to_a_person_named_again_later_is_no_second_person() -> None:
    batch = run("Sara Lim, identified in court papers as Lin Mei, was arrested on Monday in Bangkok. "
                "Lim denied the charges.")
    assert names(batch, Label.PERSON) == {"Sara Lim"}


def test_a_name_given_to_an_unnamed_man_is_his_own() -> None:
    batch = run("The man, identified by police as Lin Sa, was arrested on Monday.")
    assert names(batch, Label.PERSON) == {"Lin Sa"}
