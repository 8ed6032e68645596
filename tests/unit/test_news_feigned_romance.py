"""A romance feigned to draw victims in ("romantic ploys", "fake romances", "posing as romantic
partners", "fake online relationships", "online dating fraud") names a romance scam; a real
relationship told in passing names none. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_romantic_ploys_name_a_romance_scam() -> None:
    assert "romance scam" in _scams("The gang in Bavet won the trust of pensioners with romantic ploys, police said.")


def test_fake_romances_name_a_romance_scam() -> None:
    assert "romance scam" in _scams("Workers in Hpa Lu drew Canadians into fake romances, officials said.")


def test_posing_as_romantic_partners_names_a_romance_scam() -> None:
    text = "The 30 Laotians were forced to chat with Danes, posing as romantic partners, police said."
    assert "romance scam" in _scams(text)


def test_a_real_relationship_names_no_scam() -> None:
    text = "Police in Bavet said one of the 30 Laotians was in a romantic relationship with a guard."
    assert "romance scam" not in _scams(text)
