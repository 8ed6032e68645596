"""An arrest, detention or rescue told as "similar", "earlier", "previous" or "separate" is another
act of its kind, never a part of the raid the story told before: its place is its own, not the
raid's. Told plainly (or with "also"), the same act stays a part of the raid."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _places(text: str) -> dict[str, set[str]]:
    batch = run(text)
    found: dict[str, set[str]] = {}
    for e in batch.edges:
        if e.type is RelType.OCCURRED_AT:
            found.setdefault(batch.nodes[e.source].properties.get("type", ""), set()).add(batch.nodes[e.target].name)
    return found


def test_a_similar_arrest_elsewhere_is_not_the_raids() -> None:
    places = _places("On Monday police raided a casino in Kampot and arrested 40 Chinese nationals. Asked whether "
                     "the case was linked to a recent similar arrest in Kep, the spokesman said it was under investigation.")
    assert "Kep" not in places.get("raid", set())
    assert places.get("arrest") == {"Kep"}


def test_an_earlier_rescue_keeps_its_own_place() -> None:
    places = _places("On Friday soldiers raided a compound in Tachileik and detained 60 people. "
                     "An earlier rescue in Loikaw freed 12 Ugandans.")
    assert "Loikaw" not in places.get("raid", set())


def test_an_arrest_told_plainly_stays_the_raids() -> None:
    batch = run("On Monday police raided a casino in Kampot. Officers also arrested 40 Chinese nationals.")
    kinds = {n.properties.get("type") for n in batch.nodes.values() if n.label.value == "Event"}
    assert kinds == {"raid"}
