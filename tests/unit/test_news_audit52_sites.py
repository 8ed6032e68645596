"""Audit 52, fixer sites: a named site's word for its building, a trade's short name before a site's
word, a zone told again by its qualifiers alone, a building named before the street it stands on,
guesthouses and estates by name (made-up names; real towns)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_named_casino_building_is_the_casino() -> None:
    batch = run("The 30 workers were held on the ninth floor of the Silver Heron Casino building in Poipet "
                "until they escaped on Sunday.")
    assert "Silver Heron Casino" in names(batch, Label.SITE)
    assert "Silver Heron Casino building" not in names(batch, Label.SITE)
    kept = run("Police raided the Silver Heron compound in Poipet on Sunday.")
    assert "Silver Heron compound" in names(kept, Label.SITE)  # (no head of its own: the compound's name)


def test_a_trade_short_name_before_a_complex_names_no_site() -> None:
    batch = run("Police raided a Pogo complex in Pattaya on Sunday and rescued 400 workers. A judge had found "
                "cause to believe crimes were being committed inside the Pogo complex.")
    assert "Pogo complex" not in names(batch, Label.SITE)


def test_a_zone_told_again_without_its_name_is_the_zone() -> None:
    batch = run("Twelve Thai workers were lured to the Amber Wren Special Economic Zone in Laos in May. Brokers "
                "promised them jobs in the Special Economic Zone (SEZ) for 9,000 baht each.")
    assert names(batch, Label.SITE) == {"Amber Wren Special Economic Zone"}


def test_a_building_named_before_its_street() -> None:
    batch = run("Officers on Monday shut down a sham call centre run out of Marbel Towers on Kestrel road in Pattaya.")
    assert "Marbel Towers" in names(batch, Label.SITE)


def test_guesthouses_and_estates_by_name_are_sites() -> None:
    batch = run("Police arrested 20 people at the Golden Pheasant Guesthouse in Pattaya on Monday.")
    assert "Golden Pheasant Guesthouse" in names(batch, Label.SITE)
    estates = run("Reporters at Lindell Estates saw the 40 rescued workers on Monday.")
    assert "Lindell Estates" in names(estates, Label.SITE)


def test_a_capital_named_right_after_its_noun_places_the_site() -> None:
    batch = run("Prosecutors said the ring kept a call center in the Georgian capital Tbilisi for two years.")
    assert "call center in Tbilisi" in names(batch, Label.SITE)
    unnamed = run("Prosecutors said the ring kept a call center in the capital for two years.")
    assert not names(unnamed, Label.SITE)
