"""A scam named inside an open question ("it was unclear if they had been trafficked", "to
determine whether they were victims of trafficking") makes no scam-type node; the same scam told
as a fact does. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_unclear_if_trafficked_names_no_scam() -> None:
    text = "Police in Dili held 30 Laotians, but it was unclear if the workers had been trafficked."
    assert "human trafficking" not in _scams(text)


def test_to_determine_whether_victims_of_trafficking_names_no_scam() -> None:
    text = "Officers in Dili will screen the 30 Laotians to determine whether they are victims of human trafficking."
    assert "human trafficking" not in _scams(text)


def test_trafficking_told_as_a_fact_still_names_the_scam() -> None:
    text = "Police in Dili said the 30 Laotians were victims of human trafficking, and it was unclear if more were held."
    assert "human trafficking" in _scams(text)
