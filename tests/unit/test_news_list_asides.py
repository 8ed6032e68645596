"""A list of places whose second item carries an aside of where it lies ("in A, B province in the far
north, and then C") is still a list: B is an item beside A, not A's province.
Without a further place after the aside, "A, B province" keeps nesting A in B."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _located(text: str) -> set[tuple[str, str]]:
    batch = run(text)
    return {(batch.nodes[e.source].name, batch.nodes[e.target].name) for e in batch.edges if e.type is RelType.LOCATED_IN}


def test_a_listed_province_with_an_aside_holds_no_town() -> None:
    text = ("Earlier sweeps reached the border town of Poipet, Banteay Meanchey province in the far "
            "northwest, and then Vientiane.")
    assert ("Poipet", "Banteay Meanchey") not in _located(text)


def test_a_short_aside_before_and_a_place_is_a_list_too() -> None:
    text = "Raids were held in Poipet, Banteay Meanchey province in the north, and Kandal."
    assert ("Poipet", "Banteay Meanchey") not in _located(text)


def test_an_aside_with_no_further_place_keeps_the_town_in_its_province() -> None:
    text = "Police raided a casino in Poipet, Banteay Meanchey province in the northwest, and arrested 40 Chinese nationals."
    assert ("Poipet", "Banteay Meanchey") in _located(text)
