"""A town name two countries share is the more populous town's (audit 39: Taoyuan read as a
Chinese town on three pages of Taiwanese stories)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _country(batch, name: str) -> str | None:
    node = next(n for n in batch.nodes.values() if n.label is Label.LOCATION and n.name == name)
    return node.properties.get("country")


def test_a_shared_town_name_is_the_bigger_towns() -> None:
    batch = run("Police arrested 12 people at a rented flat in Taoyuan on Friday over a phone fraud ring.")
    assert _country(batch, "Taoyuan") == "TW"
