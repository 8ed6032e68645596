"""English names a foreign ministry with "Affairs" or without it ("the Ministry of Foreign
Affairs", "the foreign ministry", "the foreign affairs ministry"): all are one body of a story,
as the other ways round of a ministry's name already are. Sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _ministries(text: str) -> list[str]:
    graph = run(text)
    return [n.name for n in graph.nodes.values() if n.label is Label.AGENCY and "inistry" in n.name]


def test_a_foreign_ministry_with_and_without_affairs_is_one_body() -> None:
    found = _ministries("Twelve Kenyans came home from Laos on Monday, the foreign ministry said. "
                        "The foreign affairs ministry thanked the Lao police for their help.")
    assert len(found) == 1


def test_the_long_form_joins_the_short_one() -> None:
    found = _ministries("A lawmaker urged the Ministry of Foreign Affairs to help the 40 Kenyans held in Laos. "
                        "He asked for work between the Foreign Ministry, the police and the labour office.")
    assert len(found) == 1


def test_two_countries_keep_two_ministries() -> None:
    found = _ministries("Laos sends 20 Kenyans to Uganda\n\nKenya's Ministry of Foreign Affairs protested on Monday. "
                        "The Ugandan Foreign Ministry said the 20 Kenyans were suspects.")
    assert len(found) == 2


def test_a_ministry_named_by_its_building_joins_the_foreign_ministry() -> None:
    found = run("KUALA LUMPUR: Twelve Malaysians came home from Laos on Monday, Wisma Putra said. In a statement, "
                "the foreign ministry thanked the Lao police for their help.")
    bodies = [n.name for n in found.nodes.values() if n.label is Label.AGENCY and "police" not in n.name]
    assert bodies == ["Wisma Putra"]


def test_a_ministry_listing_its_portfolios_is_named_by_the_first_too() -> None:
    found = _ministries("Twelve Kenyans held in Laos came home on Monday, the Ministry of Foreign Affairs, Trade and "
                        "Diaspora said. The Foreign Ministry thanked the Lao police for their help.")
    assert found == ["Ministry of Foreign Affairs, Trade and Diaspora"]


def test_a_country_told_later_claims_the_bare_ministry_and_another_country_keeps_its_own() -> None:
    graph = run("Cambodia sends 20 suspects to China\n\nCambodia sent 20 suspects, among them five from Taiwan, "
                "to China on Monday, the island's Foreign Ministry said. Taiwan Foreign Ministry spokeswoman Mary Lin "
                "told reporters the move was wrong. Speaking in Beijing, Chinese Foreign Ministry spokesman Wang Tao "
                "thanked Cambodia.")
    employers = {graph.nodes[e.source].name: graph.nodes[e.target] for e in graph.edges
                 if e.type is RelType.WORKS_FOR}
    assert employers["Mary Lin"].key != employers["Wang Tao"].key
    assert employers["Mary Lin"].properties.get("country") == "TW"
    assert employers["Wang Tao"].properties.get("country") == "CN"
