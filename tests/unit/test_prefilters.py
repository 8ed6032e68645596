"""The cheap tests that let a sentence skip date and identifier patterns never change what is
found: with every pattern forced to run, the results are the same (on the corpus, and on
sentences written to sit at the edges of each test)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from scamgraph.loaders import date_scans, dates, identifiers

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EDGES = [
    "Police raided the compound on Monday and again over the weekend.",
    "The ſince-dated memo, İN 2025, spoke of a weeK of raids.",  # letters re.IGNORECASE folds to ASCII
    "From 3 March to 12 April 2026, 412 people were detained; the year before, 57.",
    "Since the start of the year, officers in the following weeks made 3 arrests.",
    "Call +855 12 345 678 or 0085512345678, mail kim@scam-hub.com, see www.secure-invest.co.kh/login.",
    "Send USDT to TXYZaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa or 0x" + "a1" * 20 + " or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.",
    "Follow @scam_watch and 1BoatSLRHtKNngkdXEeobR76b53LETtpyT; U.S. and e.g. are no domains.",
    "Nothing here names a date or an address",
    "The court will rule on Monday; he'll be deported on Friday, and the hearing IS DUE TO open on Sunday.",
    "Police said on Monday that they plans to raid it next week; it is set to close on Tuesday.",
    "Marcos spoke between \n 3   March and 9 April, early\tMonday, mid-May and on  Wednesday and Thursday.",
    "The  July 2025 arrest, an April raid, a Sunday: from 12 Jan. 2024 until Feb. 3, and Monday to Friday.",
    "Today's Monday ... in  January 2026; 7  June; November of last year; Sept. 9; 2 Mar 2025; Dec 25.",
    "Raids ran on Oct. 2 and  3, then 11 \u2013 15 June, 4 through 9 March 2025 and 12 until 14  May.",
]


def _sentences() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s] + EDGES


@pytest.mark.parametrize("published", [date(2026, 11, 20), None])
def test_dates_found_with_and_without_the_pattern_filter_are_the_same(published: date | None,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sentences()
    filtered = [dates.find_dates(s, 7, published) for s in sentences]
    monkeypatch.setattr(dates, "_possible_kinds", lambda text: {kind for kind, _ in dates._PATTERNS})
    assert [dates.find_dates(s, 7, published) for s in sentences] == filtered
    assert any(filtered)


def test_identifiers_found_with_and_without_the_pattern_filter_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sentences()
    filtered = [list(identifiers.find_identifiers(s, 3)) for s in sentences]
    everything = {"email", "handle", "wallet-eth", "wallet-tron", "wallet-btc", "phone", "domain"}
    monkeypatch.setattr(identifiers, "_possible_kinds", lambda text: everything)
    assert [list(identifiers.find_identifiers(s, 3)) for s in sentences] == filtered
    assert {f.kind for found in filtered for f in found} == everything


def test_future_words_are_looked_for_only_in_sentences_that_write_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A weekday after "will", "is due to", ... is the next one; the scan for those words is skipped
    only where none of them is written (with "" as a word, it runs on every sentence)."""
    published, sentences = date(2026, 11, 20), _sentences()
    screened = [dates.find_dates(s, 0, published) for s in sentences]
    assert any(d.value > published.isoformat() for found in screened for d in found if len(d.value) == 10)
    monkeypatch.setattr(dates, "_FUTURE_WORDS", ("",))
    assert [dates.find_dates(s, 0, published) for s in sentences] == screened


def test_patterns_scanned_from_where_a_name_can_first_begin_find_what_a_scan_from_the_start_finds() -> None:
    """The month and weekday patterns start their scan a few characters (any whitespace free)
    before the first month's or weekday's name: every match, at every place, is the same."""
    assert len(dates._LEADS) == 11  # (one more in session 39: "on June 3 and June 21")
    scanned = 0
    for sentence in _sentences():
        firsts: dict[str, int] = {}
        for pattern in dates._LEADS:
            start = date_scans.scan_start(sentence, dates._LEADS[pattern], firsts)
            scanned += start > 0
            assert [m.span() for m in pattern.finditer(sentence, start)] == [m.span() for m in pattern.finditer(sentence)]
    assert scanned > 100
