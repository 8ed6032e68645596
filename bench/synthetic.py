"""A seeded synthetic scam network, as a GraphBatch, for measuring stores alone.

Shape, not content: compounds in a few countries, operators and recruiters, many workers (of
many nationalities), raids and arrests, identifiers reused across victim reports. Endpoints
are drawn with a heavy tail (a few compounds and operators touch much of the network), as in
real data.
"""

from __future__ import annotations

import random

from scamgraph.model import Edge, Evidence, GraphBatch, Label, Node, RelType, report_key

__all__ = ["synthetic_batch"]

_NODE_SHARE = [  # label, share of nodes
    (Label.PERSON, 0.55), (Label.IDENTIFIER, 0.2), (Label.EVENT, 0.1), (Label.SITE, 0.05),
    (Label.ORGANIZATION, 0.04), (Label.LOCATION, 0.03), (Label.AGENCY, 0.02), (Label.SCAM_TYPE, 0.01),
]
_EDGE_PATTERNS = [  # type, source label, target label, weight
    (RelType.USES, Label.PERSON, Label.IDENTIFIER, 4), (RelType.OCCURRED_AT, Label.EVENT, Label.SITE, 2),
    (RelType.ARRESTED, Label.EVENT, Label.PERSON, 4), (RelType.OPERATES, Label.PERSON, Label.SITE, 2),
    (RelType.LOCATED_IN, Label.SITE, Label.LOCATION, 1), (RelType.CONDUCTED, Label.AGENCY, Label.EVENT, 2),
    (RelType.ENGAGED_IN, Label.SITE, Label.SCAM_TYPE, 1), (RelType.OWNS, Label.ORGANIZATION, Label.SITE, 1),
    (RelType.ASSOCIATED_WITH, Label.PERSON, Label.PERSON, 2), (RelType.HAS_NATIONALITY, Label.PERSON, Label.NATIONALITY, 3),
]
_COUNTRIES = ["KR", "CN", "VN", "ID", "PH", "MY", "TH", "IN", "KE", "UG", "ET", "NG", "PK", "BD", "LK",
              "NP", "MM", "LA", "KH", "TW", "JP", "US", "BR", "RU", "UA", "KZ", "UZ", "EG", "MA", "TR"]


def synthetic_batch(nodes: int, edges: int, seed: int = 7) -> GraphBatch:
    """One batch with about ``nodes`` nodes and exactly ``edges`` distinct fact edges."""
    rng = random.Random(seed)
    report = Node(Label.REPORT, f"synthetic {nodes}/{edges}/{seed}", key=report_key(f"{nodes}/{edges}/{seed}"))
    batch = GraphBatch(report)
    by_label: dict[Label, list[str]] = {Label.NATIONALITY: []}
    for code in _COUNTRIES:
        batch.add_node(Node(Label.NATIONALITY, code, properties={"iso2": code}))
        by_label[Label.NATIONALITY].append(f"nationality:{code}")
    for label, share in _NODE_SHARE:
        keys = by_label.setdefault(label, [])
        for i in range(max(1, int(nodes * share))):
            node = batch.add_node(Node(label, f"{label.value} {i}", properties=_props(label, i, rng)))
            keys.append(node.key)
    weights = [w for *_, w in _EDGE_PATTERNS]
    seen: set[tuple[str, RelType, str]] = set()
    while len(seen) < edges:
        rel, src_label, dst_label, _ = rng.choices(_EDGE_PATTERNS, weights)[0]
        src, dst = _pick(by_label[src_label], rng), _pick(by_label[dst_label], rng)
        if src == dst or (src, rel, dst) in seen:
            continue
        seen.add((src, rel, dst))
        props = {"count": rng.randint(1, 60)} if rel is RelType.ARRESTED else {}
        batch.add_edge(Edge(rel, src, dst, (Evidence(report.key, 0, 10, "synthetic"),), props))
    return batch


def _pick(keys: list[str], rng: random.Random) -> str:
    """Heavy-tailed choice: low indexes are drawn far more often."""
    return keys[min(len(keys) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.3 else rng.choice(keys)


def _props(label: Label, i: int, rng: random.Random) -> dict[str, object]:
    if label is Label.EVENT:
        return {"type": rng.choice(["raid", "arrest", "repatriation", "rescue"]),
                "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
    if label is Label.IDENTIFIER:
        return {"kind": "phone", "value": f"+8551{i:08d}"}
    if label is Label.PERSON:
        return {"role": rng.choice(["worker"] * 8 + ["operator", "recruiter"])}
    return {}
