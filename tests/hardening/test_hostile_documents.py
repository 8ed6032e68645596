"""Hostile documents, second round: front matter bombs, deep nesting and lone surrogates are each
one clear error naming the file, and the files after them are still read and stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scamgraph.loaders import LoadError, load_path

LAUGHS = "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
BOMB = "---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + LAUGHS + "title: *i\n---\nPolice raided a compound.\n"
GOOD = {"report": {"title": "After the bombs", "published": "2025-01-02"},
        "entities": [{"id": "p", "label": "Person", "name": "Survivor Of Batch"}], "relations": []}

HOSTILE = {
    "a-alias-bomb.md": (BOMB, "alias"),
    "b-deep.md": ("---\ntitle: " + "[" * 50_000 + "]" * 50_000 + "\n---\nPolice raided a compound.\n", "nested"),
    "c-deep-block.yaml": ("".join("  " * i + f"k{i}:\n" for i in range(3_000)) + "  " * 3_000 + "x: 1\n", "nested"),
    "d-surrogate.json": (json.dumps({"report": {"title": "t"}, "entities": [
        {"id": "p", "label": "Person", "name": "\ud800"}]}), "/entities/0/name"),
    "e-surrogate.yaml": ('report: {title: t}\nentities:\n  - {id: p, label: Person, name: "Kim \\ud800"}\n',
                         "/entities/0/name"),
    "f-surrogate-title.md": ('---\ntitle: "\\udfff"\n---\nPolice raided a compound.\n', "surrogate"),
    "g-cycle.yaml": ("report: &r {title: t, loop: *r}\n", "alias"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_document_is_one_clear_error(tmp_path: Path, name: str) -> None:
    text, words = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with pytest.raises(LoadError) as caught:
        load_path(path)
    message = str(caught.value)
    assert str(path) in message and words in message and "\n" not in message
    message.encode("utf-8")  # printable: a surrogate in the file is not echoed raw


def test_a_batch_goes_on_after_every_hostile_document(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, (text, _) in HOSTILE.items():
        (folder / name).write_bytes(text.encode("utf-8", "surrogatepass"))
    (folder / "z-good.json").write_text(json.dumps(GOOD))
    store = f"embedded:{tmp_path / 'store'}"
    done = subprocess.run([sys.executable, "-m", "scamgraph.cli", "ingest", str(folder), "--store", store],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "500"})
    output = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in output, output[-3000:]
    for name in HOSTILE:
        assert name in output, name
    found = subprocess.run([sys.executable, "-m", "scamgraph.cli", "query",
                            "MATCH (p:Person {name: 'Survivor Of Batch'}) RETURN count(p) AS n", "-f", "json",
                            "--store", store], capture_output=True, text=True, timeout=120)
    assert json.loads(found.stdout) == [{"n": 1}], found.stderr


def test_a_lone_surrogate_in_a_sanctions_stream_skips_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "s.ftm.jsonl"
    lines = [{"id": "a", "schema": "Person", "properties": {"name": ["\udfff Kim"]}},
             {"id": "b", "schema": "Person", "properties": {"name": ["Lee Min-su"]}}]
    path.write_bytes("\n".join(json.dumps(line) for line in lines).encode())
    batch = load_path(path)
    assert [n.name for n in batch.nodes.values()] == ["Lee Min-su"]
    assert len(batch.problems) == 1 and "line 1" in batch.problems[0] and "/properties/name/0" in batch.problems[0]


def test_the_model_refuses_a_lone_surrogate_whatever_the_loader() -> None:
    from scamgraph.model import ModelError, Node

    with pytest.raises(ModelError, match="lone surrogate"):
        Node("Person", "Kim \ud800")
    with pytest.raises(ModelError, match="lone surrogate"):
        Node("Person", "Kim", properties={"alias": ["\udc80"]})


def test_an_export_does_not_follow_a_link_planted_at_its_temporary_name(tmp_path: Path) -> None:
    """In a folder other users can write to, the old fixed ``NAME.tmp`` could be a planted link
    that made the export overwrite a file of the attacker's choosing."""
    import networkx as nx

    from scamgraph.exports import export

    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    (tmp_path / "graph.json.tmp").symlink_to(victim)
    graph = nx.MultiDiGraph()
    graph.add_node("person:a", label="Person", name="A")
    export(graph, "json", tmp_path / "graph.json")
    assert victim.read_text() == "keep me"
    assert (tmp_path / "graph.json").read_text().startswith("{")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "graph.json.tmp", "precious.txt"]
