"""Audit 49, fixer 13: landmarks, Malay street names, dwellings, zones told again and an acting
envoy's title (made-up names; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, run


def _names(batch, label):
    return {n.name for n in batch.nodes.values() if n.label is label}


def test_a_border_post_named_by_its_services_is_one_landmark() -> None:
    batch = run("The 15 workers crossed back into Malaysia at the Rowan Ford Customs, Immigration, Security and "
                "Quarantine Complex on Sunday.")
    assert "Rowan Ford Customs, Immigration, Security and Quarantine Complex" in _names(batch, Label.LOCATION)
    assert not _names(batch, Label.SITE) and not _names(batch, Label.AGENCY)


def test_a_shorter_border_post_list_is_one_landmark_too() -> None:
    batch = run("The group reached the Elmbridge Immigration, Customs and Security Complex on Monday evening.")
    assert "Elmbridge Immigration, Customs and Security Complex" in _names(batch, Label.LOCATION)
    assert not _names(batch, Label.SITE)


def test_a_zone_named_again_without_special_is_the_same_site() -> None:
    batch = run("Officers raided a tower in the Amber Wren Special Economic Zone on Tuesday. Scam rings moved "
                "to the Amber Wren Economic Zone last year.")
    assert _names(batch, Label.SITE) == {"Amber Wren Special Economic Zone"}


def test_a_raid_on_a_malay_lane_is_placed_there() -> None:
    batch = run("Police raided a condominium on Lorong Kenari in Kuala Lumpur on Tuesday and arrested 12 men.")
    assert "Lorong Kenari" in _names(batch, Label.LOCATION)
    assert ("OCCURRED_AT", "raid@2026-10-13", "condominium on Lorong Kenari", None) in facts(batch)


def test_a_malay_avenue_is_a_place() -> None:
    batch = run("Police raided a unit on Persiaran Delima on Tuesday and arrested 12 men.")
    assert "Persiaran Delima" in _names(batch, Label.LOCATION)


def test_a_raid_in_a_malay_junction_town_is_placed_there() -> None:
    batch = run("Police raided two houses in Simpang Kenanga, Penang, on Friday.")
    assert ("OCCURRED_AT", "raid@2026-10-09", "Simpang Kenanga", None) in facts(batch)


def test_a_raided_bungalow_is_a_site() -> None:
    batch = run("Police raided a bungalow in Kuantan, Pahang, on Friday and arrested 18 people.")
    assert ("OCCURRED_AT", "raid@2026-10-09", "bungalow in Kuantan", None) in facts(batch)


def test_raided_bungalows_count_as_the_raids_sites() -> None:
    batch = run("Police raided two bungalows in Kuantan, Pahang, on Friday and arrested 18 people.")
    assert events(batch)["raid@2026-10-09"].get("count_sites") == 2


def test_an_acting_charge_d_affaires_is_a_person() -> None:
    batch = run("Indonesia's Chargé d’Affaires ad interim in Cambodia, Aziz Harun Tembok, said on Friday that 14 "
                "Indonesians had been freed.")
    assert "Aziz Harun Tembok" in _names(batch, Label.PERSON)
