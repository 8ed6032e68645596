"""The Cypher and rows that write a batch, checked without a database."""

from __future__ import annotations

from scamgraph.graph.writes import combined, edge_rows, merge_statements, node_rows
from scamgraph.loaders.structured import parse
from scamgraph.model import Label, RelType
from tests.reports import synthetic_report


def _batch():
    return parse(synthetic_report(4), key="report:00000000000000aa", source="r.json").with_mentions()


def test_values_travel_as_parameters_and_labels_come_from_the_model() -> None:
    batch = _batch()
    batch.nodes["person:worker-4"].name = '"}) DETACH DELETE n //'
    for statement in merge_statements(batch):
        assert "DETACH" not in statement.cypher
        assert statement.cypher.startswith("UNWIND $rows AS row ")
    rows = node_rows(batch)
    assert rows[Label.PERSON][0]["props"]["name"] == '"}) DETACH DELETE n //'


def test_report_node_is_written_first_and_edges_are_grouped_by_end_labels() -> None:
    statements = merge_statements(_batch())
    assert statements[0].cypher.startswith("UNWIND $rows AS row MERGE (n:Report ")
    groups = edge_rows(_batch())
    assert (RelType.ARRESTED, Label.EVENT, Label.NATIONALITY) in groups
    row = groups[(RelType.ARRESTED, Label.EVENT, Label.NATIONALITY)][0]
    text = synthetic_report(4)["report"]["text"]
    assert row["props"] == {"count": 5, "reported": "2025-01-05", "quote": "arrested 5 people",
                            "start": 34, "end": 51}
    assert text[34:51] == "arrested 5 people"


def test_combined_statement_keeps_every_part_running() -> None:
    statement = combined(merge_statements(_batch()))
    assert statement.cypher.count("WITH count(*) AS _") == len(statement.params) - 1
    assert "$rows0 " in statement.cypher and "$rows " not in statement.cypher
