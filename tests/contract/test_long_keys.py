"""Names far longer than any index entry may be: both stores write the node, its edges and its
evidence at once, visible to the next query without a restart, and give it the same key."""

from __future__ import annotations

from scamgraph.graph.store import BaseStore, open_store
from scamgraph.model import MAX_KEY_CHARS, Edge, Evidence, GraphBatch, Label, Node, RelType, report_key
from scamgraph.resolve import entity_key

REPORT = report_key("long names")


def long_batch() -> GraphBatch:
    batch = GraphBatch(Node(Label.REPORT, "Long names", key=REPORT))
    people = [batch.add_node(Node(Label.PERSON, name, key=entity_key(Label.PERSON, name)))
              for name in ("Chen " + "Zhi " * 2500 + "One", "Chen " + "陈志" * 2000 + "Two")]
    site = batch.add_node(Node(Label.SITE, "Golden " + "Lotus " * 800, key=entity_key(Label.SITE, "Golden " + "Lotus " * 800)))
    for person in people:
        batch.add_edge(Edge(RelType.OPERATES, person.key, site.key, (Evidence(REPORT, quote="ran the compound"),)))
    return batch


def test_long_names_are_written_whole_and_at_once(store: BaseStore) -> None:
    store.ensure_schema()
    batch = long_batch()
    result = store.merge(batch)
    assert result.nodes_created == 4 and not result.skipped
    rows = store.query("MATCH (p:Person)-[r:OPERATES]->(s:Site) RETURN p.key AS p, s.key AS s, r.quote AS q")
    keys = sorted(n.key for n in batch.nodes.values() if n.label is Label.PERSON)
    assert sorted(r["p"] for r in rows) == keys and {r["q"] for r in rows} == {"ran the compound"}
    assert all(len(r["p"]) <= MAX_KEY_CHARS and len(r["s"]) <= MAX_KEY_CHARS for r in rows)
    mentioned = store.query("MATCH (:Report {key: $r})-[:MENTIONS]->(n) RETURN count(n) AS n", {"r": REPORT})
    assert mentioned == [{"n": 3}]
    full = store.query("MATCH (p:Person {key: $k}) RETURN p.full_name AS full, size(p.name) AS shown", {"k": keys[0]})
    assert full[0]["full"].startswith("Chen ") and len(full[0]["full"].encode()) > 10_000 and full[0]["shown"] <= 500


def test_long_keys_survive_a_reopen_unchanged(store_url: str) -> None:
    batch = long_batch()
    with open_store(store_url) as first:
        first.ensure_schema()
        first.merge(batch)
        before = first.stats()
    with open_store(store_url) as second:
        assert second.stats() == before
        assert second.merge(long_batch()).skipped  # the same report, the same keys
