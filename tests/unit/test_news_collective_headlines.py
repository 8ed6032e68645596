"""A headline opening with a collective noun, "of" and a people's name before a lower-case noun
counts people ("Group of Kenyan nationals held"): no organization named "Group of Kenyan", and
nothing engaged in the scam it tells of. A body whose name goes on in capitals stays. Sentences
are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _bodies(text: str) -> dict[str, str]:
    graph = run(text)
    return {n.key: n.name for n in graph.nodes.values() if n.label in {Label.ORGANIZATION, Label.AGENCY}}


def test_a_collective_of_a_people_is_no_organization() -> None:
    text = "Gang of Kenyan suspects held over online fraud\n\nKenya Police held 12 Kenyan suspects on Monday."
    graph = run(text)
    names = {n.name for n in graph.nodes.values() if n.label in {Label.ORGANIZATION, Label.AGENCY}}
    assert not any(name.startswith("Gang of") for name in names)
    assert not any(e.type is RelType.ENGAGED_IN and graph.nodes[e.source].name.startswith("Gang of")
                   for e in graph.edges)


def test_a_name_going_on_in_capitals_stays() -> None:
    names = _bodies("Group of Chinese Investors buys a resort\n\nThe Group of Chinese Investors bought the resort "
                    "in Nairobi on Monday.")
    assert "Group of Chinese Investors" in names.values()
