"""Country and demonym resolution from the gazetteer."""

from __future__ import annotations

import pytest

from scamgraph.resolve import country_code, country_name


@pytest.mark.parametrize(("text", "code"), [
    ("South Korean", "KR"), ("South Koreans", "KR"), ("Filipinos", "PH"), ("Burmese", "MM"),
    ("Laos", "LA"), ("Lao", "LA"), ("Cambodia", "KH"), ("Viet Nam", "VN"), ("the Philippines", "PH"),
    ("Chinese", "CN"), ("kh", "KH"), ("Kenyan", "KE"),
    ("Sierra Leoneans", "SL"), ("Liberian", "LR"), ("South Sudanese", "SS"), ("Sudanese", "SD"),
    ("Serbs", "RS"), ("Chileans", "CL"), ("DR Congo", "CD"), ("Dominican Republic", "DO"),
])
def test_country_code(text: str, code: str) -> None:
    assert country_code(text) == code


def test_unknown_places_stay_unknown() -> None:
    assert country_code("Atlantis") is None and country_code("") is None and country_code("zz") is None


def test_display_names_are_everyday_names() -> None:
    assert country_name("KR") == "South Korea" and country_name("LA") == "Laos"


def test_every_country_that_sends_people_has_a_demonym() -> None:
    """Victims and suspects come from every continent: a sovereign country without a demonym
    makes "four Sierra Leoneans" a person instead of four nationals."""
    from scamgraph.resolve import demonym_table

    codes = set(demonym_table().values())
    for code in ("SL", "LR", "CG", "ML", "GN", "TG", "BJ", "KW", "OM", "HR", "AL", "CU", "HT", "GT", "PS"):
        assert code in codes, code
