"""Capitals and a small "s" are an acronym's plural: "he told MPs" speaks to Members of
Parliament, not to "MPS", the Ministry of Public Security of China (the gazetteer matches without
case). The acronym itself in capitals still names the body."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_an_acronym_plural_names_no_body() -> None:
    agencies = _agencies("The minister told MPs on Tuesday that 30 Ugandans remain trapped in Myanmar.")
    assert "Ministry of Public Security of China" not in agencies


def test_the_acronym_in_capitals_still_names_the_body() -> None:
    agencies = _agencies("China's MPS said on Tuesday that 200 suspects were repatriated from Myanmar.")
    assert "Ministry of Public Security of China" in agencies
