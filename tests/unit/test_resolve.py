"""Country and demonym resolution from the gazetteer."""

from __future__ import annotations

import pytest

from scamgraph.resolve import country_code, country_name


@pytest.mark.parametrize(("text", "code"), [
    ("South Korean", "KR"), ("South Koreans", "KR"), ("Filipinos", "PH"), ("Burmese", "MM"),
    ("Laos", "LA"), ("Lao", "LA"), ("Cambodia", "KH"), ("Viet Nam", "VN"), ("the Philippines", "PH"),
    ("Chinese", "CN"), ("kh", "KH"), ("Kenyan", "KE"),
])
def test_country_code(text: str, code: str) -> None:
    assert country_code(text) == code


def test_unknown_places_stay_unknown() -> None:
    assert country_code("Atlantis") is None and country_code("") is None and country_code("zz") is None


def test_display_names_are_everyday_names() -> None:
    assert country_name("KR") == "South Korea" and country_name("LA") == "Laos"
