"""Lines in which a page names the people who made it, not the people of the story: a byline
with the writers' outlet after it ("By A B and C D, The Harbour Times"), a picture's credit
with its outlet after a slash ("Photo by A B/Harbour Times"), a sentence crediting a picture
("The cover picture was drawn by A B") and the note on the writer that closes some pages ("A B
is a crime reporter for The Harbour Times"). ``boilerplate`` drops the people and organizations
bylines name, as it does for a plain "By A B". A wire's desk credits ("(Reporting by A B in
Bangkok; Editing by C D)"), a page's tag line ("Tags: Cambodia, scams, A B") and its notes on
how it was made (the writer's note, who contributed or paid, the copyright) name nothing of the
story either, not even the places: ``boilerplate`` drops everything they name. An editor's note
tells of the page, not of the news: the caption of an old picture ("FILE PHOTO: Police raid a
compound in X, 2022") and a correction, which repeats the very claim it withdraws ("An earlier
version of this story said 40 were arrested"); the reader tells nothing of them. Nor of a page's
offer of its newsletter ("Subscribe to our Weekly Digest ... The offer is not open to readers in
some regions. By clicking subscribe, ...", "Sign up now: Get our newsletters delivered to your inbox"),
nor of a picture's file name left as a line ("Amber Wren Bureau.jpeg")."""

from __future__ import annotations

import re

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS

__all__ = ["author_note", "byline_names_at", "desk_credits", "editors_notes", "page_notes", "people_then_outlet",
           "picture_credited", "picture_files", "promotions", "tag_lines"]

#: Words that join the writers of one byline: "By A, B and C", "By A & B"
_JOINS = frozenset({",", "and", "&"})
#: The most words an outlet's name after the writers may take ("The Harbour Times of Asia")
_MOST_OUTLET_WORDS = 6
#: Small words an outlet's name may hold in lower case
_OUTLET_SMALL_WORDS = frozenset({"of", "the", "and", "&", "-", "."})


def people_then_outlet(view: DocView, start: int, end: int) -> bool:
    """From ``start`` to the line's ``end``: one or more people's names joined by commas or "and",
    then nothing, or a comma or a slash and a short name in capitals (the outlet), and nothing
    else. ("By Reuters, Phnom Penh" starts with no person and is left alone.)"""
    words, k, people = view.words, _past_spaces(view, start, end), 0
    while k < end:
        person = view.owner.get(k)
        if person is None or person.label_ != "PERSON" or person.start != k:
            break
        people += 1
        k = _past_spaces(view, person.end, end)
        if k < end and words[k] in _JOINS:
            joined = _past_spaces(view, k + 1, end)
            if joined < end and words[joined] in {"and", "&"}:  # the serial comma: "A, B, and C"
                joined = _past_spaces(view, joined + 1, end)
            follows = view.owner.get(joined)
            if follows is not None and follows.label_ == "PERSON" and follows.start == joined:
                k = joined
                continue
        break
    if not people:
        return False
    rest = [w for w in words[k:end] if w.strip() and w not in {".", ")"}]
    if not rest or rest[0] in {"on", "|"} or rest[0] == "in" and _only_places(view, k, end):
        return True  # ("Posted by A B on March 3, 2025 10:00", "By A B in Manila": when and where it was filed)
    rest = _without_filing_day(rest)
    if rest[0] not in {",", "/", "|"} or not 1 < len(rest) <= _MOST_OUTLET_WORDS + 1:
        return False
    return rest[1][:1].isupper() and all(w[:1].isupper() or w.lower() in _OUTLET_SMALL_WORDS for w in rest[1:])


def _without_filing_day(rest: list[str]) -> list[str]:
    """The words after the writers without the day the story was filed, set off by a comma after
    the outlet: "A B, The Harbour Times, 4 May 2025" (a day of the page, not of the story)."""
    for comma in (k for k, w in enumerate(rest) if w == "," and k >= 2):
        day = rest[comma + 1:]
        if any(w.isdigit() for w in day) and all(w.isdigit() or w.lower() in CALENDAR_WORDS or w == "," for w in day):
            return rest[:comma]
    return rest


def _only_places(view: DocView, k: int, end: int) -> bool:
    """From the "in" at ``k``: one place's or country's name, and nothing more."""
    at = _past_spaces(view, k + 1, end)
    place = view.owner.get(at)
    return place is not None and place.label_ in {"PLACE", "COUNTRY"} and place.start == at \
        and not [w for w in view.words[place.end:end] if w.strip() and w != "."]


#: Words before "by" that open a byline as "By" alone does: "Posted by A B", "Story by A B"
_BYLINE_OPENERS = frozenset({"Posted", "Story", "Words", "Text", "Reported", "Report"})


def byline_names_at(words: list[str]) -> int | None:
    """Where a byline's names begin among a line's non-space ``words`` ("By A B": 1; "Posted by
    A B": 2), None when the line is no byline."""
    if words[:2] == ["By", ":"]:
        return 2  # ("By: X News Service | ...")
    if words[:1] == ["By"]:
        return 1
    if len(words) > 2 and words[0] in _BYLINE_OPENERS and words[1] == "by":
        return 2
    return None


#: The most words a note on the writer holds
_MOST_NOTE_WORDS = 16
#: What a writer is called in the note on them under a story
_WRITERS = frozenset({"journalist", "reporter", "correspondent", "writer", "editor", "columnist", "photographer",
                      "photojournalist", "contributor", "freelancer", "producer"})
#: The most words a closing note on the writer holds (it may list what they write about)
_MOST_CLOSING_NOTE_WORDS = 60
#: What a note under an essay calls its writer where it names no outlet
_SCHOLARS = frozenset({"fellow", "researcher", "professor", "lecturer", "scholar", "academic", "analyst"})
#: How far after "is" such a note's word for the writer stands ("is a senior visiting research fellow")
_NOTE_ROLE_REACH = 6
#: Where the closing part of a page starts, as a share of its text
_CLOSING_PART = 0.6
#: The opening characters of a page, where its headline and byline stand
_OPENING_CHARS = 400
#: Words after the writer's post that say whom they write for or what they cover
#: ("who" is left out: "A B is a former reporter who was detained" tells of the story's person)
_FOR_WHOM = frozenset({"for", "at", "with", "covering", "based"})


def author_note(view: DocView, start: int, end: int) -> bool:
    """"A B is a crime reporter for The Harbour Times. She covers ...": a line that opens with a
    person and calls them a writer for an outlet (within four words of "is a") is the page's note
    on its writer; the writer is no person of the story."""
    k = _past_spaces(view, start, end)
    person = view.owner.get(k)
    if person is None or person.label_ != "PERSON" or person.start != k:
        return False
    lower = view.lower
    at = person.end
    if lower[at:at + 2] not in (["is", "a"], ["is", "an"], ["was", "a"]):
        return False
    words = sum(1 for w in view.words[k:end] if w.strip())
    post = next((j for j in range(at + 2, min(end, at + 7)) if lower[j] in _WRITERS), None)
    if post is not None and post + 1 < end and lower[post + 1] in _FOR_WHOM and words <= _MOST_NOTE_WORDS:
        return True  # (a longer sentence tells more of the person: "... who was detained in Myawaddy")
    return at + 2 < end and lower[at] == "is" and words <= _MOST_CLOSING_NOTE_WORDS \
        and _closing_note(view, person, at + 2, end)


def _closing_note(view: DocView, person: Span, after: int, end: int) -> bool:
    """"A B is a senior fellow at the X Forum", "A B is a content writer and ...": a note calling a
    person a writer or a scholar, in the closing part of the page, on a person the story names
    nowhere else (a byline in its opening lines aside), is the note on who wrote it: a scholar the
    story quotes is named where it quotes them."""
    if not any(view.lower[j] in _WRITERS | _SCHOLARS for j in range(after, min(end, after + _NOTE_ROLE_REACH))):
        return False
    text = view.text
    at = view.offsets[person.start]
    if at < len(text) * _CLOSING_PART:
        return False
    surname = view.words[person.end - 1]
    told = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
    return all(k == view.offsets[person.end - 1] or k < _OPENING_CHARS or k > at for k in told)


#: A picture, in a sentence that credits it
_PICTURE_NOUNS = frozenset({"photo", "photos", "photograph", "image", "images", "picture", "pictures",
                            "illustration", "graphic", "graphics", "artwork"})
#: How a picture came to be, right before "by"
_MADE = frozenset({"taken", "designed", "provided", "supplied", "shot", "created", "made", "drawn", "illustrated",
                   "produced", "contributed"})
#: The most words such a sentence holds
_MOST_CREDIT_WORDS = 20


def picture_credited(view: DocView, start: int, end: int) -> bool:
    """"The picture at the top was drawn by A B.", "The photo was taken by A B/Outlet":
    a short sentence whose subject is a picture and whose verb says who made it names the picture's
    maker, not a person of the story."""
    lower = view.lower
    first = _past_spaces(view, start, end)  # (the first word is tested before the line's words are listed)
    if first >= end or lower[first] not in {"the", "this", "a", "cover"} and lower[first] not in _PICTURE_NOUNS:
        return False
    words = [k for k in range(first, end) if view.words[k].strip()]
    if len(words) > _MOST_CREDIT_WORDS:
        return False
    by = next((k for k in words if lower[k] == "by"), None)
    if by is None or lower[by - 1] not in _MADE or not any(lower[k] in _PICTURE_NOUNS for k in range(start, by)):
        return False
    return people_then_outlet(view, by + 1, end)


#: The jobs a wire's desk credits name, each followed by "by": "Reporting by", "Editing by"
_DESK_JOBS = frozenset({"reporting", "writing", "editing", "edited", "written", "compiled", "translated", "translation",
                        "research", "produced", "graphics", "photography", "photos", "video", "fact-checking"})
#: Words that may open the first credit before its job: "Additional reporting by", "With reporting by"
_DESK_OPENERS = frozenset({"additional", "with", "and", "further"})
#: How a page credits the reports its story draws on: "With a report from A B", "With reports from
#: the wires", "With inputs from agencies" (the reporters and where they were, no person or place of the story)
_REPORTS_FROM = re.compile(r"with (?:a |an |additional )?(?:reports?|inputs?|reporting) from\b")
#: The most tokens a line of desk credits holds
_MOST_DESK_TOKENS = 60


def desk_credits(view: DocView, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that open with a desk job and "by" ("Reporting by A B in Bangkok; Editing by C D",
    perhaps in brackets, perhaps "Additional reporting by") or with the reports drawn on ("— With a
    report from A B in Cebu"): the wire's staff and where they filed from, no person or place of the story."""
    if "by" not in view.lower and "from" not in view.lower:
        return []
    found = []
    for start, end in lines:
        k = _past_spaces(view, start, end)
        if k < end and view.words[k] in {"(", "[", "—", "–", "-", "--"}:
            k = _past_spaces(view, k + 1, end)
        if end - start <= _MOST_DESK_TOKENS and _REPORTS_FROM.match(" ".join(view.lower[k:k + 5])):
            found.append((start, end))  # "— With a report from A B in Cebu", "(With inputs from agencies)"
            continue
        if k + 1 < end and view.lower[k] in _DESK_OPENERS:
            k += 1
        if k + 1 < end and view.lower[k] in _DESK_JOBS and view.lower[k + 1] == "by" and end - start <= _MOST_DESK_TOKENS:
            named = view.owner.get(_past_spaces(view, k + 2, end))  # (a person: "Reporting by the Ledger found ..." is news)
            if named is not None and named.label_ == "PERSON":
                found.append((start, end))
    return found


#: Labels of a page's line of tags: "Tags: Cambodia, scams", "Topics: ...", "Filed under: ..."
_TAG_LABELS = frozenset({"tags", "tag", "topics", "keywords", "filed under", "related topics", "related tags"})


def tag_lines(view: DocView, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that open with a tag label and a colon: the page's index terms, which repeat or add
    to what the story tells but state nothing."""
    found = []
    for start, end in lines:
        k = _past_spaces(view, start, end)
        colon = next((j for j in range(k, min(end, k + 3)) if view.words[j] == ":"), None)
        if colon is not None and " ".join(view.lower[k:colon]) in _TAG_LABELS:
            found.append((start, end))
    return found


#: What a note on a story's making calls the story: "This story was produced with support from X"
#: ("this report" may be a body's report the story tells of, and is left alone)
_THE_STORY = frozenset({"article", "story", "reporting", "project", "series", "content"})
#: What "contributed to this ..." calls the story: AP's "X contributed to this report"
_CONTRIBUTED_TO = _THE_STORY | {"report"}
#: Words that say a note tells who paid for or helped make the story
_MAKING = frozenset({"support", "supported", "funded", "funding", "grant", "partnership", "collaboration", "sponsored"})
#: The most tokens a note on the page's making holds
_MOST_NOTE_TOKENS = 40


def page_notes(view: DocView, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that tell how the page was made, none of whose names are the story's (not even a
    place): the note on the writer ("A B is a reporter based in Bangkok"), a picture's credit in
    a sentence, who contributed ("C D in Bangkok contributed to this report"), who paid ("This
    story was produced with support from X"), the copyright line ("(c) 2025 X Media") and the
    page's disclaimer ("Disclaimer: ...")."""
    found = []
    lower = view.lower
    for start, end in lines:
        k = _past_spaces(view, start, end)
        if k >= end or end - k > _MOST_NOTE_TOKENS and not author_note(view, start, end):
            continue  # (a note on the writer may run longer: it has its own bounds)
        words = lower[k:end]
        disclaimer = words[0] == "disclaimer" and words[1:2] in ([":"], ["-"])  # ("Disclaimer: the views are the writer's ...")
        if words[0] in {"©", "copyright"} or disclaimer or author_note(view, start, end) or picture_credited(view, start, end):
            found.append((start, end))
        elif "contributed" in words and _contributed(words):
            found.append((start, end))
        elif words[0] == "this" and len(words) > 2 and words[1] in _THE_STORY and not _MAKING.isdisjoint(words[2:12]):
            found.append((start, end))
    return found


def _contributed(words: list[str]) -> bool:
    """"... contributed to this report", "contributed reporting", "contributed to this story"."""
    at = words.index("contributed")
    after = words[at + 1:at + 4]
    return after[:1] == ["reporting"] or after[:2] == ["to", "this"] and len(after) == 3 and after[2] in _CONTRIBUTED_TO


def _past_spaces(view: DocView, k: int, end: int) -> int:
    while k < end and not view.words[k].strip():
        k += 1
    return k


#: Words that open an old picture's caption ("FILE PHOTO:", "(File photo)", "File picture -").
_FILE_PICTURES = frozenset({"photo", "picture", "image", "pic"})
#: Labels of an editor's correction, before its colon or dash ("Correction:", "CLARIFICATION —").
_CORRECTIONS = frozenset({"correction", "corrections", "clarification", "correction/clarification"})
#: "an earlier version of this story", "a previous version of this article": a withdrawn claim.
_EARLIER = frozenset({"earlier", "previous", "prior", "original"})


def editors_notes(view: DocView, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that are an old picture's caption or a correction of the page (``_FILE_PICTURES``,
    ``_CORRECTIONS``), and sentences that tell what an earlier version of the page said."""
    found = []
    lower = view.lower
    versions = "version" in lower  # (once for the page: no line holds the word where the page does not)
    for start, end in lines:
        k = _past_spaces(view, start, end)
        k += k < end and lower[k] in {"(", "["}
        words = lower[k:min(end, k + 3)]
        if words[:1] == ["file"] and words[1:2] and words[1] in _FILE_PICTURES:
            found.append((start, end))
        elif words[:1] and words[0] in _CORRECTIONS and words[1:2] and words[1] in {":", "-", "—", "–"}:
            found.append((start, end))
        elif versions and "version" in lower[start:end]:
            found.extend(_earlier_versions(view, start, end))
    return found


def _earlier_versions(view: DocView, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a line that say what "an earlier version of this story" said."""
    lower, found = view.lower, []
    for k in range(start + 1, end - 3):
        if lower[k] == "version" and lower[k - 1] in _EARLIER and lower[k + 1] == "of" and lower[k + 2] in {"this", "the"}:
            opening = next((j + 1 for j in range(k - 1, start - 1, -1) if lower[j] in {".", "!", "?"}), start)
            closing = next((j + 1 for j in range(k, end) if lower[j] in {".", "!", "?"}), end)
            found.append((opening, closing))
    return found


#: Words of a page's offer of its newsletter, one of which such a line holds past its opening.
_OFFER_WORDS = frozenset({"newsletter", "newsletters", "inbox", "subscribe", "subscription", "digest"})


def promotions(view: DocView, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that offer the page's newsletter: opening on "Subscribe to" or "Sign up" with a word of
    the offer after it, or holding "By clicking subscribe"; and lines that call on the reader."""
    found = []
    lower = view.lower
    for start, end in lines:
        k = _past_spaces(view, start, end)
        words = lower[k:end]
        opening = words[:2] in (["subscribe", "to"], ["sign", "up"]) or words[:1] == ["signup"]
        if opening and not _OFFER_WORDS.isdisjoint(words[1:]) or _clicking_subscribe(words) or _calls_the_reader(words):
            found.append((start, end))
    return found


#: What a page says to its reader, never a story's words: "click here", "follow us on X", "delivered
#: to your inbox", "join the conversation", "download our app"
_READER_CALLS = re.compile(r"\b(?:(?:click|tap) here|follow us|join the conversation|(?:to|in) your inbox"
                           r"|(?:download|get) (?:our|the) (?:[\w'’-]+ ){0,2}app)\b")
#: Words one of which every match of it holds: a line with none is not searched (most lines)
_CALL_WORDS = ("here", "follow us", "join the conversation", "your inbox", "app")
#: The most tokens such a line holds (a long paragraph that quotes "click here" is reporting)
_MOST_CALL_TOKENS = 40


def _calls_the_reader(words: list[str]) -> bool:
    """A short line that speaks to the page's reader ("For more news about Zorvania, click here.",
    "Get the latest from Lotland delivered to your inbox"): the places it names are the page's
    sections, no place of the story."""
    if len(words) > _MOST_CALL_TOKENS:
        return False
    line = " ".join(words)
    return any(map(line.__contains__, _CALL_WORDS)) and bool(_READER_CALLS.search(line))


#: How the name of a picture's file ends: a page that lost its image keeps the file's name
#: ("Amber Wren Bureau.jpeg") as a line of its own.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)
#: The most tokens such a line holds
_MOST_FILE_TOKENS = 14


def picture_files(view: DocView, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Short lines that end in a picture's file name ("Port Authority of Zorvania.jpg"): the
    page's leftover, not the story's words, so the bodies and people in them are named by no one."""
    found = []
    for start, end in lines:
        words = [w for w in view.words[start:end] if w.strip()]
        if words and len(words) <= _MOST_FILE_TOKENS and _PICTURE_FILE.search("".join(words[-2:])):
            found.append((start, end))
    return found


def _clicking_subscribe(words: list[str]) -> bool:
    """"By clicking subscribe, you consent to our mailings ...": a newsletter's consent line."""
    if "clicking" not in words:
        return False  # (a test in C before the scan: most lines hold no such word)
    return any(words[j:j + 3] == ["by", "clicking", "subscribe"] for j in range(len(words) - 2) if words[j] == "by")
