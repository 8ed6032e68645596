"""Audit 51, compounds: a building told of in lower case and placed in a neighbourhood nobody listed
("a house in Tessaly Heights"), a housing estate, and a house someone was only stopped in front of
(made-up neighbourhoods and people; real towns)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_house_in_an_unlisted_neighbourhood_is_a_site_there() -> None:
    batch = run("Police raided a house in Tessaly Heights on May 3 and arrested 14 Chinese nationals running an online scam.")
    assert "Tessaly Heights" in names(batch, Label.LOCATION)
    assert names(batch, Label.SITE) == {"house in Tessaly Heights"}
    assert ("LOCATED_IN", "house in Tessaly Heights", "Tessaly Heights", None) in facts(batch)
    assert ("OCCURRED_AT", "raid@2026-05-03", "house in Tessaly Heights", None) in facts(batch)


def test_a_hotel_in_an_unlisted_area_of_a_town_is_a_site_there() -> None:
    batch = run("Officers said the gang had run its scam from a hotel in the Varnoko area in Kampot before "
                "they raided it on May 3.")
    assert "hotel in Varnoko" in names(batch, Label.SITE)
    assert "Varnoko" in names(batch, Label.LOCATION)


def test_a_house_before_the_town_it_lies_in_is_placed_in_its_neighbourhood() -> None:
    batch = run("Police freed twelve Thais from a house in Santa Belvira in the capital of Kampot on May 3.")
    assert names(batch, Label.SITE) == {"house in Santa Belvira"}
    month = run("Police arrested 12 Thais at a hotel in March in Kampot.")
    assert "March" not in names(month, Label.LOCATION)  # (a month is no neighbourhood)


def test_a_housing_estate_keeps_its_whole_word() -> None:
    batch = run("Police arrested eight Thais running a phone scam at a luxury housing estate in Kampot on May 3.")
    assert names(batch, Label.SITE) == {"housing estate in Kampot"}


def test_a_house_someone_was_stopped_in_front_of_is_no_site() -> None:
    batch = run("Police arrested two recruiters in front of a house in Kampot on May 3.")
    assert not names(batch, Label.SITE)
    assert "Kampot" in names(batch, Label.LOCATION)
