"""Offices and facilities as sites. Most offices and facilities a story names are the state's (an
embassy's office, a detention facility); one is a site of the scam only when the text says so: a
scam word right before it ("an online scamming facility in X") or a raid told just before it ("a raid
of an office in X", "raided what officials called a processing office in X")."""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.mention_text import kind_written_out
from scamgraph.loaders.nlp.site_names import DWELLING_WORDS
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

#: Site words that name a workplace of any kind: a site only in the scam's or a raid's words
WORKPLACES = frozenset({"office", "facility"})
#: Words right before the workplace that make it the scam's ("a scamming facility", "a fraud office")
_SCAM_WORDS = frozenset({"scam", "scamming", "fraud", "gambling", "scammers", "scammer", "pogo"})
#: Words right before the workplace that make it the state's, whatever is told around it
_STATE_WORDS = frozenset({"detention", "deportation", "immigration", "representative", "government", "police", "embassy",
                          "prosecutor", "prosecutors", "regional", "field", "head", "consular", "quarantine", "holding"})
#: How far back a raid word may stand: "a raid on what agents later said was a bogus trading office"
_RAID_REACH = 10
#: Places where people stay, which are a scam's site only where the sentence tells of the scam or of an act
_LODGINGS = frozenset({"hotel", "resort", "villa", "apartment", "condominium", "house", "flat", "accommodation"})
#: Verbs of staying at, leaving or being seen at a lodging
_STAYING = frozenset({"stayed", "staying", "stay", "stays", "seen", "leaving", "left", "lodged", "checked", "picked",
                      "dropped", "booked", "sheltered", "sheltering"})
#: Gatherings a hotel hosts
_MEETINGS = frozenset({"meeting", "meetings", "conference", "summit", "forum", "talks", "ceremony"})


def a_scam_workplace(lower: list[str], i: int, sent_start: int) -> bool:
    """The office or facility at ``i`` is a site the scam ran from or a raid hit."""
    if lower[i] not in WORKPLACES or i == 0 or lower[i - 1] in _STATE_WORDS or lower[i - 1] in POSSESSIVE_S:
        return False
    if lower[i - 1] in _SCAM_WORDS:
        return True
    for k in range(i - 1, max(sent_start, i - _RAID_REACH) - 1, -1):
        if lower[k] in {",", ";", ":"}:
            return False
        if EVENT_TRIGGERS.get(lower[k]) == "raid" and lower[k] not in {"operation", "inspection"}:
            return True
    return False


def a_stay_of_no_scam(lower: list[str], i: int, start: int, end: int) -> bool:
    """"was seen walking out of a hotel in X", "stayed at a hotel near the airport", "met at a
    hotel in X": a lodging someone stayed at, left or met in, in a sentence with no scam word and no
    act of the story (no raid, arrest, rescue ...), is no site of the scam."""
    if lower[i] not in _LODGINGS:
        return False
    words = lower[start:end]
    stayed = not _STAYING.isdisjoint(lower[max(start, i - 6):i]) or not _MEETINGS.isdisjoint(words)
    return stayed and _SCAM_WORDS.isdisjoint(words) and "compound" not in words and "custody" not in words \
        and not any(EVENT_TRIGGERS.get(w) for w in words)


def a_home_block(lower: list[str], words: list[str], i: int, start: int) -> bool:
    """The site's word at ``i`` closes a phrase a word of wealth opens, past a name: "flats in the
    upscale Lotus Court complex" (homes, where money was put, not a site of the scam; a hotel or a
    casino so named may still house one)."""
    k = i - 1
    while k >= start and words[k][:1].isupper():
        k -= 1
    return start <= k < i - 1 and lower[k] in DWELLING_WORDS and lower[i] not in _LODGINGS | {"casino"}


def written_place(text: str) -> str:
    """A place as written in a described site's name, without a kind word the writer left in lower
    case ("an office in Pasay city" is the office in Pasay; "Pasig City" keeps its capital)."""
    head, _, last = text.rpartition(" ")
    return head if head and last.islower() and last in gz.place_kinds() else kind_written_out(text)


def a_building_passed(lower: list[str], i: int, start: int) -> bool:
    """"arrested in front of a house in X": a building someone was only stopped beside marks where
    an act happened (the place holds it), not a site the scam was run from."""
    k = i - 1 - (i - 1 >= start and lower[i - 1] in {"a", "an", "the"})
    return k - 2 >= start and lower[k - 2:k + 1] == ["in", "front", "of"]


#: Nouns of a job on offer: "a job at a hotel in X", "work in a factory in X"
_JOB_NOUNS = frozenset({"job", "jobs", "work", "employment", "position", "positions", "post", "posts", "vacancy",
                        "vacancies", "role", "roles"})
#: Words of a job held out to someone before the job's noun: the job is a promise, not a place they were held
_OFFERING = frozenset({"promised", "promise", "promises", "promising", "offered", "offer", "offers", "offering",
                       "lured", "advertised", "advertising", "advertisements", "advertisement", "ads", "told"})
#: How many words of the job's own ("a well-paid job as a waiter") may stand between the offer and the job noun
_OFFER_REACH = 6


def a_promised_workplace(lower: list[str], i: int, start: int) -> bool:
    """"promised a job at a hotel in X", "ads offering jobs in factories in X": the workplace at
    ``i`` is where a job on offer was said to be, which the story does not say anyone worked at or
    was held in: the bait of the scam, no site of it (the compound they were taken to is one)."""
    k = i - 1
    while k > start and i - k <= 3 and lower[k].isalpha() and lower[k] not in {"at", "in"}:
        k -= 1  # (back over "a", "the", "five-star", "luxury")
    if k <= start or lower[k] not in {"at", "in"} or lower[k - 1] not in _JOB_NOUNS:
        return False
    return not _OFFERING.isdisjoint(lower[max(start, k - 1 - _OFFER_REACH):k - 1])
