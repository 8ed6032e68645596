"""The screen before a token Matcher call (``nlp.pattern_words``) skips only sentences and patterns
that cannot match: the people-by-nationality tables are the same with the screen and without it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from scamgraph.loaders import nlp as nlp_module
from scamgraph.loaders.news import count_patterns
from scamgraph.loaders.nlp.ents import document_ents
from scamgraph.loaders.nlp.pattern_words import can_match, matchable, required_words
from scamgraph.loaders.text import read_article

TESTS = Path(__file__).resolve().parents[1]


def test_required_words_are_the_tokens_a_match_cannot_go_without() -> None:
    patterns = [[{"LOWER": {"IN": ["seized", "took"]}}, {"LOWER": "the", "OP": "?"}, {"ORTH": "Police", "OP": "+"}],
                [{"LIKE_NUM": True}, {"LOWER": {"NOT_IN": ["of"]}}, {"TEXT": {"IN": ["(", "["]}, "OP": "*"}]]
    needs = required_words(patterns)
    assert needs == (((("lower", frozenset({"seized", "took"})), ("orth", frozenset({"Police"})))), ())
    assert can_match(needs[:1], ["they", "took", "it"], ["They", "took", "Police"])
    assert not can_match(needs[:1], ["they", "took", "it"], ["They", "took", "police"])
    assert can_match(needs, [], [])  # (a pattern that needs no word always runs)
    assert matchable(needs, ["they", "took", "it"], ["They", "took", "Police"]) == (0, 1)
    assert matchable(needs, ["they", "took", "it"], ["They", "took", "police"]) == (1,)  # (only the one with no word)


def test_people_tables_are_the_same_with_and_without_the_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [read_article(p).text for folder in ("corpus", "holdout") for p in sorted((TESTS / folder).iterdir())
             if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]
    sentences = [s for text in texts for s in text.split(". ")]
    rng = random.Random(11)  # stories of shuffled sentences: more nationalities beside more verbs
    texts += [". ".join(rng.sample(sentences, 30)) for _ in range(40)]
    nlp = nlp_module.build()
    docs = [nlp(text) for text in texts]
    ents = [document_ents(doc) for doc in docs]

    def tables() -> list[count_patterns.PeopleMatches]:
        return [count_patterns.people_matches(doc, e, list(doc.sents)) for doc, e in zip(docs, ents, strict=True)]

    with_screen = tables()
    monkeypatch.setattr(count_patterns, "matchable", lambda required, *_args: tuple(range(len(required))))
    assert tables() == with_screen
    assert sum(len(t.apposed) + len(t.uncounted) + len(t.told_again) + len(t.parts_next) for t in with_screen) > 20
