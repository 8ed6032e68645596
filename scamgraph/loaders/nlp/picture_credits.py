"""Pictures' captions and credits: a caption line that ends with a picture's credit ("(Photo: X)",
"[YONHAP]", "Photograph: Reuters") tells what a picture shows, not the story's acts; a credit in
brackets ("(Photos courtesy of PNA via PTV News)", "(Xinhua/Jane Roe)", "(Royal Thai Police via
AP)") or after a label on the caption's line ("Image Credit: X") names who took or supplied the
picture, not who is in the story.

Split from ``boilerplate`` (which drops what page furniture names, credits among it) to keep each
module small.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["PICTURE_WIRES"]

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
    lines += _wire_captions(text)
    if not lines:
        return []  # (most pages: the token offsets are not needed)
    offsets = view.offsets
    return [(bisect_left(offsets, start), bisect_left(offsets, end)) for start, end in lines]


#: Words of a telling: a paragraph that reports what someone said, then the wire's tag, is the story's
_TELLING = re.compile(r"\b(?:said|says|told|according|added|announced|stated|reported)\b")


def _wire_captions(text: str) -> list[tuple[int, int]]:
    """(first, last character) of each line of one sentence that ends with a wire's name in brackets
    after its full stop ("Workers wait at the Zorva shelter on May 3. (AFP)"): a picture's caption
    and its supplier, as some pages set it under the picture; a paragraph of the story that ends with
    its wire's tag tells who said it ("..., officials said. (AFP)"), and stays the story's."""
    lines = []
    for credit in _WIRE_CREDIT.finditer(text):
        line_start = text.rfind("\n", 0, credit.start()) + 1
        line = text[line_start:credit.start()]
        if not _SENTENCE_BREAK.search(line.rstrip()[:-1]) and not _TELLING.search(line):
            lines.append((line_start, credit.end()))
    return lines


#: How a caption that tells of a picture opens its line: "In this file photo (taken) ...", "This photo shows"
_CAPTION_OPENING = re.compile(r"^[ \t]*(?:In this (?:file )?(?:photo|picture|image)|This (?:file )?(?:photo|picture|image) "
                              r"(?:shows|taken)|File photo[:,]|(?i:Picture|Photo|Photograph|Image|Caption)s?[ \t]?:)", re.M)  # ("PHOTO :")
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
#: A wire's name alone in brackets after a sentence's full stop, ending its line: "... in Zorva on
#: May 3. (Reuters)", "... at the port. (AFP via Getty Images)": the agency that supplied the picture
_WIRE_CREDIT = re.compile(r"(?<=[.!?] )\((?:" + "|".join(sorted(PICTURE_WIRES | {"Getty Images", "EPA-EFE", "AAP"}))
                          + r")(?: (?:Photo|via [\w ]{1,30}))?\)[ \t]*$", re.M)
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
