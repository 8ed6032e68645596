"""Japan's prefectures are places (Japanese police and victims are named by them), and a list of
them is a list, not one place inside the next. Sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def test_a_prefecture_is_a_place() -> None:
    batch = run("The 8 Japanese were sent to a police station in Kanagawa on Monday.")
    assert "Kanagawa" in {n.name for n in batch.nodes.values() if n.label is Label.LOCATION}


def test_a_list_of_prefectures_nests_nothing() -> None:
    batch = run("Police of Gunma, Hokkaido, Mie and Hyogo arrested 9 Japanese on Monday.")
    places = {n.key: n.name for n in batch.nodes.values() if n.label is Label.LOCATION}
    assert {"Gunma", "Hokkaido", "Mie", "Hyogo"} <= set(places.values())
    assert not any(e.type == RelType.LOCATED_IN.value and e.source in places and e.target in places for e in batch.edges)
