"""Audit 53, sites: several premises counted at a place where a raid or an arrest was made are one
described site, "<plural head> in <place>" (made-up sentences; real towns)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_counted_flats_raided_in_a_town_are_one_site() -> None:
    batch = run("Officers raided four flats in Kampot on Friday and arrested 31 people.")
    assert "flats in Kampot" in names(batch, Label.SITE)
    found = facts(batch)
    assert ("LOCATED_IN", "flats in Kampot", "Kampot", None) in found
    assert ("OCCURRED_AT", "raid@2026-10-09", "flats in Kampot", None) in found
    assert ("OCCURRED_AT", "raid@2026-10-09", "Kampot", None) in found  # (the premises keep their town)
    assert not names(run("Villas in Kampot are popular with tourists. The company owns three hotels in Kep."), Label.SITE)
    assert not names(run("Police seized three houses in Kep."), Label.SITE)  # (assets taken, no site of the scam)
    assert not names(run("Police raided five locations in Kep and arrested 12 people."), Label.SITE)


def test_two_kinds_of_premises_joined_are_one_description() -> None:
    batch = run("Police searched six guest houses and villas in Kep on Monday, detaining 40 men.")
    assert names(batch, Label.SITE) == {"guest houses and villas in Kep"}


def test_premises_across_a_list_of_towns_lie_in_each() -> None:
    batch = run("Troops raided five warehouses located in Hue, Da Nang, and Hoi An, arresting 70 people.")
    site = "warehouses in Hue, Da Nang and Hoi An"
    assert names(batch, Label.SITE) == {site}
    found = facts(batch)
    assert {("LOCATED_IN", site, town, None) for town in ("Hue", "Da Nang", "Hoi An")} <= found
    assert {("OCCURRED_AT", "raid@", town, None) for town in ("Hue", "Da Nang", "Hoi An")} <= found


def test_premises_in_two_parts_of_a_town_lie_in_the_town() -> None:
    batch = run("Police raided seven villas in Phnom Penh's Daun Penh and Chamkar Mon districts, arresting 50 people.")
    assert names(batch, Label.SITE) == {"villas in Phnom Penh"}


def test_counted_premises_beside_a_named_site_stay_their_own_site() -> None:
    batch = run("Police raided three houses in Kampot and the offices of Lotus Trading at Golden Sun Tower.")
    assert {"houses in Kampot", "Golden Sun Tower"} <= names(batch, Label.SITE)
    assert ("LOCATED_IN", "Golden Sun Tower", "Kampot", None) not in facts(batch)
