"""The shortcuts the count rules take for speed find what a plain scan over every word finds."""

from __future__ import annotations

from types import SimpleNamespace

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_phrases import CountPhrases
from scamgraph.loaders.news.tallies import _HABITUAL, Tallies


def _offsets(words: list[str]) -> list[int]:
    """Each word's character offset in the words joined by single spaces."""
    at, offsets = 0, []
    for word in words:
        offsets.append(at)
        at += len(word) + 1
    return offsets


def test_tokens_within_a_date_are_those_a_scan_finds() -> None:
    words = "Police said on 3 May 2024 that 40 Thais were freed on Monday , 5 May .".split()
    reader = SimpleNamespace(idx=_offsets(words))
    text = " ".join(words)
    for first, last in [(0, len(words)), (2, 9), (9, len(words)), (4, 5)]:
        sent = SimpleNamespace(start=first, end=last)
        for date in ("3 May 2024", "Monday", "5 May", "Police", "."):
            start = text.index(date)
            mention = DateMention(start, start + len(date), date, "")
            scanned = [i for i in range(first, last) if start <= reader.idx[i] < start + len(date)]
            assert list(CountPhrases._tokens_within(reader, mention, sent)) == scanned  # type: ignore[arg-type]


def test_habitual_screen_keeps_the_scan_answer() -> None:
    for line in ("Police typically deport 500 a month", "The China Daily reported 40 arrests",
                 "Daily raids freed 40", "Police freed 40 Thais on Monday"):
        words = line.split()
        reader = SimpleNamespace(words=words, lower=[w.lower() for w in words])
        sent = SimpleNamespace(start=0, end=len(words))
        scanned = any(reader.lower[k] in _HABITUAL and not (k > 0 and words[k][:1].isupper()) for k in range(len(words)))
        assert Tallies._habitual(reader, sent) is scanned  # type: ignore[arg-type]
