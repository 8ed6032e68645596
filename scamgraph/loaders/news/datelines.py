"""A story's dateline ("MANILA, Philippines —", "PHNOM PENH, Cambodia:"): the city it names is
where the story was filed (its country is the story's own), and the annotation conventions read
no statement of where that place lies in it. Its date is read in ``timing``."""

from __future__ import annotations

import re

from scamgraph.resolve import country_code, demonym_table, place_country

__all__ = ["dateline_country", "dateline_span"]

#: A dateline's city in capitals, perhaps a country or a date after a comma and a wire service in
#: brackets, then a dash or a colon (or, after the wire's bracket, a semicolon: "COLOMBO (News 1st); ...";
#: or the wire's initials between slashes: "ZORVA, May 3/ZNA/ ..."); a long dash may touch the lead's
#: first word ("LOTVILLE (May 3) –Five ...").
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,30}?)(?:,[^\n—–-]{0,40})?\s*(?:\(\w[^)]{0,20}\))?\s*"
                       r"(?:[—–-]{1,2}|:|(?<=\));|/[A-Z]{2,8}/)(?:\s|(?<=[—–])(?=[A-Z]))")
#: The same with the city written in any letters ("TÂY NINH —", "Jakarta (ANTARA) -", "Geneva,
#: Switzerland –", "Seoul:", "Nairobi —", "New York [US], March 3 :", "Tangerang.", "New Delhi, Jul
#: 21 (PTI) In ...", "New Delhi, March 30" alone on its line): ``_match`` then asks that it be in
#: capitals, or be a city of the gazetteer (not a country) with a mark, a wire or a date after it.
#: The wire or the province may come in brackets before the date ("Zorva (XN), May 3 –", "Belmar
#: (Tosh), May 3 -"), a bar may stand for the dash ("Zorva, Lotland | Nine ..."), and two hyphens
#: may touch the lead as a long dash does ("Zorva, May 3 (XN)--Police ..."); a story filed from two
#: cities names both ("Zorva/Belmar, May 3 (XN) -").
_ANY_DATELINE = re.compile(r"^\s*(?P<city>[^\W\d_](?:[^\W\d_]|[ .'-]){1,30}?)(?:/[^\W\d_](?:[^\W\d_]|[ .'-]){1,30}?)?"
                           r"(?P<tag>\s*\[[^\]\n]{1,20}\])?(?P<first>\s*\(\w[^)\n]{0,20}\)(?=,))?"
                           r"(?P<comma>,[^\n—–-]{0,40}?)?\s*(?P<wire>\(\w[^)]{0,20}\))?\s*"
                           r"(?P<mark>[—–-]{1,2}|:|\.|\|)"
                           r"(?:\s|(?:(?<=[—–])|(?<=--))(?=[A-Z]))")
#: South Asian wires' datelines without a mark: "New Delhi, Jul 21 (PTI) In a ...", perhaps filed from
#: two cities at once ("Zorva/Belmar, Feb. 3 (CNA) ..."), and a city and its date alone on their line
#: ("New Delhi, March 30", "Nairobi • 3 March 2026")
_UNMARKED_DATELINES = (
    re.compile(r"^\s*(?P<city>[^\W\d_](?:[^\W\d_]|[ .'-]){1,30}?)(?:/[^\W\d_](?:[^\W\d_]|[ .'-]){1,30}?)?,"
               r"[^\n(]{1,30}?\d[^\n(]{0,10}?\s*"
               r"\((?P<wire>\w[^)]{0,20})\)\s+(?=[A-Z])"),
    re.compile(r"^\s*(?P<city>[^\W\d_](?:[^\W\d_]|[ .'-]){1,30}?),\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
               r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)[ \t]*\n"),  # (or the day first: "Zorva, 13 August 2026")
    # a city and the day alone on their line, a bullet or a bar between them, as some African and
    # Asian outlets set it over the story: "Nairobi • 3 March 2026", "Zorva | March 3, 2026"
    re.compile(r"^\s*(?P<city>[^\W\d_](?:[^\W\d_]|[ .'-]){1,30}?)\s*[•·|▪]\s*"
               r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
               r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[ \t]*(?:[•·|▪][^\n]{0,24})?\n"),
    # the date before the city, as some South Asian outlets write it: "Apr 09, Pokhara - A court ...",
    # "May 4, Kandy (XYZ): Police ..."
    re.compile(r"^\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,\s*(?P<city>[A-Z](?:[^\W\d_]|[ .'-]){1,30}?)\s*"
               r"(?:\((?P<wire>\w[^)]{0,20})\))?\s*(?:[—–-]{1,2}|:)\s"),
    # the city in brackets, perhaps with the day or after the date, as some Asian outlets write it:
    # "(Dawei, 12th) Police ...", "3-4-2025 (DAWEI) Police ..."
    re.compile(r"^\s*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s*)?\((?P<city>[^\W\d_](?:[^\W\d_]|[ .'-]){1,30}?)"
               r"(?:,\s*\w{1,12})?\)\s+(?=[A-Z])"),
)

#: A stored page's date stamp at the start of a line, "date 2025-03-11": on a line of its own near
#: the top it is the page's date (``timing``), and a dateline may follow it on its line ("date
#: 2025-11-20 LAHORE: ..."), read after it here and in ``timing``.
STAMP = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b", re.M)

#: Lines with words in them above a story's body (headline, byline, date, caption): blank lines
#: between them do not count, so a dateline after a spaced-out head is still found.
_HEAD_LINES = 6
#: How far below the head a page's own furniture may push a dateline in capitals (``_deep_dateline``)
_DEEP_LINES = 14


def _past_stamp(line: str) -> int:
    """Where ``line``'s own words start after a stored page's date stamp, else 0 (also where
    nothing but blanks follows the stamp)."""
    stamp = STAMP.match(line)
    if stamp is None:
        return 0
    rest = line[stamp.end():]
    words = rest.lstrip(" \t")
    return stamp.end() + len(rest) - len(words) if len(words) < len(rest) and words[:1].strip() else 0


def _match(line: str) -> re.Match[str] | None:
    """The dateline that opens ``line``, if it has one."""
    found = _DATELINE.match(line)
    if found:
        return None if _page_label(found.group(1)) else found
    found = _ANY_DATELINE.match(line)
    if found is None:
        unmarked = next((m for pattern in _UNMARKED_DATELINES if (m := pattern.match(line))), None)
        city = unmarked.group("city").strip().title() if unmarked else ""
        return unmarked if unmarked and not country_code(city) and place_country(city) else None
    city, mark = found.group("city").strip(), found.group("mark")
    if city.isupper() and mark != ".":
        return found  # "TÂY NINH —": capitals in any script
    if not city[:1].isupper() or country_code(city) or not place_country(city):
        return None  # (a country's name opens headlines: "Myanmar: junta deports ...")
    if found.group("first") and mark == ".":
        return None  # ("Zorva (Lotland), where ... . Police ...": a sentence, a bracket's aside in it)
    if found.group("wire") or found.group("tag") or found.group("comma") or mark in {":", "—", "–", "-", "--", "|"}:
        return found  # "Jakarta (ANTARA) -", "New York [US], March 3 :", "Seoul:", "Nairobi —", "Kampala |"
    return found if mark == "." and line[found.end():found.end() + 1].isupper() else None  # "Tangerang. The ..."


#: Labels a page sets in capitals before a colon over its story ("PUBLISHED : 22 Oct 2026 | WRITER:
#: ...", "UPDATED: ...", "BREAKING: ..."): the page's furniture, no city the story was filed from,
#: so the search for the dateline goes on to the lines below
_PAGE_LABELS = frozenset({"published", "updated", "last updated", "posted", "first published", "writer", "writers",
                          "by", "author", "reporter", "editor", "source", "photo", "photos", "file photo", "video",
                          "watch", "read more", "also read", "related", "breaking", "breaking news", "exclusive",
                          "update", "newspaper section", "section", "tags", "home", "news"})


def _page_label(city: str) -> bool:
    """Whether the capitals before a dateline's mark are a page's label, not a city."""
    return " ".join(city.split()).lower() in _PAGE_LABELS


def dateline_span(text: str) -> tuple[int, int]:
    """The character offsets where the dateline of ``text`` starts and ends, or (0, 0) when it has
    none (a caption or a headline above it is no part of it)."""
    offset, seen = len(text) - len(text.lstrip()), 0
    for line in text.lstrip().splitlines(keepends=True):
        skip = _past_stamp(line)
        found = _match(line[skip:]) if seen < _HEAD_LINES else _deep_dateline(line[skip:])
        if found:
            return offset, offset + skip + found.end()
        offset += len(line)
        seen += bool(line.strip())
        if seen == _DEEP_LINES:
            break
    return 0, 0


def _deep_dateline(line: str) -> re.Match[str] | None:
    """A dateline below a page's furniture (a logo, bylines, a caption, the date: more lines than
    a story's head has): only the plain form, a town the gazetteer knows in capitals and its mark
    ("YANGON - More than ...", "SEOUL – The ..."), since deep in a page a line may open on anything."""
    found = _DATELINE.match(line)
    city = found.group(1).strip() if found else ""
    return found if city.isupper() and not country_code(city.title()) and place_country(city.title()) else None


def dateline_country(text: str) -> str:
    """"JAKARTA - ...", "PHNOM PENH, Oct 15 — ...": the country of the city the story was filed from."""
    for line in [line for line in text.lstrip().splitlines() if line.strip()][:_HEAD_LINES]:
        line = line[_past_stamp(line):]
        found = _match(line)
        if found:
            city = found.group(1).strip().title()
            filed_in = place_country(city) or ""
            lead = line[found.end():]
            told_of = _lead_state(lead)
            if told_of and filed_in and told_of != filed_in and not _names_country(lead, filed_in):
                return told_of
            return filed_in
    return ""


#: A lead that opens on another state's police or authorities: "Sri Lankan authorities arrested",
#: "Police in Peru arrested" (a wire story filed from a foreign capital is that state's story).
_LEAD_STATE = re.compile(r"^\s*(?:(?:The\s+)?(?P<people>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:police|authorities)\b"
                         r"|(?:Police|Authorities)\s+in\s+(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b)")
#: Capitalized words, and pairs of them, that may name a place or a people
_NAMES = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


def _names_country(lead: str, code: str) -> bool:
    """The lead's first sentence names a place of the country ``code`` or the country itself ("... at
    Wattay Airport in Vientiane, Laos"): the story stays the dateline's (its people, "arrested six
    Taiwanese", may be anywhere)."""
    sentence = lead.split(". ", 1)[0]
    peoples = demonym_table()
    return any(place_country(name) == code and name.lower() not in peoples
               for match in _NAMES.finditer(sentence) for name in {match.group(0), match.group(0).split()[0]})


def _lead_state(lead: str) -> str:
    """The country whose police or authorities open the lead after a dateline, "" if none."""
    found = _LEAD_STATE.match(lead)
    if found is None:
        return ""
    return country_code(found.group("people") or found.group("country")) or ""
