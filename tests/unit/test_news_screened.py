"""Case-insensitive word patterns that the reader runs only on texts holding one of their words
(``words._Screened``) answer as the pattern itself does."""

import re

import pytest

from scamgraph.loaders.news.words import _GENERIC, _MODAL, _Screened

TEXTS = ["Such compounds are common.", "the OTHER ones", "another day", "In recent years", "in recent  years",
         "among other things", "OFTEN", "Police would deport them", "nothing here", "MUST", "ſuch", "İndustry",
         "usually\u212a", "commonly used", "The Industry's", "typically,", "", "phones and other tools",
         "These raids followed", "these people", "THESE DEPORTATIONS"]


@pytest.mark.parametrize("screened", [_GENERIC, _MODAL], ids=["generic", "modal"])
def test_a_screened_pattern_finds_what_the_pattern_finds(screened: _Screened) -> None:
    assert screened.words  # (the shape is one the screen reads: else it would run the pattern every time)
    for text in TEXTS:
        found, expected = screened.search(text), screened.pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_a_pattern_of_another_shape_is_always_run() -> None:
    for pattern in (re.compile(r"\b(a|b\w+)\b", re.IGNORECASE), re.compile(r"\b(ab|cd)\b"), re.compile(r"x(ab)\b", re.IGNORECASE)):
        screened = _Screened(pattern)
        assert screened.words is None
        assert bool(screened.search("x bcd ab")) == bool(pattern.search("x bcd ab"))


def test_look_arounds_are_no_part_of_the_word_a_text_must_hold() -> None:
    screened = _Screened(re.compile(r"\b(these(?! (?:raids|arrests)\b)|(?<!and )other)\b", re.IGNORECASE))
    assert screened.words == ("these", "other")
    assert not screened.search("These raids began") and screened.search("these people")
