"""Timor-Leste's exclave Oecusse (a first-level division where a scam centre was raided) is a
place, and "Mea Sot", a common misspelling of the Thai border town, is Mae Sot. Sentences are
made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _places(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label in (Label.LOCATION, Label.SITE)}


def test_oecusse_is_a_place_and_places_its_site() -> None:
    assert _places("Police raided a scam centre in Oecusse and arrested 30 Kenyans.") == {"Oecusse", "centre in Oecusse"}


def test_mea_sot_is_mae_sot() -> None:
    assert _places("The 40 Kenyans were taken to Mea Sot on Monday.") == {"Mae Sot"}
