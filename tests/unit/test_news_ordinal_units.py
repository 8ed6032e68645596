"""An army's unit named with an ordinal ("the 1202nd Ranger Company", "the 33rd Light Infantry
Division") is one state body under its full name, ordinal kept; a firm named "... Company" with
no ordinal stays an organization. Names and sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_ordinal_company_of_rangers_is_an_agency() -> None:
    batch = run("Police said on Monday that soldiers of the 4107th Ranger Company escorted 14 Thais home from Poipet.")
    assert "4107th Ranger Company" in names(batch, Label.AGENCY)
    assert "Ranger Company" not in names(batch, Label.ORGANIZATION)


def test_ordinal_battalions_divisions_and_army_regions_are_agencies() -> None:
    batch = run("Troops of the 12th Infantry Battalion and the 3rd Army Region raided the compound in Myawaddy. "
                "The 88th Light Infantry Division held 40 foreigners.")
    assert {"12th Infantry Battalion", "3rd Army Region", "88th Light Infantry Division"} <= names(batch, Label.AGENCY)


def test_a_company_without_an_ordinal_stays_a_firm() -> None:
    batch = run("Police said the Golden Lotus Trading Company rented the compound in Poipet to 40 workers.")
    assert not any(name.startswith(("1", "2", "3", "4", "5", "6", "7", "8", "9")) for name in names(batch, Label.AGENCY))
    assert "Golden Lotus Trading Company" in names(batch, Label.ORGANIZATION)
