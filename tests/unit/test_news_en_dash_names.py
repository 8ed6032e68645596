"""An en dash with no space after a country's name joins two words of one name, as a hyphen
does ("Kenya–Uganda Friendship Bridge"); between two bodies' names it keeps them two. Sentences
are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _names(text: str, label: Label) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is label}


def test_an_en_dash_after_a_country_joins_the_name() -> None:
    places = _names("Uganda deported 40 Kenyans via the Kenya\u2013Uganda Friendship Bridge No 3 on Monday.",
                    Label.LOCATION)
    assert "Kenya\u2013Uganda Friendship Bridge No 3" in places


def test_an_en_dash_between_two_bodies_keeps_them_two() -> None:
    bodies = _names("The Department of Justice\u2013Inter-Agency Council Against Trafficking team raided a hub in "
                    "Manila on Monday.", Label.AGENCY)
    assert not any("\u2013" in name for name in bodies)
