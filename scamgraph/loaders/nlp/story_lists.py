"""A page's lists of other stories: the headlines under a heading such as "Popular" or "Related
Stories", a line that opens with a link's heading ("Also read: <headline>") and a run of other
stories' openings, each line cut off by an ellipsis, or a run of headlines each dated after it
("... arrest 80 (March 1, 2026)"), that a page sets without a heading, and a
line a double arrow opens (">> <headline>"), a link some pages set between paragraphs. Their
headlines tell of other news, not of this story: ``boilerplate`` drops everything they name, and
the reader tells no event, count or place of them.

Split from ``boilerplate`` (which drops what page furniture names) to keep each module small.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from scamgraph.loaders.nlp.doc_view import DocView

#: A page's heading over a list of other stories, as its words run lower-cased
_OTHER_STORIES = frozenset({"popular", "most popular", "most read", "most viewed", "trending", "trending now",
                            "related", "related articles", "related stories", "related news", "related posts",
                            "latest news", "more stories", "more news", "you may also like", "recommended",
                            "read more", "read also", "also read", "see also", "more from", "top stories",
                            "editor's picks", "related coverage", "you might also like", "recommended stories",
                            # an English page of a Chinese outlet: "related recommendations", "related news",
                            # "related reading", "recommended reading"
                            "相关推荐", "相关新闻", "相关阅读", "推荐阅读",
                            # a page's links to the stories before and after it, and its other lists
                            "previous article", "next article", "previous post", "next post", "previous story",
                            "next story", "read next", "up next", "in other news", "related posts",
                            # a page's video or audio item set beside the story ("WATCH: <its title>")
                            "watch", "also watch", "watch also", "video", "videos", "listen", "podcast",
                            "related article", "suggested reading", "see more", "must read",
                            "latest", "latest stories", "top news", "most liked", "most shared", "most commented",
                            "editor's choice", "just in",
                            # a page's tags under their heading on a line of its own ("TAGS", "Topics"): they
                            # tell nothing either
                            "tags", "topics", "keywords", "related topics"})
#: A section's own list of stories under a heading naming the section: "More in Cambodia", "More from Asia",
#: "Latest Cambodia News"
_SECTION_MORE = re.compile(r"more (?:in|from|on) [\w'’&-]+(?: [\w'’&-]+){0,2}|latest (?:[\w'’&-]+ ){1,2}news")
#: Marks that end a sentence of reporting; a headline in a list of stories ends without one
#: (``boilerplate`` reads the body's first sentence by them too)
_SENTENCE_ENDS = frozenset({".", "\"", "”", "!", "?", ":"})
#: Lines longer than this are reporting, not a headline
_MAX_HEADLINE_TOKENS = 25


def _other_stories(view: DocView, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the headlines listed under a heading of other stories ("Popular", "Related
    Articles") on a line of its own: each line after it that ends without a sentence's closing
    mark, up to the first that ends with one (a sidebar set inside the story gives way to it).
    A line that opens with a link's heading and its colon ("Also read: <headline>", "READ MORE:
    <headline>", perhaps after a bullet) is another story's headline itself.
    Only pages holding one of the headings' first words are scanned, and only short lines read as
    a heading (a set test on the word list: most pages hold none)."""
    if _HEADING_FORMS.isdisjoint(view.words):
        return []
    found: list[tuple[int, int]] = []
    listing = False
    for start, end in sentences:
        if not listing and _HEADING_FORMS.isdisjoint(view.words[start:start + _LINK_LEAD]) and (
                end - start > _MAX_HEADING_TOKENS or _HEADING_FORMS.isdisjoint(view.words[start:end])):
            continue
        words = [w for w in view.words[start:end] if w.strip()]
        if not words:
            continue
        if _inline_link(words):
            found.append((start, end))
            listing = False
            continue
        if not listing and end - start > _MAX_HEADING_TOKENS:
            continue
        heading = " ".join(words[:-1] if words[-1] == ":" else words).lower()  # ("READ MORE:")
        if heading in _OTHER_STORIES or _SECTION_MORE.fullmatch(heading):
            listing = True
            found.append((start, end))  # (the heading names a section of the page: "More in Cambodia")
        elif listing and _LIST_NUMBER.fullmatch("".join(words)):
            continue  # (a numbered list's "1." split off as a sentence of its own: the headline follows it)
        elif listing and words[-1] not in _SENTENCE_ENDS and len(words) <= _MAX_HEADLINE_TOKENS:
            found.append((start, end))
        else:
            listing = False
    return found


#: A list's number alone, as the sentence splitter may leave it before a listed headline ("1.", "2)")
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")


#: Headings a page sets before a link to another story on the same line ("Also read: <headline>")
_LINK_HEADINGS = frozenset({"read more", "read also", "also read", "see also", "related", "watch", "also watch",
                            "watch also", "video", "listen", "podcast",
                            # "READ: X", "Related Article: X", "Suggested Reading: X", "Trending: X", "See more: X",
                            # "Previous story: X", "Next article: X"
                            "read", "related article", "related articles", "related story", "related stories",
                            "related news", "suggested reading", "suggested", "recommended", "trending", "see more",
                            "must read", "more news", "previous story", "next story", "previous article",
                            "next article", "previous post", "next post", "read next", "up next"})
#: What sets such a heading off from the headline after it ("Also read: X", "Read also | X", "READ ALSO; X")
_LINK_MARKS = frozenset({":", "|", ";", "-", "–", "—"})  # ("Related - X", "Read more – X")
#: Bullets a page may set before such a line
_BULLETS = frozenset({"•", "-", "*", "»", "›", "■", "▶"})
#: Brackets a page may set around such a line
_OPENING_BRACKETS = frozenset({"[", "("})
#: Tokens from a line's start within which such a heading's first word stands (blank ones and a bullet before it)
_LINK_LEAD = 4


def _inline_link(words: list[str]) -> bool:
    """Whether the line's words open with a link's heading and its colon (or a bar or a semicolon),
    another story's headline after them: "Also read: X", "READ MORE: X", "• See also: X",
    "Read also | X", "Related - X"."""
    if words[0] in _BULLETS or words[0] in _OPENING_BRACKETS:
        words = words[1:]  # (a bracket around the whole link: "[See more: X]", "(READ: X)")
    for size in (1, 2):
        if len(words) > size + 1 and words[size] in _LINK_MARKS and " ".join(words[:size]).lower() in _LINK_HEADINGS:
            return True
    return False


#: What some pages set before a link to another of their stories, on a line of its own (">> X")
_LINK_ARROWS = (">>", "»»")


def _arrowed_links(view: DocView, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line that opens with a link's double arrow and holds a headline, no
    sentence's closing mark at its end: ">> Lotland to deport 26 Zorvanians for fraud", the page's
    link to another of its stories, set between or under the story's paragraphs (one arrow or a
    bullet may open a line of the story itself, and is left alone). Only pages holding ">" are scanned."""
    if ">" not in view.text and "»" not in view.text:
        return []
    found = []
    for start, end in sentences:
        words = [w for w in view.words[start:end] if w.strip()]
        lead = "".join(words[:2])
        arrow = next((a for a in _LINK_ARROWS if words and (words[0] == a or lead == a)), None)
        if arrow is None or len(words) > _MAX_HEADLINE_TOKENS or words[-1] in _SENTENCE_ENDS:
            continue
        if len(words) > (1 if words[0] == arrow else 2):
            found.append((start, end))
    return found


#: What a teaser's line ends with: another story's opening, cut off ("A minister told the rally that the...")
_CUT_OFF = ("...", "…")
#: Lines in a row, each cut off, that make a list of other stories (one alone may trail off in reporting)
_MIN_TEASERS = 2


def _teasers(view: DocView) -> list[tuple[int, int]]:
    """(start, end) of each line in a run of two or more lines (blank lines between them aside)
    that each end cut off by an ellipsis: the openings of other stories a page lists beside or
    under the story without a heading, whose people, bodies and places are other news. Only pages
    with a word ending in an ellipsis are scanned."""
    if not any(mark in view.text for mark in _CUT_OFF) or not any(w.endswith(_CUT_OFF) for w in view.words):
        return []  # (the page's text holds every word: no ellipsis in it, none at a word's end)
    offsets = view.offsets
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    at = 0
    for line in view.text.split("\n"):
        start, end = bisect_left(offsets, at), bisect_left(offsets, at + len(line))
        at += len(line) + 1
        words = [w for w in view.words[start:end] if w.strip()]
        if not words:
            continue  # (blank lines between the teasers)
        if words[-1].endswith(_CUT_OFF):
            run.append((start, end))
            continue
        found += run if len(run) >= _MIN_TEASERS else []
        run = []
    return found + (run if len(run) >= _MIN_TEASERS else [])


#: A date (or an age) that ends a listed headline, in brackets or after a bar or a dash: "(March 1,
#: 2026)", "| 27 Feb 2026", "- 2 days ago"
_LISTED_DAY = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2}" \
              r"|\d{1,2} (?:minutes?|hours?|days?|weeks?) ago)"
_DATED_HEADLINE = re.compile(r"[^.!?:\"”](?:\s*\(" + _LISTED_DAY + r"\)|\s+[|–—-]\s*" + _LISTED_DAY + r")\s*$")
#: Lines in a row, each so dated, that make a list of other stories (a story's own headline may carry its day)
_MIN_DATED = 2


def _dated_headlines(view: DocView) -> list[tuple[int, int]]:
    """(start, end) of each line in a run of two or more (blank lines between them aside) that are
    each a headline with its day after it and no sentence's closing mark before it ("Lotland raids
    Zorva casino, arrests 80 (March 1, 2026)"): a page's list of its other stories without a heading.
    Only pages with a digit at a line's end are scanned."""
    if not re.search(r"\d\)?[ \t]*(?:\n|$)|ago[ \t]*(?:\n|$)", view.text):
        return []
    offsets = view.offsets
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    at = 0
    for line in view.text.split("\n"):
        start = bisect_left(offsets, at)
        at += len(line) + 1
        if not line.strip():
            continue
        if len(line) < _MOST_HEADLINE_CHARS and _DATED_HEADLINE.search(line):
            run.append((start, bisect_left(offsets, at)))  # (with the line's break: the sentence holds it)
            continue
        found += run if len(run) >= _MIN_DATED else []
        run = []
    return found + (run if len(run) >= _MIN_DATED else [])


#: The most characters a listed headline and its day take
_MOST_HEADLINE_CHARS = 200


#: The headings' first words as a page sets them: "Popular", "popular", "POPULAR"
_HEADING_FORMS = frozenset(form for heading in _OTHER_STORIES for word in heading.split()[:1]
                           for form in (word, word.capitalize(), word.upper()))
#: Tokens a heading's line may hold, spaces and line breaks included
_MAX_HEADING_TOKENS = 12
