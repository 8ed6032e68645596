"""Premises a story describes without a name are sites: a house, a flat, a shophouse, a property,
office space, an office building, accommodation, each "in" its place; a description placed in two
places joined by "and" names both and lies in both."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _sites(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.SITE}


def test_a_house_a_shophouse_or_office_space_in_a_place_is_a_site() -> None:
    assert "house in Pattaya" in _sites("Police raided a house in Pattaya and arrested 12 people "
                                            "running a phone scam.")
    assert "shophouse in Batam" in _sites("Officers arrested 30 foreigners at a shophouse in Batam "
                                               "on Tuesday over an online scam.")


def test_a_site_in_two_places_joined_by_and_names_both_and_lies_in_both() -> None:
    text = ("The ring rented office space in Namangan and Samarkand, where 40 operators called victims; "
            "police raided it on Monday.")
    assert "office space in Namangan and Samarkand" in _sites(text)
    found = facts(run(text))
    assert {("LOCATED_IN", "office space in Namangan and Samarkand", "Namangan", None),
            ("LOCATED_IN", "office space in Namangan and Samarkand", "Samarkand", None)} <= found
