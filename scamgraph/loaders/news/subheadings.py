"""Subheadings inside a story ("Escape from the compound", "Charges filed", "Repatriation efforts"):
a short line of its own, with no closing stop, that names what the next paragraphs tell. Such a line
tells no event of its own: it names one the story told before (that event), or one the paragraphs
after it will tell in their own words. Shared by the event words (asides.py)."""

from __future__ import annotations

#: The most words a subheading has
_MOST_WORDS = 6
#: Characters that close a sentence, a caption or a quotation: a line ending on one is prose
_CLOSING = frozenset('.!?:;"”)')


def subheading(text: str, start: int, end: int, words: int) -> bool:
    """Whether the sentence at ``text[start:end]`` (of ``words`` tokens) is a line of its own, short
    and open-ended, between line breaks."""
    if words > _MOST_WORDS:
        return False  # (most sentences: longer, and their text is not read)
    raw = text[start:end]
    line = raw.strip()
    if not line or line[-1] in _CLOSING:
        return False
    before = text[max(0, start - 2):start] + raw[:len(raw) - len(raw.lstrip())]
    after = raw[len(raw.rstrip()):] + text[end:end + 2]  # (a sentence may end with the line break)
    return (start == 0 or "\n" in before) and (end >= len(text) or "\n" in after)
