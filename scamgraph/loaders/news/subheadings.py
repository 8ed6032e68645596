"""Subheadings inside a story ("Escape from the compound", "Charges filed", "Repatriation efforts"):
a short line of its own, with no closing stop, that names what the next paragraphs tell. Such a line
tells no event of its own: it names one the story told before (that event), or one the paragraphs
after it will tell in their own words. Shared by the event words (asides.py). So does a line of a
list of figures, whose words gloss a tally (reader.py, counts.py), and a line of a list of headlines
("Key events" atop a live page, a story's contents), whose lines sum up what the text tells below;
and the topic a page says it follows ("our live coverage of the crackdown")."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["covered_topic", "figure_entry", "list_headline", "subheading"]

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


#: The most words a line of a list of headlines has (a bullet line longer than this is prose)
_MOST_HEADLINE_WORDS = 12


def list_headline(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands on a line of a bulleted list set as headlines: a bullet,
    a few words and no closing stop ("- Police raid casino zone", "- Rescue near the border"). Such a
    line sums up, in a headline's words, an act the text tells in full below (or of another story),
    never an act of its own; a bullet line that closes like a sentence is prose and is read."""
    first = text.rfind("\n", 0, at) + 1
    last = text.find("\n", at)
    line = text[first:last if last >= 0 else len(text)].strip()
    if len(line) < 3 or line[0] not in _BULLETS or not line[1].isspace() or line[-1] in _CLOSING:
        return False
    return len(line.split()) - 1 <= _MOST_HEADLINE_WORDS


#: Nouns of a page following a story over time, before "of" or "on" and the topic it follows
_COVERAGE = frozenset({"coverage", "updates", "update"})
#: The most words between "of" or "on" and the act noun: "of (the) (regional) crackdown"
_TOPIC_REACH = 3


def covered_topic(lower: Sequence[str], at: int, start: int) -> bool:
    """The act noun at ``at`` is the topic a page says it follows: "Our live coverage of the regional
    crackdown continues", "latest updates on the sweep". It names the whole story, no one act."""
    for k in range(at - 1, max(start, at - _TOPIC_REACH - 1) - 1, -1):
        if lower[k] in {"of", "on"}:
            return k - 1 >= start and lower[k - 1] in _COVERAGE
    return False


#: Marks that open a line of a list
_BULLETS = frozenset({"-", "•", "*", "–", "—"})
