"""Kinds found by the session-49 audits of Thai, Vietnamese and Philippine stories (aud-6, aud-7,
aud-9) where a place or a body the text names was lost, each shown here on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


# --- a Thai village written with its "Ban" prefix is a place (aud-7 kind 1)

def test_a_ban_village_before_its_district_is_the_place_of_the_arrest() -> None:
    found = facts(run("Soldiers arrested four Chinese men on Tuesday in Ban Khok Wela, Khlung District, "
                      "Chanthaburi Province."))
    assert ("OCCURRED_AT", "arrest@2026-10-13", "Ban Khok Wela", None) in found


def test_a_ban_village_inside_a_list_keeps_the_places_after_it() -> None:
    found = facts(run("Detectives searched call-routing rooms in Udon Thani, Ban Sap Lamai and Loei on Friday."))
    assert ("OCCURRED_AT", "raid@2026-10-09", "Ban Sap Lamai", None) in found
    assert ("OCCURRED_AT", "raid@2026-10-09", "Loei", None) in found
    batch = run("Former envoy Ban Ki-woo said the compound in Myawaddy should close.")
    assert "Ban Ki-woo" not in names(batch, Label.LOCATION)  # (a family name Ban, told as a person)


# --- "<demonym> security officials" are a body, as immigration officials are (aud-9 kind M)

def test_security_officials_named_by_their_country_are_an_agency() -> None:
    batch = run("Cambodian security officials met the Zorvanian envoy in Phnom Penh on Monday.")
    assert "Cambodian security officials" in names(batch, Label.AGENCY)


# --- "communes of X Province" names the province X (aud-9 kind S)

def test_communes_of_a_province_name_the_province_without_its_word() -> None:
    batch = run("He recruited residents from western communes of Thanh Hoa Province for jobs in Laos.")
    assert "Thanh Hoa" in names(batch, Label.LOCATION)
    assert "Thanh Hoa Province" not in names(batch, Label.LOCATION)


# --- a Philippine city listed as "X City" is the same city without the word (aud-6)

def test_a_chartered_city_written_without_city_is_the_place_of_the_raid() -> None:
    batch = run("Police raided a call centre in Tagbilaran on Tuesday.")
    assert "Tagbilaran" in names(batch, Label.LOCATION)
