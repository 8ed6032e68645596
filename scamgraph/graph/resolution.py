"""Entity resolution in the store: review candidates, and record a person's merge or split.

Keys already make the same entity meet itself when it is written the same way
(``resolve.entity_key``). Everything looser is a decision for a reviewer, and a decision is a
source like any other: a Report node of kind ``decision`` (who, when, why, action) and, for a
merge, a ``SAME_AS`` edge between the two entities that cites it. Nothing is deleted or
rewritten, so a merge is undone by a split (which removes the SAME_AS edge and records why),
and the history stays. Analyses treat SAME_AS groups as one entity (``analysis.fact_graph``).
"""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from scamgraph.graph.store import BaseStore, StoreError
from scamgraph.model import Edge, Evidence, GraphBatch, Label, Node, RelType
from scamgraph.resolve import Candidate, candidates, slugify

__all__ = ["RESOLVABLE", "Decision", "bare_name", "history", "merge", "review", "scored", "split"]

RESOLVABLE = (Label.PERSON, Label.ORGANIZATION, Label.AGENCY, Label.SITE, Label.DELEGATION, Label.IDENTIFIER)


@dataclass
class Decision:
    action: str
    left: str
    right: str
    who: str
    when: str
    why: str
    report: str


def review(store: BaseStore, threshold: float = 85.0, evidence: int = 2) -> list[dict[str, Any]]:
    """Candidate pairs with their names, score, status and a few quotes about each side."""
    names: dict[str, tuple[str, str]] = {}
    for label in RESOLVABLE:
        for row in store.query(f"MATCH (n:{label.value}) RETURN n.key AS key, n.name AS name"):
            names[row["key"]] = (label.value, row["name"] or row["key"])
    merged = {(r["a"], r["b"]) for r in store.query("MATCH (a)-[:SAME_AS]->(b) RETURN a.key AS a, b.key AS b")}
    found = []
    for candidate in scored(names, threshold):
        pair = (candidate.left, candidate.right)
        status = "merged" if pair in merged or pair[::-1] in merged else "open"
        found.append({**asdict(candidate), "label": names[candidate.left][0], "status": status,
                      "left_name": names[candidate.left][1], "right_name": names[candidate.right][1],
                      "left_evidence": _quotes(store, candidate.left, names[candidate.left][0], evidence),
                      "right_evidence": _quotes(store, candidate.right, names[candidate.right][0], evidence)})
    return found


#: Words that can stand before a person's name besides the roles of the gazetteer (honorifics).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "hon", "rep", "sen", "atty", "gov",
                        "pastor", "father"})


@lru_cache(maxsize=1)
def _title_forms() -> tuple[tuple[str, ...], ...]:
    from scamgraph.gazetteer import roles

    forms = {tuple(slugify(form).split("-")) for form in roles()} | {(h,) for h in HONORIFICS}
    return tuple(sorted((f for f in forms if f and f[0]), key=len, reverse=True))


def bare_name(name: str) -> tuple[str, ...]:
    """A person's name as tokens, without the title or role written before it: "Immigration
    Commissioner Joel Viado" -> ("joel", "viado"). Everything up to the last role word goes (the
    office it belongs to with it); at least two tokens always stay."""
    words = tuple(t for t in slugify(name).split("-") if t)
    cut = 0
    for start in range(len(words)):
        for form in _title_forms():
            end = start + len(form)
            if words[start:end] == form and end <= len(words) - 2:
                cut = max(cut, end)
    return words[cut:]


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return len(short) >= 2 and len(long) > len(short) and any(
        long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def scored(names: dict[str, tuple[str, str]], threshold: float = 85.0) -> list[Candidate]:
    """Candidate pairs, best first: names alike as written (``resolve.candidates``), names alike
    once people's titles are stripped, and names one of which holds the other whole ("Joel
    Viado" in "Immigration Commissioner Joel Viado"; "Prince Group" in "Prince Group Holdings"),
    which is what the possible-duplicates query lists too."""
    bare = {k: (label, " ".join(bare_name(name)) if label == Label.PERSON.value else name)
            for k, (label, name) in names.items()}
    best: dict[tuple[str, str], Candidate] = {}
    for found, why in ((candidates(names, threshold), ""), (candidates(bare, threshold), " without titles")):
        for c in found:
            held = best.get((c.left, c.right))
            if held is None or c.score > held.score:
                best[(c.left, c.right)] = Candidate(c.left, c.right, c.score, c.reason + why)
    tokens = {k: tuple(t for t in slugify(name).split("-") if t) for k, (_, name) in bare.items()}
    blocks: dict[tuple[str, str], set[str]] = {}
    for key, (label, _) in bare.items():
        if label != Label.IDENTIFIER.value and len(tokens[key]) >= 2:
            for token in tokens[key]:
                if len(token) > 2:
                    blocks.setdefault((label, token), set()).add(key)
    for keys in (sorted(k) for k in blocks.values() if len(k) <= 200):
        for i, left in enumerate(keys):
            for right in keys[i + 1:]:
                a, b = tokens[left], tokens[right]
                if (left, right) not in best and (_contains(a, b) or _contains(b, a)):
                    best[(left, right)] = Candidate(left, right, max(threshold, 85.0),
                                                    f"{names[left][0]} name held whole in the other")
    return sorted(best.values(), key=lambda c: (-c.score, c.left, c.right))


def _quotes(store: BaseStore, key: str, label: str, limit: int) -> list[str]:
    if limit <= 0:
        return []  # a caller that only counts candidates need not ask the store for quotes
    rows = store.query(
        f"MATCH (n:{label} {{key: $key}})-[r]-() WHERE r.quote IS NOT NULL AND r.quote <> '' "
        "RETURN DISTINCT r.quote AS quote LIMIT $limit", {"key": key, "limit": limit})
    return [r["quote"] for r in rows]


def _node(store: BaseStore, key: str) -> Node:
    label_name = key.split(":", 1)[0]
    label = next((lbl for lbl in Label if lbl.value.lower() == label_name), None)
    if label is None:
        raise StoreError(f"{key!r} is not a node key (label:slug)")
    rows = store.query(f"MATCH (n:{label.value} {{key: $key}}) RETURN properties(n) AS p", {"key": key})
    if not rows:
        raise StoreError(f"no entity with key {key!r} in the store")
    props = dict(rows[0]["p"])
    name = props.pop("name", key)
    props.pop("key", None)
    return Node(label, name, key=key, properties=props)


def _decision(action: str, left: Node, right: Node, who: str | None, why: str) -> tuple[GraphBatch, Decision]:
    if not why.strip():
        raise StoreError("a decision needs a reason (--why)")
    if left.label is not right.label:
        raise StoreError(f"{left.key} and {right.key} have different labels; only like can be one entity")
    when = datetime.now(UTC).isoformat(timespec="seconds")
    who = who or getpass.getuser()
    digest = hashlib.sha256(f"{action}|{left.key}|{right.key}|{when}|{who}".encode()).hexdigest()[:16]
    report = Node(Label.REPORT, f"{action} {left.name} / {right.name}", key=f"report:{digest}",
                  properties={"kind": "decision", "action": action, "left": left.key, "right": right.key,
                              "who": who, "when": when, "why": why, "published": when[:10]})
    return GraphBatch(report), Decision(action, left.key, right.key, who, when, why, report.key)


def merge(store: BaseStore, left: str, right: str, *, why: str, who: str | None = None) -> Decision:
    """Record that two entities are one: a decision report and a SAME_AS edge that cites it."""
    a, b = _node(store, left), _node(store, right)
    batch, decision = _decision("merge", a, b, who, why)
    batch.add_node(a)
    batch.add_node(b)
    batch.add_edge(Edge(RelType.SAME_AS, a.key, b.key, (Evidence(batch.report_key, quote=why),),
                        {"decided_by": decision.who, "decided_at": decision.when}))
    store.merge(batch)
    return decision


def split(store: BaseStore, left: str, right: str, *, why: str, who: str | None = None) -> Decision:
    """Undo a merge: remove the SAME_AS edges between two entities and record why."""
    a, b = _node(store, left), _node(store, right)
    batch, decision = _decision("split", a, b, who, why)
    removed = store.query(f"MATCH (a:{a.label.value} {{key: $a}})-[r:SAME_AS]-(b:{b.label.value} {{key: $b}}) "
                          "DELETE r RETURN count(*) AS n", {"a": a.key, "b": b.key}, read_only=False)
    if not removed or not removed[0]["n"]:
        raise StoreError(f"{a.key} and {b.key} are not merged; nothing to split")
    store.merge(batch)
    return decision


def history(store: BaseStore) -> list[dict[str, Any]]:
    """Every decision, oldest first."""
    return store.query("MATCH (r:Report {kind: 'decision'}) RETURN r.action AS action, r.left AS left, "
                       "r.right AS right, r.who AS who, r.when AS when, r.why AS why, r.key AS report ORDER BY r.when")
