"""Places written as items of a serial list ("prefectural police from Miyagi, Ibaraki, Toyama, and
Nara"): two neighbours of such a list are joined by a comma, as "Town, Province" is, but neither
lies in the other. The list shows itself by a name before the pair and "and" (or "or") and a name
after it, even when the gazetteer knows none of those other names."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["serial_pair"]

_JOINERS = frozenset({"and", "or"})


def serial_pair(words: list[str], first: Span, second: Span, sent: Span) -> bool:
    """``first`` and ``second`` ("A, B") stand between an earlier item ("W, A") and a closing one
    (", and Z" or " and Z"): items of one list, not a place and the one it lies in."""
    k, end = first.start, second.end
    opened = k - 2 >= sent.start and words[k - 1] == "," and words[k - 2].istitle()
    if not opened:
        return False
    after = words[end:min(sent.end, end + 3)]
    if after[:1] == [","]:
        after = after[1:]
    return len(after) >= 2 and after[0] in _JOINERS and after[1].istitle()
