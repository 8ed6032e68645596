"""The verb that governs counted people: which relation ("deported", "rescued", "arrested")
a number of people gets, read from the words told around their noun phrase.

This module picks among the readings and keeps the screens that void them (the people harmed,
smuggled, found safe, speaking); the readings themselves live apart: ``plain_count_verbs`` (the verb
right after or before the people), ``clause_verbs`` (the verb of their clause past what describes
them), ``told_as_done`` (whether a verb tells an act done) and ``home_countries`` (the country
they were brought home to)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.act_nouns import EVENT_NOUNS as _EVENT_NOUNS
from scamgraph.loaders.news.averted_acts import hard_to_do
from scamgraph.loaders.news.count_leads import CountLeads
from scamgraph.loaders.news.count_subjects import CountSubjects
from scamgraph.loaders.news.count_verbs import GOODS_VERBS, GOING_THROUGH, _COUNT_VERBS, evacuated_home
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.gang_receivers import counted_receivers
from scamgraph.loaders.news.held_captive import RAID_NOUNS
from scamgraph.loaders.news.held_places import held_by_a_place
from scamgraph.loaders.news.home_countries import _HOMEWARD, HomeCountries
from scamgraph.loaders.news.listed import last_item_end, list_before_clause, list_before_verb
from scamgraph.loaders.news.moved_to import MovedTo
from scamgraph.loaders.news.plain_count_verbs import PlainCountVerbs
from scamgraph.loaders.news.releases import freed_at, released_a_paper
from scamgraph.loaders.news.set_off_phrases import SetOffPhrases
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.tallies import Tallies
from scamgraph.loaders.news.words import _PEOPLE_WORDS, SAYS, SPEAKING, _BE, things_of
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS, POSSESSIVE_MARKS
from scamgraph.model import RelType

#: Verbs whose object is the people harmed ("defrauding 869 South Koreans").
_DEFRAUD = {"defrauding", "defrauded", "scamming", "scammed", "cheating", "cheated", "duping", "duped", "swindling",
            "swindled", "deceiving", "deceived", "luring", "lured", "tricking", "tricked", "enticing", "enticed",
            "trafficking"}
_VICTIMS: tuple[RelType | None, str, str] = (RelType.AFFECTED, "victims", "")
#: Acts done to suspects, never to the victims a count names
_HELD_OR_CHARGED = frozenset({RelType.ARRESTED, RelType.DETAINED, RelType.CHARGED})
#: Verbs of what a recruiter or trafficker did with people, and the words before them that put them
#: in the accused's clause ("arrested for allegedly sending", "agents who sent", "involved in recruiting")
_RECRUITER_VERBS = frozenset({"sending", "sent", "recruiting", "recruited", "selling", "sold", "dispatching",
                              "dispatched", "targeting", "targeted", "taking", "took", "moving", "placing", "placed"})
_ACCUSED_CLAUSE = frozenset({"for", "who", "in", "of", "allegedly", "after", "by", "had", "having"})
#: Words between a noun for an event's people and the people it counts: "the deportees included |
#: consisted of | comprised 73 South Koreans"
_MADE_UP_OF = frozenset({"included", "include", "including", "comprised", "comprise", "comprises", "consisted",
                         "consist", "consists", "of", "were", "are", "the", "among", ","})
#: Verbs of moving people across a border unlawfully: their object is whom the crime moved, no one acted on
#: Words of a missing person's being well when found: "found alive", "found safe and well"
_WELL = frozenset({"alive", "safe", "unharmed", "well"})
_SMUGGLING = {"smuggle", "smuggles", "smuggled", "smuggling", "ferry", "ferrying", "ferried", "transporting",
              "transported", "harbouring", "harboring", "harboured", "harbored"}
#: Words that show people were held by the scam operation itself.
_CAPTORS = {"camp", "camps", "compound", "compounds", "scam", "scammers", "syndicate", "syndicates", "traffickers"}
#: Nouns for the people an event concerns, and the verb they stand for.
_EVENT_PEOPLE = {"deportees": "deported", "returnees": "repatriated", "repatriates": "repatriated", "arrestees": "arrested",
                 "detainees": "detained",
                 "evacuees": "repatriated"}
#: Verbs of people landing somewhere, which a clause after "said" may tell of the people it counts
_LANDING = frozenset({"arrived", "landed", "returned"})
#: Words for the people who work a boat or a plane, never the passengers it brings home
_CREW = frozenset({"crew", "crews", "crewmen", "crewmembers", "sailors", "seamen", "pilots", "pilot", "boatmen"})
#: The most words of a relative clause between the people and the verb of saying they are the subject of
_CLAUSE_REACH = 9
_CASE_WORDS = {"case", "cases", "charges", "complaint", "complaints", "lawsuit", "indictment"}
#: Words of a sending home told by a verb and "back" or "home": "40 suspects were sent back"
_SENT_BACK = frozenset({"sent", "brought", "flown", "back", "home"})
#: Words of people's plight right after their count: a state they are in, no act done to them
_PLIGHTS = frozenset({"trapped", "stuck", "stranded", "missing", "unaccounted"})

#: Nouns of charges laid, whose "involve" names the people charged
_CHARGE_NOUNS = frozenset({"charges", "indictment", "indictments"})


class GoverningVerbs(PlainCountVerbs, HomeCountries, CountLeads, Tallies, CountSubjects, SetOffPhrases, MovedTo):
    """Reads the verb (or the noun) that tells what happened to counted people."""

    def _sent_by_the_accused(self, count: _Count, sent: Span) -> bool:
        """"arrested for allegedly sending 40 Indians to Cambodia", "two agents who sent 56 Sri Lankans to
        Myanmar", "involved in recruiting 30 Nepalis": the people a recruiter sent or recruited, told
        in the clause of the accused, are no people the act took (not "police sent 40 Indians home")."""
        verb = next((k for k in range(count.start - 1, max(sent.start, count.start - 3) - 1, -1)
                     if self.lower[k] in _RECRUITER_VERBS), None)
        if verb is None or verb == sent.start or self.lower[verb - 1] not in _ACCUSED_CLAUSE:
            return False
        return _HOMEWARD.isdisjoint(self.lower[count.end:min(sent.end, count.end + 3)])

    def _found_a_way(self, sent: Span) -> bool:
        """"found their way back to Vietnam", "found freedom in Laos": idioms of getting somewhere or
        something, no one found."""
        return any(self.lower[k] == "found" and (self.lower[k + 2] == "way" and self.lower[k + 1] in {"their", "his", "her", "a"}
                                                 or self.lower[k + 1] in {"freedom", "refuge", "shelter", "safety", "work", "jobs"})
                   for k in range(sent.start, sent.end - 2))

    def _found_safe(self, count: _Count, sent: Span) -> bool:
        """"found" right after the people (past auxiliaries) or right before them, then a word of
        their being well ("found alive", "found safe"): a missing person turning up, no one found
        in a raid."""
        k = count.end
        while k < sent.end and self.lower[k] in _BE:
            k += 1
        if k < sent.end and self.lower[k] == "found":
            well = k + 1  # "a teenager has been found | alive"
        elif count.start > sent.start and self.lower[count.start - 1] == "found":
            well = count.end  # "found two Kenyans | alive"
        else:
            return False
        return well < sent.end and self.lower[well] in _WELL

    def _speakers(self, count: _Count, sent: Span) -> bool:
        """The counted people are the subject of a verb of saying right after them (past a "from"
        and a country): "One woman from Kenya said ...", "Two Thais told reporters ..."."""
        k = count.end
        if k + 1 < sent.end and self.lower[k] == "from" and self.doc[k + 1].ent_type_ in {"COUNTRY", "NORP", "PLACE"}:
            k = next((j for j in range(k + 2, sent.end) if self.doc[j].ent_iob_ != "I"), sent.end)  # (past the name)
        if k < sent.end and self.lower[k] == "who":  # "two Africans who are held there told reporters": sources
            k = next((j for j in range(k + 1, min(sent.end, k + _CLAUSE_REACH)) if self.lower[j] in SPEAKING
                      or self.lower[j] in {",", ";", "and"}), sent.end)
        return k < sent.end and self.lower[k] in SPEAKING

    def _receivers_themselves(self, count: _Count, sent: Span) -> bool:
        """The counted people are the subject of an active "received" ("40 victims (have) received
        counselling"): what they got is the verb's object (a state receiving them is told "Vietnam
        received 85 citizens" or in the passive, "were received by their embassy")."""
        k = count.end
        while k < sent.end and self.lower[k] in {"have", "has", "had", "also", "all", "each", "reportedly"}:
            k += 1
        return k < sent.end and self.lower[k] in {"received", "receive", "receives"}

    def _count_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The relation of counted people: the verb told with them, refined by where they went."""
        if self.lower[count.end + 1:count.end + 2] in (["requests"], ["request"]):
            return None  # "prosecutors advanced 27 arrest requests": arrests asked for, no one arrested yet
        if not GOING_THROUGH.isdisjoint(self.lower[count.end:min(sent.end, count.end + 5)]):
            return None  # "60 workers are undergoing screening and rescue": under way, not done
        if count.end + 1 < sent.end and self.lower[count.end] in GOODS_VERBS and self.words[count.end + 1].islower() \
                and self.lower[count.end + 1] not in _PEOPLE_WORDS and self.doc[count.end + 1].ent_type_ != "NORP":
            return None  # "the 240 seized bank passbooks": things seized, no one held
        if counted_receivers(self.lower, count.start, sent.start):
            return None  # "handed flyers to six students": they got the flyers, no one was handed over
        if count.start - 2 >= sent.start and things_of(self.lower, count.start - 1):
            return None  # "seized the passports of 30 Vietnamese": their things, the verb acts on no one
        lead = self.lower[max(sent.start, count.start - 4):count.start]
        if (lead[-3:] == ["part", "of", "the"] or lead[-2:] == ["part", "of"]) \
                and CALENDAR_WORDS.isdisjoint(self.lower[count.end:sent.end]):
            return None  # "This group is part of the 480 victims rescued from ...": a larger whole, no act of its own
            # told (not "91 were part of the 450 arrested in a building on January 8": that arrest, on its day)
        if self.words[count.end:count.end + 1] and self.words[count.end] in POSSESSIVE_MARKS \
                and self.lower[count.end - 2] != "of":  # (not "sentenced 27 members of Myanmar's Tan family": the land's)
            return None  # "arrested the 45 Chinese nationals' boss": the people own what the verb acts on
        if count.end < sent.end and self.lower[count.end] == "whose" \
                and not any(w in _COUNT_VERBS for w in self.lower[sent.start:count.start]):
            return None  # "searching for four Thais whose passports were found": the verb after is their things'
        k = count.end
        while k < sent.end and self.lower[k] in _BE:
            k += 1
        if k < sent.end and EVENT_TRIGGERS.get(self.lower[k]) == "escape":
            # "arrested after 42 Vietnamese staff escape": the people did the act, none was done to them; but
            # "Two Kostrans escaped, were detained by the army and deported": the act after it was done to them
            return self._done_after_escaping(k, sent)
        if self._speakers(count, sent):
            return None  # "One Kenyan woman said 600 people were held": the counted speak, the act is others'
        if self._receivers_themselves(count, sent):
            return None  # "The 40 Kenyan victims received treatment": they got something, no state received them
        if count.start > sent.start and self.lower[count.start - 1] in SAYS \
                and not any(w in _COUNT_VERBS or w in EVENT_TRIGGERS or w in _SENT_BACK or w in _LANDING
                            for w in self.lower[count.end:sent.end]):  # (not "said nine Thais arrived from Laos")
            return None  # "Group found at the border says 200 Thais trapped ...": the clause said, no act before it
        while k < sent.end and self.lower[k] in {"still", "remain", "remained", "remains"}:
            k += 1
        if count.end < k < sent.end and self.lower[k] in _PLIGHTS:
            return None  # "rescued, but 90 of their countrymen are still trapped": their plight, no act done
            # (not "rescued 40 Thais trapped in a compound": the participle describes the people rescued)
        if (part := self._part_before_its_whole(count, sent)) is not None:
            return part  # "Six of 48 South Koreans arrested in a raid have been repatriated": the six were
        if count.noun_role == "out of" and (acted := self._acted_on_part(count, sent)) is not None:
            return acted  # "repatriated 31 out of 118 suspects arrested in Cambodia": the 31 were repatriated
        verb = self._arrival_from_abroad(count, sent) or self._part_and_whole(count, sent) \
            or self._came_home_after_description(count, sent) \
            or self._back_in_their_country(count, sent) or self._verb_past_modifier(count, sent)
        verb = verb or self._list_opening_the_clause(count, sent) \
            or self._aside_then_own_verb(count, sent) \
            or self._plain_or_landed(count, sent) or self._told_by_noun(count, sent) \
            or self._after_relative_clause(count, sent) or self._came_home_in_their_clause(count, sent) \
            or self._among_those(count, sent) \
            or self._past_long_aside(count, sent) or self._past_share_aside(count, sent) \
            or self._included_of_participle(count, sent) \
            or self._harmed_named_after_copula(count, sent)
        closed = (self._breakdown_closed(count, sent) or self._list_closed(count, sent) or self._bracket_closed(count, sent)
                  or self._dash_closed(count, sent)
                  or self._group_made_of_closed(count, sent) or list_before_verb(
            self.doc, self.lower, self.like_num, gz.people_nouns(), count.end, sent.end, _COUNT_VERBS)) if verb is None else None
        if closed is not None:  # "73 foreigners, comprising 55 Vietnamese, ... and one Liberian, were deported"
            verb = self._plain_or_landed(replace(count, end=closed + 1), sent)  # (", arrived in Manila": home)
        elif verb is None and (shared := list_before_clause(self.doc, self.lower, self.like_num, gz.people_nouns(),
                                                            count.end, sent.end)) is not None:
            verb = self._after_relative_clause(replace(count, end=shared), sent)  # "140 Chinese and 35 Kenyans who ..."
        if verb is None and (last := last_item_end(self.doc, self.lower, self.like_num, gz.people_nouns(),
                                                   count.end, sent.end)) is not None:
            verb = self._verb_past_modifier(replace(count, end=last), sent)  # "12 foreigners and five Filipinos suspected of ..."
        if verb is not None and verb[0] is RelType.DETAINED \
                and held_by_a_place(self.lower, sent.start, sent.end, count.start, count.end):
            return None  # "a compound holding 300 Vietnamese", "where 300 were held": the place's people, no one detained
        if verb is not None and verb[0] is RelType.DETAINED and self._held_captive(count, sent):
            verb = self._main_verb_after(count, sent) or self._past_long_aside(count, sent)  # "283 Indians detained at scam centres were repatriated"
        before = self.lower[max(sent.start, count.start - 3):count.start]
        harm = max((k for k, w in enumerate(before) if w in _DEFRAUD), default=-1)
        if harm >= 0 and before[-1:] != ["by"] and not any(w in _COUNT_VERBS for w in before[harm + 1:]):
            # (not "lured by 12 Chinese recruiters": the doers; nor "arrested 3 for trafficking and rescued 14
            # Vietnamese": the verb nearer the people is theirs)
            return _VICTIMS  # "accused of defrauding 869 Koreans": the people harmed, whatever the verb before
        if set(before) & _SMUGGLING:
            return None  # "arrested for smuggling 15 Indonesians into Malaysia": the crime's people, not the arrested
        if verb is not None and verb[0] in _HELD_OR_CHARGED and self.lower[count.end - 1] in {"victims", "victim"} \
                and self.lower[count.start - 1] in {"from", "defrauding", "cheating", "swindling", "targeting"}:
            return _VICTIMS  # "swindled 5.2 billion won from 612 Korean victims and were nabbed": the harmed, not the held
        lead = self.lower[max(sent.start, count.start - 14):count.start]
        if "against" in before[-2:] and set(lead) & _CASE_WORDS:  # "filed a case against eight Chinese nationals"
            case = count.start - len(lead) + max(k for k, w in enumerate(lead) if w in _CASE_WORDS)  # (its position)
            denied = any(a == "no" and b in _CASE_WORDS for a, b in pairwise(lead)) \
                or ("if", "any") in set(pairwise(lead)) \
                or self._denied(case, sent) or hard_to_do(self.lower, case, sent.end)  # type: ignore[attr-defined]
            # ("no charges were laid against", "what charges, if any, were laid", "cannot press charges against",
            # "filing charges against them would be difficult")
            return None if denied else _COUNT_VERBS["charged"]
        if verb is not None and verb[0] is RelType.FOUND and (self._found_safe(count, sent) or self._found_a_way(sent)):
            return None  # "A Polish teenager has been found alive near the border": a missing person found, no raid
        if verb is not None and verb[0] is RelType.REPATRIATED and not _CREW.isdisjoint(self.lower[count.start:count.end]):
            return None  # "a boat carrying three Bolivian crew members": who works the craft, no one sent home
        if verb is None or verb[0] in {RelType.DEPORTED, RelType.REPATRIATED}:
            return self._moved_to(count, sent, verb)  # "were taken to the police station": held
        if verb[0] is RelType.RESCUED and self._released_not_freed(count, sent):
            return None  # "police released 12 suspects on bail": no rescue
        if verb[0] is RelType.RESCUED and any(evacuated_home(self.lower, j, sent.end) for j in range(sent.start, sent.end - 1)):
            return _COUNT_VERBS["repatriated"]  # "were evacuated to their homeland": brought home
        lead = self.lower[max(sent.start, count.start - 9):count.start]
        if verb[0] is RelType.ARRESTED and "arrest" in lead and not {"warrant", "warrants"}.isdisjoint(lead):
            return _COUNT_VERBS["warrants"]  # "warrants were issued for the arrest of all 23 suspects": none held yet
        return verb

    def _released_not_freed(self, count: _Count, sent: Span) -> bool:
        """The only word of freeing near the counted people is "released", and it frees no one from
        captors ("released on bail", "released after questioning"; releases.py tells the others)."""
        window = range(max(sent.start, count.start - 7), min(sent.end, count.end + 8))
        freeing = [j for j in window if self.lower[j] in _COUNT_VERBS and _COUNT_VERBS[self.lower[j]][0] is RelType.RESCUED]
        if not freeing or any(self.lower[j] != "released" for j in freeing):
            return False
        if any(released_a_paper(self.lower, self.like_num, j, sent.end) for j in freeing):
            return True  # "police released a wanted list naming ten bosses": a paper
        freed = freed_at(self.lower, sent.start, sent.end)  # (a release from captors: releases.py)
        return not any(j in freed for j in freeing)

    def _told_by_noun(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"the deportees included 73 South Koreans": a noun for the people of an event names its verb."""
        k = count.start - 1
        total = k - 3 > sent.start and self.lower[k - 2:k + 1] == ["a", "total", "of"]
        k = k - 3 if total else k  # "completed ... for a total of 150 foreigners"
        if k > sent.start and (self.lower[k] in {"involved", "involving", "involve", "involves", "covered", "covering"}
                               or total and self.lower[k] in {"for", "on"}):
            # ("the deportation was carried out on November 11 on a total of 150 foreigners")
            for j in range(k - 1, max(sent.start, k - 13) - 1, -1):
                if self.lower[j] in _EVENT_NOUNS:  # "The removals, done on March 4, involved 118"
                    return _COUNT_VERBS[_EVENT_NOUNS[self.lower[j]]]
                if self.lower[j] in _CHARGE_NOUNS:  # "The latest charges, filed in Fujian, involve 52 people"
                    return _COUNT_VERBS["charged"]
        for j in range(count.start - 1, max(sent.start, count.start - 4) - 1, -1):
            if self.lower[j] in _EVENT_PEOPLE:
                return _COUNT_VERBS[_EVENT_PEOPLE[self.lower[j]]]
            if self.lower[j] not in _MADE_UP_OF:
                return None
        return None

    def _held_captive(self, count: _Count, sent: Span) -> bool:
        """"detained at scam centres", "remain detained in cybercrime camps": held by their captors,
        not by an authority."""
        after = self.lower[count.end:min(sent.end, count.end + 3)]
        if not {"detained", "held"} & set(after):
            return False  # "police detained 40 Chinese at a compound": an authority's act
        window = set(self.lower[count.end:min(sent.end, count.end + 10)])
        return bool(window & _CAPTORS) and not window & {"immigration", "police", "custody", "detention"} \
            and not window & RAID_NOUNS  # ("410 foreigners detained in raids on scam centres": the state's raids)
