"""Places and sites (session 56; made-up names and numbers, real towns only where the gazetteer must
know them):
- a dateline whose wire stands between slashes ("RANONG, May 3/XNA/ ..."), or whose long dash
  touches the lead's first word ("BATUMI (May 3) –Nine ..."), names where the story was filed, no
  place of the story;
- people "originating from" a list of countries are of those nationalities, as "come from" tells;
- "Da Nang City", "Busan City": a city that is also a province of its own is the city, named
  without the word, as "Pattaya City" is Pattaya;
- a described site in "Pattaya City" is named by its town as the story's place is ("compound in
  Pattaya"), not by the written "City"."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_dateline_with_its_wire_between_slashes_names_no_place() -> None:
    batch = run("RANONG, May 3/XNA/ Lotlandic and Velorian police carried out a joint raid on a fraud ring "
                "and arrested 41 Chinese nationals.")
    assert "Ranong" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_a_dateline_whose_dash_touches_the_lead_names_no_place() -> None:
    batch = run("Officers at the pier in a picture.\nBATUMI (May 3) –Nine Georgian nationals were arrested "
                "at a villa where they ran a phone fraud ring.")
    assert "Batumi" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_a_dateline_told_again_in_the_body_stays_a_place() -> None:
    """(guard: passes on the start code too)"""
    batch = run("RANONG, May 3/XNA/ Police raided a villa in Ranong and arrested 41 Chinese nationals.")
    assert "Ranong" in names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_people_originating_from_countries_are_their_nationals() -> None:
    batch = run("The Lotmuang Immigration Office said 87 foreign victims of trafficking were rescued in the "
                "province this year, with most victims originating from Kenya, Peru, and Chile.")
    assert not {"Kenya", "Peru", "Chile"} & names(batch, Label.LOCATION), names(batch, Label.LOCATION)
    codes = {n.properties.get("iso2") for n in batch.nodes.values() if n.label is Label.NATIONALITY}
    assert {"KE", "PE", "CL"} <= codes, codes


def test_a_city_that_is_a_province_of_its_own_drops_city() -> None:
    places = names(run("The 19 men boarded a chartered flight to Busan City on Friday, escorted by officers."),
                   Label.LOCATION)
    assert "Busan" in places and "Busan City" not in places, places
    places = names(run("Police found 212 Chinese nationals running gambling sites from 60 rooms in a guarded "
                       "block in the Da Nang City on Monday."), Label.LOCATION)
    assert "Da Nang" in places and "Da Nang City" not in places, places


def test_a_province_named_with_city_keeps_it() -> None:
    """(guard: passes on the start code too) a town the gazetteer knows only as a province's namesake
    keeps its word: the city is not the province."""
    places = names(run("Police raided a compound in Preah Sihanouk City on Tuesday and arrested 30 people."),
                   Label.LOCATION)
    assert "Preah Sihanouk City" in places, places


def test_a_described_site_is_named_by_its_town() -> None:
    found = facts(run("Police raided a compound in Pattaya City on Tuesday and arrested 30 Chinese nationals."))
    assert ("LOCATED_IN", "compound in Pattaya", "Pattaya", None) in found, found
    assert not any(s == "compound in Pattaya City" for _r, s, _t, _c in found), found
