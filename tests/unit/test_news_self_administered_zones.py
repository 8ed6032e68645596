"""Myanmar's Kokang Self-Administered Zone is the Kokang area under its official name, not a scam
site: "zone" ends the names of economic zones that are sites, but this one is a region of Shan
State (audit 40 page q02, audit 34 pages k03 and k10, development text 191)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_the_self_administered_zone_is_the_kokang_area() -> None:
    graph = run("Soldiers freed 37 Laotian workers from a compound in Myanmar's Kokang Self-Administered "
                "Zone on Tuesday, the ministry said.")
    assert "Kokang" in names(graph, Label.LOCATION)
    assert "Kokang Self-Administered Zone" not in names(graph, Label.SITE)  # (a compound in it may be one)


def test_an_economic_zone_is_still_a_site() -> None:
    graph = run("Police raided a compound in the Golden Bamboo Special Economic Zone on Tuesday and "
                "arrested 52 people.")
    assert any("Special Economic Zone" in name for name in names(graph, Label.SITE))
