"""A page's widgets and plugs, which tell nothing of the story: a weather box ("Zorva 32°C Partly
cloudy"), a picture's credit on a line of its own ("Cover image via X/Facebook", "Featured image:
Lotland Police/Facebook"), the outlet's plug of its channels ("The Harbour Daily is now on
WhatsApp.", "Lotpress is the national news agency of Lotland", a wire's closing paragraph on where
its news is carried, a web address beside a call to the reader) and a bulleted list of other
stories' headlines set without a heading. The places, bodies and addresses they name are the
page's, not the story's; ``boilerplate`` drops what they name and the reader reads nothing of them.

Split from ``boilerplate`` and ``story_lists`` to keep each module small.
"""

from __future__ import annotations

import re
from spacy.attrs import LIKE_URL

from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.page_credits import promotions
from scamgraph.resolve import country_code

__all__ = ["page_widgets"]

Lines = list[tuple[int, int]]


def page_widgets(view: DocView, sentences: Lines) -> Lines:
    """(start, end) of every sentence that is one of the page's widgets or plugs."""
    return _weather_lines(view, sentences) + _picture_credit_lines(view, sentences) \
        + _outlet_plugs(view, sentences) + _bulleted_headlines(view, sentences)


def _words(view: DocView, start: int, end: int) -> list[str]:
    return [w for w in view.words[start:end] if w.strip()]


def _first_word(view: DocView, start: int, end: int) -> str | None:
    """The line's first word that is not white space (None on a blank line): the widgets below are
    told by how a line opens, so a line that opens otherwise is passed over before its words are
    listed (most lines)."""
    return next((w for w in view.words[start:end] if w.strip()), None)


def _last_word(view: DocView, start: int, end: int) -> str | None:
    """The line's last word that is not white space (None on a blank line)."""
    return next((view.words[k] for k in range(end - 1, start - 1, -1) if view.words[k].strip()), None)


#: The most words a weather box's line holds ("Zorva 32°C Partly cloudy  Belmar 29°C Light rain")
_MOST_WEATHER_WORDS = 16
#: How a page writes a temperature's unit after the degree sign, or as one sign
_DEGREES = frozenset({"°", "℃", "℉", "°C", "°F"})


def _weather_lines(view: DocView, sentences: Lines) -> Lines:
    """A short line that gives a temperature ("32 °C", "32℃") and ends without a sentence's mark
    is a weather box, and so is a lone place's name on the line right before it ("Vientiane" over
    "31 °C"): the page's town, which the story does not name by it."""
    if _DEGREES.isdisjoint(view.words):
        return []
    found: Lines = []
    for index, (start, end) in enumerate(sentences):
        words = _words(view, start, end)
        if not words or len(words) > _MOST_WEATHER_WORDS or _DEGREES.isdisjoint(words) or words[-1] in _SENTENCE_ENDS:
            continue  # ("Temperatures hit 41°C in Zorva." is a sentence of the story)
        if not any(w[:1].isdigit() and view.words[k + 1] in _DEGREES
                   for k, w in enumerate(view.words[start:end - 1], start)):
            continue  # (a temperature: a number right before the sign)
        found.append((start, end))
        if index and _a_lone_name(view, *sentences[index - 1]):
            found.append(sentences[index - 1])
    return found


def _a_lone_name(view: DocView, start: int, end: int) -> bool:
    """A line that is nothing but a capitalized name of at most three words ("Vientiane")."""
    words = _words(view, start, end)
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


#: Words that may qualify a picture before its credit: "Cover image", "Featured photo", "Header image"
_PICTURE_KINDS = frozenset({"cover", "featured", "feature", "header", "top", "main", "lead", "hero", "banner",
                            "thumbnail", "file"})
_PICTURE_WORDS = frozenset({"image", "images", "photo", "photos", "picture", "pictures", "photograph", "pic", "video"})
#: What joins a picture's word to its credit: "via", "courtesy of", "credit:", ":"
_CREDIT_LINKS = frozenset({"via", "courtesy", "credit", "credits", "source", "by", "from", ":"})
#: The words such a line opens with: a picture's word, or what qualifies it
_CREDIT_OPENINGS = _PICTURE_KINDS | _PICTURE_WORDS
#: Lower-case words a credit may hold between its names ("X/Facebook", "courtesy of the X page")
_CREDIT_SMALL_WORDS = frozenset({"/", "via", "of", "and", "&", "the", "on", "page", "account", "handle", "official",
                                 "screenshot", "screengrab", ":", ",", ".", "(", ")", "-", "@", "|"})
#: The most words such a line holds
_MOST_CREDIT_WORDS = 14


def _picture_credit_lines(view: DocView, sentences: Lines) -> Lines:
    """"Cover image via X/Facebook", "Featured image: Facebook/Harbour Times", "Header photo courtesy
    of the Lotland Police page": a line that opens with a picture's word (perhaps qualified) and a
    credit's link, then nothing but names: who supplied the picture, no body or person of the story
    ("Photo: Police escort the suspects" is a caption, whose verb is read)."""
    found: Lines = []
    for start, end in sentences:
        first = _first_word(view, start, end)
        if first is None or first.lower() not in _CREDIT_OPENINGS:
            continue  # (most lines)
        words = _words(view, start, end)
        if len(words) > _MOST_CREDIT_WORDS:
            continue
        lower = [w.lower() for w in words[:3]]  # (the words the tests below read)
        at = 1 if lower[:1] and lower[0] in _PICTURE_KINDS else 0
        if len(words) < at + 3 or lower[at] not in _PICTURE_WORDS or lower[at + 1] not in _CREDIT_LINKS:
            continue
        rest = words[at + 2:]
        if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CREDIT_SMALL_WORDS or w.startswith("@")
               for w in rest):
            found.append((start, end))
    return found


#: The channels an outlet says it is on: "The Harbour Daily is now on WhatsApp."
_CHANNELS = r"(?:whatsapp|telegram|facebook|instagram|youtube|tiktok|line|x|twitter|threads|viber|zalo|google news)"
_ON_CHANNEL = re.compile(r"^(?:the )?(?:[\w'’.&-]+ ){1,5}(?:is|are) (?:now |also )*(?:available )?on "
                         + _CHANNELS + r"(?: (?:and|,) " + _CHANNELS + r")*(?: too)? ?[.!]?$")
#: An outlet that says what it is: "Lotpress is the national news agency of Lotland", "X is
#: Zorvania's leading news portal"
_OUTLET_SELF = re.compile(r"^(?:the )?(?:[\w'’.&-]+ ){1,5}is (?:the |a |an |(?:\w+ )?(?:'s|’s) )(?:[\w-]+ ){0,3}"
                          r"(?:news agency|news wire|newswire|wire service|news service|news portal|news website"
                          r"|newspaper|broadcaster)\b")
#: The verbs both patterns above need (a line without one is not matched: most lines)
_SAYS_WHAT_IT_IS = frozenset({"is", "are"})
#: Media words in an outlet's paragraph on where its news is carried ("via X Wires; www.x.com; X TV on
#: <network> 502 ... channels and X Radio")
_MEDIA_WORDS = frozenset({"tv", "radio", "channel", "channels", "wires", "wire", "app", "apps", "frequencies",
                          "newsletter", "podcast", "youtube", "facebook", "instagram", "whatsapp", "telegram", "tiktok"})
#: The most tokens an outlet's plug holds
_MOST_PLUG_TOKENS = 80


def _outlet_plugs(view: DocView, sentences: Lines) -> Lines:
    """The outlet speaking of itself: that it is on a channel, what kind of outlet it is, where its
    news is carried (a web address and two media words or more, "news" among the words), and any
    sentence with a web address in the paragraph of a call to the reader ("Follow us on ...
    Download our app ... Visit www.x.com")."""
    urls = view.doc.to_array(LIKE_URL).tolist()
    calls = set(promotions(view, sentences)) if any(urls) else set()  # (read only beside a web address)
    found: Lines = []
    for index, (start, end) in enumerate(sentences):
        if end - start > _MOST_PLUG_TOKENS:
            continue
        addressed = any(urls[start:end])
        if not addressed and _SAYS_WHAT_IT_IS.isdisjoint(view.lower[start:end]):
            continue  # (most lines: no web address and no "is" or "are", which every other plug needs)
        line = " ".join(w.lower() for w in _words(view, start, end))
        if _SAYS_WHAT_IT_IS.intersection(line.split()) and (_ON_CHANNEL.match(line) or _OUTLET_SELF.match(line)):
            found.append((start, end))
        elif addressed and "news" in line.split() and len(_MEDIA_WORDS.intersection(line.split())) >= 2:
            found.append((start, end))  # "X provides ... news ... via X Wires; www.x.com; X TV ... channels"
        elif addressed and any(s in calls for s in _paragraph(view, sentences, index)):
            found.append((start, end))  # "Follow us on ... Download our app ... Visit www.x.com"
    return found


def _paragraph(view: DocView, sentences: Lines, index: int) -> Lines:
    """The sentences of the paragraph (the lines between two breaks) that holds sentence ``index``."""
    def ends_paragraph(span: tuple[int, int]) -> bool:
        return any("\n" in w for w in view.words[span[0]:span[1]])
    first = index
    while first > 0 and not ends_paragraph(sentences[first - 1]):
        first -= 1
    last = index
    while last < len(sentences) - 1 and not ends_paragraph(sentences[last]):
        last += 1
    return sentences[first:last + 1]


#: Bullets a page sets before each headline of a list
_BULLETS = frozenset({"•", "-", "*", "▪", "■", "►", "●", "▶", "»", "›", "–", "—"})
#: Marks that end a sentence of reporting; a headline ends without one
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", "\"", "”"})
#: The most words a listed headline holds, and the fewest, its bullet among them (a shorter line,
#: "- Peru 400", is a row of a breakdown)
_MOST_HEADLINE_WORDS = 25
_MIN_HEADLINE_WORDS = 4
#: Bulleted lines in a row that make a list (a story's lone bullet is its own)
_MIN_LISTED = 2


def _bulleted_headlines(view: DocView, sentences: Lines) -> Lines:
    """A run of two or more bulleted lines, each of four words or more and ending without a
    sentence's mark, that no line ending with a colon introduces, and that are other stories'
    headlines: most of them name a number or a name (past their first word) that the
    page's other lines never write, and none writes one that they do. A story's own points set as
    bullets ("• Filipinos were among those held in Myawaddy") repeat its names, and stay."""
    if _BULLETS.isdisjoint(view.words):
        return []
    found: Lines = []
    run: Lines = []
    introduced = False  # (the line before the run ends with a colon: "The group included:", the story's list)
    for start, end in [*sentences, (len(view.words), len(view.words))]:
        first = _first_word(view, start, end)
        if first is None and start < len(view.words):
            continue  # (blank lines between the bullets)
        if first in _BULLETS:  # (the words of a line are listed only after a bullet: few lines)
            words = _words(view, start, end)
            if _MIN_HEADLINE_WORDS < len(words) <= _MOST_HEADLINE_WORDS and words[-1] not in _SENTENCE_ENDS:
                run.append((start, end))
                continue
        if len(run) >= _MIN_LISTED and not introduced and _other_news(view, run):
            found += run
        run = []
        introduced = _last_word(view, start, end) == ":"
    return found


def _other_news(view: DocView, run: Lines) -> bool:
    """Most lines of ``run`` name something the rest of the page never writes, and none names
    what it writes (country names and peoples aside: a list of the region's news shares them)."""
    inside = {k for start, end in run for k in range(start, end)}
    elsewhere = {w for k, w in enumerate(view.words) if k not in inside}
    foreign = shared = 0
    for start, end in run:
        marks = _distinctive(view.words[start + 1:end])
        if marks & elsewhere:
            shared += 1
        elif marks:
            foreign += 1
    return shared == 0 and foreign * 2 > len(run)


def _distinctive(words: list[str]) -> set[str]:
    """A headline's numbers and capitalized words past its first word, other than countries and peoples."""
    words = [w for w in words if w.strip() and w not in _BULLETS]
    return {w for w in words[1:] if w[:1].isdigit() or w[:1].isupper() and w.isalpha() and not _country_word(w)}


def _country_word(word: str) -> bool:
    """A country's name or a people's word ("Thailand", "Chinese", "Kenyans")."""
    return country_code(word) is not None
