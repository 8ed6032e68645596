"""A known place's name that ends a longer division's name is not that place: "Chamkar Mon
district" is a district of Phnom Penh, not Myanmar's Mon State (grammar: an unknown capitalized
word before the name and a division word after it make one longer name). A known place alone
before "district" stays."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _places(text: str) -> dict[str, str | None]:
    return {n.name: n.properties.get("country") for n in run(text).nodes.values() if n.label is Label.LOCATION}


def test_the_tail_of_a_longer_district_name_is_no_place() -> None:
    places = _places("Officers searched a rented villa in Phnom Penh's Chamkar Mon district on June 9.")
    assert "Mon" not in places
    assert "Phnom Penh" in places


def test_a_known_place_before_district_stays() -> None:
    assert "Mae Sot" in _places("Police arrested 20 Chinese nationals in Mae Sot district on Monday.")
