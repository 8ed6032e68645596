"""Audit 50, fixer a1: countries acting as states or naming people, long share asides, lists of
peoples carried, ordinals of a landmark's name (made-up towns and people; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import counts_of, facts, names, run


def test_example_states_that_act_are_no_places() -> None:
    batch = run("Nations such as Chile and Peru have already worked with the Dastra police to return some "
                "of their nationals from Wrenmouth.")
    assert not {"Chile", "Peru"} & names(batch, Label.LOCATION)
    placed = run("Fraud hubs in countries such as Chile and Peru have grown since 2020.")
    assert {"Chile", "Peru"} <= names(placed, Label.LOCATION)  # (the countries where the hubs are)


def test_countries_bringing_their_citizens_home_name_their_people() -> None:
    batch = run("Chile and Peru brought their citizens home from Wrenmouth on Tuesday.")
    assert not {"Chile", "Peru"} & names(batch, Label.LOCATION)
    assert {"Chile", "Peru"} <= names(batch, Label.NATIONALITY)


def test_a_part_that_came_from_a_country_is_its_people() -> None:
    text = "Guards freed 30 workers from a compound in Wrenmouth on Tuesday. Of them, 22 were from Chile, eight came from Peru."
    assert "Peru" not in names(run(text), Label.LOCATION)
    assert ("RESCUED", "PE", 8) in counts_of(text)
    travelled = run("Eight workers came from Peru to Wrenmouth on Tuesday.")
    assert "Peru" in names(travelled, Label.LOCATION)  # (where they travelled from, perhaps)


def test_a_long_share_aside_keeps_the_count_of_the_whole() -> None:
    assert ("REPATRIATED", "PE", 120) in counts_of(
        "Some 120 Peruvians, many of whom were lured to Wrenmouth with offers of office jobs, but were forced to run "
        "online scams for a gang in a riverside compound, were flown back to Lima on Tuesday.")


def test_a_list_of_peoples_carried_shares_the_sending_home() -> None:
    found = counts_of("Three charter flights were hired by the foreign ministry to fly the Peruvians, five Chileans "
                      "and two Bolivians from Wrenmouth to Lima on Tuesday.")
    assert {("REPATRIATED", "CL", 5), ("REPATRIATED", "BO", 2)} <= found
    planned = run("The ministry plans to fly the Peruvians, five Chileans and two Bolivians home next week.")
    assert not [f for f in facts(planned) if f[0] == "REPATRIATED"]  # (a plan: no sending home read)


def test_an_ordinal_before_a_landmark_is_part_of_its_name() -> None:
    batch = run("The freed workers crossed the 3rd Thai-Lao Friendship Bridge on Tuesday.")
    assert "3rd Thai-Lao Friendship Bridge" in names(batch, Label.LOCATION)
    assert "Thai-Lao Friendship Bridge" not in names(batch, Label.LOCATION)
