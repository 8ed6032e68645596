"""Audit 52, lead: a common noun of a medium or of a hire, capitalized only because it opens a
sentence or a heading, is no organization (made-up places and numbers)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_medium_opening_a_sentence_is_no_outlet() -> None:
    batch = run("Police raided a house in Dorvan on Monday.\n\n"
                "TV reports show that officers carried some 900 phones out of the house.")
    assert "TV" not in names(batch, Label.ORGANIZATION)


def test_a_charter_opening_a_heading_is_no_airline() -> None:
    batch = run("Dorvan sent 49 fugitives home on Friday.\n\nCharter flight for the return\n\n"
                "A chartered plane landed in Seoul with the 49 men.")
    assert "Charter" not in names(batch, Label.ORGANIZATION)


def test_an_airline_before_its_flight_stays() -> None:
    batch = run("The 49 men were flown home on a Kestrel Air flight on Friday.")
    assert "Kestrel Air" in names(batch, Label.ORGANIZATION)
