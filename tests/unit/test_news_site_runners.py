"""A described site is named by its kind and its place: a word for who runs it ("a syndicate
compound", "a gang hub") is no kind of site, as "a crime complex" is none."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _sites(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.SITE}


def test_a_syndicate_compound_is_the_compound_at_its_place() -> None:
    sites = _sites("Police raided a syndicate compound at Kampot on Friday and freed 40 workers.")
    assert "compound at Kampot" in sites
    assert not any(name.startswith("syndicate") for name in sites)


def test_a_gang_hub_is_the_hub_in_its_place() -> None:
    sites = _sites("Soldiers stormed a gang hub in Myawaddy on Sunday, detaining 70 people.")
    assert "hub in Myawaddy" in sites


def test_a_casino_complex_keeps_its_kind() -> None:
    sites = _sites("Police raided a casino complex in Bavet on Monday, arresting 52 people.")
    assert "casino complex in Bavet" in sites
