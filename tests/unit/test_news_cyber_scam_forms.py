""""cyber-scam" written with a hyphen or as one word ("cyberscams") names online fraud, as
"cyber scam" and "cyber-scamming" already did. Sentences are made up."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_hyphenated_cyber_scam_site_runs_online_fraud() -> None:
    batch = run("Police said 40 Kenyans were trapped in a cyber-scam compound in Bavet.")
    assert {n.name for n in batch.nodes.values() if n.label is Label.SCAM_TYPE} == {"online fraud"}
    assert any(e.type is RelType.ENGAGED_IN and e.source.startswith("site:") for e in batch.edges)


def test_cyberscams_as_one_word_name_online_fraud() -> None:
    assert "online fraud" in _scams("The compound in Bavet ran cyberscams and held 40 Kenyans, police said.")


def test_cyber_without_scam_names_no_scam() -> None:
    assert _scams("Police arrested 40 Kenyans at a cyber cafe in Bavet.") == set()
