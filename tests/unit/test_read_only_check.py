"""The read-only check reads Cypher the way the engine does: a clause inside a string literal,
a backticked name or a comment is not a clause, and a clause after one of them still is."""

from __future__ import annotations

import pytest

from scamgraph.graph.store import changes_graph

WRITES = [
    "WITH 'http://x' AS u CREATE (:Person {name: u})",
    'WITH "http://x" AS u MERGE (:Person {name: u})',
    "WITH '/* not a comment' AS u DETACH DELETE (n) // */",
    "WITH 'it\\'s // still a string' AS u SET u.x = 1",
    "WITH 'a\\\\' AS u CREATE (:X)",  # an escaped backslash ends the literal; the quote after it closes it
    "WITH `odd // name` AS u REMOVE u.x",
    "RETURN '' AS a, \"\" AS b UNION MATCH (n) DELETE n",
    "MATCH (n) /* a comment 'with a quote */ SET n.x = 1",
    "MATCH (n) // trailing 'quote\nDETACH DELETE n",
    "WITH 'unterminated // CREATE (:X)",
]

READS = [
    "MATCH (n) WHERE n.name = 'CREATE' RETURN n",
    "MATCH (n) WHERE n.note = \"we will MERGE later\" RETURN n",
    "MATCH (n) RETURN n.`SET` AS x",
    "MATCH (n) RETURN n // DELETE everything\n",
    "MATCH (n) /* DETACH DELETE */ RETURN n",
    "MATCH (n) WHERE n.url = 'http://x.example/CREATE' RETURN n",
    "RETURN 'it\\'s a CREATE' AS s",
]


@pytest.mark.parametrize("cypher", WRITES)
def test_a_write_after_a_tricky_literal_is_seen(cypher: str) -> None:
    assert changes_graph(cypher), cypher


@pytest.mark.parametrize("cypher", READS)
def test_a_clause_word_inside_a_literal_or_comment_is_not_a_write(cypher: str) -> None:
    assert not changes_graph(cypher), cypher
