"""Find date expressions in a sentence and resolve them against the publication date.

News text dates events relative to the day it was written: "on Wednesday", "last week",
"the past four months". With a publication date these become ISO dates or periods
(``2026-11-18/2026-11-24``); without one they stay unresolved, keeping the words they were
written in, never a guess. Absolute dates ("12 November 2026", "Nov. 12", "in October") are read
with or without one; a missing year is taken as the latest one not after publication.

This module finds the mentions and keeps or drops them; ``date_values`` resolves each one to
its value.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from scamgraph.loaders.date_scans import MONTH_STEM as _MONTH_STEM
from scamgraph.loaders.date_scans import leads, scan_start
from scamgraph.loaders.date_values import _YEAR_TOLD, _resolve

__all__ = ["PARTICIPLE_BEFORE", "DateMention", "find_dates", "folded", "latest_written_date"]


@dataclass(frozen=True)
class DateMention:
    """A date expression: where it is, its words, and its resolved value (``""`` if unresolved).

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or a period ``start/end``; ``period`` says
    whether it spans time (a campaign) rather than naming a day.
    """

    start: int
    end: int
    text: str
    value: str
    period: bool = False


_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT_RE = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
#: Between the first and the last day of a span of days: a dash, "and", "to", "through", "until"
_DAYS_BETWEEN = r"\s*(?:[-\u2013]\s*|\s(?i:and|to|through|until)\s+)"
#: A weekday told before its day in brackets, in a span: "between last Monday (May 5) and ..."
_BRACKETED = rf"(?:(?:(?i:last|this)\s+)?{_DAY_RE}\s+\((?=[^()]{{3,16}}\)))?"
#: "on March 5 and 6 people were freed": a count, not a second day; the span's day stands last in
#: its phrase or before a word of time or place ("by", "in", "when", ...)
_NO_NOUN_AFTER = (r"(?!\s+(?!(?:by|in|at|on|when|after|before|with|as|and|or|the|from|to|during|while|for|of|this|"
                  r"last|that|respectively)\b)[a-z])")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("todate", re.compile(r"\b(?:since the (?:beginning|start) of (?:the|this) year|so far this year|this year so far|"
                          r"(?:in )?the year to date|since the (?:beginning|start) of (\d{4})|from the (?:beginning|start) of (\d{4}) (?:to|until|till) (?:now|date|today|the present))\b", re.I)),
    # ("from 2 February to 30 May", a span in brackets: "over four months (2 February – 30 May)",
    # "(January 2025 to March 2025)", and one with two whole days: "ran 29 September to 4 October")
    # (each day may be told as a weekday with its day in brackets: "between last Monday (May 5) and Wednesday (May 7)")
    ("range", re.compile(rf"(?:\b(?i:from|between)\s+{_BRACKETED}|\(\s*(?=(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}(?:\s+\d{{1,2}})?)"
                         rf"(?:,?\s+\d{{4}})?(?:\s*[–—-]|\s+(?i:to|until|through)\s))"
                         rf"|\b(?=\d{{1,2}}\s+{_MONTH_RE}\s+(?i:to|until|through)\s+\d{{1,2}}\s+{_MONTH_RE}))"
                         rf"(\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}}(?!\d)|{_MONTH_RE})(?:,?\s+(\d{{4}}),?)?(?:(?<=\d)\))?"
                         rf"(?:\s+(?i:to|until|and|through)\s+{_BRACKETED}|\s*[–—-]\s*)(\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}}(?!\d)|{_MONTH_RE})(?:,?\s+(\d{{4}}))?")),
    ("both", re.compile(rf"\b(?i:in|during)\s+((?:{_MONTH_RE}\s+)?\d{{4}})\s+and\s+((?:{_MONTH_RE}\s+)?\d{{4}})\b")),
    # "in late February and March": two coordinated months with no year, one period over both
    # ("in October and November 2023": the year told once, after the last month, is both months')
    ("months", re.compile(rf"\b(?i:in|during)\s+(?:(?i:late|early|mid)[\s-]+)?({_MONTH_RE})\s+and\s+"
                          rf"(?:(?i:late|early|mid)[\s-]+)?({_MONTH_RE})(?:,?\s+(\d{{4}})\b)?(?!\s*,?\s*\d)\b")),
    # "on Oct. 2 and 3", "July 14-18", "3-4 March": one act told over days of one month, a period
    ("dayspan", re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?{_DAYS_BETWEEN}(\d{{1,2}})(?:st|nd|rd|th)?\b"
                           rf"(?:,?\s+(\d{{4}})\b)?{_NO_NOUN_AFTER}")),
    ("dayspan", re.compile(rf"\b(\d{{1,2}}){_DAYS_BETWEEN}(\d{{1,2}})\s+({_MONTH_RE})(?:,?\s+(\d{{4}}))?\b")),
    # "two flights on June 3 and June 21": the month told again, one span over both days
    ("dayspan", re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+\1\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                           rf"(?:,?\s+(\d{{4}})\b)?{_NO_NOUN_AFTER}")),
    # "21 October 2024", "21st October", "22nd of May" (the day's ordinal ending, and "of" after it;
    # "the 3rd of March" is "ordday"'s, which reads "since the 2nd of October" as a period)
    ("dmy", re.compile(rf"\b(?<!the )(?<!The )(\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+({_MONTH_RE})(?:,?\s+(\d{{4}}))?\b")),
    ("mdy", re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "on 03/03/2026", "3.3.2026", "25-02-2026": day and month in figures, with the year written
    ("numeric", re.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b(?![./-]\d)")),
    # "on the 20th", "on the 30th of last month" (not "on the 3rd floor": a noun after it)
    ("ordday", re.compile(r"\b([Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom) (?:the (?:morning|afternoon|evening|night) of )?"
                          r"the (\d{1,2})(?:st|nd|rd|th)\b"  # ("on the evening of the 8th")
                          rf"(?: of (?:(last|this|next) month\b|({_MONTH_RE})(?:,?\s+(\d{{4}}))?))?"  # "the 3rd of March"
                          r"(?!\s+(?!of\b|and\b|or\b|to\b|in\b|at\b|when\b|after\b|before\b|that\b)[a-z])")),
    ("monthyear", re.compile(rf"\b({_MONTH_RE})\s+(?:of\s+)?(last|this|next) year\b")),  # "in November last year"
    ("yearmonth", re.compile(rf"\b((?i:last|this|next)) year,?\s+(?:(?i:in)\s+)?({_MONTH_RE})\b")),  # "Last year, in October"
    # ("since last September": the period from that month on, as "since September")
    ("month", re.compile(rf"(?:\b(?i:since\s+last|in|since|during|by|from|until|of|last|early|late|mid|around)\s+|\b(?i:mid)-)({_MONTH_RE})(?:\s+(\d{{4}}))?\b")),
    # "the July 2025 arrest of 59": a month with its year before the noun it dates
    ("month", re.compile(rf"\b(?i:the|a|an)\s+({_MONTH_RE})\s+(\d{{4}})\b")),
    # "followed a May crackdown": a month alone before the act it dates
    ("month", re.compile(rf"\b(?i:the|a|an)\s+({_MONTH_RE})()\s+(?=(?i:crackdowns?|raids?|operations?|arrests?|sweeps?|"
                         rf"deportations?|repatriations?|rescues?|handovers?|busts?)\b)")),
    # "after November 2025 raids by X", "Zorvania's September crackdown": a month (and its year) right
    # before the act nouns it dates, with no article (a noun that is also a verb only as a plural or
    # after a year: "Police May Raid" is a verb; nor "May" before any singular: "May Crackdown On")
    ("month", re.compile(rf"\b({_MONTH_RE})(?:\s+(\d{{4}}))?(?=\s+(?i:raids|arrests|sweeps|rescues|busts|crackdowns|"
                         rf"operations|deportations|repatriations|handovers)\b|(?<!May)\s+(?i:crackdown|operation|"
                         rf"deportation|repatriation|handover)\b|(?<=\d)\s+(?i:raid|arrest|sweep|rescue|bust)\b)")),
    ("dayrange", re.compile(rf"\b({_DAY_RE})\s+(?i:and|to|through|until)\s+({_DAY_RE})\b")),
    ("weekday", re.compile(rf"\b(?:((?i:last|this|next|on|early|late))\s+)?({_DAY_RE})\b")),
    # ("this morning", "tonight": the day of publication, as "today")
    ("relday", re.compile(r"\b(yesterday|today|the day before|the previous day|the following day|the next day"
                          r"|this (?:morning|afternoon|evening)|tonight"
                          r"|last night)\b", re.I)),
    ("weekend", re.compile(r"\b(?:over|at|during|on) the weekend\b|\b(?:last|this) weekend\b", re.I)),
    ("relweek", re.compile(r"\b(last|this|the previous|the following|next) (week|month|year)\b", re.I)),
    ("after", re.compile(r"\b(?:in )?the (?:following|next|coming) (?:days|weeks|months)\b|\bin the (?:days|weeks|months) that followed\b", re.I)),
    ("before", re.compile(r"\b(?:the|a) (day|week|month) (?:before|earlier)\b", re.I)),
    # ("a week ago": one unit back from the telling; "a week earlier" is reckoned from an act, see "before")
    ("weeksago", re.compile(rf"\b({_COUNT_RE}|an?(?= \w+ ago\b)) (day|week|month|year)s? (ago|earlier|before)\b", re.I)),
    # ("a month later", "two weeks later": reckoned from an act told before, as "a week earlier"; days: see news/identity.py)
    ("later", re.compile(rf"\b(?:{_COUNT_RE}|an?) (?:week|month|year)s? later\b", re.I)),
    ("past", re.compile(rf"\b(?:the|over the|in the|during the|within the) (?:past|last|previous) ({_COUNT_RE}) (day|week|month|year)s?\b|\bin ({_COUNT_RE}) (month|week|year)s\b", re.I)),
    ("since", re.compile(rf"\b(?i:since) ({_MONTH_RE}|\d{{4}})(?:\s+(\d{{4}}))?\b")),
    # "From 2017 to 2022, some ...", "between 2020 and 2025": a span of whole years (not a count
    # range, "between 2000 and 2050 workers": a noun after it)
    ("yearrange", re.compile(r"\b(?i:from|between)\s+((?:19|20)\d\d)(?:\s*[–-]\s*|\s+(?i:to|until|through|and)\s+)"
                             r"((?:19|20)\d\d)\b" + _NO_NOUN_AFTER)),
    # "in 2024", "during the year 2025", "throughout 2025" (not a fiscal year, "in 2021/22": a
    # budget year's tally, across two calendar years, dates no act)
    ("year", re.compile(r"(?:\b(?i:in|since|during|throughout|of|by|early|late|mid)\s+(?:(?i:the\s+year)\s+)?|\b(?i:mid)-)((?:19|20)\d\d)\b(?!/\d)")),  # a year of this era: "the arrest of 2318 suspects" is a count
]


#: What re.IGNORECASE matches to an ASCII letter but str.lower() does not lower to it.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_UNFOLDED = frozenset("\u0130\u0131\u017f\u212a")  # (str.translate is slow: only when needed)
_LEADS = leads(_PATTERNS)  # (the patterns whose scan starts near the first month's or weekday's name)
_WEEKDAYS = tuple(name.lower() for name in calendar.day_name)
_UNITS = ("day", "week", "month", "year", "morning", "night", "afternoon", "evening")  # "yesterday" and "today" too
_DIGIT, _FOUR_DIGITS, _ORDINAL = re.compile(r"\d"), re.compile(r"\d{4}"), re.compile(r"\d(?:st|nd|rd|th)\b")


def folded(text: str) -> str:
    """``text`` in lower case as re.IGNORECASE matches it to lower-case ASCII words, letter for
    letter: a plain substring test on it stands for a case-insensitive match of the word. The
    last answer is kept: the rules ask for one sentence's text some ten times in a row."""
    last = _LAST_FOLDED[0]
    if last[0] != text:
        last = _LAST_FOLDED[0] = (text, (text.translate(_FOLD) if not text.isascii() and _UNFOLDED.intersection(text)
                                         else text).lower())
    return last[1]


_LAST_FOLDED = [("", "")]  # (the text last folded with its folded form: one pair, replaced whole)


def _possible_kinds(text: str) -> set[str]:
    """The kinds of pattern that can match ``text``: each needs words (or digits) that every one
    of its matches contains, found here with plain substring tests. A sentence then pays only for
    the patterns it can match; case-insensitive alternations scan slowly in Python's re."""
    folded_text = folded(text)
    month = _MONTH_STEM.search(text) is not None
    kinds = {"range", "month"} if month else set()
    digit = _DIGIT.search(text)
    if month and digit:
        kinds |= {"dmy", "mdy", "dayspan"}
    if digit and _FOUR_DIGITS.search(text, digit.start()):  # (four digits in a row start at a digit)
        kinds |= {"iso", "year", "both", "numeric"} if " and " in folded_text else {"iso", "year", "numeric"}
        if "from " in folded_text or "between " in folded_text:
            kinds.add("yearrange")
    if month and " year" in folded_text:
        kinds |= {"monthyear", "yearmonth"}
    if month and " and " in folded_text:
        kinds.add("months")
    if digit and _ORDINAL.search(text, digit.start()):
        kinds.add("ordday")
    if "since" in folded_text:
        kinds |= {"since", "todate"}
    if "year" in folded_text or " to now" in folded_text or " until now" in folded_text:  # (also "from the start of 2024 to now")
        kinds.add("todate")
    has = folded_text.__contains__  # (any(map(has, words)): a loop in C, no generator per test)
    if "day" in folded_text and any(map(has, _WEEKDAYS)):
        kinds |= {"weekday", "dayrange"}
    if any(map(has, _UNITS)):
        kinds |= {kind for kind, words in _RELATIVE_WORDS if any(map(has, words))}
    return kinds


#: For each kind of relative date, words one of which every match holds (besides its unit).
_RELATIVE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("relday", ("today", "yesterday", "day before", "previous day", "following day", "next day", "morning", "afternoon",
                "evening", "tonight", "night")),
    ("relweek", ("last", "this", "previous", "following", "next")),
    ("after", ("days", "weeks", "months")),
    ("before", ("before", "earlier")),
    ("weeksago", ("ago", "before", "earlier")),
    ("later", ("later",)),
    ("past", ("past", "last", "previous", "months", "weeks", "years")),
    ("weekend", ("weekend",)),
)


#: The kinds _possible_kinds can rule out; a pattern of any other kind (a new one) runs on every sentence.
_ANCHORED = frozenset({"both", "yearrange", "months", "dayspan", "range", "month", "monthyear", "yearmonth", "ordday", "dmy", "mdy", "iso", "numeric", "year", "since", "todate", "weekday", "dayrange", "relday",
                       "relweek", "after", "before", "weeksago", "later", "past", "weekend"})
_ALWAYS = frozenset(kind for kind, _ in _PATTERNS) - _ANCHORED


#: "for (over) two weeks" before a count of units: a duration ("operating for three months before
#: their arrest"), not an offset from another day
_DURATION = re.compile(r"\bfor (?:over |only |about |nearly |almost |some |just |more than |at least )?$", re.I)
#: "the Anti-Fraud Act of 2009": the year is part of a law's name, no date of anything told
_LAW_NAME = re.compile(r"\b(?:Act|Acts|Law|Code|Decree|Ordinance|Regulations?|Convention|Protocol)\s+$")
_FUTURE = re.compile(r"\b(will|would|'ll|is due to|are due to|is scheduled|are scheduled|plans to|is set to|is expected to|are expected to)\b", re.I)
#: Words one of which every match of _FUTURE holds (folded): a sentence without one skips its scan.
_FUTURE_WORDS = ("will", "would", "'ll", "due to", "scheduled", "plans to", "set to", "expected to")
#: A participle right before a day ("those arrested on Monday will face charges"): the day is the
#: participle's act, told before the future that follows it ("the hearing on Monday will ..." is ahead)
PARTICIPLE_BEFORE = re.compile(r"\b\w+(?:ed|en)\s+(?:on\s+)?$", re.I)
#: An infinitive of taking people somewhere, whose day written with its month lies ahead when past
#: publication ("have prepared charter flights to take the victims home on March 20"); a weekday so
#: told ("worked with the embassy to fly them out on Saturday") stays the last one
_SENDING_AHEAD = re.compile(r"\bto (?:take|fly|bring|send|ferry|transport|repatriate|evacuate)\b", re.I)


#: What ends the verb group a modal opens, between it and a day further on: a clause break, a
#: relative or time word, a verb of the past ("will say who was arrested on Monday")
_CLAUSE_BREAK = re.compile(r"[,;:.()\u2014]|\b(?:who|whom|which|that|when|after|before|since|while|was|were|had|has|have|"
                           r"said|says|ago)\b", re.I)
#: How far a day may stand from the modal of its own clause: "will be deported and passed on to the
#: border police of their home country by Wednesday"
_CLAUSE_REACH = 110


def _one_clause(text: str, end_of_modal: int, start: int) -> bool:
    """The day at ``start`` stands in the clause the modal ending at ``end_of_modal`` opens."""
    return 0 <= start - end_of_modal < _CLAUSE_REACH and _CLAUSE_BREAK.search(text, end_of_modal, start) is None


def find_dates(text: str, offset: int, published: date | None, anchor: date | None = None) -> list[DateMention]:
    """Date expressions in ``text`` (which starts at character ``offset`` of the document).

    A weekday in a sentence about the future ("the hearing on Monday will ...") is the next one,
    otherwise the last one. ``anchor`` (when the publication date is unknown: the latest date the
    article writes with its year) completes dates written without a year, and nothing else: the
    story was told after that day, so a month a few weeks past it ("On 3 October 2024 ... By
    mid-November") is in its year, not the year before.
    """
    kinds = _possible_kinds(text) | _ALWAYS
    if not kinds:
        return []  # most sentences name no date
    written_as = text  # (the words as written: a Thai year is read in the common era below, same length)
    text = _common_era(text)
    modals: list[int] | None = None
    firsts: dict[str, int] = {}  # (where a month's or a weekday's name can first begin: scan_start)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    weekdays: set[int] = set()  # (where a weekday's mention starts, and where a day written out does)
    written: set[int] = set()
    for kind, pattern in _PATTERNS:
        if kind not in kinds:
            continue
        for match in pattern.finditer(text, scan_start(text, _LEADS.get(pattern), firsts)):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "weeksago" and _DURATION.search(text, max(0, start - 24), start):
                continue  # "kept for nearly three weeks before being let go": how long, not when
            if kind == "year" and text[start:start + 2].lower() == "of" and _LAW_NAME.search(text, max(0, start - 14), start):
                continue  # "charged under the Cybercrime Act of 2012": the law's name
            if modals is None:
                folded_text = folded(text)
                modals = [m.end() for m in _FUTURE.finditer(text)] if any(map(folded_text.__contains__, _FUTURE_WORDS)) else []
            reach = 70 if kind == "dayrange" else 40  # ("would be flown home on charter flights over Saturday and Sunday")
            told_after = PARTICIPLE_BEFORE.search(text, max(0, start - 30), start) is not None
            future = any(0 <= start - end_of_modal < reach or -15 < start - end_of_modal < 0 and not told_after
                         or _one_clause(text, end_of_modal, start) for end_of_modal in modals) \
                or kind in {"dmy", "mdy"} and any(m.end() < start and _one_clause(text, m.end(), start)
                                                  for m in _SENDING_AHEAD.finditer(text, 0, start))
            value, period = _resolve(kind, match, published, future, anchor)
            if value is None or value and not all(part[:2] in {"19", "20"} for part in value.split("/")):
                continue  # (no date, or a year of no era a story dates by: "in May 2540 workers walked out")
            if kind == "range" and (year_told := _YEAR_TOLD.match(text, end)):
                end = year_told.end()  # "From June to July this year": the range's year, no mention of its own
            taken.append((start, end))
            found.append(DateMention(offset + start, offset + end, written_as[start:end], value, period))
            if kind in {"weekday", "relday"}:
                weekdays.add(offset + start)  # ("this morning (14 March)": the written day names it again)
            elif kind in _WRITTEN_DAYS:
                written.add(offset + start)
    found.sort(key=lambda d: d.start)
    # ("on Monday last week": the weekday is dated in that week already; the week after it says no more)
    named_week = {d.start for k, d in enumerate(found[1:], 1) if found[k - 1].start in weekdays
                  and text[found[k - 1].end - offset:d.start - offset] in {" ", " of "} and d.text.lower() in {"last week", "next week"}}
    kept = [d for k, d in enumerate(found) if d.start not in named_week
            and (d.start not in weekdays or not _day_written_after(text, offset, d, found[k + 1:k + 2], written))]
    return _months_in_the_told_year(kept, published)


def _months_in_the_told_year(found: list[DateMention], published: date | None) -> list[DateMention]:
    """A month written without its year after a month written with one in the same sentence ("In
    October 2023, police set up a task force and later issued notices in December") is in that
    year, or the next where its month comes earlier ("October 2023 ... in February": 2024), not in
    the last such month before the story: the sentence tells its events in order."""
    told: tuple[int, int] | None = None
    kept = []
    for d in found:
        year_month = _YEAR_MONTH.fullmatch(d.value) if not d.period else None
        if year_month is not None and _WRITTEN_YEAR.search(d.text):
            told = int(year_month.group(1)), int(year_month.group(2))
        elif year_month is not None and told is not None and not _WRITTEN_YEAR.search(d.text):
            month = int(year_month.group(2))
            year = told[0] + (month < told[1])
            if (published is None or (year, month) <= (published.year, published.month)) \
                    and year != int(year_month.group(1)):
                d = DateMention(d.start, d.end, d.text, f"{year}-{month:02d}", d.period)
        kept.append(d)
    return kept


#: A year and a month, as a month without its day is dated; a year written out in a mention
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


#: A Thai (Buddhist-era) year, 543 years ahead of the common era: after a month ("1 June 2568",
#: "June 1, 2568") or beside "B.E." ("B.E. 2568", "2568 BE"); Thai outlets and officials date so.
_BUDDHIST_YEAR = re.compile(rf"(\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}\s+|\b{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\bB\.?E\.?\s+)"
                            rf"(2[56]\d\d)\b|(\b{_MONTH_RE}\s+)(2[56]\d\d)(?=\s*(?:[,.;:)]|$))|()\b(2[56]\d\d)(?=\s*B\.?E\b)")
#: (a quick screen before the pattern above)
_FOUR_DIGITS_25_26 = re.compile(r"\b2[56]\d\d\b")


def _common_era(text: str) -> str:
    """``text`` with each Thai year written as the common era's ("1 June 2568" as "1 June 2025"),
    the same length, so that every offset still holds."""
    if not _FOUR_DIGITS_25_26.search(text):
        return text  # (nearly every sentence: no number from 2500 to 2699)
    return _BUDDHIST_YEAR.sub(_to_common_era, text)


def _to_common_era(match: re.Match[str]) -> str:
    lead, year = next((match.group(k), match.group(k + 1)) for k in (1, 3, 5) if match.group(k + 1))
    return f"{lead}{int(year) - 543}"


#: The kinds of date that write the day out with its month: "January 13", "13 January", "2025-01-13".
_WRITTEN_DAYS = frozenset({"dmy", "mdy", "iso", "numeric"})


def _day_written_after(text: str, offset: int, weekday: DateMention, after: list[DateMention], written: set[int]) -> bool:
    """"on Monday, January 13, 2025", "on Friday (Feb. 14)", "on Wednesday 3 March": a weekday the day written right after
    it names again; the written day is the date (a weekday alone would be resolved against the day
    the story was published, a week or years off)."""
    if not after or after[0].start not in written:
        return False
    between = text[weekday.end - offset:after[0].start - offset]
    return between.strip() in {"", ",", "("}  # ("on Wednesday 3 March 2021": no comma between them either)


def latest_written_date(text: str) -> date | None:
    """The latest full date (with its year) an article writes: what completes its other dates
    when the publication date is unknown.

    >>> latest_written_date("Raided on 3 May 2025; charged on June 9, 2025; no year on July 1.")
    datetime.date(2025, 6, 9)
    """
    found = []
    text = _common_era(text)
    for kind, pattern in _PATTERNS:
        if kind not in _WRITTEN_DAYS:
            continue
        for match in pattern.finditer(text):
            if kind in {"iso", "numeric"} or match.group(3):
                value, _ = _resolve(kind, match, None)
                if value:
                    found.append(date.fromisoformat(value))
    return max(found, default=None)
