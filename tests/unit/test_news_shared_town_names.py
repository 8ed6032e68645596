"""A town name two countries share is the more populous town's (audit 39: Taoyuan read as a
Chinese town on three pages of Taiwanese stories)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _country(batch, name: str) -> str | None:
    node = next(n for n in batch.nodes.values() if n.label is Label.LOCATION and n.name == name)
    return node.properties.get("country")


def test_a_shared_town_name_is_the_bigger_towns() -> None:
    batch = run("Police arrested 12 people at a rented flat in Taoyuan on Friday over a phone fraud ring.")
    assert _country(batch, "Taoyuan") == "TW"


def test_a_countrys_name_is_the_country_not_another_countrys_town() -> None:
    # the city list holds a Chinese town called Mali and a Philippine one called Mexico (audit 40)
    batch = run("In Mali, officers freed 14 Guinean women held in a house. Two suspects were later "
                "arrested in Mexico.")
    assert _country(batch, "Mali") == "ML"
    assert _country(batch, "Mexico") == "MX"


def test_a_countrys_name_still_begins_a_persons_name() -> None:
    batch = run("Police officer Jordan Pereira said 9 people were arrested in Davao on Monday.")
    people = [n.name for n in batch.nodes.values() if n.label is Label.PERSON]
    assert people == ["Jordan Pereira"]


def test_a_country_named_as_a_town_is_counted_as_the_countrys_people() -> None:
    # (the city list holds a Hong Kong district called Jordan: in a list of peoples it is the country)
    found = facts(run("The 60 victims were rescued on Friday: Egypt (6), Tunisia (4), Uzbekistan (8) and Jordan (4)."))
    assert ("RESCUED", "rescue@2026-10-09", "JO", 4) in found
