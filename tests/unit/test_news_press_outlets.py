"""A news outlet named with "Press" or "Presse" as its last word is a medium (audit 15: p10, audit
page e12, development article 116): "<Country> Press" had made a false place of the country and
"Agence <Name> Presse" a person; the words join the closed class of outlet head words (Post,
Times, Tribune, Herald, Gazette). Made-up texts."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_outlet_named_for_a_country_is_no_place() -> None:
    batch = run("The victim, a Thai man, told Vietnam Press that he was beaten in a compound in Laos.")
    assert "Vietnam" not in names(batch, Label.LOCATION)
    assert "Vietnam Press" in names(batch, Label.ORGANIZATION)


def test_a_french_named_news_agency_is_no_person_and_no_place() -> None:
    batch = run("Police in Dakar arrested 12 suspects on Monday, according to Agence Senegal Presse.")
    assert "Agence Senegal Presse" not in names(batch, Label.PERSON)
    assert "Agence Senegal Presse" in names(batch, Label.ORGANIZATION)
