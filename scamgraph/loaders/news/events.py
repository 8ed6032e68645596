"""Events: the words that tell one (and the many that only seem to), and the events a sentence's
words name. The date a word's event has is ``dating.py``, which event it is ``identity.py``,
journeys that tell one ``journeys.py``; who and where of an event ``event_links.py`` and
``event_places.py``."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import PARTICIPLE_BEFORE, DateMention
from scamgraph.loaders.news.arrivals import arrested_on_arrival
from scamgraph.loaders.news.back_references import day_told_before, names_the_taken
from scamgraph.loaders.news.batch_days import batch_days
from scamgraph.loaders.news.event_objects import dated_decision, described_past, people_taken
from scamgraph.loaders.news.idle_count_verbs import booked_for_a_crime
from scamgraph.loaders.news.asides import _WAITING_FOR, EventAsides
from scamgraph.loaders.news.names_and_sources import _INQUIRIES
from scamgraph.loaders.news.attributive import attributive, counted_speaker, hyphened_to_doer
from scamgraph.loaders.news.fled_raids import fled_raid
from scamgraph.loaders.news.fled_sites import fled_a_site
from scamgraph.loaders.news.freed_then_sent import freed_before_sent_home
from scamgraph.loaders.news.figurative_flights import escapes_a_hardship, fleeing_as_a_kind
from scamgraph.loaders.news.nearest_dates import announced_after
from scamgraph.loaders.news.done_together import done_together
from scamgraph.loaders.news.follows import follows_at
from scamgraph.loaders.news.in_the_raid import on_the_raids_days
from scamgraph.loaders.news.joined_acts import handed_people_over
from scamgraph.loaders.news.campaigns_apart import a_campaign_of_its_own
from scamgraph.loaders.news.carriers_sent import carriers_sent
from scamgraph.loaders.news.charged_things import a_device_charged
from scamgraph.loaders.news.homeward import back_to_captors, sent_by_auxiliary
from scamgraph.loaders.news.journeys import _VISITING_OFFICIALS
from scamgraph.loaders.news.national_campaigns import national_campaign
from scamgraph.loaders.news.next_batches import another_site, more_as_object, next_batch
from scamgraph.loaders.news.other_counts import counts_others
from scamgraph.loaders.news.own_citizens import _code_of
from scamgraph.loaders.news.press_work import press_reports_of, press_work
from scamgraph.loaders.news.pressed_trends import pressed_trend
from scamgraph.loaders.news.praised_acts import praised_operation
from scamgraph.loaders.news.verdicts import verdict_told_on, verdict_word
from scamgraph.loaders.news.questions import a_question, asked_about
from scamgraph.loaders.news.recoveries import goods_recovered
from scamgraph.loaders.news.releases import freed_at, released_a_paper
from scamgraph.loaders.news.state import _Event, held_told_before
from scamgraph.loaders.news.status_brackets import in_a_status_bracket
from scamgraph.loaders.news.tallies import in_a_total
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.titled import in_a_title
from scamgraph.loaders.news.transfers import sent_home_told, things_handed, transfer_kind
from scamgraph.loaders.news.told_ago import (ago_after, before_the_raid, had_done_in_a_report, in_an_outdone_record,
                                             told_ago, told_as_another, under_an_earlier_rule)
from scamgraph.loaders.news.verdicts import guilty_verdicts, sentences_given, terms_received
from scamgraph.loaders.news.cases_filed import cases_filed
from scamgraph.loaders.news.wanted_lists import on_a_wanted_list, standing_warrants
from scamgraph.loaders.news.visits_unmade import no_visit_made
from scamgraph.loaders.news.war_operations import war_operation
from scamgraph.loaders.news.words import (
    _ABOUT,
    _BACKGROUND_RAIDS,
    _COUNT_VERBS,
    _DESIGNATES,
    _NAMED_AFTER,
    _NOT_YET,
    _PART_OF_RAID,
    _PEOPLE_WORDS,
    _PHRASE_STARTS,
    _PROSPECT,
    _REFERRING,
    _TOURISTS,
    EVENT_TRIGGERS,
    OF_THEIR_OWN_ACCORD,
    a_rewards_aim,
    after_a_finding,
    among_penalties,
    death_as_penalty,
    held_captive,
    evacuated_home,
)
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS
from scamgraph.loaders.numbers import number_value
from scamgraph.model import RelType

#: Kinds that are events of their own but, told undated after a raid, happened during it
_DURING_RAID = {"seizure", "escape"}
#: Kinds whose participle before a noun names things or people by an act told elsewhere ("the seized
#: phones", "as blacklisted foreign nationals"), no act of its own
_NAMED_BY_PARTICIPLE = frozenset({"seizure", "sanction", "raid"})
#: Words before "to" that make the act after it one that happened ("managed to escape")
_DONE_BY_TO = frozenset({"able", "managed",
                         # "to" as a preposition before an act's noun: "in response to new sanctions announced on March 17"
                         "response", "due", "according", "owing", "thanks", "prior", "pursuant", "related", "linked",
                         "subject", "reaction", "addition"})
#: Words that put an act before or after the one told with it: "launched after two women escaped"
_AROUND = frozenset({"after", "before", "following"})
_SENDING_HOME = {"deportation", "extradition", "repatriation"}
#: Words that put a day ahead, for an act still to come: "Their arraignment is set for April 21"
_SCHEDULED = re.compile(r"\b(?:set|scheduled|slated|due|expected|planned)\s+(?:for|on)\s*$"
                        # "bailed to appear in Perth Magistrates Court on October 14": the hearing to come
                        r"|\bappear\s+(?:(?:in|at|before)\s+(?:[\w'’.-]+\s+){1,5}?)?(?:on|for)\s*$", re.I)
#: A modal of the future right after a day: "the hearing on Monday would ask ...", "the flight on
#: Friday will carry ...": the day is one still to come, not the act's (but "those arrested on
#: Monday will face charges": the day a participle before it tells is its act's)
_FUTURE_AFTER = re.compile(r"\s*(?:will|would|shall)\b", re.I)
#: Verbs that say what the act told before was: "This marks the first ...", "It was the largest ..."
_MARKING = frozenset({"marks", "marked", "was", "is", "became", "becomes", "represents", "represented"})
_MARKING_PARTICIPLES = frozenset({"marking", "making"})
#: Verbs of a body's part in bringing people out: "the embassy coordinated the rescue"
_ARRANGING = frozenset({"coordinated", "organised", "organized", "facilitated", "arranged", "led", "oversaw"})
#: "eight other Peruvians went home too": other people than those told before, so another act
_OTHERS = frozenset({"other", "others"})
#: Acts done to a group that a lead may tell only in a relative clause ("Five X who were rescued ...")
_ACTS_ON_GROUPS = frozenset({"rescue", "arrest", "detention", "repatriation", "deportation"})
#: A court's remand: a detention of its own, after the arrest, never a raid's or an arrest's custody
_REMANDS = frozenset({"remanded", "remand"})
#: Words of about, or of more, before an act noun's number: "the arrest of almost 50 Taiwanese"
_BEFORE_ITS_NUMBER = frozenset(_ABOUT | {"roughly", "approximately", "another", "a", "further"})
#: "a crackdown resulted in the arrest of ...": the crackdown is the event, the arrests its outcome
_RESULTED = {"resulted", "resulting", "led"}
#: The first words of the journey phrases that tell a flight home ("chartered flight", "charter flights")
_CHARTER = {"chartered", "charter"}
#: A campaign pressed harder or kept going ("intensify the crackdown", "their continued crackdown")
_CAMPAIGNS = {"crackdown", "crackdowns"}
_PRESSED = {"intensify", "intensifies", "intensified", "intensifying", "continued", "continuing", "redouble",
            "redoubled", "heightened", "escalated", "escalating", "stepped-up", "tighten", "tightened", "ongoing"}
_STEP = {"step", "steps", "stepped", "stepping"}
_CAMPAIGN_FILLERS = {"the", "its", "their", "his", "her", "a", "an", "our", "this", "that"}
_HANDING = {"handed", "hand", "hands", "handing", "handover", "handovers"}  # (its kind is told elsewhere)
#: Words that can open an event phrase or be an event word: a sentence with none is passed over.
_PHRASE_FIRST_WORDS = frozenset(_PHRASE_STARTS)
_TRIGGER_WORDS = frozenset(EVENT_TRIGGERS)
#: "they face charges", "he faces a warrant": laid already, unlike "facing (criminal) investigations"
_LAID = frozenset({"charge", "warrant"})
#: Verbs of acts a body looks forward to
_EXPECTING = frozenset({"expects", "expect", "expecting", "anticipates", "anticipate", "foresees", "predicts"})
#: Adverbs that put a relative clause's act before the story's: "who had previously been deported"
_EARLIER = frozenset({"previously", "earlier", "once", "formerly", "already", "before"})
_OWN = frozenset({"their", "his", "her", "workers'", "victims'"})
#: Words of a journey anyone may make, unlike "visit"
_TRIPS = frozenset({"trip", "trips"})
#: People who got away across a border, whom the other side then held: "detained the arrivals" is
#: that side's act, no part of the raid they fled
_CROSSED = frozenset({"arrivals", "escapees", "escapers", "crossers", "evacuees", "newcomers"})
#: The most words read after an act for the crossing its people made before it
_CROSSING_REACH = 16
#: Words that tell a scammer's lie, and verbs of telling it: what is told after them never happened
_LYING = frozenset({"falsely", "posing", "pretending", "impersonating", "impersonators",
                    # (the scammers themselves telling: "the gang phoned a retiree, claiming she was under investigation")
                    "gang", "scammers", "fraudsters", "swindlers", "conmen", "caller", "callers"})
_TELLING = frozenset({"told", "claimed", "said", "informed", "warned", "threatened", "accused", "claiming", "telling"})


def _a_scammers_tale(lower: list[str], i: int, start: int) -> bool:
    """"A caller posing as a detective falsely told the retiree that a warrant for his arrest had
    been issued": the act told after a liar's verb of telling is the scam's script, no act done."""
    before = lower[start:i]
    told = max((k for k, w in enumerate(before) if w in _TELLING), default=-1)
    return told >= 0 and not _LYING.isdisjoint(before[:told + 1])


#: Money told right before a handover, which makes it the money's: "collected cash through handovers"
_MONEY = frozenset({"cash", "money", "funds", "gold", "jewellery", "jewelry", "valuables", "proceeds", "payments"})
#: Superlatives that rank a crackdown: "the biggest crackdown", "one of the harshest crackdowns"
_RANKING = frozenset({"biggest", "largest", "harshest", "toughest", "strongest", "severest", "fiercest", "heaviest",
                      "most", "widest", "broadest"})
#: Words before a ranked crackdown that call another act one, rather than tell a crackdown done
_CALLING = frozenset({"marking", "marks", "marked", "is", "are", "was", "were", "of", "as", "called", "becoming", "became"})


#: Participles that date an operation by its start: "an operation launched on February 20"
_BEGUN = frozenset({"launched", "begun", "started", "initiated", "mounted"})
#: Plural nouns for operations a sentence told: "These operations freed ..."
_OPERATIONS_TOLD = frozenset({"missions", "operations", "raids", "efforts", "actions", "crackdowns", "campaigns", "sweeps"})
#: Nouns of what is told about an act: "released details of the operation", "the results of the raids"
_TOLD_OF = frozenset({"details", "results", "outcome", "outcomes", "findings", "figures", "update", "updates", "summary"})


def _details_told_of(lower: list[str], i: int, start: int) -> bool:
    """"Interpol released details of the operation ... at its general assembly in Glasgow on
    Wednesday": the act is what is told about; the sentence's day and place are the telling's."""
    return i - 3 >= start and lower[i - 2:i] == ["of", "the"] and lower[i - 3] in _TOLD_OF


#: Words that lay crimes on someone before "with", "of" or "for" ("charged X with", "guilty of", "convicted for")
_LAYING_CRIMES = frozenset({"charged", "charging", "charges", "accused", "convicted", "guilty", "indicted", "sentenced",
                            "prosecuted"})
#: Words that make the words before an act word a clause of its own, no list of crimes
_CLAUSE_WORDS = frozenset({"were", "was", "is", "are", "be", "been", "has", "have", "had", "who", "which", "that", "some"})


def _a_crime_charged(lower: list[str], words: list[str], i: int, start: int) -> bool:
    """"charged Yue Tianbo and 13 others with fraud, extortion, intentional injury, kidnapping, and
    drug trafficking": the act word is one of the crimes a charge lays (a list of lower-case words
    after "with", "of" or "for" that follows a word of charging), no happening of its own."""
    k = i - 1
    while k > start and i - k < 14 and (lower[k] in {",", "and", "or"} or words[k].isalpha() and words[k].islower()
                                        and lower[k] not in {"with", "of", "for"} and lower[k] not in _CLAUSE_WORDS):
        k -= 1
    return k > start and lower[k] in {"with", "of", "for"} and (not _LAYING_CRIMES.isdisjoint(lower[max(start, k - 8):k])
                                                                or lower[k + 1:k + 3] in (["crimes", "including"],
                                                                                          ["offences", "including"],
                                                                                          ["offenses", "including"]))
    # ("sentenced ... by the court of X for crimes including homicide, fraud, kidnapping": a crime listed)


def _judged_as(lower: list[str], words: list[str], i: int, start: int) -> bool:
    """"A court jailed 40, marking the biggest crackdown on scam hubs so far", "the sentences are one
    of China's harshest crackdowns": a ranking that calls another act a crackdown, no raid of its own
    (not "It marked the largest operation by Korean authorities to bring back ...": an operation told
    with its purpose is the act itself, here the sending home)."""
    if lower[i] in {"operation", "operations"} and "to" in lower[i + 1:i + 8]:
        return False
    k = next((j for j in range(i - 1, max(start, i - 5) - 1, -1) if lower[j] in _RANKING), None)
    if k is None:
        return False
    j = k - 1
    while j >= start and (lower[j] in {"the", "its", "their", "'s", "’s"} or words[j][:1].isupper()):
        j -= 1
    return j >= start and lower[j] in _CALLING


#: What victims hand over to scammers: "victims made a handover of cash and gold bars" is no one's return
_VALUABLES = frozenset({"cash", "money", "gold", "funds", "valuables", "jewellery", "jewelry", "savings", "assets",
                        "cryptocurrency", "crypto", "bitcoin", "payments", "payment", "bank", "their"})
_PAPERS = frozenset({"passport", "passports", "documents", "papers", "identification", "ids", "phones", "devices", "belongings"})
#: "alleged to have escaped", "believed to have been trafficked": what someone claims happened
def _compared_to_others(lower: list[str], i: int, start: int) -> bool:
    """"... in a move that echoes similar sweeps in X last week": acts a verb of likeness
    compares the story's act with are others', told in passing (not "a similar crackdown in November
    resulted in the arrest of 464": an earlier act of the story's own)."""
    lead = lower[max(start, i - 4):i]
    if "similar" not in lead:
        return False
    k = len(lead) - 1 - lead[::-1].index("similar")
    return k >= 1 and lead[k - 1] in _LIKENING


#: Nouns of an inquiry, whose "into" names what it looks into (asides' own and their plurals)
_INQUIRY_NOUNS = frozenset(_INQUIRIES | {"probes", "inquiries"})


def _inquirys_subject(lower: list[str], at: int, idx: list[int], when: DateMention) -> bool:
    """The act word at ``at`` is what an inquiry told before it looks into ("their probe into the
    death of", "an investigation into the kidnapping"), and the day stands before the inquiry's
    noun: the day is the inquiry's, not the act's."""
    k = at - 1
    while k > 0 and lower[k] in {"the", "a", "his", "her", "their", "its", "alleged", "suspected", "reported"}:
        k -= 1
    if lower[k] != "into" or lower[k - 1] not in _INQUIRY_NOUNS:
        return False
    return when.start < idx[k - 1]


#: Verbs of likeness before "similar"
_LIKENING = frozenset({"echoes", "echoed", "echo", "mirrors", "mirrored", "mirror", "recalls", "recalled", "like",
                       "resembles", "resembled"})


#: "on the same day", "that same day": the day of the event told just before
_SAME_DAY = re.compile(r"\b(?:the|that)\s+same\s+day\b", re.IGNORECASE)
_HEARSAY = frozenset({"alleged", "alleges", "claimed", "claims", "claiming", "said", "reported", "believed",
                      "thought", "rumoured", "rumored", "purported"})

#: Nouns of word reaching someone of an act ("notification of the arrests"): the act told before, not one then
_NEWS_OF = frozenset({"notification", "notice", "news", "word", "confirmation", "reports", "report"})
#: How far back "the Nth time ... that" may open the clause of an act told as one of a series
_NTH_REACH = 9
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "latest", "last"})


def _nth_time_that(lower: list[str], i: int, start: int) -> bool:
    """"It was the third time in a year that the state expelled such people": the act word at
    ``i`` in a clause that counts how often such acts happened, no act of its own."""
    for k in range(i - 1, max(start, i - _NTH_REACH) - 1, -1):
        if lower[k] == "that":
            return any(lower[j] in {"time", "times"} and lower[j - 1] in _ORDINALS for j in range(max(start + 1, k - 5), k))
    return False


#: Papers named after a visit: "entered using social visit passes", "on visit visas" (a kind of stay, no visit told)
_VISIT_PAPERS = frozenset({"pass", "passes", "visa", "visas", "permit", "permits"})


class EventRules(EventAsides):
    """Triggers -> events; agencies, people and places around them."""

    def _news_of_the_told(self, i: int, kind: str) -> bool:
        """"After being notified of the arrests on June 2": word of an act the story told
        before (the raid that made them), which the day and places of this sentence are not."""
        k = i - 1 - (self.lower[i - 1] == "the")
        if k < 1 or self.lower[k] != "of" or self.lower[k - 1] not in _NEWS_OF:
            return False
        return any(e.type == kind or kind in _PART_OF_RAID and e.type == "raid" for e in self.events)

    def _triggers(self, sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        """The event words of a sentence, (position, kind), less those that tell no event of their own."""
        self.sentence, self.folded_arrest = sent, False
        found = self._kept(self._event_words(sent, ents), sent, ents)
        self.follows = follows_at(self.lower, sent.start, sent.end) if found else None
        if self.follows is not None and not any(i < self.follows for i, _kind in found) \
                and not any(EVENT_TRIGGERS.get(w) or w in _COUNT_VERBS for w in self.lower[sent.start:self.follows]):
            self.follows = None  # "The revelation followed the arrest of 792": the subject is no event
            # (but "The return comes a month after ...": an act noun, the one told before, even if no word of its own)
        found = self._one_telling(found)
        for i, kind in found:
            if kind in {"deportation", "extradition"} and self._named_group(i, sent):
                self._name_handover(kind)  # "handed over 45 citizens ... the deported group": a deportation
        if found and a_question(self.words, sent.start, sent.end):
            return []  # "Were 60 Indonesians deported?": asked, not told
        found = [(i, self._handover_kind() if kind == "handover" else kind) for i, kind in found
                 if not self._aim(i, kind, sent) and not asked_about(self.lower, i, sent.start, act_word=True) and not self._named_group(i, sent) and not self._territory(i, sent)
                 and not held_captive(self.lower, i, sent.end, sent.start) and not self._names_a_thing(i, sent)
                 and not (kind == "raid" and fled_raid(self.lower, i, sent.start))]  # "as they fled the raids"
        # "further deportations" are still to come; a case "under further investigation" is being investigated
        # ("six more escaped": "more" before a past verb counts the people who did it, no prospect)
        return sorted((i, kind) for i, kind in found if i == 0 or self.lower[i - 1] not in _NOT_YET
                      or kind == "investigation" and self.lower[i - 2] == "under"
                      or self.lower[i - 1] == "more" and self.lower[i].endswith("ed"))

    def _event_words(self, sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        """Phrases first ("arrest warrant", "handed over", "- " rows that tell none), officials
        arriving, then single trigger words outside names."""
        found: list[tuple[int, str]] = []
        skip: set[int] = set()
        words = self.lower[sent.start:sent.end]
        opening = [] if _PHRASE_FIRST_WORDS.isdisjoint(words) else [k for k, word in enumerate(words) if word in _PHRASE_FIRST_WORDS]
        for i in opening:  # (few words open a phrase; most sentences hold none, told by one test in C)
            if sent.start + i in skip:
                continue  # ("arrest warrants" inside "armed with arrest warrants": the longer phrase rules)
            for phrase, kind in _PHRASE_STARTS[words[i]]:
                if tuple(words[i:i + len(phrase)]) == phrase:
                    if kind and not self._into_custody(sent.start + i + len(phrase), sent) \
                            and not (phrase[-1] == "back" and back_to_captors(self.lower, self.doc, sent.start + i + len(phrase) - 1, sent.end)) \
                            and not (phrase == ("sent", "back") and not sent_by_auxiliary(self.lower, sent.start + i, sent.start)):
                        # ("sent home | back" says no more than that they went home: the kind of the sending told before;
                        # "handed over" to another state's hands is no sending home: "to the Royal Thai Army")
                        moved = transfer_kind(self.lower, self.doc, sent.start + i, sent.start, sent.end) \
                            if phrase == ("handed", "over") else None
                        if moved == "deportation" and not sent_home_told(words, "handed"):
                            kind = "deportation"
                        if phrase == ("handed", "over") and things_handed(self.lower, self.doc, sent.start + i + 2, sent.end):
                            skip.update(range(sent.start + i, sent.start + i + len(phrase)))
                            break  # "handed over the documents to the court": things, no one sent
                        # (not "sent to court": a charge; "transferred back" is a handover, of the kind told before)
                        sending = phrase[0] in {"sent", "transferred"} and kind == "repatriation"
                        found.append((sent.start + i, self._handover_kind() if sending else kind))
                    skip.update(range(sent.start + i, sent.start + i + len(phrase)))
                    break
        for i, past in handed_people_over(self.lower, self.doc, sent.start, sent.end):  # "handed him over to ..."
            moved = transfer_kind(self.lower, self.doc, i, sent.start, sent.end)  # (to another state's hands, or none
            if moved or moved is None and not self._into_custody(past, sent):  # said: not "to the district police")
                found.append((i, "deportation" if moved == "deportation" and not sent_home_told(words, "handed")
                              else "repatriation"))
        found += [(i, "visit") for i in self._arrivals(sent, words)]
        found += [(i, "repatriation") for i in self._brought_back(sent, words)]
        found += [(i, "rescue") for i in freed_at(self.lower, sent.start, sent.end)]  # "secured the release of"
        found += [(i, "seizure") for i in goods_recovered(self.lower, sent.start, sent.end)]  # "recovered 98 phones"
        found += [(i, "charge") for i in guilty_verdicts(self.lower, sent.start, sent.end)]  # "found X and Y guilty"
        found += [(i, "charge") for i in terms_received(self.lower, sent.start, sent.end)]  # "X received 8 years"
        found += [(i, "charge") for i in sentences_given(self.lower, sent.start, sent.end)]  # "imposed death sentences on"
        found += [(i, "charge") for i in cases_filed(self.lower, sent.start, sent.end)]  # "filed a fraud case against"
        if _TRIGGER_WORDS.isdisjoint(words) and _DESIGNATES.isdisjoint(words):
            return found  # (most sentences: no event word at all; the sanctioning bodies are sought only past this)
        sanctioning = any(e.label_ == "AGENCY" and e.id_.split("|")[1:2] == ["sanctions"] for e in ents)
        if _TRIGGER_WORDS.isdisjoint(words) and not sanctioning:
            return found
        named = {i for e in ents if e.label_ in {"AGENCY", "ORG", "SITE", "PERSON", "SCAM", "ROLE"} for i in range(e.start, e.end)}
        for i, word in [(k, w) for k, w in enumerate(words, sent.start) if w in _TRIGGER_WORDS or w in _DESIGNATES]:
            told = EVENT_TRIGGERS.get(word) or ("sanction" if sanctioning and word in _DESIGNATES else None)
            if told == "seizure":  # "Gunmen seized 20 Kenyans from a bus": people taken by force, no goods
                told = people_taken(self.doc, self.words, self.lower, self.like_num, i, sent, ents) or told
            if word == "transferred" and (moved := transfer_kind(self.lower, self.doc, i, sent.start, sent.end)) is not None:
                told = self._handover_kind() if moved == "handover" else moved  # "transferred 104 Chinese to China"
            if evacuated_home(self.lower, i, sent.end):
                told = "repatriation"  # "were evacuated to the homeland": brought home
            if told and i not in skip and i not in named and not self._business_operation(i, sent) \
                    and not self._inside_a_name(i, sent) and not _against(self.lower, i, sent.start):
                found.append((i, told))
        return found

    def _kept(self, found: list[tuple[int, str]], sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        """Drop words told in passing: a relative clause of the people's past, a crackdown behind an
        arrest, tourists visiting, a prospect or a place named after an event."""
        # "17 Sri Lankans who were forcibly detained": the people's past, told in passing, no event
        last = max((i for i, _kind in found if _WAITING_FOR.isdisjoint(self.lower[max(sent.start, i - 2):i])),
                   default=-1)  # (an act told after the clause's is the sentence's news; not one only awaited:
        # "Six Sabahans who were freed ... are awaiting repatriation")
        # ("flew home 95 Zorvanians who had fled the compound": how they got free)
        self.freed_clauses = {i: who for i, kind in found if kind not in self.last_of_type and (
            who := freed_before_sent_home(self.lower, self.doc, i, kind, sent.start, found,
                                          self._own_verb_group(i, sent))) is not None}  # type: ignore[attr-defined]
        found = [(i, kind) for i, kind in found if not (self._in_relative_clause(i, sent)
                                                        and not (i == last and self._first_told_of_counted(i, kind, sent))
                                                        and i not in self.freed_clauses
                                                        and not self._dates_the_told(i, kind)
                                                        and not (kind == "escape" and fled_a_site(self.lower, self.doc, i, sent.end)))
                 and not self._alternative(i, sent)
                 and not self._hearsay(i) and not (kind == "seizure" and self._papers_taken(i, sent))
                 and not (kind == "arrest" and a_rewards_aim(self.lower, i, sent.start))
                 and not self._expected(i, sent)  # "The bureau expects more arrests and deportations": none yet
                 and not pressed_trend(self.lower, self.like_num, i, sent.start, sent.end)  # "increased raids": a trend
                 and not press_work(self.doc, i, sent.start, kind)  # "an investigation by AFP", "a reporter visited"
                 and not press_reports_of(self.lower, i, sent.start)  # "as the press reports further arrests and raids"
                 and not _compared_to_others(self.lower, i, sent.start)  # "echoes similar sweeps in X last week"
                 and not (kind == "charge" and a_device_charged(self.lower, i, sent.end))  # "she had charged her phone"
                 and not {"if", "any"} <= set(self.lower[max(sent.start, i - 3):i + 4])  # "what charges, if any, were laid"
                 and not (kind == "detention" and self._papers_held(i, sent))
                 and not (kind in _NAMED_BY_PARTICIPLE and attributive(self.lower, self.words, i, sent.start, sent.end))  # "the seized phones"
                 and not counted_speaker(self.lower, self.like_num, i, sent.start, sent.end)  # "One held man said"
                 and not self._counted_cases(i, sent)  # "with 129 ongoing investigations": a tally of cases
                 and not in_a_status_bracket(self.lower, self.words, self.like_num, i, sent.start)  # "Yoon (41, indicted)"
                 and not (i > sent.start and self.lower[i - 1] in OF_THEIR_OWN_ACCORD)  # "voluntarily returned"
                 and not in_a_total(self.lower, i, sent.start)  # "bringing the number of foreigners handed over to 7,000"
                 and not hyphened_to_doer(self.doc, i, sent.start, sent.end)  # "the OFAC-designated X": listed before
                 and not self._hearing_as_a_verb(i)  # "We are hearing that ...", "On hearing the news"
                 and not (self.lower[i] == "booked" and not booked_for_a_crime(self.lower, i))  # "booked flights"
                 and not in_a_title(self.lower, i, sent.start)  # "head of investigations at the department"
                 and not death_as_penalty(self.lower, i, sent.start) and not on_a_wanted_list(self.lower, i, sent.start)
                 and not standing_warrants(self.lower, self.like_num, i, sent.start)  # "who has nine outstanding warrants"
                 and not (kind == "escape" and (escapes_a_hardship(self.lower, i, sent.end)  # "help her parents escape poverty"
                                                or fleeing_as_a_kind(self.lower, i, sent.start)))  # "a shelter for people fleeing"
                 and not (kind == "visit" and self.lower[i + 1:i + 2] and self.lower[i + 1] in _VISIT_PAPERS)  # "social visit passes"
                 and not (kind == "visit" and no_visit_made(self.lower, i, sent.start))  # "offered to book her trip"
                 and not self._news_of_the_told(i, kind)  # "after receiving word of the arrests on May 2"
                 and not _nth_time_that(self.lower, i, sent.start)  # "the fifth time this year that X has deported"
                 and not (kind in {"deportation", "seizure"} and among_penalties(self.lower, sent.start, sent.end))
                 and not (kind == "raid" and _on_dissent(self.lower, i, sent.end))  # "a crackdown on anti-coup protests"
                 and not (kind == "raid" and war_operation(self.lower, i, sent.end))  # "an offensive to expel junta troops"
                 and not (kind == "raid" and _judged_as(self.lower, self.words, i, sent.start))  # "marking the biggest crackdown yet"
                 and not (kind == "raid" and praised_operation(self.lower, self.words, i, sent.start))  # "praised the operation"
                 and not _a_scammers_tale(self.lower, i, sent.start)  # "a caller posing as a detective told him a warrant ..."
                 and not (kind != "charge" and _a_crime_charged(self.lower, self.words, i, sent.start))  # "charged X with fraud, kidnapping"
                 and not _details_told_of(self.lower, i, sent.start)  # "released details of the operation at ... in Glasgow"
                 and not released_a_paper(self.lower, self.like_num, i, sent.end)  # "released on Wednesday a study"
                 and not (self.lower[i].startswith("hand") and (self.lower[i + 1:i + 2] == ["of"] and self.lower[i + 2:i + 3]
                                                                  and self.lower[i + 2] in _VALUABLES
                                                                  or not _MONEY.isdisjoint(self.lower[max(sent.start, i - 4):i])))
                 # "a handover of cash and gold bars", "collected cash through handovers": valuables, no people
                 and not (kind == "raid" and _despite(self.lower, i, sent.start))  # "running despite repeated crackdowns"
                 and not (kind == "raid" and (self._within_campaign(i, sent) or self._campaign_pressed(i, sent)
                                              or national_campaign(self.doc, self.lower, i, sent.start)))]
        if {kind for _i, kind in found} & (_PART_OF_RAID | _SENDING_HOME):
            # "arrested in a crackdown", "brought back in their continued crackdown": the arrest or the
            # return is the event, the crackdown its background ("a crackdown resulted in the arrest
            # of ...": told first, the crackdown is the event)
            first_part = min(i for i, kind in found if kind in _PART_OF_RAID | _SENDING_HOME)
            # ("detained after a crackdown by Cambodian authorities": a crackdown with its own agent is
            # an operation of its own)
            found = [(i, kind) for i, kind in found if self.lower[i] not in _BACKGROUND_RAIDS
                     or (i < first_part and _RESULTED & set(self.lower[i:first_part]))
                     or self._own_agent(i, ents)]
        if any(kind == "visit" for _i, kind in found) and not self._visitors(sent, ents):
            found = [(i, kind) for i, kind in found if kind != "visit"]  # tourists visiting: no event
        if any(self.lower[i] in _TRIPS for i, _kind in found) and not self._visitors(sent, ents, named_people=False):
            # "Joining him and Thanh on the trip were several other Vietnamese": anyone's journey; a
            # trip is an official visit only where a body or an official makes it
            found = [(i, kind) for i, kind in found if self.lower[i] not in _TRIPS]
        # "to press for faster repatriations", "awaiting deportation": a wish or a prospect, not an event;
        # "a deportation facility": a place (a phrase's own head, the "order" of "mission order", is no such name)
        # ("raided offices", "raided the headquarters": a verb in the past and its object, no such name)
        return [(i, kind) for i, kind in found if (i + 1 >= sent.end or self.lower[i + 1] not in _NAMED_AFTER
                                                   or self.lower[i] not in EVENT_TRIGGERS or self.lower[i].endswith("ed"))
                and not (kind not in _LAID and not _PROSPECT.isdisjoint(self.lower[max(sent.start, i - 2):i]))]

    def _another_acts_day(self, kind: str, at: int, when: DateMention) -> bool:
        """The day told after the act word follows another act's noun at once ("after returning to
        escape the crackdown in March"): the day dates that act, not the one at ``at``."""
        day = bisect.bisect_left(self.idx, when.start)
        if day <= at + 1:
            return False
        k = day - 1 if self.idx[day] == when.start else day  # (the date's own "in"/"on" may open the mention)
        k -= self.lower[k] in {"in", "on", "last", "this"} and k - 1 > at
        k -= self.lower[k] in _BEGUN and k - 1 > at  # ("under a joint operation launched on February 20")
        other = EVENT_TRIGGERS.get(self.lower[k])
        return other is not None and other != kind and k > at + 2 \
            and not {"the", "a", "an", "its", "their"}.isdisjoint(self.lower[k - 2:k])  # ("a joint operation")

    def _subjects_past_day(self, at: int, when: DateMention) -> bool:
        """The day stands in the subject's participle phrase, closed by a comma before the main verb:
        "One of the 18 Malaysians rescued from a syndicate in Myanmar on April 9, was arrested" (the
        day is the rescue's; the arrest, the sentence's act, has none of its own)."""
        sent = self.sentence
        if sent is None or at - 2 <= sent.start or self.lower[at - 1] not in {"was", "were"} or self.words[at - 2] != ",":
            return False
        day = bisect.bisect_left(self.idx, when.start)
        if not sent.start < day < at - 2:
            return False
        return any(self.lower[k] in _COUNT_VERBS and self.lower[k].endswith("ed") and self.words[k - 1] != ","
                   for k in range(sent.start + 1, day))

    def _missions_before(self, at: int) -> DateMention | None:
        """"Last year, in May, the army and a neighbour's police shut the fraud gangs of one town.
        These missions freed 150 Thai workers": a sentence that opens on
        "These" (or "Those") and the operations the sentence before told is about them, on their day
        (the one time that sentence gave, at its finest, else None)."""
        sent = self.sentence
        if sent is None or at - sent.start < 2 or self.lower[sent.start] not in {"these", "those"} \
                or self.lower[sent.start + 1] not in _OPERATIONS_TOLD:
            return None
        told = sorted((d for d in self.days_before if d.value), key=lambda d: len(d.value))
        if not told or not all(told[-1].value.startswith(d.value) for d in told):
            return None  # (two days told: which the operations had is not said)
        return told[-1]  # ("Last year, in October": one month, told twice)

    def _dates_the_told(self, i: int, kind: str) -> bool:
        """"Nine Peruvians, freed in X, were met today by their embassy ... The Peruvians, who were rescued
        on May 2, 2024 by Myanmar authorities": a relative clause that gives its act a day, where an
        act of that kind was told without one, tells that act's day (and who did it)."""
        told = self.last_of_type.get(kind)
        if told is None or told.date or told.period:
            return False
        k = _past_its_place(self.words, self.lower, i + 1)  # ("who were deported from Lotland on Friday")
        if self.lower[k:k + 1] == ["on"]:
            k += 1
        return self.lower[k:k + 1] != [] and self.lower[k] in CALENDAR_WORDS and (k > i + 2 or self.lower[k - 1] == "on")

    def _found_days(self, at: int, when: DateMention) -> bool:
        """The day ``when`` comes after the finding verb of the inquiry at ``at`` ("the probe
        revealed that the ring was set up in 2023"): a day of what was found, never the inquiry's."""
        sent = self.sentence
        verb = None if sent is None else self._finding_verb(at, sent)
        return verb is not None and when.start > self.idx[verb]

    def _first_told_of_counted(self, i: int, kind: str, sent: Span) -> bool:
        """"Six Sabahans who were freed from fake job offers are still stuck in Laos": the act a
        relative clause tells of a counted group is the story's own act where the story has told no
        act of its kind before (but its headline, uncounted) and the sentence tells no act after it (a
        lead tells it in passing, its main verb the people's plight; "who had been held ... flew home"
        tells the return)."""
        if kind not in _ACTS_ON_GROUPS or not self._untold_kind(kind):
            return False
        who = next((k for k in range(i - 1, max(sent.start, i - 6) - 1, -1) if self.lower[k] in {"who", "whom"}), None)
        if who is None or who - 1 <= sent.start or not _EARLIER.isdisjoint(self.lower[who:i]):
            return False  # ("four Indians, who had previously been deported, entered again": their past)
        noun = who - 1
        named = self.doc[noun].ent_type_ == "NORP" or self.lower[noun] in gz.people_nouns()
        return named and any(self.like_num[k] for k in range(max(sent.start, noun - 3), noun))

    def _untold_kind(self, kind: str) -> bool:
        """The story has told no act of ``kind`` before, but for its headline's uncounted one (which
        a clause that counts the people tells again)."""
        told = self.last_of_type.get(kind)
        return told is None or id(told) in self.headlined and not told.counts

    def _hearing_as_a_verb(self, i: int) -> bool:
        """"hearing" as the verb of listening ("we are hearing that 50 more ...", "on hearing the
        news", "after hearing from the families"), not a court's hearing."""
        if self.lower[i] != "hearing":
            return False
        after = self.lower[i + 1] if i + 1 < len(self.lower) else ""
        return after in {"that", "the", "about", "from", "of", "news", "reports"} and self.lower[i - 1] not in {"a", "the"} \
            or self.lower[i - 1] in {"on", "upon", "are", "is", "am", "were", "was", "been", "after", "while"}

    def _within_campaign(self, i: int, sent: Span) -> bool:
        """"as part of a nationwide operation targeting ...": the wider campaign an act belongs to,
        told as its background, not an operation of its own."""
        lead = self.lower[max(sent.start, i - 6):i]  # (", part of a major operation", "is part of a campaign")
        return any(lead[k + 1:k + 3] == ["part", "of"] and lead[k] in {"as", ",", "is", "was", "are", "were"}
                   for k in range(len(lead) - 2))

    def _campaign_pressed(self, i: int, sent: Span) -> bool:
        """"is intensifying its crackdown on illegal firms", "their continued crackdown", "stepped up
        the crackdown": a campaign made harder or kept going, a policy told, not one operation."""
        if self.lower[i] not in _CAMPAIGNS:
            return False
        # ("the government's stepped-up crackdown": the tokenizer splits the hyphen off)
        lead = [w for w in self.lower[max(sent.start, i - 4):i] if w not in _CAMPAIGN_FILLERS and w != "-"][-2:]
        return bool(_PRESSED & set(lead)) or (lead[-1:] == ["up"] and lead[0] in _STEP)

    def _papers_taken(self, i: int, sent: Span) -> bool:
        """"their passports were confiscated", "seized their passports": captors holding the
        workers' own papers, told as abuse, not a seizure by an authority."""
        # ("their work permits and travel papers were taken": a modifier may stand between)
        window = self.lower[max(sent.start, i - 8):min(sent.end, i + 5)]
        return any(word in _OWN and not _PAPERS.isdisjoint(window[k + 1:k + 3]) for k, word in enumerate(window[:-1]))

    def _papers_held(self, i: int, sent: Span) -> bool:
        """"whose passport was detained by the company", "detained his passport": papers held, no
        person detained (the paper is the verb's subject a few words before it, or its object after)."""
        before = self.lower[max(sent.start, i - 3):i]
        after = self.lower[i + 1:min(sent.end, i + 4)]
        passive = before[-1:] in (["was"], ["were"], ["been"]) and not _PAPERS.isdisjoint(before[:-1])
        return passive or bool(after) and (after[0] in _PAPERS or after[0] in _OWN and not _PAPERS.isdisjoint(after[1:3]))

    def _hearsay(self, i: int) -> bool:
        """"a man who alleged to have escaped", "said to have been kidnapped": a claim repeated, not
        a happening the story tells."""
        lead = self.lower[max(0, i - 4):i]
        if lead[-1:] == ["been"]:
            lead = lead[:-1]
        return lead[-2:] == ["to", "have"] and len(lead) >= 3 and lead[-3] in _HEARSAY

    def _one_telling(self, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Kinds that, told together, are one happening told twice: the plane an arrest happened on,
        custody after an arrest, a sending home named as a journey beside its deportation."""
        if len({kind for _i, kind in found}) > 1:
            # "arrested on a chartered plane": the plane is where the arrest happened, no journey home
            found = [(i, kind) for i, kind in found if not (self.lower[i] in _CHARTER
                                                           and {"on", "aboard"} & set(self.lower[max(0, i - 2):i]))]
        if {kind for _i, kind in found} >= {"arrest", "detention"}:
            # "arrested 12 men and detained them at the station": the custody that follows the arrest
            # ("arrested 30 Thais, detained 20 Lao": other people, counted, another event)
            # (a court's remand after the arrest is an act of its own: "were arrested and remanded")
            found = [(i, kind) for i, kind in found if kind != "detention" or any(self.like_num[i + 1:i + 3])
                     or self.lower[i] in _REMANDS]
        home = [i for i, kind in found if kind in _SENDING_HOME]
        # "were arrested and deported on Tuesday": one sending home, the arrest its first step
        kept = [(i, kind) for i, kind in found if kind != "arrest" or i + 2 not in home or self.lower[i + 1] != "and"]
        self.folded_arrest, found = len(kept) < len(found), kept
        if home and "rescue" in {kind for _i, kind in found}:
            # "In a rescue operation, 283 were flown home": the people's return is the news; the
            # rescue is how it is framed, no event of its own
            found = [(i, kind) for i, kind in found if kind != "rescue" or not self._began_return(i, home)]
        if {kind for _i, kind in found} & {"deportation", "extradition"}:
            # "extradited ... and brought back to China": one sending home, told twice
            found = [(i, kind) for i, kind in found if kind != "repatriation"]
        return found

    def _began_return(self, i: int, home: list[int]) -> bool:
        """The rescue word is the frame the sentence opens with ("In a major rescue operation, 283
        were flown home"); a rescue told as an act of its own ("were rescued and flown back") stays one."""
        return "in" in self.lower[max(0, i - 3):i] and "," in self.lower[i + 1:i + 3] and min(home) > i

    def _name_handover(self, kind: str) -> None:
        """A handover told as a repatriation that the story then names a deportation or extradition
        ("After receiving the deported group, ..."): it was that kind all along."""
        told = next((e for e in reversed(self.events) if id(e) in self.handed_over), None)
        if told is not None and told.type == "repatriation" and not any(e.type == kind and e.date == told.date for e in self.events):
            self._retype(told, kind)

    def _handover_kind(self) -> str:
        """A handover is the deportation, extradition or repatriation told before it, else a repatriation."""
        sent_home = [e for e in self.events if e.type in _SENDING_HOME]
        return sent_home[-1].type if sent_home else "repatriation"

    def _visitors(self, sent: Span, ents: list[Span], named_people: bool = True) -> bool:
        """A visit is an event when officials, an agency or a delegation make it, never tourists
        (``named_people``: a named person alone, officials' names being most of those that visit)."""
        words = set(self.lower[sent.start:sent.end])
        if words & _TOURISTS:
            return False
        makers = {"PERSON", "AGENCY", "ROLE"} if named_people else {"AGENCY", "ROLE"}
        return bool(words & _VISITING_OFFICIALS) or any(e.label_ in makers for e in ents)

    def _events_for(self, triggers: list[tuple[int, str]], dates: list[DateMention]) -> list[_Event]:
        """The events a sentence's words name: one per kind, by its date (or the one told before).
        The words after "follows" ("The raid follows a crackdown in March, when ...") name another,
        earlier happening: they are read apart, as no part of the subject's event."""
        self.trigger_at = [position for position, _kind in triggers]
        self.trigger_kinds = dict(triggers)
        told = [(i, self._operation_told(i) if kind == "raid" else kind) for i, kind in triggers]
        triggers = [(i, kind) for i, kind in told if kind is not None]  # (a diplomatic operation told before none)
        self.event_words = {}
        self.told_before = {id(e) for e in self.events}
        self.days_places = []
        split = self.follows
        groups = [triggers] if split is None else [[t for t in triggers if t[0] < split], [t for t in triggers if t[0] > split]]
        events: list[_Event] = []
        for k, group in enumerate(groups):
            events += [e for e in self._group_events(group, dates, self._raid_going_on() if k == 0 else None) if e not in events]
        self._named_now(events)
        home = [e for e in events if e.type in _SENDING_HOME]
        if home and self.sentence is not None:
            self.sent_home = (self.sentence.end, home[-1])
        return events

    def _group_events(self, triggers: list[tuple[int, str]], dates: list[DateMention], raid: _Event | None) -> list[_Event]:
        """The events one group of a sentence's event words names (see ``_events_for``)."""
        first_at: dict[str, int] = {}
        referring: set[str] = set()
        told_as: dict[str, _Event] = {}  # "the 64 arrested" after "detained 64 people": that detention
        for position, kind in triggers:
            if (held := self._held_people_again(position, kind)) is not None:
                told_as.setdefault(kind, held)
            first_at.setdefault(kind, position)
            if position > 0 and self.lower[position - 1] in _REFERRING and kind in self.last_of_type \
                    and not self._counts_its_own(position, self.last_of_type[kind]):
                referring.add(kind)  # "after the raid", "the team's arrival": the one told before
        if "raid" in (kinds := list(first_at)):
            kinds = [k for k in kinds if k not in _PART_OF_RAID]
            referring |= {"raid"} if self._arrests_were_the_raid(first_at, referring, dates) else set()
        events = []
        by_kind: dict[str, _Event] = {}
        for kind in kinds:
            chosen = told_as.get(kind) or self._named_event(kind, first_at, kind in referring, dates, raid)
            if chosen not in events:
                events.append(chosen)
            by_kind[kind] = chosen
        sentence_raid = by_kind.get("raid")
        for position, kind in triggers:  # "raided ... and arrested": the arrest word is the raid's too
            event = by_kind.get(kind) or (sentence_raid if kind in _PART_OF_RAID else None)
            if event is not None and kind in by_kind and position > first_at[kind]:
                event = self._second_of_kind(kind, position, first_at[kind], event, dates)
                if event not in events:
                    events.append(event)
            if event is not None:
                self.event_words.setdefault(id(event), []).append(position)
        return events

    def _counts_others(self, at: int, told: _Event | None, dates: list[DateMention]) -> bool:
        """The dated act word at ``at`` counts its own people, none of those the undated act of its
        kind told before counted (see ``other_counts``). After a dated act of the kind ("From 2017 to 2022,
        178 were detained. In 2019, 52 were detained"), the undated one before it is the one a date would
        be given to, so the one to compare with."""
        sent = self.sentence
        if told is not None and told.date:
            told = next((e for e in reversed(self.events) if e.type == told.type and not e.date and not e.period), None)
        if told is None or told.date or not told.counts or sent is None:
            return False
        in_a_date = {k for k in range(sent.start, sent.end) if any(d.start <= self.idx[k] < d.end for d in dates)}
        if min(sent.start + 1, sent.end - 1) not in in_a_date:
            return False  # (only a day the sentence opens on, "In January 2024, ...": a later day of the act told
            # is more often told after its verb, "were flown home on Friday")
        people = {k for k in range(sent.start, sent.end) if self.lower[k] in _PEOPLE_WORDS or self.doc[k].ent_type_ == "NORP"}
        return counts_others(self.lower, self.like_num, people, in_a_date, sent.start, sent.end, at, told.counts.values())

    def _held_people_again(self, position: int, kind: str) -> _Event | None:
        """"Police detained 64 people on July 8. The 64 arrested were gang members": "the" and the
        number of people an arrest or a detention told before held, before the other word for it,
        tell that act again; the one told before, or None."""
        if position < 2 or not self.like_num[position - 1] or self.lower[position - 2] != "the":
            return None
        return held_told_before(self.events, kind, number_value(self.words[position - 1]))

    def _counted_cases(self, i: int, sent: Span) -> bool:
        """"129 ongoing investigations", "some 40 probes": a plural act noun after a number of ten or
        more (past one word of description) counts cases, a tally, not one happening ("opened two
        special investigations into the case" tells the case's own)."""
        if not self.lower[i].endswith("s") or EVENT_TRIGGERS.get(self.lower[i]) != "investigation":
            return False
        return any(self.words[k].replace(",", "").isdigit() and int(self.words[k].replace(",", "")) >= 10
                   for k in range(max(sent.start, i - 2), i))

    def _counts_its_own(self, position: int, told: _Event) -> bool:
        """"with the arrest of almost 50 Taiwanese": an act noun "of" a number of people (past a word
        of about) that the act of its kind told before did not count counts people of its own, so
        "the" before it refers to nothing told before ("the repatriation of 283" after 283 were
        counted sent home is that one)."""
        k = position + 1
        if self.lower[k:k + 1] != ["of"]:
            return False
        k += 1
        while k < len(self.lower) and self.lower[k] in _BEFORE_ITS_NUMBER:
            k += 1
        if k >= len(self.lower) or not self.like_num[k]:
            return False
        number = self.words[k].replace(",", "")
        return not (number.isdigit() and int(number) in told.counts.values())

    def _raid_going_on(self) -> _Event | None:
        """The raid (or arrest operation) that arrests, rescues and seizures told now belong to; none
        once the story has moved on to another time ("... raided in November. In September police
        deported 164. These were arrested ..."). A warrant told with the raid ("on the strength of a
        warrant issued on Oct. 29") is its paper, not a move to another time."""
        raid = self.last_of_type.get("raid") or self.last_of_type.get("arrest")
        last = self.events[-1] if self.events else None
        if raid is not None and last is not None and last.type not in _PART_OF_RAID | _DURING_RAID | {"raid", "warrant"} \
                and last.date and last.date != raid.date:
            return None
        told = self.last_told  # (the event the sentences before named last, not the last one made)
        if raid is not None and told is not None and told is not raid and told.type in _PART_OF_RAID \
                and (told.period and not raid.period or told.date and raid.date and told.date != raid.date):
            return None  # "Last month, X rescued 240 from a hub in Y. Those rescued ...": that rescue, not today's raid
        return raid

    def _another_states_act(self, raid: _Event, at: int) -> bool:
        """"Myanmar troops raided the compound. Thai border police ... apprehended 18 people who fled":
        an act told after a raid by the body of another state than the raid's doers is that state's
        own act, not part of the raid (a body named before the act's word, in its sentence, not as
        the one the sentence is told "according to")."""
        sent = self.sentence
        if sent is None:
            return False
        doers = {code for e in self.ents if e.label_ == "AGENCY" and sent.start <= e.start and e.end <= at
                 and [w for w in self.lower[max(sent.start, e.start - 3):e.start] if w != "the"][-2:] != ["according", "to"]
                 and (code := _code_of(e))}  # ("According to the Vietnamese Embassy, local authorities rescued": its teller)
        if not doers:
            return False
        raiders = {self.batch.nodes[source].properties.get("country") for source, rel, target in self.edges
                   if rel is RelType.CONDUCTED and target == raid.node.key and source in self.batch.nodes}
        raiders.discard(None)
        return bool(raiders) and raiders.isdisjoint(doers)

    def _opening_country(self) -> Span | None:
        """The country a sentence opens on: "In Senegal, eight were apprehended"."""
        sent = self.sentence
        if sent is None or self.lower[sent.start] != "in":
            return None
        return next((e for e in self.ents if e.label_ == "COUNTRY" and e.start == sent.start + 1
                     and self.words[e.end:e.end + 1] == [","]), None)

    def _opens_on_another_country(self, told: _Event) -> bool:
        """"Kenyan police arrested 120 ... In Senegal, eight were apprehended": an act a sentence places
        in another country than the one told before is its own."""
        country = self._opening_country()
        if country is None:
            return False
        places = {target for source, rel, target in self.edges if source == told.node.key and rel is RelType.OCCURRED_AT}
        node = self.span_node.get((country.start, country.end))
        return node is not None and node.key not in places

    def _one_countrys_act(self, at: int) -> bool:
        """"Police in 14 countries arrested 410 ... Kenyan police arrested 120" ("In Senegal, eight were
        apprehended"): after an operation counted across countries, an act that one country's body does,
        or that a sentence opening on a country places there, is that country's part, an act of its own."""
        sent = self.sentence
        if sent is None:
            return False
        return self._opening_country() is not None \
            or any(e.label_ == "AGENCY" and sent.start <= e.start and e.end <= at and _code_of(e) for e in self.ents)

    def _after_a_crossing(self, at: int) -> bool:
        """"Thailand has detained 412 people who had crossed over to Mae Sot": an act
        on people who crossed out of the raided place, done on the other side, not part of the raid."""
        end = self.sentence.end if self.sentence is not None else len(self.lower)
        after = self.lower[at + 1:min(end, at + _CROSSING_REACH)]
        return any(w in {"crossed", "crossing"} and after[max(0, k - 2):k] and not {"after", "who", "having", "upon"}.isdisjoint(
            after[max(0, k - 2):k]) for k, w in enumerate(after))

    def _another_force(self, told: _Event, at: int) -> bool:
        """"Only days earlier, the Pune police arrested four agents. Meanwhile, the Odisha police have
        arrested two": a named police body, none of those that did the act told before, opens the
        sentence of this one: another force's act."""
        sent = self.sentence
        if sent is None:
            return False
        doers = {key for e in self.ents if e.label_ == "AGENCY" and sent.start <= e.start and e.end <= at
                 and (node := self.span_node.get((e.start, e.end))) is not None and (key := node.key)}
        done_by = {source for source, rel, target in self.edges if rel is RelType.CONDUCTED and target == told.node.key}
        return bool(doers) and bool(done_by) and doers.isdisjoint(done_by)

    def _named_event(self, kind: str, first_at: dict[str, int], referring: bool, dates: list[DateMention],
                     raid: _Event | None) -> _Event:
        """The event the first word of this kind names: the one told before, the raid it is part of,
        or one of its own date."""
        at = first_at[kind]
        told = self.last_of_type.get(kind)
        if (home := self._return_called_rescue(kind, at, told)) is not None:
            return home
        if told is not None and (self._marks_the_told() or not _MARKING_PARTICIPLES.isdisjoint(self.lower[max(0, at - 4):at])):
            return told  # "This marks the first group of suspects repatriated from Laos this year", "..., marking
            # the largest repatriation of fraud suspects": the one told
        if self.sentence is not None:  # ("an extradition approved by a Thai court in 2024": the approval's year)
            dates = [d for d in dates if not dated_decision(self.lower, self.idx, at, self.sentence.end, d)
                     and not _SCHEDULED.search(self.text[max(0, d.start - 60):d.start])  # ("is set for April 21")
                     and not self._day_of_a_future(d)  # ("the hearing on Monday would ask": a day to come)
                     and not (kind in _SENDING_HOME and self._dates_a_noun_after(d, at))]
        if referring and told is not None and (id(told) in self.said_dated or not told.date):
            # "the handover occurred on 23 June": the event told before gets its own day (not "The handover
            # was originally scheduled for March 2": a day it was meant to happen)
            day = self._nearest_date(at, dates, strict=True)
            if day is not None and day.period and self.text[max(0, day.start - 6):day.start].lower().rstrip().endswith("since"):
                day = None  # "since last year's crackdown": a span up to now, no day of the act told before
            if day is None or not any(at < t and self.idx[t] < day.start and _family(EVENT_TRIGGERS.get(self.lower[t]))
                                      != _family(told.type) for t in self.trigger_at):
                self._redate(told, day)  # (not "the operation that stemmed from raids on March 20": the raids' day)
        # "departed on Aug. 19 to arrest them": the trip's day ("were able to escape in May": its own)
        purpose = self.lower[at - 1] == "to" and self.lower[at - 2] not in _DONE_BY_TO \
            and not carriers_sent(self.lower[max(0, at - 10):at - 1]) \
            and not done_together(self.lower, at - 1, self.sentence.start if self.sentence is not None else 0)
        # ("deployed two flights to repatriate ... on Monday", "led officers to raid a house on Monday")
        earlier = self._missions_before(at)  # ("Last year, in May, ... These missions freed 150")
        if earlier is not None and raid is not None and earlier.value == raid.date:
            earlier = None  # ("Between January and June, police carried out 63 raids. These operations led to ...": the raids')
        when = None if referring or purpose else self._nearest_date(at, dates, strict=self._recent(at)) or earlier
        if when is None and not referring and not purpose:
            when = self._same_day(kind)
        if not referring and not purpose:
            when = self._bounded_month(at, when, dates, self._campaign(kind, at))
            when = self._act_before_raid(kind, at, self._on_the_journey(kind, at, when), dates, first_at)
        if when is not None and self.sentence is not None:  # ("were flown home: 50 on 2 June and 25 on 3 June")
            when = batch_days(self.lower, self.like_num, self.idx, at, self.sentence.end, dates, when) or when
        if when is not None and described_past(self.doc, self.words, self.lower, self.like_num, self.idx, self.sentence,
                                                 at, when):
            when = None  # "deported on Sunday 50 Chinese arrested in a raid": the raid is their past, undated
        if when is not None and kind == "death" and not when.period and self.sentence is not None \
                and after_a_finding(self.lower, at, self.sentence.start):
            when = None  # "on Monday the court found them guilty of ... killing 14 Chinese": the deaths came before
        if when is not None and self._people_named_by_their_past(at):
            when = None  # "Nine of the freed Peruvians departed on Friday": Friday is the leaving's, the rescue told before
        if when is not None and when.value and self.sentence is not None \
                and names_the_taken(self.lower, self.like_num, at, self.sentence.start) \
                and day_told_before(when.value, ((e.type, e.date) for e in self.events)):
            when = None  # "raided a house on March 3 ... The people we arrested last week were couriers": that raid's
        if when is not None and self.sentence is not None and had_done_in_a_report(
                self.lower, self.sentence.start, at, bisect.bisect_left(self.idx, when.end)):
            when = None  # "A week ago, envoys checked that 40 Laotians had been held": the checking's day
        if when is not None and self._in_object_relative(at):
            when = None  # "In September, police raided a zone run by a tycoon whom the US has sanctioned": his past
        if when is not None and kind == "investigation" and self._found_days(at, when):
            when = None  # "Investigations have revealed that he flew to Lotland in 2023": the finding's day
        if when is not None and kind != "investigation" and _inquirys_subject(self.lower, at, self.idx, when):
            when = None  # "Police on Monday widened their probe into the death of a man": Monday is the probe's
        if when is not None and self._another_acts_day(kind, at, when):
            when = None  # "was arrested in Chiang Rai after returning to escape the crackdown in March": the crackdown's
        if when is not None and self._subjects_past_day(at, when):
            when = None  # "One of the 18 Malaysians rescued ... on April 9, was arrested": the rescue's day
        if when is not None and told is not None and told.date and id(told) not in self.told_apart \
                and _said_on(when, self.text):
            when = None  # "arrived on Sunday. ... has arrived, a source said on Monday": the one told before
        after_follows = self.follows is not None and at > self.follows  # ("The return comes a month after the
        # government brought back 300 nationals": what it came after is another act, never the return told)
        sent_home = None if after_follows else self._sent_home_as(kind, when, at) or self._rescue_was_raid(kind, when, first_at)
        arriving = self.sentence is not None and arrested_on_arrival(self.lower, at, self.sentence.start,
                                                                     self.sentence.end, kind)
        # ("A second group of 150 Indonesians was repatriated": an act of its own, not the first's)
        # (only after one of its kind: "A second batch of 150 ... was repatriated" may open the story)
        further = (next_batch(self.lower, self.like_num, self.sentence.start if self.sentence is not None else 0, at)
                   or kind == "raid" and another_site(self.lower, at, self.sentence.end if self.sentence is not None else len(self.lower))) \
            and any(e.type == kind for e in self.events) \
            or kind in _PART_OF_RAID and more_as_object(self.lower, self.like_num, at) \
            and any(e.type == "raid" for e in self.events)
        # ("raided a house on Monday. Police later detained another 40": people the raid did not take)
        if sent_home is not None:
            chosen = sent_home  # "extradited on Saturday ... brought back on two chartered flights": one
        elif kind in _PART_OF_RAID and raid is not None and not arriving and not self._no_operation(kind, raid) \
                and earlier is None \
                and self.lower[at] not in _REMANDS \
                and not before_the_raid(self.lower, at, raid.date) and not told_as_another(self.lower, at) \
                and not self._told_apart_by_lead(at) and not further and not self._another_states_act(raid, at) \
                and not (id(raid) in self.worldwide and self._one_countrys_act(at)) \
                and _CROSSED.isdisjoint(self.lower[at + 1:at + 4]) and not self._after_a_crossing(at) \
                and not (raid.type == "arrest" and not raid.date and self._another_force(raid, at)) \
                and (self._part_of(raid, when, at) or self._dates_the_raid(raid, when)):
            chosen = raid  # "Officers found 86 people ..." after a raid: the raid's, not a new event
        elif kind in _DURING_RAID and when is None and raid is not None and on_the_raids_days(raid.date, raid.period) \
                and _AROUND.isdisjoint(self.lower[max(self.sentence.start if self.sentence else 0, at - 6):at]):
            # "officers seized 300 phones", "hundreds fled during the raid": its day ("... after two escaped": none)
            chosen = self._event(kind, DateMention(0, 0, "", raid.date), fresh=True)
        else:
            shifted = self._shifted(kind, when)
            # ("The raid follows a crackdown in March, when ...": what the event told follows is another)
            told_raid = self.last_of_type.get(kind) if kind == "raid" and when is None and shifted is None else None
            abroad = told_raid is not None and self._abroad_of(told_raid, at)  # (raids told in another country)
            told_arrest = self.last_of_type.get(kind) if kind == "arrest" and when is None and shifted is None else None
            abroad = abroad or told_arrest is not None and not told_arrest.date and (
                self._another_force(told_arrest, at) or self._opens_on_another_country(told_arrest))
            another = self._another(at) or shifted is not None or self.follows is not None and at > self.follows or abroad \
                or self.sentence is not None and a_campaign_of_its_own(self.lower, at, self.sentence.start, when) \
                or when is not None and bool(when.value) and self._counts_others(at, told, dates) \
                or self.sentence is not None and told_ago(self.lower, self.sentence.start, at) \
                or not (when is not None and when.value) and self._told_with_its_own(told) \
                and ago_after(self.lower, at, len(self.lower)) \
                or self.sentence is not None and in_an_outdone_record(self.lower, at, self.sentence.start)
            earlier_rule = self.sentence is not None and under_an_earlier_rule(self.lower, self.sentence.start,
                                                                               self.sentence.end, at)
            another = another or earlier_rule  # ("under the previous government, 8,000 were also deported")
            apart = (another or further) and when is None and shifted is None and (
                not _OTHERS.isdisjoint(self.lower[max(0, at - 5):at]) or self._told_apart_by_lead(at) or further or abroad
                or earlier_rule)
            # (a further batch is new, but the story's own: what is told of it next is told of it)
            chosen = self._event(kind, when or shifted, fresh=another or further, campaign=self._campaign(kind, at), apart=apart)
            if another:
                self.told_apart.add(id(chosen))  # "Earlier, 14 others were rescued": not the story's own
        given = when is not None and verdict_word(self.lower[at]) and verdict_told_on(self.text, when.end, self.idx[at])
        if when is not None and _said_on(when, self.text) and chosen.date == when.value and not given:  # (not "the court
            # on Friday announced its verdict": a verdict is given by telling it, on its own day)
            self.said_dated.add(id(chosen))  # dated by "police said Monday ...": until told better
            self.said_by[id(chosen)] = when.start
            if self._speaker_did_it(when) or kind == "sanction" and announced_after(self.text, self.idx[at] + len(self.words[at]), when):
                self.own_telling.add(id(chosen))  # "the military said on Monday it had raided", "sanctions announced on
                # March 17": its own day
        elif when is not None and chosen.date == when.value:
            self.said_dated.discard(id(chosen))  # "They were brought home on Wednesday": the act's own day
        if self.lower[at] in _HANDING:
            self.handed_over.add(id(chosen))
        if self.lower[at] in _REMANDS:
            self.remands.add(id(chosen))  # a court's act after the arrest, never the arrest's own custody
        if arriving and chosen.type == kind:
            self.on_arrival.add(id(chosen))  # "arrested upon their arrival": no raid takes it over
        return chosen

    @staticmethod
    def _told_with_its_own(told: _Event | None) -> bool:
        """The act of the kind told before has a count or a day of its own, which an act "two weeks
        ago" (undated, with no day of publication) would overwrite if merged into it."""
        return told is not None and bool(told.counts or told.date or told.node.properties.get("date_text"))

    def _expected(self, i: int, sent: Span) -> bool:
        """"expects further arrests and deportations next week": acts a body expects, in its clause."""
        for k in range(i - 1, max(sent.start, i - 5) - 1, -1):
            if self.lower[k] in {",", ";", ":"}:
                return False
            if self.lower[k] in _EXPECTING:
                return True
        return False

    def _day_of_a_future(self, day: DateMention) -> bool:
        """The day is told with a future right after it, for a noun before it: "the hearing on
        Monday would ask ..." (a day still to come), not "those arrested on Monday will face ..."."""
        return bool(_FUTURE_AFTER.match(self.text, day.end)) \
            and not PARTICIPLE_BEFORE.search(self.text, max(0, day.start - 30), day.start)

    def _dates_a_noun_after(self, day: DateMention, at: int) -> bool:
        """"handed over after being held in February raids": a month written right before another
        act's noun dates that act, not the sending home at ``at`` (an arrest "when" told after "a July
        crackdown" is part of it, and shares its month)."""
        k = bisect.bisect_left(self.idx, day.end)
        return k < len(self.lower) and k != at and EVENT_TRIGGERS.get(self.lower[k]) is not None \
            and not self.lower[k].endswith("ed") and not any(ch.isdigit() for ch in day.text)

    def _people_named_by_their_past(self, at: int) -> bool:
        """The act word at ``at`` is a participle before people as their adjective ("the rescued
        Indians", "these deported workers", "45 rescued Laotians crossed on Thursday"): it names them by
        an act told before, not dated here."""
        return self.lower[at].endswith("ed") and at > 0 and (self.lower[at - 1] in {"the", "these", "those"}
                                                             or self.like_num[at - 1] and self.words[at - 1].isalnum()
                                                             and EVENT_TRIGGERS.get(self.lower[at]) not in _SENDING_HOME) \
            and at + 1 < len(self.lower) and (self.doc[at + 1].ent_type_ == "NORP" or self.lower[at + 1] in _PEOPLE_WORDS)

    def _marks_the_told(self) -> bool:
        """The sentence opens on a pronoun for the act told before and says what it was: "This marks
        the first group repatriated this year", "It was the largest such return"."""
        sent = self.sentence
        if sent is None or sent.end - sent.start < 3:
            return False
        return self.lower[sent.start] in {"this", "it", "that"} and self.lower[sent.start + 1] in _MARKING \
            and self.lower[sent.start + 2] in {"the", "a", "an", "its", "their", "one"}  # (not "It was on June 6
        # when NBI agents raided a rented house": a cleft that tells the act and its day)

    def _return_called_rescue(self, kind: str, at: int, told: _Event | None) -> _Event | None:
        """"The Philippines repatriated 64 citizens on Thursday. The rescue was coordinated by the
        embassy" ("the embassy coordinated the rescue"): a sentence that opens on "the rescue" (or
        tells it as what a body arranged), with no rescue told before it and no number
        or day of its own, names the return told before (the story's whole act of bringing them out),
        not a rescue of its own. The return, else None."""
        sent = self.sentence
        if kind != "rescue" or told is not None or sent is None or at - 1 <= sent.start and at != sent.start + 1 \
                or self.lower[at - 1] != "the" or at != sent.start + 1 and self.lower[at - 2] not in _ARRANGING:
            return None
        homes = [e for e in self.events if e.type in _SENDING_HOME and id(e) not in self.told_apart]
        if len(homes) != 1 or any(self.like_num[sent.start:sent.end]):
            return None
        return homes[0]

    def _same_day(self, kind: str) -> DateMention | None:
        """"On the same day, in a second raid, four others were held": the day of the latest event
        of the same kind told with a single day, else of the latest event told with one (none when
        the sentence names no such day, or no event has one)."""
        if self.sentence is None or "same" not in self.lower[self.sentence.start:self.sentence.end]:
            return None  # (most sentences: no "same" at all)
        found = _SAME_DAY.search(self._text(self.sentence))
        dated = [event for event in self.events if len(event.date) == 10 and not event.period]
        if found is None or not dated:
            return None
        # ("since January, 226 had been deported" between: a tally's span is no day; "arrested on
        # January 8" told in passing: "10 were deported on the same day" is the deportation's day)
        same_kind = next((event for event in reversed(dated) if event.type == kind), None)
        latest = next((event for event in reversed(self.events) if event.date), None)
        if same_kind is None and latest is not None and latest is not dated[-1] and len(latest.date) < 10:
            return None  # "charged him in October. On the same day, X was sanctioned": that act's day, untold
        last = (same_kind or dated[-1]).date
        start = self.sentence.start_char + found.start()
        return DateMention(start, start + len(found.group(0)), found.group(0), last)

    def _speaker_did_it(self, when: DateMention) -> bool:
        """"The military said on Monday it had raided ...": the speaker tells its own act on the day it
        speaks ("it", "they" right after the day, past "that")."""
        k = bisect.bisect_left(self.idx, when.end)
        while k < len(self.lower) and self.lower[k] in {"that", ","}:
            k += 1
        return k < len(self.lower) and self.lower[k] in {"it", "they"}

    @staticmethod
    def _no_operation(kind: str, raid: _Event) -> bool:
        """"Police arrested the bosses of a scam hub on Tuesday, March 24. 162 workers were rescued":
        an arrest told with its day is an operation, and the rescue told next is part of it. An arrest
        told with no day ("the CBI has arrested two agents", "were recently arrested in a crackdown")
        is a case, not an operation: a rescue told after it ("the government facilitated the rescue
        of victims", "two other victims had previously been rescued") is an event of its own."""
        return kind == "rescue" and raid.type == "arrest" and (len(raid.date) != 10 or raid.period)

    def _finish_event(self, event: _Event) -> None:
        props = event.node.properties
        if event.date:
            props["date"] = event.date
        if event.period:
            props["period"] = True
        for key, value in event.counts.items():
            props[f"count_{key}"] = value
        self._finest_places(event)
        where = next((self.batch.nodes[e.target].name for e in self.edges.values()
                      if e.source == event.node.key and e.type is RelType.OCCURRED_AT), "")
        event.node.name = " ".join(filter(None, [event.type, f"in {where}" if where else "", event.date]))


#: Prefixes that make an act's word the name of a fight against it: "anti-kidnapping police".
_AGAINST = frozenset({"anti", "counter"})


#: Words that open the place an act was done from or at: "deported from Lotland", "rescued in Zorvan"
_PLACE_OPENERS = frozenset({"from", "in", "at", "to", "by"})


def _past_its_place(words: list[str], lower: list[str], j: int) -> int:
    """The position past the one place phrase that may follow an act word ("from Lotland", "in the
    Zorvan province", "by Lotland police"): a word that opens it and up to four words of a name
    after it; ``j`` where none follows. (A relative clause's day comes after it: "who were deported
    from Lotland Friday evening".)"""
    if lower[j:j + 1] == [] or lower[j] not in _PLACE_OPENERS:
        return j
    k = j + 1
    while k < min(len(words), j + 6) and (words[k][:1].isupper() and lower[k] not in CALENDAR_WORDS
                                          or lower[k] in {"the", "'s", "’s"}):
        k += 1
    return k if k > j + 1 and words[k - 1][:1].isupper() else j


def _against(lower: list[str], i: int, start: int) -> bool:
    """"Anti-kidnapping police", "the anti-trafficking unit": a unit named for the crime it fights
    tells no act of that crime."""
    return i - 2 >= start and lower[i - 1] == "-" and lower[i - 2] in _AGAINST or i - 1 >= start and lower[i - 1] in _AGAINST


#: Whom a crackdown on dissent falls on: no raid on a scam operation
_DISSENT = frozenset({"protest", "protests", "protesters", "protestors", "demonstrators", "demonstrations", "dissent",
                      "dissidents", "opposition", "activists", "journalists", "media", "critics", "students"})


def _on_dissent(lower: list[str], i: int, end: int) -> bool:
    """"a violent crackdown on anti-coup protests": a crackdown on dissent, not on scam operations."""
    if lower[i] not in {"crackdown", "crackdowns"} or i + 1 >= end or lower[i + 1] not in {"on", "against"}:
        return False
    return not _DISSENT.isdisjoint(lower[i + 2:min(end, i + 7)])


#: Verbs of a trend after plural raids: "as crackdowns grow", "as raids intensify"
_GROWING = frozenset({"grow", "grew", "intensify", "intensified", "increase", "increased", "mount", "mounted",
                      "spread", "spreads", "widen", "widened", "continue", "continued", "tighten", "tightened"})


def _despite(lower: list[str], i: int, start: int) -> bool:
    """"compounds keep running despite (repeated) crackdowns": raids told as what failed to
    stop something, in general, are no event of the story."""
    lead = lower[max(start, i - 3):i]
    if lower[i].endswith("s") and lead[-1:] == ["as"] and i + 1 < len(lower) and lower[i + 1] in _GROWING:
        return True  # "crime groups adapt as crackdowns grow": raids in general, a trend
    return "despite" in lead and lower[i].endswith("s")


def _family(kind: str | None) -> str | None:
    """The kind of an act, sending people home of any sort counted as one ("returned ... with
    deportation notices" tells the deportation told before)."""
    return "sending home" if kind in _SENDING_HOME else kind
