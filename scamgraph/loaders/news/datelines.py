"""Where a story's dateline lies ("MANILA, Philippines —", "PHNOM PENH, Cambodia:"): the place it
names there is where the story was filed, and the annotation conventions read no statement of
where that place lies in it."""

from __future__ import annotations

from scamgraph.loaders.news.timing import _DATELINE

__all__ = ["dateline_span"]


def dateline_span(text: str) -> tuple[int, int]:
    """The character offsets where the dateline of ``text`` starts and ends, or (0, 0) when it has
    none (a caption or a headline above it is no part of it)."""
    offset = len(text) - len(text.lstrip())
    for line in text.lstrip().splitlines(keepends=True)[:6]:
        found = _DATELINE.match(line)
        if found:
            return offset, offset + found.end()
        offset += len(line)
    return 0, 0
