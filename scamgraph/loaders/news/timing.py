"""Dates glue: the dateline ("PHNOM PENH, Oct 15 —") is where and when a story was filed, not
when its events happened; a clause word between a date and a verb parts them."""

from __future__ import annotations

import re
from datetime import date, timedelta

from scamgraph.loaders.dates import DateMention, find_dates
from scamgraph.loaders.news.datelines import STAMP
from scamgraph.loaders.news.picture_days import picture_day
from scamgraph.loaders.news.timeline_entries import timeline_entry
from scamgraph.loaders.news.words import _Screened

_CLAUSE = _Screened(re.compile(r"\b(?:after|before|when|while|because|whereas|although|since|until)\b", re.I),
                    needs=("after", "before", "when", "while", "because", "whereas", "although", "since", "until"))




def _dateline(mention: DateMention, text: str) -> bool:
    """"PHNOM PENH, Oct 15 — ...": the dateline's date is when it was filed, not when events were."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if (stamp := STAMP.match(text, line_start)) is not None and stamp.end() <= mention.start:
        line_start = stamp.end()  # (a stored page's stamp before its dateline: "date 2026-03-02 Dhaka, Mar 2 (UNB)")
    before = text[line_start:mention.start].split()
    if any(word[:1].islower() for word in before) or timeline_entry(mention, text):
        return False  # "Police arrested 60 Chinese in Bavet on Monday — the suspects ...": a sentence, no dateline
        # (nor is "2 March: Police raid ..." among lines of that form: a timeline's day of an act)
    return mention.start - line_start < 40 and bool(_DATELINE_END.match(text[mention.end:mention.end + 30]))


#: A superlative that a "since" date measures the act against: "the biggest deportation of its kind
#: since 2017", "the first such raid since March" (the date is when it was last matched, no act's)
#: ("the", "its", "the country's" before it: "first detained in May and held since June" is no comparison)
_MATCHED_SINCE = re.compile(r"\b(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:biggest|largest|greatest|highest|worst|first|most"
                            r"|fewest|smallest)\b[^.;:!?]{0,80}\bsince\s*$", re.I)


def compared_since(mention: DateMention, text: str) -> bool:
    """The date follows "since" after a superlative in its clause: a comparison, not a period of
    the act ("since 2017" alone, in "have been arrested since 2017", is the act's period)."""
    before = text[max(0, mention.start - 100):mention.start]
    if mention.text[:5].lower() == "since":
        before += " since"  # (the "since" kind of date mention holds the word itself)
    return bool(_MATCHED_SINCE.search(before))


#: The end of a law's name before its year: "the Cyber Crimes Act No. 2 of 2021", "the Immigration
#: Act 1959", "Republic Act of 2012", "Decree No. 15 of 2020", "Law Number 14 of 2011"
_LAW_BEFORE = re.compile(r"\b(?:Act|Law|Code|Decree|Ordinance|Regulations?)(?:\s+(?:No\.?|Number)\s*\d+)?,?\s+(?:of\s+)?$")


#: A court putting its case off to a later day: "adjourned the case to May 5, 9 and 16",
#: "adjourned till March 20" (the days and months listed after "to" are all the hearing's)
_ADJOURNED_TO = re.compile(r"\b[Aa]djourn\w*\b[^.;:!?]{0,40}?\b(?:to|until|till)\s+"
                           r"(?:(?:\d{1,2}(?:st|nd|rd|th)?|and|[A-Z][a-z]+\.?),?\s+){0,8}?$")


def adjourned_to(mention: DateMention, text: str) -> bool:
    """A day a case is adjourned to is the next hearing's, still to come: no act told happened on it."""
    before = text[max(0, mention.start - 90):mention.start]
    return "djourn" in before and bool(_ADJOURNED_TO.search(before))


#: A writ issued on a day, told as what officers acted with: "carrying a warrant issued by a court
#: on August 2" (the act the sentence tells came later)
_WRIT_ISSUED = re.compile(r"\b(?:with|carrying|holding|under)\s+(?:a\s+|an\s+|the\s+)?(?:search\s+|arrest\s+|court\s+)?"
                          r"(?:warrants?|orders?)\s+issued\b[^.;:,!?]{0,60}?$", re.IGNORECASE)


def writ_issued_on(mention: DateMention, text: str) -> bool:
    """A day a warrant or an order officers acted with was issued, told right after it: the writ's
    day, not the day of the act the sentence tells."""
    before = text[max(0, mention.start - 90):mention.start]
    return "issued" in before and bool(_WRIT_ISSUED.search(before))


#: Words that close a running tally on a day: "as of March 2", "detained through May 30", "up to May 30"
_TALLY_BOUND = re.compile(r"\b(?:as\s+of|through|thru|up\s+to|up\s+until)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def tally_day(mention: DateMention, text: str) -> bool:
    """"As of yesterday, police had received 40 reports", "as of March 2", "3,000 foreigners had been
    held through May 30": the day a running tally was taken or closed, which dates no act the
    sentence tells (the people were taken on many days up to it; a span that opens as well, "from
    May 1 through May 30", is one date of its own and no tally's bound)."""
    return bool(_TALLY_BOUND.search(text[max(0, mention.start - 20):mention.start]))


def in_a_law_name(mention: DateMention, text: str) -> bool:
    """A year that ends a law's name dates the law, never an act the story tells."""
    return len(mention.value) == 4 and bool(_LAW_BEFORE.search(text[max(0, mention.start - 40):mention.start]))


def _filed_on(text: str, published: date | None) -> date | None:
    """"BEIJING, Aug. 21 (Xinhua) -- ..." atop a story published on Aug. 22: the day the wire filed it,
    which "on Wednesday", "today" and "since last year" in the story count from. None without a
    dated dateline in the first lines, or with one more than a week before publication."""
    if published is None:
        return None
    offset, lines = 0, 0
    for line in text[:4000].splitlines(keepends=True):  # (a stored page keeps blank lines where its header was)
        if line.strip():
            lines += 1
            head = line[:80]  # (a dateline ends at a dash within its first words: most lines have none)
            for mention in find_dates(head, offset, published) if "-" in head or "—" in head or "–" in head else ():
                if len(mention.value) == 10 and not mention.period and _dateline(mention, text):
                    day = date.fromisoformat(mention.value)
                    return day if timedelta(0) <= published - day <= timedelta(days=7) else None
            if lines == 8:
                break
        offset += len(line)
    return None


#: What ends a dateline after its date: a dash, with a wire service's tag before it ("(Xinhua) --"),
#: or the closing of a bracketed day and a colon ("KUCHING (May 10): ..."), or a South Asian wire's
#: tag and the sentence it opens.
#: ("(Jiji Press)—The": tagged, no space; "BEIJING, Sept. 8 : Chinese police": a wire's colon set apart)
_DATELINE_END = re.compile(r"\s*(?:\(\w[\w .]{0,20}\)\s*[—–-]{1,2}\s*|[—–-]{1,2}\s|\)\s*:\s)|\s*:\s"
                           r"|\s*\(\w[\w .]{0,20}\)\s+(?=[A-Z])"  # ("New Delhi, Mar 12 (PTI) The agency ...")
                           # a press wire's name between slashes: "BANGKOK, March 3, 2026 /PRNewswire/ -- ...",
                           # "MOSCOW, May 3. /TASS/. ..."
                           r"|\.?\s*/[A-Za-z][\w .-]{1,24}/\.?\s*(?:[—–-]{1,2}\s*)?(?=[A-Z])")


#: A clause word that opens the trigger's own phrase: "..., after a three-month investigation".
_CLAUSE_BEFORE = _Screened(re.compile(r"\b(?:after|before|following|since|until)\s+(?:a|an|the|its|their|his|her)?\s*"
                                      r"(?:[\w-]+\s+){0,2}$", re.I), needs=("after", "before", "following", "since", "until"))
#: A clause with a subject of its own opened by "after" or "before" between a date and a later trigger:
#: "expelled 45 people today after they had been held in a raid" (the raid is not today's)
_SUBJECT_CLAUSE_BEFORE = _Screened(re.compile(r"\b(?:after|before)\s+(?:they|he|she|it|we|the\s+\w+)\s+"
                                              r"(?:were|was|had|have|has)\b[^,;]*$", re.I), needs=("after", "before"))
#: A clause between a trigger and a later date gives the date to that clause's own verb or noun.
# ("after" or "before" only when a verb follows: "started after a resident returned ... in January",
# but "died after a beating in March")
# A future ("and will be deported next week") has the date too.
_CLAUSE_AFTER = _Screened(re.compile(r"\b(?:following|followed|follows|since|until|when|while|because|will|would|as part of)\b"
                                     r"|\b(?:after|before)\b.*\b(?:\w+ed|was|were|went|came|left|fled|made|took|gave)\b", re.I),
                          needs=("follow", "since", "until", "when", "while", "because", "will", "would", "after", "before",
                                 "as part of"))
#: A second verb group of the journey home, with an auxiliary of its own, between a trigger and a
#: later date: "have been rescued by the embassy and have returned home today" (the day is the return's).
_HOMEWARD_AFTER = _Screened(re.compile(r"\band\s+(?:have|has|had|were|was|are)\s+(?:been\s+|now\s+)?"
                                       r"(?:returned|arrived|repatriated|deported|flown|landed|brought|sent|extradited)\b",
                                       re.I), needs=("and",))
#: The same journey home sharing the rescue's auxiliary: "were rescued by the police and flown home
#: today", "were rescued and repatriated on May 5": the day is the return's; the rescue came before it.
_HOMEWARD_SHARED = _Screened(re.compile(r"\band\s+(?:then\s+|later\s+|safely\s+)?"
                                        r"(?:repatriated|deported|extradited|flown"
                                        r"|(?:returned|brought|sent)\s+(?:\w+\s+)?(?:home|back))\b", re.I),
                             needs=("and",))  # (not "rescued and sent to a shelter on Monday": no journey home)


def _homeward_between(kind: str, between: str, another: bool) -> bool:
    """The text ``between`` an event word of ``kind`` and a later date holds the journey home's own
    verb group ("rescued by the embassy and have returned home today"), or a rescue's return sharing
    its auxiliary ("were rescued and flown home today"; not another group's, "Earlier, 14 others were
    rescued and repatriated on May 5": that telling is one): the day is the journey's."""
    shared = kind == "rescue" and not another and _HOMEWARD_SHARED.search(between) is not None
    return shared or _HOMEWARD_AFTER.search(between) is not None
#: A paper named after the event word, with the participle of its making: "raided the facility on the
#: strength of a search warrant issued by a court on Oct. 29" (the day is the warrant's, not the raid's).
_PAPER_AFTER = _Screened(re.compile(r"\b(?:warrants?|orders?|complaints?|requests?|notices?|petitions?)\s+(?:\w+\s+)?"
                                    r"(?:issued|signed|filed|granted|obtained|lodged)\b", re.I),
                         needs=("issued", "signed", "filed", "granted", "obtained", "lodged"))
#: An order's infinitive between the event word and a later date: "the arrests show the Amber Wren
#: hub still runs despite an order to shut it by the end of 2025" (the day is the order's deadline,
#: not the arrests'; "were ordered to leave by Friday" likewise).
_DEADLINE_AFTER = _Screened(re.compile(r"(?<!\bin )\b(?:orders?|ordered|directives?|deadlines?|ultimatums?|instructions?|instructed|"
                                       r"mandates?|decrees?)\s+(?:\w+\s+)?to\s+[a-z]+", re.I),
                            needs=("order", "directive", "deadline", "ultimatum", "instruct", "mandate", "decree"))
#: A relative clause on a word after the event's ("raided a compound that had opened last month")
#: has its own time, up to the comma that closes it ("the compound, which is in Poipet, on Monday");
#: one on the event word itself ("an operation that ended on Friday") does not.
_RELATIVE_AFTER = _Screened(re.compile(r"^\W*\w[\w'’-]*\W.*\b(?:that|which|who|whom|whose|where)\b[^,;]*$", re.I | re.S),
                            needs=("that", "which", "who", "where"))

def _date_stamp(text: str) -> date | None:
    """The publication date a stored page states at its top, when it states one."""
    found = STAMP.search(text[:2000])
    try:
        return date.fromisoformat(found.group(1)) if found else None
    except ValueError:
        return None


def _stamped(mention: DateMention, text: str) -> bool:
    """The mention is the date stamp itself, not a date the story tells."""
    return text[max(0, mention.start - 6):mention.start].strip().lower().endswith("date")


#: A speech verb right before a date: "police said Monday", "announced on Tuesday" date the telling (and
#: "the agency learned on Monday", when the news reached the paper); so
#: does the paper or meeting it was said in ("in a statement on Nov 13", "at a press conference on July 17",
#: "released a report on Friday", "according to a report on Monday": the noun after its determiner).
_SAID_BEFORE = _Screened(re.compile(r"\b(?:said|says|announced|told|stated|confirmed|reported|revealed|disclosed|added|declared"
                                    r"|clarified|noted|stressed|claimed|insisted|emphasi[sz]ed"
                                    r"|informed|explained|learned|learnt|statement|(?:press|news|media) release|(?:press|news) conference|briefing"
                                    r"|(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|release)"  # ("in a year-end report on ...", "said in a release on Sunday")
                                    # "a statement published on Tuesday", "in a statement issued on Monday": the telling's day
                                    r"|(?:statement|report|release|notice|post|note|bulletin|advisory)\s+(?:published|issued|released|posted|dated|put out)(?:\s+online)?"
                                    # "a statement posted to Facebook on Wednesday", "... posted on its website on Monday"
                                    r"(?:\s+(?:to|on)\s+(?:[\w'’-]+[ ]){0,3}?(?:Facebook|X|Twitter|Telegram|WeChat|Weibo|LINE|website|page|account|channel|site|portal))?"
                                    # "in a communique dated ...", "a letter dated ...", "in a post on X on ...", "in a tweet on ..."
                                    r"|communiqu[eé](?:\s+dated)?|(?:letter|memo|advisory|brief|circular)\s+dated"
                                    r"|(?:post|tweet)\s+on\s+(?:X|Twitter|Facebook)|(?:X|Facebook)\s+post|tweet"
                                    # "told Reuters on Thursday", "told reporters on Monday": the telling's hearer, then its day
                                    r"|told\s+(?:reporters|journalists|the\s+(?:media|press)|local\s+media|(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*))?)"
                                    # "according to Antara news agency on Wednesday": the source, then the day it told
                                    r"|according\s+to\s+(?:[\w.'’-]+\s+){1,5}?(?:agency|media|report|reports|newspaper|daily|television|TV|radio|outlet|statement)"
                                    # "told a press conference at Wisma Tara today": the meeting's place, then its day
                                    r"|(?:(?:press|news)\s+conference|briefing)\s+(?:at|in)\s+(?:(?:the|a|its|their)\s+)?(?-i:[A-Z0-9][\w'’-]*)(?:[ ](?-i:[A-Z][\w'’-]*)){0,3}"
                                    # "Speaking on radio on Saturday, the security chief said": the telling's day
                                    r"|speaking(?:\s+(?:on|to|at)\s+(?:[\w.'’-]+\s+){0,3}?(?:radio|television|TV|reporters|journalists|the\s+media|a\s+briefing|a\s+press\s+conference))?"
                                    r")"
                                    r"\s+(?:here\s+)?(?:on\s+|late\s+|early\s+)?$", re.I),  # ("said here on Friday")
                         needs=("said", "says", "announced", "told", "stated", "confirmed", "report", "revealed",
                                "clarified", "noted", "stressed", "claimed", "insisted", "emphasi",
                                "disclosed", "added", "declared", "informed", "explained", "learned", "learnt", "statement", "release", "notice", "post", "conference", "communiqu", "dated", "tweet",
                                "note", "bulletin", "advisory",
                                "briefing", "according", "speaking"))


#: ... or right after it: "the ministry on Wednesday said that ..."
_SAID_AFTER = re.compile(r"^\s*(?:said|says|announced|told|stated|confirmed|reported|revealed|disclosed|indicates?|indicated"
                         r"|informed|explained)\b"
                         # "a report in Monday's Golden Dawn newspaper": the day of the paper that told it
                         r"|^['’]s\s+(?:[\w.-]+\s+){0,4}?(?:newspaper|paper|daily|edition|issue|broadcast|bulletin|report)\b", re.I)


#: A publishing verb right before a date: "footage posted on July 20 showed ...", "a report published Monday".
_POSTED_BEFORE = _Screened(re.compile(r"\b(?:posted|published|aired|uploaded|broadcast|shared|circulated)\s+(?:on\s+)?$", re.I),
                           needs=("posted", "published", "aired", "uploaded", "broadcast", "shared", "circulated"))


def _posted_on(mention: DateMention, text: str) -> bool:
    """The date is when footage or a report was published: what it shows happened by then (so
    too "a photo released on May 4", "pictures taken on May 3": ``picture_days``)."""
    return bool(_POSTED_BEFORE.search(text[max(0, mention.start - 30):mention.start])) \
        or picture_day(text, 0, mention.start)


def _month_of(mention: DateMention) -> DateMention:
    """A day known only as an upper or lower bound of the event: its month is what is known."""
    if mention.period or len(mention.value) != 10:
        return mention
    return DateMention(mention.start, mention.end, mention.text, mention.value[:7])


#: "the week before", "the day before", "a week earlier": a time told against another clause's date
_BEFORE_THAT = re.compile(r"^(?:the|a|one)\s+(day|week)\s+(?:before|earlier)$", re.I)


def _before_that(mention: DateMention, other: str) -> DateMention | None:
    """"600 were repatriated last week, while the week before ...": the week (or day) before the
    date the other clause gives, when that one is a day or a week."""
    found = _BEFORE_THAT.match(mention.text.strip())
    if not found or not other:
        return None
    step = timedelta(days=7 if found.group(1).lower() == "week" else 1)
    try:
        ends = [date.fromisoformat(part) for part in other.split("/")]
    except ValueError:
        return None
    if len(ends) == 2 and (ends[1] - ends[0]).days == 6 and step.days == 7:
        value = "/".join((end - step).isoformat() for end in ends)
        return DateMention(mention.start, mention.end, mention.text, value, period=True)
    if len(ends) == 1 and len(other) == 10:
        return DateMention(mention.start, mention.end, mention.text, (ends[0] - step).isoformat(), period=step.days == 7)
    return None


#: A sentence opening on a time told against the event before: "Two days later,", "The next day,", "A week earlier,"
_SHIFTED = re.compile(r"^(?:(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks)\s+(later|earlier|after|before)"
                      r"|the\s+(next|following|previous)\s+(day|week))\b", re.I)
#: Days in each exact span of ``_APART``
_SPAN_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _shifted_opening(sentence: str, start: int, other: str) -> DateMention | None:
    """"Two days later, officers raided a casino": another time than the event told before; its day
    when that event's day is known, else a mention with no value (another event, undated)."""
    found = _SHIFTED.match(sentence)
    if not found:
        return None
    if found.group(1):
        count = _SMALL.get(found.group(1).lower()) or int(found.group(1))
        days = count * (7 if found.group(2).lower().startswith("week") else 1)
        sign = 1 if found.group(3).lower() in {"later", "after"} else -1
    else:
        days = 7 if found.group(5).lower() == "week" else 1
        sign = -1 if found.group(4).lower() == "previous" else 1
    value = ""
    if len(other) == 10 and days < 7:
        try:
            value = (date.fromisoformat(other) + timedelta(days=sign * days)).isoformat()
        except ValueError:
            value = ""
    return DateMention(start, start + found.end(), found.group(0), value)


#: "came a day after", "two days before": the act told after it is that far from the day told before
_APART = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks|fortnight)\s+(after|before)\b", re.I)
#: A span of no exact length between two acts: "a month after", "weeks after", "days before", "a year after"
_VAGUE_APART = re.compile(r"\b(?:days|weeks|months?|years?)\s+(?:after|before)\b", re.I)


def days_apart(between: str, start: int, told: DateMention) -> DateMention | None:
    """"The April 9 handover came a day after the minister visited": the act after "a day after"
    (in ``between``, the text from the day told to the act's word, starting at ``start``) was a day
    before the day told; "a day before", a day after it. None where no such words stand between."""
    found = None
    for found in _APART.finditer(between):
        pass
    vague = None
    for vague in _VAGUE_APART.finditer(between):
        pass
    if vague is not None and (found is None or found.end() != vague.end()):
        found = vague  # ("a month after 80 were rescued": some other day, untold)
    if found is None or re.search(r"[.;]", between[found.end():]):
        return None
    if re.fullmatch(r"\s*,\s*", between[:found.start()]) and "," in between[found.end():]:
        return None  # ("On Friday, two weeks after they were arrested, 64 were deported": the span is an
        # aside set off by commas, and the act past it is the day's own)
    if found is vague:
        return DateMention(start + found.start(), start + found.end(), found.group(0), "")
    days = (_SMALL.get(found.group(1).lower()) or int(found.group(1))) * _SPAN_DAYS[found.group(2).lower().rstrip("s")]
    sign = -1 if found.group(3).lower() == "after" else 1
    value = ""
    if len(told.value) == 10:
        try:
            value = (date.fromisoformat(told.value) + timedelta(days=sign * days)).isoformat()
        except ValueError:
            value = ""
    return DateMention(start + found.start(), start + found.end(), found.group(0), value)


#: A named speaker and its verb of telling with "that", after a date that opens the sentence: "Last week,
#: the Ministry of Labour announced that ...", "On Tuesday, the NBI said in a release that ..."
_SPEAKER_THAT = re.compile(r"^,\s+(?:(?:the|of|and|for)\s+|[A-Z][\w'’.&-]*\s+){1,8}"
                           r"(?:(?:said|reported|announced|confirmed|stated|disclosed|revealed)"
                           r"(?:\s+in\s+a\s+statement)?\s+that\b"
                           # "On Monday, the ministry announced the rescue of 200 ...": the act told as the
                           # telling's object, as "the ministry on Monday announced the rescue of" is read
                           r"|(?:reported|announced|confirmed|disclosed|revealed)\s+the\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:rescue|repatriation|return|release|arrest|deportation|detention|extradition)s?\s+of\b)")
#: What may stand right before a date that opens its sentence
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n]\s*)$")


#: A weekday written right before the day it names, with a comma or in brackets: "on Monday, May 4",
#: "said on Tuesday (Sep 30)": the day is the weekday's, told as well
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,|\s*\()\s*$", re.I)


#: ``_said_on``'s answers for the text asked about last, by where the date stands in it: the
#: reader asks it of one date some ten times (its sentence, its events, their counts and days).
#: One tuple, read and replaced whole, so a reader in another thread never gets another text's answers.
_said_answers: tuple[str, dict[tuple[int, int], bool]] = ("", {})


def _said_on(mention: DateMention, text: str) -> bool:
    """The date is when something was said, not when the told event happened ("told reporters on
    Monday, May 4": the day after the weekday is the same day, said as well)."""
    global _said_answers
    held, answers = _said_answers
    if held is not text:  # (the text is held here, so no other text can take its id)
        answers = {}
        _said_answers = (text, answers)
    at = (mention.start, mention.end)
    if at not in answers:
        answers[at] = _said_on_at(mention, text)
    return answers[at]


def _said_on_at(mention: DateMention, text: str) -> bool:
    """``_said_on``, read from the text."""
    weekday = _WEEKDAY_BEFORE.search(text[max(0, mention.start - 14):mention.start])
    start = mention.start - (len(weekday.group(0)) if weekday else 0)
    return bool(_SAID_BEFORE.search(text[max(0, start - 60):start])
                or _SAID_AFTER.match(text[mention.end:mention.end + 48])
                or _set_off_before_said(text, start, mention.end)
                or _opens_a_telling(mention, text))


def _set_off_before_said(text: str, start: int, end: int) -> bool:
    """"The harbour police, on Monday, announced that 30 crew members had been sent home": a day set
    off by commas between the speaker and its verb is the telling's. A day followed by a comma and a
    verb of telling but not set off before ("were freed on May 3, reported a wire") is the act's."""
    return text[end:end + 1] == "," and text[max(0, start - 2):start].rstrip().endswith(",") \
        and bool(_SAID_AFTER.match(text[end + 1:end + 21]))


def _opens_a_telling(mention: DateMention, text: str) -> bool:
    """"Last week, the ministry reported that 10 others were repatriated": a date opening the sentence
    whose clause is a named speaker's telling dates the telling; the act in the "that" clause is
    told without a day of its own."""
    after = text[mention.end:mention.end + 110]
    if not after.startswith(",") or not _SPEAKER_THAT.match(after):
        return False
    before = text[max(0, mention.start - 8):mention.start]
    return bool(_SENTENCE_OPEN.search(before) or before.rstrip().lower().endswith(("on", "in", "last")))
