"""Every loader on random and adversarial input: a clear error or a clean result, in bounded time.

The hypothesis runs here are bounded (a few dozen examples each, a deadline per example) so the
test command stays fast; ``HYPOTHESIS_PROFILE=long`` runs thousands.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scamgraph.loaders import LoadError, load_path
from scamgraph.loaders.ftm import parse_lines
from scamgraph.loaders.news import extract
from scamgraph.loaders.structured import parse, parse_csv
from scamgraph.loaders.text import parse_article
from scamgraph.model import GraphBatch, ModelError

# Hypothesis profiles (bounded by default, HYPOTHESIS_PROFILE=long) are set in conftest.py.

KEY = "report:00000000000000aa"
WORDS = ["police", "raided", "arrested", "57", "South", "Korean", "nationals", "Kim", "Seok-ki", "Phnom", "Penh",
         "compound", "on", "Tuesday", ",", ".", "\n", "(", "CCOS", ")", "<script>", "}) DETACH DELETE n //", "`",
         "\u202e", "\x00", "3,455", "fifty-seven", "led", "by", "delegation", "\ufeff", "=cmd|' /C calc'!A0"]


def clean(batch: GraphBatch) -> None:
    """A clean result: a batch that validates, whose every string is free of NUL."""
    batch.validate()
    for node in batch.all_nodes():
        assert "\x00" not in node.name and node.key == node.key.strip()


@given(st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))
def test_news_on_word_salad(text: str) -> None:
    try:
        article = parse_article(text.encode("utf-8", "surrogatepass"), ".txt")
    except ValueError:
        return
    clean(extract(article))


@given(st.binary(max_size=2000))
def test_news_on_random_bytes(raw: bytes) -> None:
    for suffix in (".txt", ".md", ".html"):
        try:
            article = parse_article(raw, suffix)
        except ValueError as exc:
            assert str(exc)  # says why
            continue
        clean(extract(article))


@pytest.mark.parametrize("text", [
    "T-Thh-B-of",  # (a fuzzer's find: a name and "of" end the text, and a rule looked one word on)
    "Sanae Orvik of", "Dara Venn of the", "Tovan Reyes and Vale of", "5 Vale of", "Police raided the Kong Vale of",
    # (a probe's finds: texts cut after each of their words)
    "Police charged", "Eleven Lao nationals,", "Those set free included 212 Chinese,",
    "Officials sanctioned the site's owner, Tarvolen Holdings Group,",
    "In all 1,322 foreigners from 9 countries were held in the", "Of them, 14 were from",
    "Joint operations by Thai and Lao police resulted in the",
    "Five Kenyans, kept for weeks in a compound and made to scam strangers, have been",
    "Nineteen Ugandans, freed by troops on Friday, returned", "On Friday 38 Sri Lankans were freed and flown back to",
    "the pair and four workers freed took and",
])
def test_news_on_texts_that_stop_where_a_rule_looks_on(text: str) -> None:
    """Rules that read the words after a name ("of" and a university, a body's head word) meet the
    end of the text there and must say no rather than index past it."""
    for suffix in (".txt", ".md", ".html"):
        clean(extract(parse_article(text.encode(), suffix)))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=30)


@given(st.fixed_dictionaries({"report": st.dictionaries(st.sampled_from(["title", "published", "text", "country"]), json_values),
                              "entities": st.lists(st.dictionaries(st.sampled_from(["id", "label", "name", "properties"]),
                                                                   json_values | st.sampled_from(["Person", "Site", "x"])), max_size=5),
                              "relations": st.lists(st.dictionaries(st.sampled_from(["type", "source", "target", "quote"]),
                                                                     json_values | st.sampled_from(["USES", "x"])), max_size=5)}))
def test_structured_on_random_documents(document: dict) -> None:
    try:
        clean(parse(document, key=KEY, source="r.json"))
    except LoadError as exc:
        assert "r.json" not in str(exc) or str(exc)


@given(st.lists(st.lists(st.sampled_from(WORDS + ["Person", "Site", "USES", "Identifier", "phone:+85512345678", ""]),
                         max_size=9), max_size=20))
def test_csv_on_ragged_rows(rows: list[list[str]]) -> None:
    header = "source_label,source_name,relation,target_label,target_name,quote\n"
    text = header + "\n".join(",".join(json.dumps(c) if "," in c or '"' in c else c for c in row) for row in rows)
    try:
        clean(parse_csv(text, key=KEY, source="r.csv"))
    except LoadError as exc:
        assert "invalid CSV" in str(exc) or "lacks the columns" in str(exc)


@given(st.lists(st.text(max_size=80) | json_values.map(json.dumps), max_size=15))
def test_ftm_on_random_lines(lines: list[str]) -> None:
    clean(parse_lines(lines, key=KEY, source="s.ftm.json"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("nested.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("many-aliases.yaml", b"a: &a [x]\n" + b"".join(f"k{i}: *a\n".encode() for i in range(150))
         + b"report: {title: t}\n", "aliases"),
        ("laughs.yaml", b"report: {title: t}\nbomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + b"".join(
            f"  {chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(8))
         + b"entities:\n  - {id: e, label: Person, name: x, properties: {p: *i}}\n", "alias"),
        ("bom.json", b"\xef\xbb\xbf" + json.dumps({"report": {"title": "BOM first"}}).encode(), None),
        ("latin1.csv", "source_label,source_name\nPerson,Jos\xe9\n".encode("latin-1"), "not UTF-8"),
        ("ragged.csv", b"source_label,source_name,relation,target_label,target_name\nPerson,A,USES\n", None),
    ],
)
def test_adversarial_files(tmp_path: Path, name: str, content: bytes, message: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    started = time.monotonic()
    try:
        batch = load_path(path)
    except LoadError as exc:
        assert message is not None and message in str(exc) and str(path) in str(exc)
    else:
        assert message is None
        clean(batch)
        if name == "ragged.csv":
            assert batch.problems and "row 2" in batch.problems[0]
    assert time.monotonic() - started < 30


def test_ten_megabyte_files_are_bounded(tmp_path: Path) -> None:
    big_json = tmp_path / "big.json"
    entities = [{"id": f"e{i}", "label": "Person", "name": f"Person {i} " + "x" * 40} for i in range(120_000)]
    big_json.write_text(json.dumps({"report": {"title": "big"}, "entities": entities}))
    assert big_json.stat().st_size > 10_000_000
    started = time.monotonic()
    batch = load_path(big_json)
    assert len(batch.nodes) == 120_000 and time.monotonic() - started < 60
    big_text = tmp_path / "big.txt"
    big_text.write_text("Police raided a compound. " * 400_000)
    with pytest.raises(LoadError, match="more than one article"):
        load_path(big_text)


def test_formula_prefixes_stay_data_and_csv_outputs_neutralize_them(tmp_path: Path) -> None:
    from scamgraph.pipeline import _write_csv

    text = ("source_label,source_name,relation,target_label,target_name,quote\n"
            "Person,=cmd|' /C calc'!A0,OPERATES,Site,@SUM(A1),+1 click here\n")
    batch = parse_csv(text, key=KEY, source="f.csv")
    names = {n.name for n in batch.nodes.values()}
    assert "=cmd|' /C calc'!A0" in names  # stored as it was written: it is evidence
    out = _write_csv(tmp_path / "t.csv", [{"name": n} for n in sorted(names)])
    assert all(not line.startswith(("=", "@", "+")) for line in out.read_text().splitlines())


def test_model_refuses_labels_and_keys_outside_the_closed_set() -> None:
    from scamgraph.model import Edge, Label, Node

    with pytest.raises(ValueError):
        Label("Person`) DETACH DELETE n //")
    with pytest.raises(ModelError):
        Node(Label.PERSON, "x", properties={"name`}) DETACH DELETE n //": 1})
    with pytest.raises(ValueError):
        Edge("KNOWS]->() DETACH DELETE n //", "person:a", "person:b")  # type: ignore[arg-type]


def test_coverage_guided_fuzzing_finds_no_crash(tmp_path: Path) -> None:
    """A bounded atheris run (20 s); ``fuzz_loaders.py -runs=N`` runs as long as you like."""
    import subprocess
    import sys

    pytest.importorskip("atheris")
    harness = Path(__file__).with_name("fuzz_loaders.py")
    done = subprocess.run([sys.executable, str(harness), "-max_total_time=20", f"-artifact_prefix={tmp_path}/"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr and not list(tmp_path.glob("crash-*"))
