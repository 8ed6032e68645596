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

Those lists are found in ``story_lists``, and pictures' captions and credits in
``picture_credits``; this module drops what they and the other furniture name.
"""

from __future__ import annotations

from spacy.attrs import LIKE_URL
from spacy.tokens import Doc, Span

from scamgraph.loaders.nlp.page_credits import (
    _past_spaces,
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
from scamgraph.loaders.nlp.page_widgets import page_widgets
from scamgraph.loaders.nlp.picture_credits import _PICTURES, _captions, _photo_credits
from scamgraph.loaders.nlp.story_lists import _SENTENCE_ENDS, _arrowed_links, _dated_headlines, _other_stories, _teasers

__all__ = ["other_stories", "without_furniture"]

#: Lines longer than this are reporting, whatever they contain.
_MAX_TOKENS = 14
_SEPARATORS = frozenset({"|", "||"})


def without_furniture(view: DocView, ents: list[Span]) -> list[Span]:
    """``ents`` without the organizations and people that only page furniture names, and without
    anything a page's control line names ("Select Region", "Follow topic:")."""
    sentences = _lines(view)
    lines, bylines = _furniture_lines(view, sentences)
    # (a credit's body too; an old picture's caption, a correction, a newsletter's offer)
    others = _other_stories(view, sentences) + _arrowed_links(view, sentences) + _teasers(view) + _dated_headlines(view) \
        + _photo_credits(view) + editors_notes(view, sentences) + promotions(view, sentences) \
        + page_widgets(view, sentences)  # (weather, a picture's credit line, the outlet's plugs, listed headlines)
    view.doc.user_data[_OTHERS_KEY] = others  # type: ignore[index]  # (for the reader: other_stories takes it off the doc)
    view.doc.user_data[_CAPTIONS_KEY] = _captions(view)  # type: ignore[index]  # (and captions)
    controls = _control_lines(view, sentences) + desk_credits(view, sentences) + tag_lines(view, sentences) \
        + page_notes(view, sentences) + picture_files(view, sentences) + others + bylines
    ents = [e for e in ents if not (e.label_ == "ORG" and (_wire_tag(view, e) or _closing_credit(view, e)
                                                           or view.lower[e.start] == "logo")
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
                       "newsletter", "channel", "Google", "app", "App"})  # ("Download the X app for the latest news from ...")
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


def _wire_tag(view: DocView, ent: Span) -> bool:
    """"TAIPEI (Taiwan News) — ...", "Hanoi (VNA) – ...": the outlet in a dateline's brackets, a
    dash right after them, is the page's, not the story's."""
    start, end, words = ent.start, ent.end, view.words
    return start >= 1 and words[start - 1] == "(" and end + 1 < len(words) and words[end] == ")" \
        and words[end + 1] in _DASHES and start - 1 - _line_start(view, start) <= 6


def _closing_credit(view: DocView, ent: Span) -> bool:
    """"... after their handover on Wednesday. (ZNA)": an outlet in brackets after a sentence's
    full stop, closing its line, credits the wire that sent the sentence or the picture."""
    start, end, words = ent.start, ent.end, view.words
    return start >= 2 and words[start - 1] == "(" and words[start - 2] in _SENTENCE_ENDS \
        and end < len(words) and words[end] == ")" and (end + 1 >= len(words) or not words[end + 1].strip())


def _line_start(view: DocView, k: int) -> int:
    while k > 0 and not view.starts[k]:
        k -= 1
    return k


#: Dashes that close a dateline
_DASHES = frozenset({"—", "–", "-", "--"})


def _furniture_lines(view: DocView, sentences: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of each line that is a masthead, a site header or a byline; and of the bylines
    among them, whose places are where the writers filed from ("By A B, Abuja", "By: X News Service |
    Hyderabad | Updated: ..."), no place of the story, as a dateline's city is none (settled
    convention 7)."""
    urls = view.doc.to_array(LIKE_URL).tolist()
    found, bylines = [], []
    in_the_head = True  # (above the story's first sentence of the body)
    for line_start, end in sentences:
        start = _past_stamp(view, line_start, end)  # ("date 2023-11-09 The Harbour Times": the masthead after it)
        words = [w for w in view.words[start:end] if w.strip()]
        if in_the_head and len(words) >= _BODY_WORDS and words[-1] in _SENTENCE_ENDS:
            in_the_head = False
        if in_the_head and words and people_then_outlet(view, start, end):
            found.append((line_start, end))  # "Jane Roe and John Doe" alone on a line above the body: a byline with no "By"
            bylines.append((line_start, end))
            continue
        if not words or len(words) > _MAX_TOKENS and not (words[0] == "By" and "|" in words[:6]) \
                and sum(w in _SEPARATORS for w in words) < 2:
            continue  # (a long byline still is one: "By X | Outlet | Updated: <date> <time>", "X | Outlet | <date>")
        header = any(urls[k] for k in range(start, end)) or not _SEPARATORS.isdisjoint(words)
        # ("By A B, The Harbour Times", "Posted by A B and C D on <day>": the writers, their outlet, the day)
        names_at = byline_names_at(words)
        names_end = _before_an_address(view, start, end)  # ("By A B" over the writer's e-mail address)
        byline = names_at is not None and (_only_a_person(view, start + names_at, names_end)
                                           or people_then_outlet(view, start + names_at, names_end))
        # "(By Liu Wenjing)": a byline set in brackets under the text
        byline = byline or words[:2] == ["(", "By"] and words[-1] == ")" \
            and _only_a_person(view, view.words.index("By", start, end) + 1, end)
        # "Photo by Doan Duong.", "Photo by Yonhap News Agency": a picture's credit under a caption
        byline = byline or words[0] in _PICTURES and words[1:2] == ["by"] and (
            _only_a_person(view, start + 2, end) or _only_an_organization(view, start + 2, end)
            or people_then_outlet(view, start + 2, end))
        byline = byline or _correspondents_line(view, start, end, words)  # "From our correspondent in Accra"
        byline = byline or _desk_line(view, start, end, words)  # "Staff Correspondent | Dhaka"
        credits = _credit_line(words)  # "Source: Xinhua Editor: Zhang Long", "(Web editor: Jane Roe)"
        if header or byline or credits or _reading_time(words) or _only_an_organization(view, start, end) \
                or _sign_off(words):
            found.append((line_start, end))
        if byline or header and names_at is not None:  # ("By X | Outlet | Hyderabad | Updated: ...": the whole line)
            bylines.append((line_start, end))
    return found, bylines


def _before_an_address(view: DocView, start: int, end: int) -> int:
    """Where the writer's e-mail address begins, set on the line under a byline's names and read
    into its sentence ("By A B\nab@harbourtimes.my"); ``end`` where the line has none."""
    return next((k for k in range(start + 1, end) if "@" in view.words[k] and not view.words[k - 1].strip()), end)


def _past_stamp(view: DocView, start: int, end: int) -> int:
    """Where a line's own words start after a stored page's date stamp ("date 2023-11-09"), which
    the store sets before the page's first line; ``start`` where the line has none."""
    k = start
    while k < end and not view.words[k].strip():
        k += 1
    stamp = view.words[k:k + 6]
    if len(stamp) == 6 and stamp[0] == "date" and stamp[2] == stamp[4] == "-" and all(w.isdigit() for w in stamp[1::2]):
        return k + 6
    return start


def _sign_off(words: list[str]) -> bool:
    """A wire's sign-off under the story: a dash and the agencies' initials, nothing else ("-- SNA",
    "— MNA/GLH"): the page's credit, whose initials the reader would otherwise spell out as a body."""
    rest = [w for w in words[1:] if w != "/"]
    return len(words) >= 2 and words[0] in _DASHES and 0 < len(rest) <= 3 \
        and all(w.isupper() and w.isalpha() and len(w) <= 6 for w in rest)


#: A sentence of at least this many words, ended, opens a story's body (a headline has no full
#: stop): names alone on a line above it are its writers' (the people of the story are named in
#: sentences, or listed under one: "Those charged include:")
_BODY_WORDS = 5


#: Who files a story "from" a place without a name: "From our correspondent in Accra"
_CORRESPONDENTS = frozenset({"correspondent", "correspondents", "reporter", "reporters", "staff", "bureau", "team"})
#: The most words such a line holds
_MOST_CORRESPONDENT_WORDS = 8


def _correspondents_line(view: DocView, start: int, end: int, words: list[str]) -> bool:
    """"From A B, Abuja", "From A B in Nairobi", "From our (own) correspondent in Accra": where a
    correspondent filed from, as some African papers set it over the story, no place of the story
    (as a dateline's is none, settled convention 7); the writer's name, in capitals, and a place
    after it, and nothing else."""
    lower = [w.lower() for w in words if w != "."]
    if len(lower) > _MOST_CORRESPONDENT_WORDS or lower[:1] != ["from"]:
        return False
    if lower[1:2] == ["our"]:
        lower = lower[:2] + lower[3:] if lower[2:3] == ["own"] else lower
        return lower[2:3] != [] and lower[2] in _CORRESPONDENTS and (len(lower) == 3 or lower[3] == "in")
    k = _past_spaces(view, start, end) + 1
    name = k
    while k < end and view.words[k][:1].isupper() and view.words[k].isalpha() and view.owner.get(k) is None:
        k += 1
    if not 2 <= k - name <= 4 or k >= end or view.words[k] not in {",", "in"}:
        return False
    place = view.owner.get(_past_spaces(view, k + 1, end))
    return place is not None and place.label_ in {"PLACE", "COUNTRY"} \
        and not [w for w in view.words[place.end:end] if w.strip() and w != "."]


#: Words of a writer's desk named without a name: "Staff Correspondent", "Our Special Reporter"
_DESK_WORDS = frozenset({"staff", "special", "own", "our", "senior", "chief", "district", "diplomatic", "regional",
                         "correspondent", "correspondents", "reporter", "reporters", "writer", "writers", "bureau"})
#: The writers among them: a desk line names one
_DESK_WRITERS = frozenset({"correspondent", "correspondents", "reporter", "reporters", "writer", "writers"})
#: Marks between the desk and the place it files from
_DESK_MARKS = frozenset({"|", ",", "-", "—", "–", "/"})


def _desk_line(view: DocView, start: int, end: int, words: list[str]) -> bool:
    """"Staff Correspondent | Dhaka", "Our Special Correspondent, Lotville": a byline that names
    the writer's desk, not a person, and the place it filed from, nothing else after it: that place
    is where the story was written, no place of the story (as a dateline's is none, convention 7)."""
    lower = [w.lower() for w in words]
    k = 0
    while k < len(lower) and lower[k] in _DESK_WORDS:
        k += 1
    if _DESK_WRITERS.isdisjoint(lower[:k]) or k + 1 >= len(lower) or lower[k] not in _DESK_MARKS:
        return False
    at = [j for j in range(start, end) if view.words[j].strip()][k + 1]
    place = view.owner.get(at)
    return place is not None and place.label_ in {"PLACE", "COUNTRY"} and place.start == at \
        and not [w for w in view.words[place.end:end] if w.strip() and w != "."]


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
