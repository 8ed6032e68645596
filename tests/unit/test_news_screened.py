"""Case-insensitive word patterns that the reader runs only on texts holding one of their words
(``words._Screened``) answer as the pattern itself does."""

import re

import pytest

from scamgraph.loaders.news import journeys
from scamgraph.loaders.news.site_scams import _DENIED, _WORK_THERE
from scamgraph.loaders.news.timing import (
    _CLAUSE,
    _CLAUSE_AFTER,
    _CLAUSE_BEFORE,
    _POSTED_BEFORE,
    _RELATIVE_AFTER,
    _SAID_BEFORE,
)
from scamgraph.loaders.news.unnamed_sites import _SITE_ANAPHOR
from scamgraph.loaders.news.words import _GENERIC, _MODAL, _Screened
from tests.unit.test_news_extraction import events, facts, run

TEXTS = ["Such compounds are common.", "the OTHER ones", "another day", "In recent years", "in recent  years",
         "among other things", "OFTEN", "Police would deport them", "nothing here", "MUST", "ſuch", "İndustry",
         "usually\u212a", "commonly used", "The Industry's", "typically,", "", "phones and other tools",
         "These raids followed", "these people", "THESE DEPORTATIONS", "Police returned to the compound",
         "THE SCAM COMPOUND", "the crime complex's gate", "The Site", "a compound", "the old-town premises",
         "visited the website", "the ſite", "the casinos", "He DENIED it", "turned a blind eye", "were forced to work",
         "phones being used in fraud", "phones used for scams", "who ran the hub", "police said ", "police said on ",
         "at a press conference on ", "in a STATEMENT late ", "said Monday", "the news conference ",
         " after a three-month ", "raided, FOLLOWING the", " before they were freed", "when", "Whereas",
         " the compound that had opened ", "a hub, which is", "footage posted on ", "a report PUBLISHED ",
         " the workers, who arrived in ", "which", " until the "]


@pytest.mark.parametrize("screened", [_GENERIC, _MODAL, _SITE_ANAPHOR, _DENIED, _WORK_THERE, _SAID_BEFORE, _CLAUSE,
                                      _CLAUSE_BEFORE, _CLAUSE_AFTER, _RELATIVE_AFTER, _POSTED_BEFORE],
                         ids=["generic", "modal", "site", "denied", "work", "said", "clause", "clause-before",
                              "clause-after", "relative-after", "posted"])
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


def test_a_pattern_of_another_shape_is_screened_by_the_words_it_needs() -> None:
    screened = _Screened(re.compile(r"\bthe (?:[a-z]+ )?(?:hub|den)\b", re.IGNORECASE), needs=("hub", "den"))
    assert screened.words == ("hub", "den")
    assert screened.search("near THE scam HUB") and not screened.search("the hubris") and not screened.search("a hub")
    assert _Screened(re.compile(r"\bthe (?:hub|den)\b"), needs=("hub", "den")).words is None  # (case matters: run)


JOURNEYS = ["A delegation from the ministry arrived in Phnom Penh on Monday.",
            "The minister was dispatched to Cambodia on Tuesday.",
            "Investigators had earlier been sent to Myanmar on Wednesday.",
            "Twenty police officers were deployed to Thailand on Monday.",
            "The victims were sent home on Friday.",
            "Police sent 40 officers to the border on Monday.",
            "The team flew back on Thursday.",
            "Officials travelled on Monday to Laos."]


def test_journeys_are_matched_wherever_a_journey_pattern_can_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """The arrival patterns are skipped on a sentence with neither an arrival word nor a trip's
    verb followed by "to"; with every arrival word counted as one (no skip), the facts are the same."""
    screened = [(facts(batch), events(batch)) for batch in map(run, JOURNEYS)]
    assert any("visit@2026-10-13" in found for _facts, found in screened[:3])  # (the patterns do match)
    monkeypatch.setattr(journeys, "_ARRIVING_WORDS", journeys._ARRIVAL_WORDS)
    assert [(facts(batch), events(batch)) for batch in map(run, JOURNEYS)] == screened


def test_a_quote_kept_as_written_is_the_one_whitespace_would_be_joined_to() -> None:
    """Evidence quotes a sentence with its whitespace runs made one space; a printable sentence
    with single inner spaces skips the split and join, and must come out the same."""
    from scamgraph.loaders.news.mention_text import _quote

    spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()]
    assert all(not s.isprintable() for s in spaces if s != " ")  # (what the shortcut relies on)
    texts = ["Police raided the compound.", " Police raided", "raided ", "two  spaces", "", "x" * 700,
             *(f"a{s}b" for s in spaces), *(f"a {s} b" for s in spaces), "tab\there", "nbsp\u00a0here"]
    for text in texts:
        joined = " ".join(text.split())
        assert _quote(text) == (joined if len(joined) <= 600 else joined[:597] + "..."), repr(text)
