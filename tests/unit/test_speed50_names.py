"""The name finder's shortcuts read the same as the slower forms they stand for: the page's text
joined from the word list, the token offsets read from the array, the runs inside known spans
found by bisection, and the screens before the scans for teasers and a newsletter's consent."""

from __future__ import annotations

import random

import pytest
from spacy.language import Language

from scamgraph.loaders.nlp import pipeline
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.headlines import _SMALL_WORDS, _TITLE_LINE_WORDS, _title_cased
from scamgraph.loaders.nlp.dropped_names import _mixed_acronym
from scamgraph.loaders.nlp.page_credits import _clicking_subscribe
from scamgraph.loaders.nlp.place_names import _inside_spans


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline()


def _view(nlp: Language, text: str) -> DocView:
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    return DocView(doc, [], nlp.get_pipe("scamgraph_names").patterns)


@pytest.mark.parametrize("text", [
    "Police in  Tak said...\n\nThe raid - at dawn - freed 20 people (Photo: AP).\n",
    "Ten victims – eight Thais – were flown home; the 10–12 March talks went on \u2026",
    "  leading spaces, an anti-scam tab\tand a line\nbreak  ",
])
def test_text_and_offsets_as_the_doc_reads_them(nlp: Language, text: str) -> None:
    view = _view(nlp, text)
    assert view.text == view.doc.text == text
    assert view.offsets == [token.idx for token in view.doc]


def test_runs_inside_spans_as_a_scan_finds_them() -> None:
    rng = random.Random(50)
    for _ in range(500):
        spans = {(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))}
        runs = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        scanned = {run for run in runs if any(s <= run[0] and run[1] <= e for s, e in spans)}
        assert _inside_spans(runs, spans) == scanned


@pytest.mark.parametrize("word", ["MiGRA", "MoFA", "McDonald", "DeSantis", "NAIA", "Ab", "ABc", "AbCD", "A1BCd", ""])
def test_mixed_acronym_as_counted(word: str) -> None:
    slow = sum(c.isupper() for c in word) >= 3 and not word.isupper() and word.isalpha()
    assert _mixed_acronym(word) == slow


@pytest.mark.parametrize("words", [
    ["Korean", "Recruiter", "Ran", "Offices", "in", "Laos"], ["Police", "said", "on", "Monday"],
    ["The", "Two", "\n"], ["A", "of", "B", "2", "C"], ["By", "the", "Way", "Home"], [],
])
def test_title_case_as_the_word_list_reads(words: list[str]) -> None:
    content = [w for w in words if w.isalpha() and w.lower() not in _SMALL_WORDS]
    assert _title_cased(words) == (len(content) >= _TITLE_LINE_WORDS and all(w[0].isupper() for w in content))


@pytest.mark.parametrize("words, expected", [
    (["by", "clicking", "subscribe", ",", "i", "agree"], True), (["by", "clicking", "here"], False),
    (["clicking", "subscribe"], False), (["sent", "by", "email"], False),
])
def test_consent_line(words: list[str], expected: bool) -> None:
    assert _clicking_subscribe(words) is expected
