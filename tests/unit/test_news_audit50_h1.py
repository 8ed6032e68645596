"""Audit 50, fixer h1: bodies and sites the text names that were no node (made-up towns, people,
airlines and bodies; real countries): a court of appeal, a consular office and where it stands, a
province's administration, border patrol police, a crime circle of a federal police, airlines
joined by "and" or before a chartered flight, and a workplace inside a larger described site."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_court_of_appeal_is_a_body() -> None:
    batch = run("A Chilean appeals court on Tuesday cleared the handover of Dario Velk to Peru.")
    assert "Chilean appeals court" in names(batch, Label.AGENCY)


def test_a_consular_office_is_placed_where_the_text_puts_it() -> None:
    batch = run("The Peruvian consular office in Kampot arranged the return of 35 Peruvians on Tuesday.")
    assert "Peruvian consular office" in names(batch, Label.AGENCY)
    assert ("LOCATED_IN", "Peruvian consular office", "Kampot", None) in facts(batch)


def test_a_provinces_administration_is_a_body() -> None:
    batch = run("The Tak provincial administration set up a shelter for 40 rescued workers on Tuesday.")
    assert "Tak provincial administration" in names(batch, Label.AGENCY)
    assert "Tak" not in names(batch, Label.LOCATION)  # (the province only names the body)


def test_border_patrol_police_are_a_body() -> None:
    assert "Chilean border patrol police" in names(
        run("Chilean border patrol police stopped 12 workers near Wrenmouth on Tuesday."), Label.AGENCY)
    assert "Border Patrol Police" in names(
        run("The border patrol police stopped 12 workers near Wrenmouth on Tuesday."), Label.AGENCY)


def test_a_crime_circle_is_a_police_unit() -> None:
    batch = run("The Anti-Human Trafficking Circle arrested three agents in Wrenmouth on Tuesday.")
    assert "Anti-Human Trafficking Circle" in names(batch, Label.AGENCY)


def test_airlines_sharing_flights_or_before_a_charter_are_each_named() -> None:
    joined = run("Two Kestrelair and Harrow Air flights carried the 60 workers home on Tuesday.")
    assert {"Kestrelair", "Harrow Air"} <= names(joined, Label.ORGANIZATION)
    assert "Kestrelair and Harrow Air" not in names(joined, Label.ORGANIZATION)
    chartered = run("The 60 workers were flown home on a Harrow Air chartered flight on Tuesday.")
    assert "Harrow Air" in names(chartered, Label.ORGANIZATION)


def test_a_site_inside_a_larger_described_one_takes_its_place() -> None:
    batch = run("Police raided a warehouse in a business park in Kampot on Tuesday and arrested 14 Chileans.")
    assert "warehouse in Kampot" in names(batch, Label.SITE)
    assert ("OCCURRED_AT", "raid@2026-10-13", "warehouse in Kampot", None) in facts(batch)
