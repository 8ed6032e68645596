"""A landmark told by a name and lower-case words after it is one place under its full written
name: a market named for its place ("the Rim Nam market"), a town's bus terminal (the terminal,
not the town), and a crossing with an adjective before its words ("permanent border checkpoint")."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_market_named_for_its_place_is_a_landmark() -> None:
    batch = run("Buyers gathered at the Rim Nam market in Kampot province on Sunday.")
    assert "Rim Nam market" in names(batch, Label.LOCATION)


def test_a_known_towns_market_stays_the_town() -> None:
    batch = run("Police arrested 12 men near the Poipet market on Friday.")
    assert names(batch, Label.LOCATION) == {"Poipet"}


def test_a_towns_bus_terminal_is_the_terminal_not_the_town() -> None:
    batch = run("The 14 youths first stayed near the Kampot bus terminal before they were found.")
    assert names(batch, Label.LOCATION) == {"Kampot bus terminal"}


def test_an_adjective_before_a_crossings_words_is_part_of_its_name() -> None:
    batch = run("The group crossed via the Rim-Nam permanent border checkpoint on Friday.")
    assert "Rim-Nam permanent border checkpoint" in names(batch, Label.LOCATION)
