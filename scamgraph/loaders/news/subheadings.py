"""Subheadings inside a story ("Escape from the compound", "Charges filed", "Repatriation efforts"):
a short line of its own, with no closing stop, that names what the next paragraphs tell. Such a line
tells no event of its own: it names one the story told before (that event), or one the paragraphs
after it will tell in their own words. Shared by the event words (asides.py). So does a line of a
list of figures, whose words gloss a tally (reader.py, counts.py)."""

from __future__ import annotations

__all__ = ["figure_entry", "subheading"]

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


def figure_entry(lower: list[str], like_num: list[bool]) -> bool:
    """A line of a list of figures: a bullet (or none), a number, the plural noun of what it counts, and a
    colon ("- 210 Rescues: workers from 6 countries", "• 35 Major Prosecutions: judges sentenced
    40"). The figure is a tally over a period; the words after its colon gloss it and tell no one
    act of the story (the same line as ``count_acts._figure_line`` reads for its number)."""
    first = int(bool(lower) and lower[0] in _BULLETS)  # (a loader may have cut the bullet off)
    if len(lower) < first + 4 or not like_num[first]:
        return False
    colon = next((k for k in range(first + 1, min(len(lower), first + 5)) if lower[k] == ":"), -1)
    return colon > first + 1 and all(w.isalpha() for w in lower[first + 1:colon]) and lower[colon - 1].endswith("s")


#: Marks that open a line of a list
_BULLETS = frozenset({"-", "•", "*", "–", "—"})
