"""A dateline's full day as the story's own date, where the page gives no other: a press release
or a wire story that writes the year in its dateline ("BANGKOK, March 3, 2026 /PRNewswire/ --",
"Zorva, 3 March 2026 (XNA) --") was filed that day, and the annotation conventions read the
dateline's date as the article's, so "last week" and "on Monday" in it count from there. A day
without its year ("MANILA, March 3 --") fixes no date alone, and a date alone on a line (a page's
widget of today's date) is no dateline."""

from __future__ import annotations

from datetime import date

from scamgraph.loaders.dates import find_dates
from scamgraph.loaders.news.timing import _dateline

__all__ = ["dateline_day"]

#: Lines with words in them within which a dateline stands (a headline, a byline, a caption above it)
_HEAD_LINES = 8
#: How far into its line a dateline's date may end
_HEAD_CHARS = 80


def dateline_day(text: str) -> date | None:
    """The day a dateline in the first lines writes in full, year and all; None without one."""
    offset, lines = 0, 0
    for line in text[:4000].splitlines(keepends=True):
        if line.strip():
            lines += 1
            for mention in find_dates(line[:_HEAD_CHARS], offset, None):
                if len(mention.value) == 10 and not mention.period and _written_year(mention.text) \
                        and _dateline(mention, text):
                    return date.fromisoformat(mention.value)
            if lines == _HEAD_LINES:
                break
        offset += len(line)
    return None


def _written_year(words: str) -> bool:
    """The date as written holds its year ("March 3, 2026"), not only a day the reader completed."""
    return any(len(part) == 4 and part.isdigit() for part in words.replace(",", " ").replace(".", " ").split())
