"""A bare body noun placed in a country ("Authorities in Laos have arrested ...", "Police in China
also arrested ...", "helped by authorities in Myanmar and Thailand") is that country's
body, named with its demonym as news names it ("Lao authorities"); not a body with a modifier of
its own ("local authorities in X"), one a verb addresses ("pressuring authorities in X"), nor one
of a longer list of countries. Names and sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_authorities_in_a_country_are_its_authorities() -> None:
    batch = run("Authorities in Laos have detained and deported 38 Vietnamese nationals, a report said.")
    assert "Lao authorities" in names(batch, Label.AGENCY)


def test_two_countries_joined_by_and_give_two_bodies() -> None:
    batch = run("The 31 Malaysians flew home, helped by authorities in Myanmar and Thailand.")
    assert {"Myanmar authorities", "Thai authorities"} <= names(batch, Label.AGENCY)


def test_police_in_a_country_are_its_police() -> None:
    batch = run("Forty suspects were flown to Nanjing on Monday. Police in China have also arrested six more.")
    assert "Chinese police" in names(batch, Label.AGENCY)


def test_no_body_when_addressed_modified_or_listed() -> None:
    assert not names(run("For years Beijing has urged authorities in Myanmar to shut 40 centres."), Label.AGENCY)
    assert not names(run("Nine groups were exposed by local authorities in Thailand last year."), Label.AGENCY)
    assert not names(run("The ministry has worked with police in Kenya, Malaysia, Laos and Cambodia."), Label.AGENCY)
