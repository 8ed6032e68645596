"""Page furniture that names nobody: mastheads, site headers and bylines.

A saved news page carries lines that are not reporting: "Space News from SpaceDaily.com",
"Edited News | OHCHR , UNOG", "By Yan Dongjie". Their capitalized words look like an outlet or a
person, but the page, not the story, names them, and a fact never said is worse than a missed
one. A line is page furniture when it holds a web address or a "|" separator, when it is a
byline ("By" and a name, nothing else) or a credit line ("Editor: Zhang Long", "Source(s): X"), or
when it is one organization's name and nothing else (a masthead above the headline, perhaps after
"The"; a syndication credit under the story, "The X/ANN"); a picture's credit in
brackets ("(Photos courtesy of PNA via PTV News)") names the page's sources too; an outlet in a
dateline's brackets before its dash is a wire tag. Organizations and people found there are dropped;
gazetteer entities (an agency, a place) stay, since the tables name them wherever they appear.
A page's list of other stories under a section's heading ("Popular", "Related Stories") is dropped
whole, places too: its headlines tell of other news, not of this story; so is a run of other
stories' openings, each line cut off by an ellipsis, that a page sets without a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import LIKE_URL
from spacy.tokens import Doc, Span

from scamgraph.loaders.nlp.page_credits import (
    byline_names_at,
    desk_credits,
    editors_notes,
    page_notes,
    people_then_outlet,
    picture_files,
    promotions,
    tag_lines,
)
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["PICTURE_WIRES", "other_stories", "without_furniture"]

#: Lines longer than this are reporting, whatever they contain.
_MAX_TOKENS = 14
_SEPARATORS = frozenset({"|", "||"})


def without_furniture(view: DocView, ents: list[Span]) -> list[Span]:
    """``ents`` without the organizations and people that only page furniture names, and without
    anything a page's control line names ("Select Region", "Follow topic:")."""
    sentences = _lines(view)
    lines = _furniture_lines(view, sentences)
    # (a credit's body too; an old picture's caption, a correction, a newsletter's offer)
    others = _other_stories(view, sentences) + _teasers(view) + _photo_credits(view) \
        + editors_notes(view, sentences) + promotions(view, sentences)
    view.doc.user_data[_OTHERS_KEY] = others  # type: ignore[index]  # (for the reader: other_stories takes it off the doc)
    view.doc.user_data[_CAPTIONS_KEY] = _captions(view)  # type: ignore[index]  # (and captions)
    controls = _control_lines(view, sentences) + desk_credits(view, sentences) + tag_lines(view, sentences) \
        + page_notes(view, sentences) + picture_files(view, sentences) + others
    ents = [e for e in ents if not (e.label_ == "ORG" and (_wire_tag(view, e) or view.lower[e.start] == "logo")
                                    or controls and _within(e, controls))]  # ("Logo of X": a picture's text)
    if not lines:
        return ents
    return [e for e in ents if not (e.label_ in {"ORG", "PERSON"} and _within(e, lines))]


#: Where the name finder leaves its scan of other stories' lines for the reader
_OTHERS_KEY = ("scamgraph", "other_stories")
_CAPTIONS_KEY = ("scamgraph", "captions")


def captions(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each caption line (``_captions``): its people, bodies and places are named
    as they are, but it tells no act, count or date of the story. Left on the doc like
    ``other_stories``; a doc no name finder read has none."""
    return doc.user_data.pop(_CAPTIONS_KEY, [])  # type: ignore[no-any-return, call-overload]


def other_stories(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each line that is another story's headline or opening (under a heading of
    other stories, after an inline "Also read:", or one of a run of teasers cut off by an
    ellipsis): the reader tells no event, count or place of them. The name finder scans for them
    once (``without_furniture``) and leaves the result on the doc; a doc no name finder read has none."""
    return doc.user_data.pop(_OTHERS_KEY, [])  # type: ignore[no-any-return, call-overload]


#: Verbs a page's controls open with ("Select Region", "Subscribe now", "Download Our App On")
_CONTROL_VERBS = frozenset({"Select", "Choose", "Subscribe", "Share", "Follow", "Download", "Listen", "Click", "Tap",
                            "Join", "Stay"})
#: Channels a page invites its readers to: a control's line naming one may run longer ("Join our
#: Telegram channel for the latest news", "Stay current - Follow X on WhatsApp and Telegram")
_CHANNELS = frozenset({"Telegram", "WhatsApp", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "LINE",
                       "newsletter", "channel", "Google"})
_MAX_CHANNEL_LINE_TOKENS = 16
#: Lines no longer than this may be a page's control
_MAX_CONTROL_TOKENS = 6


def _control_lines(view: DocView, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each short line that opens with a control's verb: the page's interface
    speaking to its reader, which tells of nothing (each line's first word only is looked at)."""
    found = []
    for start, end in sentences:
        k = start
        while k < end and not view.words[k].strip():
            k += 1  # (over the blank lines before it)
        if k < end and view.words[k] in _CONTROL_VERBS:
            words = [w for w in view.words[k:end] if w.strip()]
            if len(words) <= _MAX_CONTROL_TOKENS or len(words) <= _MAX_CHANNEL_LINE_TOKENS and not _CHANNELS.isdisjoint(words):
                found.append((start, end))
    return found


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
                            "watch", "also watch", "watch also", "video", "videos", "listen", "podcast"})
#: Marks that end a sentence of reporting; a headline in a list of stories ends without one
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "'", "’", ":"})
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
        if " ".join(words[:-1] if words[-1] == ":" else words).lower() in _OTHER_STORIES:  # ("READ MORE:")
            listing = True
        elif listing and words[-1] not in _SENTENCE_ENDS and len(words) <= _MAX_HEADLINE_TOKENS:
            found.append((start, end))
        else:
            listing = False
    return found


#: Headings a page sets before a link to another story on the same line ("Also read: <headline>")
_LINK_HEADINGS = frozenset({"read more", "read also", "also read", "see also", "related", "watch", "also watch",
                            "watch also", "video", "listen", "podcast"})
#: What sets such a heading off from the headline after it ("Also read: X", "Read also | X", "READ ALSO; X")
_LINK_MARKS = frozenset({":", "|", ";", "-", "–", "—"})  # ("Related - X", "Read more – X")
#: Bullets a page may set before such a line
_BULLETS = frozenset({"•", "-", "*", "»", "›", "■", "▶"})
#: Tokens from a line's start within which such a heading's first word stands (blank ones and a bullet before it)
_LINK_LEAD = 4


def _inline_link(words: list[str]) -> bool:
    """Whether the line's words open with a link's heading and its colon (or a bar or a semicolon),
    another story's headline after them: "Also read: X", "READ MORE: X", "• See also: X",
    "Read also | X", "Related - X"."""
    if words[0] in _BULLETS:
        words = words[1:]
    for size in (1, 2):
        if len(words) > size + 1 and words[size] in _LINK_MARKS and " ".join(words[:size]).lower() in _LINK_HEADINGS:
            return True
    return False


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


#: The headings' first words as a page sets them: "Popular", "popular", "POPULAR"
_HEADING_FORMS = frozenset(form for heading in _OTHER_STORIES for word in heading.split()[:1]
                           for form in (word, word.capitalize(), word.upper()))
#: Tokens a heading's line may hold, spaces and line breaks included
_MAX_HEADING_TOKENS = 12


#: The credit a picture's caption ends its line with: "(Photo: X)", "(Photo by X)", "(Kampot police
#: Facebook)", "(Supplied)", or a wire's or pool's name in capitals in square brackets ("[YONHAP]",
#: "[PRESS POOL]"), or a credit after the caption's full stop ("Photograph: Reuters"); a paragraph of
#: the story ends with its full stop, not with such a credit
_CAPTION_CREDIT = re.compile(r"(?:\((?:Photos?|Picture|Image|File(?: photo)?)\b[^()\n]{0,60}\)"
                             r"|\([^()\n]{0,40}\b(?:Facebook|Supplied|supplied|Handout|handout)\)"
                             r"|(?<=[.!?] )(?:Photograph|Photo|Picture|Image)s?: [A-Z][\w .,/&'-]{1,40}"  # "... on 4 August. Photograph: Reuters"
                             r"|\[[A-Z0-9][A-Z0-9 .,/&'-]{1,30}\])[ \t]*$", re.M)


def _captions(view: DocView) -> list[tuple[int, int]]:
    """(start, end) of each line of one sentence that ends with a picture's credit: such a caption
    tells what a picture shows (another raid, a meeting, the day it was taken), not the story's
    acts, and the reader reads no act from it (its names stand); a longer caption retells the
    story, and is read. A line opening "In this file photo ..." is such a caption whatever its length."""
    text = view.text
    lines = []  # (first, last character) of each caption line
    for opening in _CAPTION_OPENING.finditer(text):  # "In this file photo dated ..., people are flown home"
        line_end = text.find("\n", opening.start())
        lines.append((opening.start(), len(text) if line_end < 0 else line_end))
    for credit in _CAPTION_CREDIT.finditer(text):
        line_start = text.rfind("\n", 0, credit.start()) + 1
        if not _SENTENCE_BREAK.search(text, line_start, credit.start()):  # (a longer caption retells the story)
            lines.append((line_start, credit.end()))
    if not lines:
        return []  # (most pages: the token offsets are not needed)
    offsets = view.offsets
    return [(bisect_left(offsets, start), bisect_left(offsets, end)) for start, end in lines]


#: How a caption that tells of a picture opens its line: "In this file photo (taken) ...", "This photo shows"
_CAPTION_OPENING = re.compile(r"^[ \t]*(?:In this (?:file )?(?:photo|picture|image)|This (?:file )?(?:photo|picture|image) "
                              r"(?:shows|taken)|File photo[:,]|(?:Picture|Photo|Photograph|Image|Caption)s?:)", re.M)
#: A full stop and a capital after it: where a caption of more than one sentence goes on
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[A-Z]")


def _photo_credits(view: DocView) -> list[tuple[int, int]]:
    """"(Photos courtesy of ABC via Rosa Tan and XYZ Radio)", "(Photo by Juan Cruz)": a caption's
    credit in brackets names who took or supplied the picture, not who is in the story. Only
    pages holding one of the picture words are scanned (a set test on the word list: Doc.text would
    join every token of the page again)."""
    if _PHOTO_WORDS.isdisjoint(view.words) and _CREDIT_OPENERS.isdisjoint(view.words) and "via" not in view.words:
        return []
    words, found = view.words, []
    for k in [i for i, w in enumerate(words) if w in _PHOTO_WORDS]:
        if k >= 1 and words[k - 1] == "(" and k + 1 < len(words) and view.lower[k + 1] in _CREDIT_WORDS:
            end = next((j for j in range(k + 2, min(len(words), k + 40)) if words[j] == ")"), None)
            if end is not None:
                found.append((k, end))
    if not PICTURE_WIRES.isdisjoint(words) and "/" in words:
        found += _wire_credits(view)
    if "via" in words and not PICTURE_WIRES.isdisjoint(words):
        found += _handed_out_credits(view)
    if "Credit" in words or "credit" in words:
        found += _labelled_credits(view)
    return found


#: Wire services whose name opens a picture's credit in brackets, a slash and the photographer after
#: it ("(Xinhua/Jane Roe)", "(AP Photo/John Doe)")
PICTURE_WIRES = frozenset({"Xinhua", "XINHUA", "AP", "AFP", "Reuters", "REUTERS", "EPA", "VNA", "Yonhap", "Kyodo", "Bernama",
                    "ANTARA", "Antara", "PNA", "IANS", "PTI", "ANI", "Getty"})
#: The most words inside such brackets
_MOST_CREDIT_WORDS = 8
#: Words of a credit's label set after a caption on its line ("Image Credit: X", "Photo credit: X")
_LABELLED = frozenset({"image", "photo", "picture"})
_CREDIT_OPENERS = PICTURE_WIRES | {"Image", "Picture", "Credit", "credit"}


def _wire_credits(view: DocView) -> list[tuple[int, int]]:
    """"(Xinhua/Jane Roe)", "(AP Photo/John Doe)": a wire's picture credit in brackets, its
    photographer after the slash, whose name may read as a group's ("Wei Gang"); or before it,
    the wire last ("(Jane Roe/Xinhua)")."""
    words, found = view.words, []
    for k in [i for i, w in enumerate(words) if w in PICTURE_WIRES]:
        if k >= 2 and words[k - 1] == "/" and words[k + 1:k + 2] == [")"]:
            opening = next((j for j in range(k - 2, max(-1, k - _MOST_CREDIT_WORDS), -1) if words[j] == "("), None)
            if opening is not None and opening < k - 2:
                found.append((opening, k + 2))
            continue
        if k < 1 or words[k - 1] != "(":
            continue
        at = k + 2 if words[k + 1:k + 2] == ["Photo"] else k + 1
        if words[at:at + 1] != ["/"]:
            continue
        end = next((j for j in range(at + 1, min(len(words), at + _MOST_CREDIT_WORDS)) if words[j] == ")"), None)
        if end is not None and end > at + 1:
            found.append((k, end))
    return found


def _handed_out_credits(view: DocView) -> list[tuple[int, int]]:
    """"(Royal Thai Police via AP)": a picture a body handed out, passed on by a wire, credited in
    brackets: the body made the picture, it acts in nothing the story tells there."""
    words, found = view.words, []
    for k in [i for i, w in enumerate(words) if w == "via"]:
        if k + 2 >= len(words) or words[k + 1] not in PICTURE_WIRES or words[k + 2] != ")":
            continue
        opening = next((j for j in range(k - 1, max(0, k - _MOST_CREDIT_WORDS) - 1, -1) if words[j] == "("), None)
        if opening is not None:
            found.append((opening, k + 3))
    return found


def _labelled_credits(view: DocView) -> list[tuple[int, int]]:
    """"Scam alert Image Credit: Daily Lantern": a picture's credit label after its caption, on the
    caption's line; what follows it to the line's end made the picture, not the story."""
    words, lower, found = view.words, view.lower, []
    for k in [i for i, w in enumerate(lower) if w in {"credit", "credits"}]:
        if k < 1 or lower[k - 1] not in _LABELLED or words[k + 1:k + 2] != [":"]:
            continue
        end = k + 2
        while end < len(words) and "\n" not in words[end] and not view.starts[end]:
            end += 1
        found.append((k - 1, end))
    return found


#: The words opening a picture's credit, in brackets ("(Photo by X)") or on its own line ("Picture by X"),
#: and those right after them in brackets
_PHOTO_WORDS = frozenset({"Photo", "Photos", "Image", "Images"})
_PICTURES = _PHOTO_WORDS | {"Picture", "Pictures"}
_CREDIT_WORDS = frozenset({"courtesy", "by", "from", "credit", "credits", "via", ":"})  # ("(Image: X)")


def _wire_tag(view: DocView, ent: Span) -> bool:
    """"TAIPEI (Taiwan News) — ...", "Hanoi (VNA) – ...": the outlet in a dateline's brackets, a
    dash right after them, is the page's, not the story's."""
    start, end, words = ent.start, ent.end, view.words
    return start >= 1 and words[start - 1] == "(" and end + 1 < len(words) and words[end] == ")" \
        and words[end + 1] in _DASHES and start - 1 - _line_start(view, start) <= 6


def _line_start(view: DocView, k: int) -> int:
    while k > 0 and not view.starts[k]:
        k -= 1
    return k


#: Dashes that close a dateline
_DASHES = frozenset({"—", "–", "-", "--"})


def _furniture_lines(view: DocView, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line that is a masthead, a site header or a byline."""
    urls = view.doc.to_array(LIKE_URL).tolist()
    found = []
    in_the_head = True  # (above the story's first sentence of the body)
    for start, end in sentences:
        words = [w for w in view.words[start:end] if w.strip()]
        if in_the_head and len(words) >= _BODY_WORDS and words[-1] in _SENTENCE_ENDS:
            in_the_head = False
        if in_the_head and words and people_then_outlet(view, start, end):
            found.append((start, end))  # "Jane Roe and John Doe" alone on a line above the body: a byline with no "By"
            continue
        if not words or len(words) > _MAX_TOKENS and not (words[0] == "By" and "|" in words[:6]):
            continue  # (a long byline still is one: "By X | Outlet | Updated: <date> <time>")
        header = any(urls[k] for k in range(start, end)) or not _SEPARATORS.isdisjoint(words)
        # ("By A B, The Harbour Times", "Posted by A B and C D on <day>": the writers, their outlet, the day)
        names_at = byline_names_at(words)
        byline = names_at is not None and (_only_a_person(view, start + names_at, end)
                                           or people_then_outlet(view, start + names_at, end))
        # "(By Liu Wenjing)": a byline set in brackets under the text
        byline = byline or words[:2] == ["(", "By"] and words[-1] == ")" \
            and _only_a_person(view, view.words.index("By", start, end) + 1, end)
        # "Photo by Doan Duong.", "Photo by Yonhap News Agency": a picture's credit under a caption
        byline = byline or words[0] in _PICTURES and words[1:2] == ["by"] and (
            _only_a_person(view, start + 2, end) or _only_an_organization(view, start + 2, end)
            or people_then_outlet(view, start + 2, end))
        credits = _credit_line(words)  # "Source: Xinhua Editor: Zhang Long", "(Web editor: Jane Roe)"
        if header or byline or credits or _reading_time(words) or _only_an_organization(view, start, end):
            found.append((start, end))
    return found


#: A sentence of at least this many words, ended, opens a story's body (a headline has no full
#: stop): names alone on a line above it are its writers' (the people of the story are named in
#: sentences, or listed under one: "Those charged include:")
_BODY_WORDS = 5
_SENTENCE_ENDS = frozenset({".", "\"", "”", "!", "?", ":"})


#: Labels of a page's credit line: the people and outlets after them made the page, not the story
_CREDIT_LABELS = frozenset({"source", "editor", "editors", "reporter", "reporters", "writer", "author", "photo", "photos",
                            "translator", "translated", "compiled", "edited"})


#: Words that qualify a credit line's label: "Web editor:", "Chief editor:", "Photo editor:"
_CREDIT_QUALIFIERS = frozenset({"web", "online", "chief", "managing", "copy", "desk", "news", "photo", "video"})


def _credit_line(words: list[str]) -> bool:
    """A credit line: its label and a colon first ("Editor: Jane Roe"), the label perhaps
    qualified by one word ("Web editor:") and the whole perhaps in brackets ("(Web editor: A, B)"),
    as some sites set it under the story: the people after it made the page, not the news."""
    if words[:1] in (["("], ["["]):
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _CREDIT_QUALIFIERS and words[1].lower() in _CREDIT_LABELS:
        words = words[1:]  # (but "Photo: Jane Roe" is a label of its own)
    if len(words) < 2:
        return False  # (a bracket alone on its line, "(", is no credit line)
    label = words[0].lower().removesuffix("(s")  # ("Source(s): X", split as "Source(s", "):")
    return label in _CREDIT_LABELS and words[1] in {":", "):"}


#: Words of a page's reading-time line after its number: "3 Min Read", "4 minutes read"
_READING_TIME = frozenset({"min", "mins", "minute", "minutes"})


def _reading_time(words: list[str]) -> bool:
    """"3 Min Read", "6 min read": the page's estimate of a story's length, set in capitals by
    some sites, whose words a name finder takes for a person ("Min" is a family name)."""
    words = [w.lower() for w in words if w not in {".", "·", "|", "-"}]
    return len(words) == 3 and words[0].isdigit() and words[1] in _READING_TIME and words[2] == "read"


def _lines(view: DocView) -> list[tuple[int, int]]:
    """The sentences (a line break always ends one) as token ranges."""
    starts = [k for k, first in enumerate(view.starts) if first] or [0]
    return list(zip(starts, [*starts[1:], len(view.words)]))


def _only_a_person(view: DocView, start: int, end: int) -> bool:
    """Nothing but one person's name (and spaces or closing punctuation) from ``start``."""
    person = view.owner.get(start)
    if person is None or person.label_ != "PERSON" or person.start != start:
        return False
    rest = [w for w in view.words[person.end:end] if w.strip() and w not in {".", ",", ")"}]
    return not rest or rest[0] == "/" and all(w.lower() in _STAFF_WORDS for w in rest[1:])


#: A byline's words after a slash: "By Jane Roe / Staff reporter", "By X / Staff writer, with CNA"
_STAFF_WORDS = frozenset({"staff", "reporter", "reporters", "writer", "writers", "correspondent", "with", "cna"})


def _only_an_organization(view: DocView, start: int, end: int) -> bool:
    """A line that is nothing but an organization's name: a masthead ("Cambodian Journalists
    Alliance Association" above the headline, "The Daily Lantern" under a byline), or a story's
    syndication credit under it ("The Daily Lantern/ANN": the outlet, a slash and the network
    that shared it), not a sentence that tells of it."""
    k = start
    while k < end and not view.words[k].strip():
        k += 1
    if k < end and view.words[k] == "The" and view.owner.get(k) is None:
        k += 1  # (the article before an outlet's name is no part of it)
    org = view.owner.get(k)
    if org is None or org.label_ != "ORG" or org.start != k:
        return False
    rest = [w for w in view.words[org.end:end] if w.strip()]
    return not rest or len(rest) == 2 and rest[0] == "/" and rest[1].isupper()


def _within(ent: Span, lines: list[tuple[int, int]]) -> bool:
    return any(start <= ent.start and ent.end <= end for start, end in lines)
