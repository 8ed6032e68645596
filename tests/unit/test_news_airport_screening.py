"""An airport's screening of departing travellers is no raid (audit 10, k07)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _types(text: str) -> set[str]:
    batch = run(text)
    return {n.properties["type"] for n in batch.nodes.values() if n.label is Label.EVENT}


def test_a_referral_for_secondary_inspection_is_no_raid() -> None:
    assert "raid" not in _types("Officers doubted their papers on Monday and referred the five travellers "
                                "for secondary inspection.")


def test_an_inspection_by_police_is_still_a_raid() -> None:
    assert "raid" in _types("Police found 40 foreigners during an inspection of a building on Monday.")
