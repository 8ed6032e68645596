"""The reader passes over the blank lines between paragraphs without running its rules on them
(``_State._blank_line``); what it extracts must be what reading them through every rule gives."""

from pathlib import Path

import pytest

from scamgraph.loaders.news import extract
from scamgraph.loaders.news.reader import _Reader
from scamgraph.loaders.text import Article, read_article

TESTS = Path(__file__).resolve().parents[1]
#: Paragraph breaks after a list led by a colon, after a count and after an event: the places where
#: a blank line could end, or carry over, what the sentence before it told.
WRITTEN = [
    ("Police raided a compound in Poipet on Tuesday.\n\nThe breakdown of those arrested:\n"
     "- 207 Chinese nationals.\n\n- 132 Vietnamese nationals.\n\nThey were later deported."),
    "Thai police arrested 45 Chinese on Monday.\n\n22 were women.\n\n\nThe raid followed a tip-off.\n",
    "\n\nA delegation of lawmakers visited Phnom Penh.\n\n   \n\nThe delegation met officials.\n\n",
]


def _articles() -> list[Article]:
    files = [p for folder in ("corpus", "holdout") for p in sorted((TESTS / folder).iterdir())
             if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]
    return [read_article(p) for p in files] + [Article(text=t, title="t") for t in WRITTEN]


@pytest.mark.parametrize("article", _articles(), ids=lambda a: (a.title or "")[:40])
def test_passing_over_blank_lines_extracts_what_reading_them_does(article: Article,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    passed_over = extract(article).to_dict()
    monkeypatch.setattr(_Reader, "_blank_line", lambda self, sent: self._sentence(sent, []))
    read_through = extract(article).to_dict()
    assert passed_over == read_through


def test_blank_lines_are_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    passed: list[str] = []
    original = _Reader._blank_line
    monkeypatch.setattr(_Reader, "_blank_line", lambda self, sent: passed.append(sent.text) or original(self, sent))
    extract(Article(text=WRITTEN[1], title="t"))
    assert passed and all(not text.strip() for text in passed)
