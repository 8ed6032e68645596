"""Scoring an extraction against gold: the per-category table and the four headline figures."""

import json
from pathlib import Path

from scamgraph.evaluation import evaluate, evaluate_folder, gold_path, gold_split
from scamgraph.model import Edge, GraphBatch, Label, Node, RelType


def _batch() -> GraphBatch:
    """A raid with 40 Thai (right count), 9 Lao (wrong count) and a Vietnamese edge the gold lacks."""
    batch = GraphBatch(Node(Label.REPORT, "a report", key="report:abc"))
    raid = batch.add_node(Node(Label.EVENT, "raid", key="event:abc-raid-1", properties={"type": "raid", "date": "2025-03-02"}))
    thai, lao, viet = (batch.add_node(Node(Label.NATIONALITY, name, properties={"iso2": code}))
                       for name, code in [("Thailand", "TH"), ("Laos", "LA"), ("Vietnam", "VN")])
    batch.add_node(Node(Label.PERSON, "Somchai Rakdee"))
    batch.edges += [Edge(RelType.ARRESTED, raid.key, thai.key, properties={"count": 40}),
                    Edge(RelType.ARRESTED, raid.key, lao.key, properties={"count": 9}),
                    Edge(RelType.ARRESTED, raid.key, viet.key)]
    return batch


GOLD = {"entities": [["Event", "raid", "2025-03-02"], ["Nationality", "TH"], ["Nationality", "LA"],
                     ["Person", "Somchai Rakdee"], ["Agency", "Border Police"]],
        "relations": [["ARRESTED", "Event:raid@2025-03-02", "Nationality:TH", 40],
                      ["ARRESTED", "Event:raid@2025-03-02", "Nationality:LA", 19],
                      ["CONDUCTED", "Agency:Border Police", "Event:raid@2025-03-02"]],
        "source": {"url": "https://example.org/story", "split": "frozen"}}


def test_headline_figures_count_what_matches() -> None:
    score = evaluate(_batch(), GOLD)  # the unknown "source" key is not scored
    figures = score.headline()
    # entities: 4 of 5 gold found, one extra (Vietnam) -> P 4/5, R 4/5
    assert figures["entity F1"] == 0.8
    assert figures["events F1"] == 1.0
    # two gold (nationality, count) facts; only the Thai one carries the right count
    assert figures["(nationality, count) recall"] == 0.5
    # three relations extracted, one of them stated by the gold
    assert figures["fact precision"] == round(1 / 3, 3)
    assert score.relations["ARRESTED"].tp == 1 and score.relations["ARRESTED"].fp == 2


def test_headline_rows_travel_with_the_table() -> None:
    rows = {(r["part"], r["category"]): r for r in evaluate(_batch(), GOLD).rows()}
    assert rows[("headline", "nationality counts")]["recall"] == 0.5
    assert rows[("headline", "facts")]["precision"] == round(1 / 3, 3)


def test_gold_apart_from_the_texts_and_splits(tmp_path: Path) -> None:
    texts, golds = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir(), golds.mkdir()
    for name, split in [("01-raid", "dev"), ("03-raid", "frozen")]:
        (texts / f"{name}.txt").write_text("Police in Bangkok arrested 40 Thai nationals on 2 March 2025.\n")
        (golds / f"{name}.gold.json").write_text(json.dumps({**GOLD, "source": {"split": split}}))
    (texts / "01-raid.sha").write_text("not an article")  # same name, not an article: skipped
    assert gold_path(texts / "01-raid.txt", golds) == golds / "01-raid.gold.json"
    assert gold_split(json.loads((golds / "03-raid.gold.json").read_text())) == "frozen"
    _, every = evaluate_folder(texts, gold_dir=golds)
    _, dev = evaluate_folder(texts, gold_dir=golds, split="dev")
    _, frozen = evaluate_folder(texts, gold_dir=golds, split="frozen")
    assert sorted(every) == ["01-raid.txt", "03-raid.txt"]
    assert list(dev) == ["01-raid.txt"] and list(frozen) == ["03-raid.txt"]


def test_an_unreadable_article_is_named_and_scored_as_nothing_found(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Police in Bangkok arrested 40 Thai nationals on 2 March 2025.\n")
    (tmp_path / "b.txt").write_bytes(b"half a file\x00\x01")
    for name in ("a", "b"):
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(GOLD))
    total, every = evaluate_folder(tmp_path)
    assert sorted(every) == ["a.txt", "b.txt"]
    assert every["a.txt"].failures == []
    assert len(total.failures) == 1 and "b.txt" in total.failures[0] and "binary" in total.failures[0]
    assert every["b.txt"].total("entities").tp == 0 and every["b.txt"].total("entities").fn > 0


def test_evaluate_names_the_article_it_could_not_read_and_fails(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from scamgraph.cli import app

    (tmp_path / "a.txt").write_text("Police in Bangkok arrested 40 Thai nationals on 2 March 2025.\n")
    (tmp_path / "b.txt").write_bytes(b"half a file\x00\x01")
    for name in ("a", "b"):
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(GOLD))
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "2 articles:" in result.stdout
    assert "b.txt: binary content" in result.stderr and "Traceback" not in result.output
