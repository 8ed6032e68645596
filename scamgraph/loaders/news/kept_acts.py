"""Which of a sentence's event words are kept (``KeptActs._kept``): those told in passing are
dropped, such as a relative clause of the people's past, a crackdown behind an arrest, tourists
visiting, papers taken or held, hearsay, a prospect or a tally of cases. The tests that need only
the words are ``seeming_acts.py``; the words themselves are found by ``act_words.py``."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.acts_not_done import among_penalties, death_as_penalty
from scamgraph.loaders.news.asides import _WAITING_FOR, EventAsides
from scamgraph.loaders.news.attributive import attributive, counted_speaker, hyphened_to_doer
from scamgraph.loaders.news.charged_things import a_device_charged
from scamgraph.loaders.news.event_triggers import _PART_OF_RAID, EVENT_TRIGGERS
from scamgraph.loaders.news.figurative_flights import escapes_a_hardship, fleeing_as_a_kind
from scamgraph.loaders.news.fled_sites import fled_a_site
from scamgraph.loaders.news.freed_then_sent import freed_before_sent_home
from scamgraph.loaders.news.idle_count_verbs import booked_for_a_crime
from scamgraph.loaders.news.journeys import _VISITING_OFFICIALS
from scamgraph.loaders.news.national_campaigns import national_campaign
from scamgraph.loaders.news.praised_acts import praised_operation
from scamgraph.loaders.news.press_work import press_reports_of, press_work
from scamgraph.loaders.news.pressed_trends import acts_on_the_rise, cases_on_the_rise, pressed_trend
from scamgraph.loaders.news.releases import released_a_paper
from scamgraph.loaders.news.seeming_acts import (
    _a_crime_charged,
    _a_scammers_tale,
    _compared_to_others,
    _despite,
    _details_told_of,
    _judged_as,
    _nth_time_that,
    _on_dissent,
    _a_record_of_times,
)
from scamgraph.loaders.news.status_brackets import in_a_status_bracket
from scamgraph.loaders.news.tallies import in_a_total
from scamgraph.loaders.news.titled import in_a_title
from scamgraph.loaders.news.visits_unmade import no_visit_made
from scamgraph.loaders.news.wanted_lists import on_a_wanted_list, standing_warrants
from scamgraph.loaders.news.war_operations import war_operation
from scamgraph.loaders.news.words import (
    _BACKGROUND_RAIDS,
    _NAMED_AFTER,
    _PROSPECT,
    _TOURISTS,
    OF_THEIR_OWN_ACCORD,
    SENDING_HOME,
    a_rewards_aim,
)
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS

#: Kinds whose participle before a noun names things or people by an act told elsewhere ("the seized
#: phones", "as blacklisted foreign nationals"), no act of its own
_NAMED_BY_PARTICIPLE = frozenset({"seizure", "sanction", "raid"})
#: Acts done to a group that a lead may tell only in a relative clause ("Five X who were rescued ...")
_ACTS_ON_GROUPS = frozenset({"rescue", "arrest", "detention", "repatriation", "deportation"})
#: "a crackdown resulted in the arrest of ...": the crackdown is the event, the arrests its outcome
_RESULTED = {"resulted", "resulting", "led"}
#: A campaign pressed harder or kept going ("intensify the crackdown", "their continued crackdown")
_CAMPAIGNS = {"crackdown", "crackdowns"}
_PRESSED = {"intensify", "intensifies", "intensified", "intensifying", "continued", "continuing", "redouble",
            "redoubled", "heightened", "escalated", "escalating", "stepped-up", "tighten", "tightened", "ongoing"}
_STEP = {"step", "steps", "stepped", "stepping"}
_CAMPAIGN_FILLERS = {"the", "its", "their", "his", "her", "a", "an", "our", "this", "that"}
#: "they face charges", "he faces a warrant": laid already, unlike "facing (criminal) investigations"
_LAID = frozenset({"charge", "warrant"})
#: Verbs of acts a body looks forward to
_EXPECTING = frozenset({"expects", "expect", "expecting", "anticipates", "anticipate", "foresees", "predicts"})
#: Words of a thing foreseen before "to": "are expected to lead to extraditions", "likely to bring arrests"
_FORESEEN = frozenset({"expected", "likely"})
#: Adverbs that put a relative clause's act before the story's: "who had previously been deported"
_EARLIER = frozenset({"previously", "earlier", "once", "formerly", "already", "before"})
_OWN = frozenset({"their", "his", "her", "workers'", "victims'"})
#: Words of a journey anyone may make, unlike "visit"
_TRIPS = frozenset({"trip", "trips"})
#: Money told right before a handover, which makes it the money's: "collected cash through handovers"
_MONEY = frozenset({"cash", "money", "funds", "gold", "jewellery", "jewelry", "valuables", "proceeds", "payments"})
#: What victims hand over to scammers: "victims made a handover of cash and gold bars" is no one's return
_VALUABLES = frozenset({"cash", "money", "gold", "funds", "valuables", "jewellery", "jewelry", "savings", "assets",
                        "cryptocurrency", "crypto", "bitcoin", "payments", "payment", "bank", "their"})
_PAPERS = frozenset({"passport", "passports", "documents", "papers", "identification", "ids", "phones", "devices", "belongings"})
#: "alleged to have escaped", "believed to have been trafficked": what someone claims happened
_HEARSAY = frozenset({"alleged", "alleges", "claimed", "claims", "claiming", "said", "reported", "believed",
                      "thought", "rumoured", "rumored", "purported"})

#: Nouns of word reaching someone of an act ("notification of the arrests"): the act told before, not one then
_NEWS_OF = frozenset({"notification", "notice", "news", "word", "confirmation", "reports", "report"})
#: Papers named after a visit: "entered using social visit passes", "on visit visas" (a kind of stay, no visit told)
_VISIT_PAPERS = frozenset({"pass", "passes", "visa", "visas", "permit", "permits"})


class KeptActs(EventAsides):
    """Drops the event words a sentence tells in passing (mixed into ``ActWords``)."""

    def _news_of_the_told(self, i: int, kind: str) -> bool:
        """"After being notified of the arrests on June 2": word of an act the story told
        before (the raid that made them), which the day and places of this sentence are not."""
        k = i - 1 - (self.lower[i - 1] == "the")
        if k < 1 or self.lower[k] != "of" or self.lower[k - 1] not in _NEWS_OF:
            return False
        return any(e.type == kind or kind in _PART_OF_RAID and e.type == "raid" for e in self.events)

    def _kept(self, found: list[tuple[int, str]], sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        """Drop words told in passing: a relative clause of the people's past, a crackdown behind an
        arrest, tourists visiting, a prospect or a place named after an event."""
        # "14 Nepalis who were unlawfully detained": the people's past, told in passing, no event
        last = max((i for i, _kind in found if _WAITING_FOR.isdisjoint(self.lower[max(sent.start, i - 2):i])),
                   default=-1)  # (an act told after the clause's is the sentence's news; not one only awaited:
        # "Six Sabahans who were freed ... are awaiting repatriation")
        # ("flew home 95 Zorvanians who had fled the compound": how they got free)
        self.freed_clauses = {i: who for i, kind in found if kind not in self.last_of_type and (
            who := freed_before_sent_home(self.lower, self.doc, i, kind, sent.start, found,
                                          self._own_verb_group(i, sent))) is not None}  # type: ignore[attr-defined]
        found = [(i, kind) for i, kind in found if not (self._in_relative_clause(i, sent)
                                                        and kind != "kidnapping"  # (the crime done to them: its own act)
                                                        and not (i == last and self._first_told_of_counted(i, kind, sent))
                                                        and i not in self.freed_clauses
                                                        and not self._dates_the_told(i, kind)
                                                        and not (kind == "escape" and fled_a_site(self.lower, self.doc, i, sent.end)))
                 and not self._alternative(i, sent)
                 and not self._hearsay(i) and not (kind == "seizure" and self._papers_taken(i, sent))
                 and not (kind == "arrest" and a_rewards_aim(self.lower, i, sent.start))
                 and not self._expected(i, sent)  # "The bureau expects more arrests and deportations": none yet
                 and not pressed_trend(self.lower, self.like_num, i, sent.start, sent.end)  # "increased raids": a trend
                 and not cases_on_the_rise(self.lower, i, sent.start)  # "a rise in cases of X being held": a trend
                 and not acts_on_the_rise(self.lower, self.like_num, i, sent.start, sent.end)  # "Arrests are rising"
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
                 and not (kind in _RECORDED_KINDS and _a_record_of_times(self.lower, i, sent.end))  # "jailed four times"
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
        if {kind for _i, kind in found} & (_PART_OF_RAID | SENDING_HOME):
            # "arrested in a crackdown", "brought back in their continued crackdown": the arrest or the
            # return is the event, the crackdown its background ("a crackdown resulted in the arrest
            # of ...": told first, the crackdown is the event)
            first_part = min(i for i, kind in found if kind in _PART_OF_RAID | SENDING_HOME)
            # ("detained after a crackdown by the Merrow police": a crackdown with its own agent is
            # an operation of its own)
            found = [(i, kind) for i, kind in found if self.lower[i] not in _BACKGROUND_RAIDS
                     or (i < first_part and _RESULTED & set(self.lower[i:first_part]))
                     or self._own_agent(i, ents)]
        if any(kind == "visit" for _i, kind in found) and not self._visitors(sent, ents):
            found = [(i, kind) for i, kind in found if kind != "visit"]  # tourists visiting: no event
        if any(self.lower[i] in _TRIPS for i, _kind in found) and not self._visitors(sent, ents, named_people=False):
            # "With him and Orlen on the trip were a few other Zorvanians": anyone's journey; a
            # trip is an official visit only where a body or an official makes it
            found = [(i, kind) for i, kind in found if self.lower[i] not in _TRIPS]
        # "to press for faster repatriations", "awaiting deportation": a wish or a prospect, not an event;
        # "a deportation facility": a place (a phrase's own head, the "order" of "mission order", is no such name)
        # ("raided offices", "raided the headquarters": a verb in the past and its object, no such name)
        return [(i, kind) for i, kind in found if (i + 1 >= sent.end or self.lower[i + 1] not in _NAMED_AFTER
                                                   or self.lower[i] not in EVENT_TRIGGERS or self.lower[i].endswith("ed"))
                and not (kind not in _LAID and not _PROSPECT.isdisjoint(self.lower[max(sent.start, i - 2):i]))]

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

    def _visitors(self, sent: Span, ents: list[Span], named_people: bool = True) -> bool:
        """A visit is an event when officials, an agency or a delegation make it, never tourists
        (``named_people``: a named person alone, officials' names being most of those that visit)."""
        words = set(self.lower[sent.start:sent.end])
        if words & _TOURISTS:
            return False
        makers = {"PERSON", "AGENCY", "ROLE"} if named_people else {"AGENCY", "ROLE"}
        return bool(words & _VISITING_OFFICIALS) or any(e.label_ in makers for e in ents)

    def _counted_cases(self, i: int, sent: Span) -> bool:
        """"129 ongoing investigations", "some 40 probes": a plural act noun after a number of ten or
        more (past one word of description) counts cases, a tally, not one happening ("opened two
        special investigations into the case" tells the case's own)."""
        if not self.lower[i].endswith("s") or EVENT_TRIGGERS.get(self.lower[i]) != "investigation":
            return False
        return any(self.words[k].replace(",", "").isdigit() and int(self.words[k].replace(",", "")) >= 10
                   for k in range(max(sent.start, i - 2), i))

    def _expected(self, i: int, sent: Span) -> bool:
        """"expects further arrests and deportations next week": acts a body expects, in its clause;
        so too what something "is expected to" or "likely to" bring ("The arrests are expected to
        lead to extraditions")."""
        for k in range(i - 1, max(sent.start, i - 5) - 1, -1):
            if self.lower[k] in {",", ";", ":"}:
                return False
            if self.lower[k] in _EXPECTING or self.lower[k] in _FORESEEN and self.lower[k + 1] == "to":
                return True
        return False


#: Words that open the place an act was done from or at: "deported from Lotland", "rescued in Zorvan"
_PLACE_OPENERS = frozenset({"from", "in", "at", "to", "by"})


#: Acts a person's record counts in times ("had been jailed four times", "arrested twice")
_RECORDED_KINDS = frozenset({"charge", "arrest", "detention", "sentencing", "conviction"})


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
