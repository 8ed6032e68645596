"""The Cypher and rows that write a batch, checked without a database."""

from __future__ import annotations

import re

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
        assert set(re.findall(r"\$\w+", statement.cypher)) == {"$rows"}  # the only value it reads
        assert list(statement.params) == ["rows"]
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


def test_a_new_reports_edges_are_created_and_a_remerge_merges_them() -> None:
    created = merge_statements(_batch(), create=True)
    merged = merge_statements(_batch())
    edges = [s.cypher for s in created if " MATCH " in s.cypher]
    assert edges and all(" CREATE (a)-[r:" in c and " MERGE (a)" not in c for c in edges)
    assert all(" MERGE (n:" in s.cypher for s in created if " MATCH " not in s.cypher)  # nodes are shared
    assert all(" MERGE (a)-[r:" in s.cypher for s in merged if " MATCH " in s.cypher)


def test_cypher_literals_escape_quotes_and_backslashes() -> None:
    from scamgraph.graph.writes import cypher_literal

    assert cypher_literal('a "b" \\ c') == '"a \\"b\\" \\\\ c"'
    assert cypher_literal({"n": 1.5, "ok": False, "l": [1, None]}) == '{`n`:1.5,`ok`:false,`l`:[1,null]}'
    for bad in ({"a`b": 1}, {"": 1}, object()):
        try:
            cypher_literal(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was rendered")


def test_falkordb_queries_join_a_small_batch_and_chunk_a_large_one() -> None:
    from scamgraph.graph.writes import falkordb_queries

    statements = merge_statements(_batch(), create=True)
    (single,) = falkordb_queries(statements)
    assert single.startswith("CYPHER rows0=[") and "WITH count(*) AS _" in single
    rows = sum(len(s.params["rows"]) for s in statements)
    chunked = falkordb_queries(statements, chunk=1)
    assert len(chunked) == rows and all(q.startswith("CYPHER rows=[{") for q in chunked)


def _sent(statements: list, new_report: str | None, batch_size: int, held=None) -> list:
    """The queries ``neo4j_queries`` yields, each node query answered with made-up element
    ids the way ``_run_writes`` answers it (the edge chunks built after it need them)."""
    from scamgraph.graph.neo4j import neo4j_queries
    from scamgraph.graph.neo4j_writes import IDS

    ids: dict[str, str] = {}
    queries = []
    for cypher, params in neo4j_queries(statements, new_report, batch_size, held, ids):
        if cypher.endswith(IDS):
            ids.update({row["key"]: f"id-of-{row['key']}" for row in params["rows"]})
        queries.append((cypher, params))
    return queries


def test_neo4j_queries_create_the_report_first_and_chunk_rows() -> None:
    statements = merge_statements(_batch(), create=True)
    queries = _sent(statements, "report:00000000000000aa", batch_size=2)
    assert queries[0] == ("CYPHER replan=skip UNWIND $rows AS row CREATE (:Report {key: row.key})",
                          {"rows": [{"key": "report:00000000000000aa"}]})
    assert all(len(params["rows"]) <= 2 for _, params in queries)
    assert sum(len(p["rows"]) for _, p in queries[1:]) == sum(len(s.params["rows"]) for s in statements)
    assert not any("CREATE (:Report" in c for c, _ in _sent(statements, None, 5000))


def test_neo4j_creates_the_nodes_it_lacks_naming_their_properties() -> None:
    """No ``+=`` where the store holds nothing (it plans an Eager on Neo4j): the properties are
    named in the text, and a node the store holds is merged, keeping what a row leaves out."""
    statements = merge_statements(_batch(), create=True)
    held = {"person:worker-4"}
    queries = _sent(statements, None, 5000, lambda label, keys: held & set(keys))
    merged = [(c, p) for c, p in queries if "MERGE (n:" in c]
    assert [row["key"] for _, p in merged for row in p["rows"]] == ["person:worker-4"]
    assert all("+=" in c for c, _ in merged)
    created = [c for c, _ in queries if "MERGE" not in c]
    assert created and not any("+=" in c for c in created)
    event = next(c for c in created if "CREATE (n:Event" in c)
    assert "`date`: row.props.`date`, `name`: row.props.`name`" in event
    rows = {row["key"] for c, p in queries if "CREATE (n:" in c for row in p["rows"]}
    assert "person:worker-4" not in rows and "event:raid-number-4" in rows
    assert all(" MERGE " in c for c, _ in _sent(statements, None, 5000) if "(n:" in c)


def test_neo4j_folds_a_node_two_reports_name_into_one_create() -> None:
    from scamgraph.graph.neo4j_writes import write_queries
    from scamgraph.graph.writes import Statement, node_cypher

    rows = [{"key": "person:a", "props": {"name": "A", "role": "worker"}},
            {"key": "person:a", "props": {"name": "A2", "odd`name": 1}}]
    statement = Statement(node_cypher(Label.PERSON), {"rows": rows}, ("node", Label.PERSON))
    [(cypher, params)] = list(write_queries([statement], lambda label, keys: set(), 5000, {}))
    assert params["rows"] == [{"key": "person:a", "props": {"name": "A2", "role": "worker", "odd`name": 1}}]
    assert "`odd``name`: row.props.`odd``name`" in cypher


def test_a_batch_with_a_stray_edge_is_refused_before_anything_is_built() -> None:
    import pytest

    from scamgraph.model import Edge, Evidence, ModelError

    stray = _batch()
    stray.add_edge(Edge(RelType.ASSOCIATED_WITH, "person:worker-4", "person:nobody"))
    foreign = _batch()
    foreign.add_edge(Edge(RelType.ASSOCIATED_WITH, "person:worker-4", "site:shared-compound",
                          (Evidence("report:0000000000000bad", 0, 4, "else"),)))
    for batch in (stray, foreign):
        with pytest.raises(ModelError):
            merge_statements(batch)


def test_a_reports_mentions_find_the_report_once() -> None:
    batch = _batch().with_mentions()
    mentions = [s for s in merge_statements(batch, create=True) if ":MENTIONS" in s.cypher]
    assert mentions and all(s.cypher.startswith("WITH $rows[0].source AS first MATCH (a:Report {key: first}) ")
                            for s in mentions)
    assert {row["source"] for s in mentions for row in s.params["rows"]} == {batch.report_key}


def test_neo4j_finds_a_new_reports_edge_ends_by_the_ids_its_node_queries_returned() -> None:
    """Every node query returns its nodes' element ids; the edge chunks built after it carry
    the ids of their own ends beside the rows (no locking key seek), and read ``ids`` only
    when they are built, so a caller that fills it query by query is in time."""
    from scamgraph.graph.neo4j_writes import IDS, write_queries

    statements = merge_statements(_batch(), create=True)
    ids: dict[str, str] = {}
    edge_chunks = 0
    for cypher, params in write_queries(statements, lambda label, keys: set(), 5000, ids):
        if cypher.endswith(IDS):
            ids.update({row["key"]: f"id-of-{row['key']}" for row in params["rows"]})
            continue
        edge_chunks += 1
        assert "{key: row." not in cypher and "elementId(b) = $ids[row.target]" in cypher
        assert set(params["ids"]) == {row["source"] for row in params["rows"]} | {row["target"] for row in params["rows"]}
        assert all(value == f"id-of-{key}" for key, value in params["ids"].items())
    assert edge_chunks == sum(1 for s in statements if s.shape[:1] == ("edge",))
