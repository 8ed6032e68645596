"""Score an extraction against a hand-labelled gold file: precision, recall and F1 per category.

A gold file sits beside its article (``story.txt`` -> ``story.gold.json``) and lists what a
careful reader finds in it::

    {"entities":  [["Person", "Yoon Ha-neul"], ["Nationality", "KR"], ["Event", "raid", "2026-10-13"]],
     "relations": [["ARRESTED", "Event:raid@2026-10-13", "Nationality:KR", 57],
                   ["LEADS", "Person:Yoon Ha-neul", "Delegation:South Korean delegation led by Yoon Ha-neul"]],
     "counts":    {"Event:raid@2026-10-13": {"arrested": 57, "found": 86}}}

Entities are compared by label and key (``Person:Kim Seok Ki`` equals ``Person:Kim Seok-ki``),
events by type and date, nationalities by ISO code. A relation matches when its type, both
ends and (where either side states one) its count agree. Report nodes and MENTIONS edges are
not scored: every extraction has them. Other keys of a gold file (``source``: where the article
came from, which split it belongs to) are not scored.

Four headline figures sum up what an investigator relies on: entity F1, event F1, the recall of
(nationality, count) facts (an event's edge to a Nationality carrying a count, found with that
count) and fact precision (the share of extracted relations that the gold states).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scamgraph.model import GraphBatch, Label, Node, RelType, slugify

__all__ = ["Score", "Evaluation", "evaluate", "headline_figures", "evaluate_folder", "gold_path", "ARTICLE_SUFFIXES"]

#: Files an article can be read from; anything else beside the gold files is not an article.
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Evaluation:
    """Scores per category (entity labels, relation types, counts) plus the totals."""

    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    counts: Score = field(default_factory=Score)
    nationality_counts: Score = field(default_factory=Score)  # gold (event)->Nationality edges with a count
    misses: list[str] = field(default_factory=list)  # "missed ..." / "extra ..." lines for people
    failures: list[str] = field(default_factory=list)  # articles that could not be read (scored as nothing found)

    def total(self, part: str) -> Score:
        total = Score()
        for score in getattr(self, part).values():
            total.add(score)
        return total

    def add(self, other: Evaluation) -> None:
        for part in ("entities", "relations"):
            mine = getattr(self, part)
            for name, score in getattr(other, part).items():
                mine.setdefault(name, Score()).add(score)
        self.counts.add(other.counts)
        self.nationality_counts.add(other.nationality_counts)
        self.misses.extend(other.misses)
        self.failures.extend(other.failures)

    def headline_scores(self) -> dict[str, Score]:
        """The counts behind the four headline figures, which add up across articles (figures do not)."""
        return {"entity F1": self.total("entities"), "events F1": self.entities.get("Event", Score()),
                "(nationality, count) recall": self.nationality_counts, "fact precision": self.total("relations")}

    def headline(self) -> dict[str, float]:
        """The four figures the real-article targets are set on."""
        return headline_figures(self.headline_scores())

    def rows(self) -> list[dict[str, Any]]:
        """One row per category, for tables and JSON."""
        out = []
        for part in ("entities", "relations"):
            for name, score in sorted(getattr(self, part).items()):
                out.append(_row(part, name, score))
            out.append(_row(part, "ALL", self.total(part)))
        out.append(_row("counts", "ALL", self.counts))
        out.append(_row("headline", "entities", self.total("entities")))
        out.append(_row("headline", "events", self.entities.get("Event", Score())))
        out.append(_row("headline", "nationality counts", self.nationality_counts))
        out.append(_row("headline", "facts", self.total("relations")))
        return out


def headline_figures(scores: dict[str, Score]) -> dict[str, float]:
    """Entity F1, events F1, (nationality, count) recall and fact precision from their counts."""
    measure = {"entity F1": "f1", "events F1": "f1", "(nationality, count) recall": "recall",
               "fact precision": "precision"}
    return {name: round(getattr(scores[name], how), 3) for name, how in measure.items()}


def _row(part: str, name: str, score: Score) -> dict[str, Any]:
    return {"part": part, "category": name, "tp": score.tp, "fp": score.fp, "fn": score.fn,
            "precision": round(score.precision, 3), "recall": round(score.recall, 3), "f1": round(score.f1, 3)}


def node_id(node: Node) -> str:
    """The identity an extracted node is scored by."""
    if node.label is Label.EVENT:
        return f"Event:{node.properties.get('type', '')}@{node.properties.get('date', '') or ''}"
    if node.label is Label.NATIONALITY:
        return f"Nationality:{node.properties.get('iso2', node.key.split(':', 1)[1])}"
    if node.label is Label.IDENTIFIER:
        return f"Identifier:{node.properties.get('kind')}:{node.properties.get('value')}"
    return f"{node.label.value}:{slugify(node.name)}"


def gold_id(reference: str | list[str]) -> str:
    """``["Event", "raid", "2026-10-13"]`` or ``"Person:Kim Seok-ki"`` -> the scored identity."""
    if isinstance(reference, list):
        label, *rest = reference
        if label == "Event":
            return f"Event:{rest[0]}@{rest[1] if len(rest) > 1 else ''}"
        reference = f"{label}:{rest[0]}"
    label, _, name = reference.partition(":")
    if label in {"Event", "Nationality", "Identifier"}:
        return reference
    return f"{label}:{slugify(name)}"


def evaluate(batch: GraphBatch, gold: dict[str, Any]) -> Evaluation:
    """Compare one extracted batch with its gold data."""
    ids = {key: node_id(node) for key, node in batch.nodes.items()}
    found_entities = {(n.label.value, ids[k]) for k, n in batch.nodes.items()}
    gold_entities = {(ref[0], gold_id(ref)) for ref in gold.get("entities", [])}
    result = Evaluation()
    _compare(result.entities, found_entities, gold_entities, lambda item: item[0], result.misses, "entity")

    found_relations = set()
    for edge in batch.edges:
        if edge.type is RelType.MENTIONS or edge.source not in ids or edge.target not in ids:
            continue
        found_relations.add((edge.type.value, ids[edge.source], ids[edge.target], edge.properties.get("count")))
    gold_relations = {(r[0], gold_id(r[1]), gold_id(r[2]), r[3] if len(r) > 3 else None) for r in gold.get("relations", [])}
    _compare(result.relations, found_relations, gold_relations, lambda item: item[0], result.misses, "relation")
    wanted = {r for r in gold_relations if r[3] is not None and r[1].startswith("Event:") and r[2].startswith("Nationality:")}
    result.nationality_counts = Score(tp=len(wanted & found_relations), fn=len(wanted - found_relations))

    found_counts = {(ids[k], name[6:], value) for k, n in batch.nodes.items()
                    for name, value in n.properties.items() if name.startswith("count_")}
    gold_counts = {(gold_id(event), name, value) for event, counts in gold.get("counts", {}).items()
                   for name, value in counts.items()}
    bucket: dict[str, Score] = {}
    _compare(bucket, found_counts, gold_counts, lambda item: "counts", result.misses, "count")
    result.counts = bucket.get("counts", Score())
    return result


def _compare(scores: dict[str, Score], found: set, gold: set, category, misses: list[str], what: str) -> None:  # type: ignore[no-untyped-def]
    tally: Counter[tuple[str, str]] = Counter()
    for item in found & gold:
        tally[(category(item), "tp")] += 1
    for item in found - gold:
        tally[(category(item), "fp")] += 1
        misses.append(f"extra {what}: {_show(item)}")
    for item in gold - found:
        tally[(category(item), "fn")] += 1
        misses.append(f"missed {what}: {_show(item)}")
    for (name, kind), n in tally.items():
        score = scores.setdefault(name, Score())
        setattr(score, kind, getattr(score, kind) + n)


def _show(item: tuple) -> str:  # type: ignore[type-arg]
    return " ".join(str(part) for part in item if part is not None)


def gold_path(article: Path, gold_dir: Path | None = None) -> Path:
    """``story.txt`` -> ``story.gold.json`` beside it, or in ``gold_dir`` when the gold lives apart."""
    name = article.name.rsplit(".", 1)[0] + ".gold.json"
    return (gold_dir / name) if gold_dir is not None else article.with_name(name)


def gold_split(gold: dict[str, Any]) -> str:
    """The part of a development set a gold file belongs to (``source.split``), "" when unstated."""
    source = gold.get("source")
    return str(source.get("split") or "") if isinstance(source, dict) else ""


def evaluate_folder(folder: Path, articles: Iterable[Path] | None = None, *, gold_dir: Path | None = None,
                    split: str | None = None) -> tuple[Evaluation, dict[str, Evaluation]]:
    """Extract every article in ``folder`` that has a gold file, and score it.

    ``gold_dir`` holds the gold files when they are kept apart from the texts (a real-article set
    whose texts may not be committed); ``split`` keeps only the articles whose gold says they
    belong to that part ("dev", "frozen"). An article the loader cannot read is scored as nothing
    found and named in ``failures``, so one defect costs that article, not the whole score.
    """
    from scamgraph.loaders import LoadError, load_path

    total, per_article = Evaluation(), {}
    for article in sorted(articles or folder.iterdir()):
        gold_file = gold_path(article, gold_dir)
        if article.suffix.lower() not in ARTICLE_SUFFIXES or not gold_file.exists():
            continue
        gold = json.loads(gold_file.read_text("utf-8"))
        if split and gold_split(gold) != split:
            continue
        failures = []
        try:
            batch = load_path(article)
        except LoadError as exc:  # one unreadable article costs its own facts, not the whole score
            batch, failures = GraphBatch(Node(Label.REPORT, article.name, key=f"report:{article.name}")), [str(exc)]
        score = evaluate(batch, gold)
        score.failures = failures
        score.misses = [f"{article.name}: {line}" for line in score.misses]
        per_article[article.name] = score
        total.add(score)
    return total, per_article
