"""Structured JSON/YAML reports: what loads, and the messages for what does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scamgraph.loaders import LoadError, iter_report_files, load_path
from tests.conftest import EXAMPLES
from tests.reports import synthetic_report


def test_every_example_report_loads_cleanly() -> None:
    paths = list(iter_report_files([EXAMPLES]))
    assert len(paths) >= 5
    for path in paths:
        batch = load_path(path)
        assert batch.problems == [], batch.problems
        assert batch.edges and batch.nodes


def test_quotes_get_spans_in_the_report_text() -> None:
    batch = load_path(EXAMPLES / "2025-10-cambodia-compound-raid.json")
    text = json.loads((EXAMPLES / "2025-10-cambodia-compound-raid.json").read_text())["report"]["text"]
    arrested = next(e for e in batch.edges if e.type.value == "ARRESTED")
    ev = arrested.evidence[0]
    assert text[ev.start:ev.end] == ev.quote == "arrested 57 South Korean nationals"
    assert arrested.properties == {"count": 57} and arrested.target == "nationality:KR"


def test_malformed_json_names_the_file_and_place(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"report": {"title": "x"},\n "entities": [,]}')
    with pytest.raises(LoadError) as raised:
        load_path(path)
    assert str(path) in str(raised.value) and "line 2" in str(raised.value)


def test_bad_records_are_skipped_and_named(tmp_path: Path) -> None:
    report = synthetic_report(1)
    report["entities"].append({"id": "x", "label": "Villain", "name": "Nobody"})
    report["entities"].append({"id": "y", "label": "Person", "name": "Deep", "properties": {"a": {"b": 1}}})
    report["relations"].append({"type": "LEADS", "source": "x", "target": "site"})
    path = tmp_path / "partial.json"
    path.write_text(json.dumps(report))
    batch = load_path(path)
    assert len(batch.problems) == 3
    assert batch.problems[0].startswith(f"{path} at /entities/4: ")
    assert "/entities/5" in batch.problems[1] and "/relations/3" in batch.problems[2]
    assert "person:worker-1" in batch.nodes  # the good records loaded


def test_yaml_alias_bombs_are_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join(['*a' + str(i - 1)] * 10)}]" for i in range(1, 12)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(LoadError, match="aliases"):
        load_path(path)


def test_unknown_extensions_and_missing_report_object(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no loader"):
        load_path(tmp_path / "notes.docx")
    path = tmp_path / "no-report.json"
    path.write_text('{"entities": []}')
    with pytest.raises(LoadError, match="/report"):
        load_path(path)
