"""Extraction quality on the team's labelled corpus (tests/corpus, see its README).

Scores are micro-averaged over all articles. The thresholds are the issue's floor; the figures
themselves are printed (pytest -s) so a change that moves them shows in the log.
"""

from pathlib import Path

import pytest

from scamgraph.evaluation import Evaluation, evaluate_folder

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def scores() -> tuple[Evaluation, dict[str, Evaluation]]:
    return evaluate_folder(CORPUS)


def test_the_corpus_is_big_and_varied_enough(scores: tuple[Evaluation, dict[str, Evaluation]]) -> None:
    _total, per_article = scores
    assert len(per_article) >= 12
    suffixes = {name.rsplit(".", 1)[1] for name in per_article}
    assert {"txt", "md", "html"} <= suffixes


def test_entity_and_relation_f1(scores: tuple[Evaluation, dict[str, Evaluation]]) -> None:
    total, _ = scores
    for row in total.rows():
        print(row)
    entities, relations = total.total("entities"), total.total("relations")
    assert entities.f1 >= 0.90, f"entity F1 {entities.f1:.3f} ({entities})"
    assert relations.f1 >= 0.75, f"relation F1 {relations.f1:.3f} ({relations})"


def test_every_article_is_read_reasonably(scores: tuple[Evaluation, dict[str, Evaluation]]) -> None:
    """No single article may collapse while the average hides it."""
    _, per_article = scores
    weak = {name: round(e.total("entities").f1, 2) for name, e in per_article.items() if e.total("entities").f1 < 0.75}
    assert not weak, weak


def test_the_article_without_scam_content_yields_no_events(scores: tuple[Evaluation, dict[str, Evaluation]]) -> None:
    _, per_article = scores
    clean = per_article["no-scam-content.txt"]
    assert "Event" not in clean.entities or clean.entities["Event"].fp == 0
