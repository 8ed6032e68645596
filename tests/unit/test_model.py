"""The model's rules: keys, property values, batches. No database."""

from __future__ import annotations

import pytest

from scamgraph.model import Edge, Evidence, GraphBatch, Label, ModelError, Node, RelType, make_key, report_key


def _report() -> Node:
    return Node(Label.REPORT, "A report", key=report_key("text"))


def test_keys_are_stable_across_spelling_variants() -> None:
    assert make_key("Person", "Kim Seok-ki") == make_key("Person", "kim  seok ki") == "person:kim-seok-ki"
    assert make_key("Nationality", "kr") == "nationality:KR"
    assert report_key(b"same bytes") == report_key("same bytes")


@pytest.mark.parametrize("bad", ["", "Korea", "K1"])
def test_nationality_needs_an_iso_code(bad: str) -> None:
    with pytest.raises(ModelError):
        make_key("Nationality", bad)


def test_unknown_labels_and_types_are_refused() -> None:
    with pytest.raises(ValueError):
        Node("Villain", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Edge("KNOWS_SECRETLY", "person:a", "person:b")  # type: ignore[arg-type]


def test_properties_must_be_storable() -> None:
    node = Node(Label.PERSON, "A\x00B", properties={"role": "lawmaker", "note": None, "ages": [1, 2]})
    assert node.name == "AB" and node.properties == {"role": "lawmaker", "ages": [1, 2]}
    with pytest.raises(ModelError):
        Node(Label.PERSON, "x", properties={"nested": {"a": 1}})
    with pytest.raises(ModelError):
        Node(Label.PERSON, "x", properties={"mixed": [1, "a"]})
    with pytest.raises(ModelError):
        Node(Label.PERSON, "x", properties={"bad key": 1})
    with pytest.raises(ModelError):
        Edge(RelType.ARRESTED, "event:a", "nationality:KR", properties={"report": "forged"})


def test_batch_folds_repeated_nodes_and_checks_edges() -> None:
    batch = GraphBatch(_report())
    batch.add_node(Node(Label.PERSON, "Lee Min-su", properties={"role": "lawmaker"}))
    batch.add_node(Node(Label.PERSON, "Lee  Min-su", properties={"party": "X", "role": "other"}))
    assert list(batch.nodes) == ["person:lee-min-su"]
    assert batch.nodes["person:lee-min-su"].properties == {"role": "lawmaker", "party": "X"}
    batch.add_edge(Edge(RelType.HAS_NATIONALITY, "person:lee-min-su", "nationality:KR"))
    with pytest.raises(ModelError, match="not a node of this batch"):
        batch.validate()


def test_evidence_must_cite_the_batch_report() -> None:
    batch = GraphBatch(_report())
    batch.add_node(Node(Label.PERSON, "A"))
    batch.add_edge(Edge(RelType.MENTIONS, batch.report_key, "person:a", (Evidence(report_key("other")),)))
    with pytest.raises(ModelError, match="cites"):
        batch.validate()
    with pytest.raises(ModelError):
        Evidence(batch.report_key, 5, 2)


def test_every_entity_gets_a_mention_edge() -> None:
    batch = GraphBatch(_report())
    batch.add_node(Node(Label.PERSON, "A"))
    batch.add_node(Node(Label.SITE, "B"))
    batch.with_mentions()
    assert {(e.source, e.target) for e in batch.edges if e.type is RelType.MENTIONS} == {
        (batch.report_key, "person:a"), (batch.report_key, "site:b")}
