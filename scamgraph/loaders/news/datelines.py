"""Where a story's dateline ends ("MANILA, Philippines —", "PHNOM PENH, Cambodia:"): the place it
names there is where the story was filed, and the annotation conventions read no statement of
where that place lies in it."""

from __future__ import annotations

from scamgraph.loaders.news.timing import _DATELINE

__all__ = ["dateline_stop"]


def dateline_stop(text: str) -> int:
    """The character offset where the dateline of ``text`` ends, or 0 when it has none."""
    offset = len(text) - len(text.lstrip())
    for line in text.lstrip().splitlines(keepends=True)[:6]:
        found = _DATELINE.match(line)
        if found:
            return offset + found.end()
        offset += len(line)
    return 0
