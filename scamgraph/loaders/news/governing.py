"""The verb that governs counted people: which relation ("deported", "rescued", "arrested")
a number of people gets, read from the words told around their noun phrase."""

from __future__ import annotations

from dataclasses import replace
import re
from itertools import pairwise

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.act_nouns import ACT_NOUNS as _ACT_NOUNS
from scamgraph.loaders.news.act_nouns import EVENT_NOUNS as _EVENT_NOUNS
from scamgraph.loaders.news.act_nouns import ASKING_ACTS
from scamgraph.loaders.news.act_nouns import PLANNED as _PLANNED
from scamgraph.loaders.news.act_nouns import act_named
from scamgraph.loaders.news.averted_acts import ahead_of, averted, hard_to_do, home_on_leave, only_enabled
from scamgraph.loaders.news.carriers_sent import carriers_sent
from scamgraph.loaders.news.count_clauses import _AUXILIARIES as _FINITE_BE
from scamgraph.loaders.news.count_leads import _OPENS_CLAUSE, CountLeads
from scamgraph.loaders.news.count_subjects import _ARRIVED, _BROUGHT, CountSubjects
from scamgraph.loaders.news.demands import asked_for
from scamgraph.loaders.news.done_together import counted_more, done_together
from scamgraph.loaders.news.gang_receivers import counted_receivers
from scamgraph.loaders.news.homeward import back_to_captors
from scamgraph.loaders.news.idle_count_verbs import booked_for_a_crime
from scamgraph.loaders.news.let_go import freed_by_law
from scamgraph.loaders.news.list_heads import list_head_verb
from scamgraph.loaders.news.listed import last_item_end, list_before_clause, list_before_verb
from scamgraph.loaders.news.moved_to import _PARTICLES, MovedTo
from scamgraph.loaders.news.served_aims import served_aim
from scamgraph.loaders.news.planned_acts import carried_ahead
from scamgraph.loaders.news.purpose_frames import purpose_only
from scamgraph.loaders.news.releases import freed_at, let_out_of, released_a_paper
from scamgraph.loaders.news.set_off_phrases import SetOffPhrases
from scamgraph.loaders.news.shared_infinitives import AWAITING, awaited_together
from scamgraph.loaders.news.shared_modal import modal_shared
from scamgraph.loaders.news.situated import situated
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.tallies import Tallies
from scamgraph.loaders.news.reduced_relatives import _IRREGULAR_PARTICIPLES
from scamgraph.loaders.news.words import (
    GOODS_VERBS,
    _PEOPLE_WORDS,
    EVENT_TRIGGERS,
    GOING_THROUGH,
    OF_THEIR_OWN_ACCORD,
    RAID_NOUNS,
    SAYS,
    SPEAKING,
    _ASIDE_LEADS,
    _BE,
    _COUNT_VERBS,
    _NAMED_AFTER,
    _NOT_YET,
    _PROSPECT,
    a_rewards_aim,
    held_captive,
    no_act_done,
    past_auxiliaries,
    phrasal_act,
    things_of,
    evacuated_home,
)
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS, POSSESSIVE_MARKS
from scamgraph.model import RelType
from scamgraph.resolve import country_code

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
_HOMEWARD = frozenset({"home", "back"})
#: Words between a noun for an event's people and the people it counts: "the deportees included |
#: consisted of | comprised 73 South Koreans"
_MADE_UP_OF = frozenset({"included", "include", "including", "comprised", "comprise", "comprises", "consisted",
                         "consist", "consists", "of", "were", "are", "the", "among", ","})
#: Verbs that with "home" or "back" after them bring a state's people home: "Indonesia brought home 40"
_BROUGHT_HOME = frozenset({"brought", "brings", "bring", "flew", "flies", "flown"})
#: Words before a demonym that tell it of the people counted: "most of them were Chinese", "mostly Lao"
_TOLD_OF_THEM = frozenset({"were", "are", "mostly", "mainly", "largely", "chiefly", "predominantly", "all"})
#: Words that make the counted people another country's than the one sending them home
_FOREIGN = frozenset({"foreigners", "foreign", "expatriates", "expats"})
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
#: Participles that describe counted people rather than tell what was done to them: "31 Malaysians
#: linked to scam syndicates ... have been repatriated".
_DESCRIBING = {"linked", "involved", "suspected", "accused", "believed", "allegedly", "tied", "connected",
               "caught", "lured", "duped", "trapped", "stranded", "working", "employed"}
#: Verbs of getting free by one's own doing: a return told after one is the people's own, no state's
_SELF_FREED = frozenset({"escape", "escaped", "escaping", "fled", "flee", "fleeing"})
#: Adverbs without "-ly" told between an auxiliary and its verb ("were also arrested").
_ADVERBS = {"also", "later", "then", "all", "now", "already", "since", "each", "both", "soon"}
#: Verbs of people landing somewhere, which a clause after "said" may tell of the people it counts
_LANDING = frozenset({"arrived", "landed", "returned"})
#: Words for the people who work a boat or a plane, never the passengers it brings home
_CREW = frozenset({"crew", "crews", "crewmen", "crewmembers", "sailors", "seamen", "pilots", "pilot", "boatmen"})
#: Verbs of people coming or brought somewhere (count_subjects' two sets together)
_MOVING_VERBS = frozenset(_ARRIVED | _BROUGHT)
#: How far a participle's phrase describing counted people may run before their own verb
_LONG_PHRASE = 22
#: A day told between a state body and its verb: "Chinese police (on) Thursday repatriated 45 ...".
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on"})
_MODALS = {"could", "would", "will", "may", "might", "should", "shall", "can"}
#: Subject pronouns: an auxiliary after one belongs to that pronoun's clause, not to the people counted before.
_SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "we", "i", "you"})
#: The most words of a relative clause between the people and the verb of saying they are the subject of
_CLAUSE_REACH = 9
_CASE_WORDS = {"case", "cases", "charges", "complaint", "complaints", "lawsuit", "indictment"}
#: Verbs of coming home: with "home" or "back" after them, people were brought home.
#: The state bodies whose own people are "citizens" or "nationals": "Indonesian embassy repatriated 462 citizens".
_HOME_STATE = {"authorities", "government", "embassy", "police", "officials", "ministry"}
#: Base verbs that end like an "-ing" form: "to bring home 40" is an infinitive.
_BASE_ING = frozenset({"bring", "sing", "ring", "spring", "swing", "sting", "fling", "cling", "wring", "string"})
#: "to facilitate the return of 38": a sending home a step arranges is its aim, not yet done
#: (asides.py's _ENABLING are the verbs a step serves an inquiry with).
_ARRANGING = {"facilitate", "expedite", "arrange", "ensure", "secure", "enable", "allow", "speed"}
#: Words that say an act did not happen.
_DENIAL = {"denied", "denies", "deny", "denying", "refuted", "refutes", "dismissed"}
#: Ordinals read as numbers by the tokenizer: "a second group of 45".
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
#: Verbs of no count act whose object the people are: "arrested for helping traffickers move 60
#: Chinese" (the arrest took the helpers, not the 60), "accused of employing 40 Thais"
_OWN_OBJECT_VERBS = frozenset({"move", "moving", "moved", "smuggle", "smuggling", "smuggled", "transport", "transporting",
                               "transported", "ferry", "ferrying", "ferried", "employ", "employing", "employed", "hire",
                               "hiring", "hired", "house", "housing", "housed", "hide", "hiding", "hid"})
#: Words of a time told between a verb and its object: "deported on Thursday night the 64 ..."
_TIME_BETWEEN = frozenset({"on", "the", "night", "morning", "evening", "afternoon", "last", "this"})
#: Words that open a phrase about what a noun before concerns: a verb before it governs that noun.
_OTHER_OBJECT = {"involving", "concerning", "regarding", "about", "against", "among"}
#: Words that open a relative clause about the people an act noun names: what it tells is theirs
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which"})
#: Words for a share of people before "of whom": "150 Laotians, many of whom ..."
_SHARE_WORDS = frozenset({"many", "most", "some", "all", "several", "half", "few", "none", "dozens", "hundreds"})


#: Words of people staying where they are, before "inside": "remain inside", "are still inside"
_STILL_INSIDE = frozenset({"remain", "remains", "remained", "remaining", "still", "are", "is", "stay", "stays", "live", "living",
                           "work", "working", "trapped", "stuck", "held", "kept", "confined"})
#: Verbs of people staying somewhere, anywhere before "inside": "remain in shelters inside Myanmar"
_STAYING = frozenset({"remain", "remains", "remained", "stuck", "trapped", "stranded", "sheltering", "staying", "living",
                      "refuge", "shelter", "shelters", "sheltered", "hiding", "hid"})  # ("sought refuge in shelters inside")
#: Words of a sending home told by a verb and "back" or "home": "40 suspects were sent back"
_SENT_BACK = frozenset({"sent", "brought", "flown", "back", "home"})
#: "from 12 countries", "of 20 nationalities", "from several different countries": people of many peoples
_MANY_PEOPLES = re.compile(r"\b(?:from|of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|various)"
                           r"\s+(?:different\s+)?(?:countries|nationalities)\b", re.I)
#: Words of people's plight right after their count: a state they are in, no act done to them
_PLIGHTS = frozenset({"trapped", "stuck", "stranded", "missing", "unaccounted"})


#: Forms of "be" that make a participle after them passive
_PASSIVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


#: Nouns of work people are made to do, after "forced": "survivors of forced scamming" names them
_FORCED_WORK = frozenset({"scamming", "labour", "labor", "criminality", "work", "prostitution", "marriage", "scams",
                          "fraud", "servitude"})

#: Verbs of a return home before "to" the country, and the auxiliaries of a main clause's verb group
_RETURN_VERBS = frozenset({"returned", "repatriated", "flown", "sent", "brought", "back", "home"})
_AUXILIARIES = frozenset({"have", "has", "had", "were", "was", "been"})

#: Nouns of charges laid, whose "involve" names the people charged
_CHARGE_NOUNS = frozenset({"charges", "indictment", "indictments"})


class GoverningVerbs(CountLeads, Tallies, CountSubjects, SetOffPhrases, MovedTo):
    """Reads the verb (or the noun) that tells what happened to counted people."""

    def _year_comma(self, j: int) -> bool:
        """The comma at ``j`` stands between a day and its year ("September 1, 2021"), inside a date."""
        return self.words[j] == "," and 0 < j < len(self.words) - 1 and self.words[j - 1].isdigit() \
            and len(self.words[j - 1]) <= 2 and len(self.words[j + 1]) == 4 and self.words[j + 1].isdigit()

    def _homeward(self, k: int, sent: Span) -> bool:
        """"home" or "back" at ``k`` after a verb of bringing or coming: people brought home, not
        "back to the compound" or "back to work" (``back_to_captors``)."""
        return k < sent.end and (self.lower[k] == "home" or self.lower[k] == "back"
                                 and not back_to_captors(self.lower, self.doc, k, sent.end))

    def _sent_by_the_accused(self, count: _Count, sent: Span) -> bool:
        """"arrested for allegedly sending 40 Indians to Cambodia", "two agents who sent 56 Sri Lankans to
        Myanmar", "involved in recruiting 30 Nepalis": the people a recruiter sent or recruited, told
        in the clause of the accused, are no people the act took (not "police sent 40 Indians home")."""
        verb = next((k for k in range(count.start - 1, max(sent.start, count.start - 3) - 1, -1)
                     if self.lower[k] in _RECRUITER_VERBS), None)
        if verb is None or verb == sent.start or self.lower[verb - 1] not in _ACCUSED_CLAUSE:
            return False
        return _HOMEWARD.isdisjoint(self.lower[count.end:min(sent.end, count.end + 3)])

    def _of_many_peoples(self, sent: Span) -> bool:
        """The sentence, or the one after it, says the people came from several countries."""
        following = next((t.sent for t in self.doc[sent.end:sent.end + 1]), None)
        end = following.end_char if following is not None else sent.end_char
        return bool(_MANY_PEOPLES.search(self.article.text, sent.start_char, end))

    def _main_clause_home(self, clause: int, sent: Span) -> str:
        """The country the main clause after a relative clause (opened at ``clause``) sends the people
        home to: an auxiliary, a verb of return and "to" a country ("... have returned to the Philippines")."""
        for k in range(clause + 3, min(sent.end - 1, clause + 20)):
            if self.lower[k] == "to" and self.doc[k + 1].ent_type_ == "COUNTRY" and self.lower[k - 1] in _RETURN_VERBS \
                    and not _AUXILIARIES.isdisjoint(self.lower[k - 3:k - 1]):
                return self.doc[k + 1].ent_id_
        return ""

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

    def _sent_home_to(self, count: _Count, sent: Span) -> str:
        """"repatriated 73 people to Myanmar", "Nine people who became victims of scams in Laos have
        returned to the Philippines": the country the people were sent home to, told after them."""
        begin = self._past_their_of_phrase(count, sent)
        for j in range(begin, min(sent.end, begin + 10)):
            if self.lower[j] == "to" and j + 1 < sent.end and self.doc[j + 1].ent_type_ == "COUNTRY":
                after = self.lower[j + 2:j + 5]
                if after[:1] == ["for"] and any(w.startswith(("repatriat", "onward", "deport")) for w in after[1:]):
                    return ""  # "sent 140 victims to Thailand for repatriation": a way through, not their home
                home = self.doc[j + 1].ent_id_
                if any(self.doc[k].ent_type_ == "NORP" and self.doc[k].ent_id_ not in {"", home}
                       and self.lower[k - 1] in _TOLD_OF_THEM for k in range(j + 2, sent.end)):
                    return ""  # "handed over 150 workers to Thailand; most of them were Chinese": a way through
                return home
            if self.lower[j] in {"who", "that"} and (home := self._main_clause_home(j, sent)):
                return home
            if self.lower[j] in {",", ";", "from", "who", "which", "that", "after"}:  # (not a clause's "to")
                break
        return ""

    def _past_their_of_phrase(self, count: _Count, sent: Span) -> int:
        """Where the words after the counted people go on, past an "of" phrase that only says whose
        victims they were ("12 victims of a loan fraud gang in Laos were flown back to Nepal": from
        "were"); the count's end where no such phrase stands or no verb of being closes it."""
        if count.end >= sent.end or self.lower[count.end] != "of":
            return count.end
        return next((k for k in range(count.end + 1, min(sent.end, count.end + 10)) if self.lower[k] in {"were", "was"}),
                    count.end)

    def _brought_home_by(self, count: _Count, sent: Span) -> str:
        """"South Korea repatriated 73 people": a country repatriates its own people; "repatriated 73
        people to Myanmar": the country they were sent home to."""
        if not _FOREIGN.isdisjoint(self.lower[count.start:count.end]):
            return ""  # "Myanmar repatriated 250 foreigners", "handed 260 foreigners over to Thailand": many peoples'
        if self._of_many_peoples(sent):
            return ""  # "180 people were returned to Vietnam ... the group came from 12 countries": not Vietnamese
        if home := self._sent_home_to(count, sent):
            return home
        j = self._before_rough(count.start, sent)
        while j > sent.start and self.lower[j] in _BE | {"home", "back"}:
            j -= 1
        own = bool({"citizens", "nationals", "compatriots"} & set(self.lower[count.start:count.end]))
        brought_home = self.lower[j] in _BROUGHT_HOME and self.lower[j + 1] in _HOMEWARD  # "Indonesia brought home 40"
        if not (self.lower[j].startswith("repatriat") or brought_home
                or own and _COUNT_VERBS.get(self.lower[j], (None,))[0] is RelType.REPATRIATED):
            return ""  # "Vietnam received 45 citizens": its own; "Thailand received 45 people": anyone's
        if self.lower[j] == "over" or self.lower[j].startswith("hand"):
            return ""  # "Cambodian authorities handed over 45 citizens to the border guards": the receiver's people
        j -= 1
        while j > sent.start and (self.lower[j] in _BE or self.lower[j] in _ADVERBS or self.lower[j] in _DAYS):
            j -= 1  # "has already flown home", "police on Thursday repatriated"
        if self.lower[j] in _HOME_STATE and (own or "their" not in self.lower[count.end:sent.end]):
            # "Vietnamese authorities received 85 nationals", "Chinese police repatriated 122 suspects":
            # the state's own people (not "Thai police repatriated 60 people to their home countries",
            # nor where bodies of other states are named with it: whose people is not said)
            code = self._state_of(j, sent)
            others = {self.doc[k].ent_id_.rsplit("|", 1)[-1] for k in range(sent.start, count.start)
                      if self.doc[k].ent_type_ in {"NORP", "COUNTRY", "AGENCY"}} - {"", code}
            return "" if others else code
        return self.doc[j].ent_id_ if self.doc[j].ent_type_ == "COUNTRY" else ""

    def _state_of(self, j: int, sent: Span) -> str:
        """The country a state body at ``j`` belongs to, named by the capitalised words just before it
        ("South Korean authorities", "the Indonesian Embassy"); "" where none is named."""
        for width in (2, 1):
            words = self.words[max(sent.start, j - width):j]
            if len(words) == width and all(w[:1].isupper() and len(w) > 2 for w in words):
                code = country_code(" ".join(words))
                if code:
                    return code
        return ""

    def _told_as_done(self, j: int, sent: Span) -> bool:
        """Not "awaiting deportation", "facing deportation" or "a deportation facility"."""
        before = set(self.lower[max(sent.start, j - 2):j]) - counted_more(self.lower, self.like_num, j, sent.start)
        after = self.lower[j + 1] if j + 1 < sent.end else ""
        lead = range(max(sent.start, j - 3), j)  # "would be repatriated": not yet
        modal = any(self.lower[k] in _MODALS and not self._month_may(k, sent) for k in lead) \
            or modal_shared(self.lower, j, sent.start, _MODALS) \
            or awaited_together(self.lower, self.words, j, sent.start, AWAITING)
        # ("will be declared ... and deported", "need to be found and rescued": still to come)
        if self.lower[j] == "booked" and not booked_for_a_crime(self.lower, j):
            return False  # "booked flights for 40 workers": travel, no case against them
        if j > sent.start and self.lower[j - 1] in OF_THEIR_OWN_ACCORD:
            return False  # "ten others voluntarily returned to Dastra": no one sent them
        if self.lower[j] == "busted" and j > sent.start and self.lower[j - 1] in {"the", "a", "an", "its", "their"}:
            return False  # "the busted gambling dens": the dens, an adjective, no one taken
        if self.lower[j] == "hands" and j > sent.start and self.lower[j - 1] in {"the", "their", "its"}:
            return False  # "21 Zambians in the hands of the militia": held, the noun; no one handed over
        return (not before & (_NOT_YET | _PROSPECT) and not modal and after not in _NAMED_AFTER
                and not self._aimed_at(j, sent) and not held_captive(self.lower, j, sent.end, sent.start)
                and not no_act_done(self.lower, j, sent.end, sent.start) and not situated(self.lower, j, sent.start, sent.end)
                and not home_on_leave(self.lower, j, sent.end)  # "had returned to Java on holiday": no one sent
                and not freed_by_law(self.lower, j, sent.end)  # "freed for lack of evidence": no one rescued
                and not ahead_of(self.lower, j, sent.start)  # "ahead of their flight home": still to come
                and not carried_ahead(self.lower, j, sent.end)  # "a plane carrying 45 Zorvanians is set to land"
                and not averted(self.lower, j, sent.start)  # "to prevent 95 suspects from being deported"
                and not a_rewards_aim(self.lower, j, sent.start)  # "a bounty for tips leading to their arrest"
                and not hard_to_do(self.lower, j, sent.end)  # "filing charges against the 40 would be difficult"
                and not only_enabled(self.lower, j, sent.start)  # "to help the 40 stranded there be evacuated"
                and not self._denied(j, sent))  # type: ignore[attr-defined]  # "cannot press charges against the 40"

    def _aimed_at(self, j: int, sent: Span) -> bool:
        """"seeking to arrest", "plans to repatriate", "expected to be repatriated": an aim, not an act
        (but "helped to repatriate" is done); "the repatriation of 45 is scheduled for Friday", "talks on the
        return of 45": a planned act; "denied that 45 had been arrested": an act said not to have happened."""
        lead = self.lower[max(sent.start, j - 3):j]
        verb = self.lower[j]
        participle = verb.endswith("ed") or verb.endswith("ing") and verb not in _BASE_ING  # (not "to bring")
        infinitive = lead[-1:] == ["to"] and not participle or lead[-2:] == ["to", "be"]
        if infinitive and lead[-1:] == ["to"] and (lead[-2:-1] and lead[-2] in {"helped", "managed"}
                                                   or done_together(self.lower, j - 1, sent.start)):
            infinitive = False
        if infinitive and lead[-1:] == ["to"] and carriers_sent(self.lower[max(sent.start, j - 9):j - 1]):
            infinitive = False  # "The army deployed two flights to repatriate 143 Nepalis on Monday": the flights flew
        planned = self.lower[j] in _ACT_NOUNS and bool(_PLANNED & set(self.lower[sent.start:self._clause_end(j, sent)])  # (not "the
        # return of 29 citizens who had gone to Myanmar seeking work": the people's own past, told after "who")
                                                        or any(a == "to" and b in _ARRANGING for a, b in pairwise(lead))
                                                        or served_aim(self.lower, j, sent.start, sent.end))  # "to assist in the return of 38"
        asked = (self.lower[j] in _ACT_NOUNS or self.lower[j] == "arrest") \
            and asked_for(self.lower, j, sent.start, ASKING_ACTS)
        return infinitive or planned or asked \
            or bool(_DENIAL & set(self.lower[sent.start:j])) \
            or purpose_only(self.lower, j, sent.start)  # "are working with police to trace and rescue 17"

    def _clause_end(self, j: int, sent: Span) -> int:
        """Where the clause of the word at ``j`` ends: its first relative pronoun after it, else the
        sentence's end (read only for an act's noun, the one word whose plan ``_aimed_at`` reads)."""
        return next((k for k in range(j + 1, sent.end) if self.lower[k] in _RELATIVE_PRONOUNS), sent.end)

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
        if count.start > sent.start and self.lower[count.start - 1] in SAYS \
                and not any(w in _COUNT_VERBS or w in EVENT_TRIGGERS or w in _SENT_BACK or w in _LANDING
                            for w in self.lower[count.end:sent.end]):  # (not "said nine Thais arrived from Laos")
            return None  # "Group found at the border says 200 Thais trapped ...": the clause said, no act before it
        while k < sent.end and self.lower[k] in {"still", "remain", "remained", "remains"}:
            k += 1
        if count.end < k < sent.end and self.lower[k] in _PLIGHTS:
            return None  # "rescued, but 200 of their compatriots are still trapped": their plight, no act done
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

    def _after_relative_clause(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"78 Kenyans who were trapped in compounds returned home", "13 citizens (WNI) who were
        suspected of ..., were rescued": the sentence's own verb, after the clause that describes them."""
        k = self._nouns_before_who(count.end, sent)  # "Five Malaysian job seekers who ..."
        if self.words[k:k + 1] == [","] and self.lower[k + 1:k + 2] == ["including"]:
            close = next((j for j in range(k + 2, min(sent.end, k + 10)) if self.words[j] == ","), None)
            if close is not None and self.lower[close + 1:close + 2] in (["who"], ["whom"]):
                k = close  # "Ten people, including seven from Punjab, who were ...": past the part told
        if k < sent.end and self.words[k] == "(" and ")" in self.words[k:min(sent.end, k + 6)]:
            k = self.words.index(")", k) + 1  # "(WNI)": an aside on the counted people
        if self.words[k:k + 1] == [","] and self.lower[k + 1:k + 2] in (["who"], ["whom"]):
            k += 1  # "18 Bangladeshi nationals, who were abducted ..., have returned": the same clause set off
        if k >= sent.end or self.lower[k] not in {"who", "whom"}:
            return None
        k = past_auxiliaries(self.lower, k + 1, sent.end)  # "who had (previously) been": the clause's own verb next
        main = False  # (past the clause: "who had crossed the border | were identified and apprehended")
        for m in range(k + 1, min(sent.end, k + 20)):
            word = self.lower[m]
            if self.like_num[m]:
                return None  # "Out of the 56 ... who were trapped ..., eight were rescued": another subject
            lead = self.lower[m - 1] if self.lower[m - 1] not in _BE else self.lower[m - 2]
            main = main or word in _FINITE_BE and self._opens_main_clause(m, k)
            home = self._homeward(m + 1, sent)
            if home and (word in {"arrived", "landed", "reached"} or main and word in _BROUGHT and self._told_as_done(m, sent)) \
                    or word in {"arrived", "landed", "reached"} and self._landed_home_from(count, sent, m) is not None:  # type: ignore[attr-defined]
                return _COUNT_VERBS["repatriated"]  # "... who were trapped in compounds arrived home | were brought home"
                # (or "arrived in Jakarta": a place of their own country)
            if word in _COUNT_VERBS and word != "inside" and (lead not in {"and", "or", "who"} or main and lead == "and") \
                    and self._told_as_done(m, sent):  # "who had crossed ... were identified and apprehended"
                return _COUNT_VERBS[word]  # ("who had fled ... and were found": still the clause's)
        return None

    def _opens_main_clause(self, m: int, start: int) -> bool:
        """Whether the finite "were" at ``m`` (a relative clause from ``start`` before it) is the main
        clause's: not one joined to the clause ("who were lured and (later) were forced"), though an
        adverb may close the clause ("who were made to work there illegally | were brought home")."""
        j = m - 1
        while j > start and (self.lower[j] in _ADVERBS or len(self.lower[j]) > 4 and self.lower[j].endswith("ly")):
            j -= 1
        return self.lower[j] not in {"and", "or", ",", "who", "then", "but"}

    def _bracket_closed(self, count: _Count, sent: Span) -> int | None:
        """Where a bracket right after the counted people closes ("the 30 East Africans (27 Kenyans,
        2 Tanzanians and 1 Rwandan) have since returned home"): the verb after it is theirs."""
        if count.end >= sent.end or self.words[count.end] != "(":
            return None
        return next((k for k in range(count.end + 1, min(sent.end, count.end + 30)) if self.words[k] == ")"), None)

    def _acted_on_part(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The active verb whose object a part told "out of" a whole is ("have repatriated 31 out of
        118 suspects arrested ..."): the part's act; a participle after the whole is the whole's."""
        j = count.start - 1
        while j > sent.start and self.lower[j] in {"some", "about", "around", "nearly", "only", "just", "at", "least"}:
            j -= 1
        verb = _COUNT_VERBS.get(self.lower[j]) if j >= sent.start else None
        if verb is None or verb[0] is None or j - 1 < sent.start or self.lower[j - 1] in _PASSIVE_BE:
            return None  # ("were arrested 31 out of ...": no object)
        return verb

    def _part_and_whole(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"Four of the six Filipinos freed from the rings landed in Manila": the whole is told by its
        participle (six freed), the part by the clause's own verb (four landed home)."""
        k = count.end
        if count.noun_role == "of":  # the part: past the whole's phrase to its participle
            while k < sent.end and (self.lower[k] in {"the", "these", "those"} or self.like_num[k]
                                    or self.doc[k].ent_type_ in {"NORP", "COUNTRY"} or self.lower[k] in gz.people_nouns()):
                k += 1
        elif not (count.start >= 2 and self.like_num[count.start - 2 - (self.lower[count.start - 1] == "the")]
                  and "of" in self.lower[count.start - 2:count.start]):
            return None  # (neither a part nor the whole after "N of the")
        if k >= sent.end or k == count.end and count.noun_role == "of" or self.lower[k] not in _COUNT_VERBS \
                or not (self.lower[k].endswith("ed") or self.lower[k] in _IRREGULAR_PARTICIPLES):
            return None  # (a participle: "freed", "held"; not the clause's own verb in the present)
        if count.noun_role != "of":
            return _COUNT_VERBS[self.lower[k]]  # the whole: its participle's act
        main = self._main_verb_at(k + 1, sent, reach=_LONG_PHRASE)
        if main < sent.end:
            return _COUNT_VERBS[self.lower[main]]
        return self._plain_or_landed(replace(count, end=k), sent)  # ("... freed from the rings landed in Manila")

    def _verb_past_modifier(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"45 Indonesians tied to fraud gangs in Shwe Kokko, Myanmar, have been repatriated",
        "373 Chinese accused of scams were sent home": a participle that describes the people is no
        act of its own; the verb of the clause after it is theirs."""
        if count.end >= sent.end or self.lower[count.end] not in _DESCRIBING:
            return None
        main = self._main_verb_at(count.end + 1, sent, reach=_LONG_PHRASE)  # ("trapped in X after falling prey to a
        if main < sent.end:  # racket promising jobs in Y have been freed")
            return _COUNT_VERBS[self.lower[main]]
        return _COUNT_VERBS["repatriated"] if self._brought_home_after(count.end + 1, sent) else None

    def _brought_home_after(self, start: int, sent: Span) -> bool:
        """"30 Ethiopians stranded in Myanmar | have been brought home": an auxiliary, then a verb of
        bringing with "home" or "back", told as done, within the phrase after the participle ("sent
        home" names no kind of sending: test_news_sent_home)."""
        for j in range(start, min(sent.end - 2, start + _LONG_PHRASE)):
            if self.lower[j] in _SUBJECT_PRONOUNS or self.words[j] in {";"}:
                return False
            if self.lower[j] in {"were", "was", "been", "are", "is"}:
                m = self._past_adverbs(j + 1, sent)
                return m + 1 < sent.end and self.lower[m] in _BROUGHT - {"sent"} and self._homeward(m + 1, sent) \
                    and self._told_as_done(m, sent)
        return False

    def _came_home_after(self, start: int, sent: Span) -> bool:
        """"52 Thais who had been held in Laos for fraud arrived home": the main verb after
        the clause of their past says they came home (read to the first comma or semicolon)."""
        for j in range(start, min(sent.end - 1, start + 13)):
            if self.words[j] in {",", ";"}:
                return False
            if self.lower[j] in _ARRIVED and self.lower[j + 1] in {"home", "back"}:
                return True
        return False

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

    def _part_before_its_whole(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"(The first) six of 48 South Koreans arrested in a raid in Myanmar have been repatriated":
        a part told before its counted whole, as the subject of the verb group after the whole's
        describing phrase; the part is of the whole's people."""
        k = count.end
        if self.lower[k - 1] != "of" or k + 1 >= sent.end or not self.like_num[k] or not self._subject_first(count, sent):
            return None  # (not "managed to repatriate seven of 32 Nepalis who were lured": the object of a verb before)
        j = k + 1
        while j < sent.end and self.doc[j].ent_type_ == "NORP":
            j += 1
        main = self._main_verb_at(j, sent, reach=_LONG_PHRASE)
        if main >= sent.end or "who" in self.lower[j:main]:
            return None  # ("six of 48 Koreans who were lured ...": the relative clause's verb, not the part's)
        if not count.nationality and self.doc[k + 1].ent_type_ == "NORP":
            count.nationality = self.doc[k + 1].ent_id_
        return _COUNT_VERBS[self.lower[main]]

    def _arrival_from_abroad(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"after the arrival of 25 other Filipino victims from Myanmar": people of a nationality
        arriving from a country: their coming home (not "the arrival of 300 tourists": no "from")."""
        if self.lower[max(sent.start, count.start - 2):count.start] != ["arrival", "of"] or not count.nationality:
            return None
        came = any(self.lower[j] == "from" and self.doc[j + 1].ent_type_ == "COUNTRY"
                   and self.doc[j + 1].ent_id_ != count.nationality for j in range(count.start, min(sent.end - 1, count.end + 4)))
        return _COUNT_VERBS["repatriated"] if came else None

    def _held_captive(self, count: _Count, sent: Span) -> bool:
        """"detained at scam centres", "remain detained in cybercrime camps": held by their captors,
        not by an authority."""
        after = self.lower[count.end:min(sent.end, count.end + 3)]
        if not {"detained", "held"} & set(after):
            return False  # "police detained 40 Chinese at a compound": an authority's act
        window = set(self.lower[count.end:min(sent.end, count.end + 10)])
        return bool(window & _CAPTORS) and not window & {"immigration", "police", "custody", "detention"} \
            and not window & RAID_NOUNS  # ("410 foreigners detained in raids on scam centres": the state's raids)

    def _done_after_escaping(self, escaped: int, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The act of a passive verb joined to the people's escape ("escaped on their own, | were
        detained", "fled and | were arrested"): a comma or "and" and then an auxiliary and the verb,
        within a dozen words and no clause of its own between; None where no such verb follows."""
        for j in range(escaped + 1, min(sent.end - 2, escaped + 12)):
            if self.lower[j] in _OPENS_CLAUSE or self.lower[j] in _RELATIVE_PRONOUNS:
                return None
            if self.lower[j] in {",", "and"} and self.lower[j + 1] in _BE:
                k = self._past_adverbs(j + 2, sent)
                word = self.lower[k] if k < sent.end else ""
                return _COUNT_VERBS[word] if word in _COUNT_VERBS and not word.endswith("ing") \
                    and self._told_as_done(k, sent) else None
        return None

    def _past_the_whole(self, count: _Count, sent: Span) -> int:
        """Where the words after a part told with "of" a whole end, when a verb follows them ("nine
        of 73 Bolivian trafficking victims | arrived from Peru"): the whole's number, demonym and
        nouns; the part's own end for any other count."""
        k = count.end
        if count.noun_role != "out of":
            return k
        while k < min(sent.end, count.end + 8) and (self.like_num[k] or self.doc[k].ent_type_ == "NORP" or (
                self.words[k].isalpha() and self.words[k].islower() and self.lower[k] not in _BE
                and self.lower[k] not in _RELATIVE_PRONOUNS
                and (self.lower[k] not in _COUNT_VERBS or self.lower[k].endswith("ing"))  # ("trafficking victims")
                and self.lower[k] not in _MOVING_VERBS)):
            k += 1
        verb = k < sent.end and (self.lower[k] in _BE or self.lower[k] in _COUNT_VERBS or self.lower[k] in _MOVING_VERBS)
        return k if verb else count.end  # ("seven of 32 Nepalis who were lured": the whole's clause, read as before)

    def _main_verb_after(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The verb of the clause after a participle: "... were repatriated"."""
        j = self._main_verb_at(count.end + 1, sent)
        return _COUNT_VERBS[self.lower[j]] if j < sent.end else None

    def _came_home_in_their_clause(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"handled the entry of nearly 60 Vietnamese workers who returned to Vietnam via the border
        gate": where no verb of the sentence acts on the people, named after "of", the clause on them
        telling they came home (or back, or to a country) is their return."""
        lead = count.start - 1
        while lead > sent.start and self.lower[lead] in {"nearly", "about", "some", "almost", "around", "more", "than", "over"}:
            lead -= 1
        if lead <= sent.start or self.lower[lead] != "of":
            return None  # (not "Twelve Laotians who returned home last month were questioned": the clause's subject)
        k = self._nouns_before_who(count.end, sent)
        if k + 2 >= sent.end or self.lower[k] != "who":
            return None
        j = k + 1
        while j < sent.end and self.lower[j] in {"have", "has", "had", "just", "recently", "safely", "finally"}:
            j += 1
        if j + 1 >= sent.end or self.lower[j] not in {"returned", "arrived", "came"}:
            return None
        after = j + 1 + (self.lower[j + 1] == "to")
        home = self.lower[j + 1] in {"home", "back"} or self.lower[j + 1] == "to" and after < sent.end \
            and self.doc[after].ent_type_ == "COUNTRY"
        return _COUNT_VERBS["repatriated"] if home else None

    def _aside_then_own_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"four Filipino victims, aged 22, 29, 31 and 40, were intercepted": victims (a noun the plain
        rule reads as harmed people only) whose ages are set off before their own verb: that verb."""
        if self.lower[count.end - 1] not in {"victims", "victim"} or self.lower[count.end + 1:count.end + 2] != ["aged"]:
            return None
        return self._past_long_aside(count, sent)

    def _list_opening_the_clause(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"..., where hundreds were rescued, | three Chinese and five Taiwanese suspects were
        discovered": a list of counted people opening the clause after a comma runs into its own
        verb group, whatever verb the clause before told."""
        if count.start - 1 <= sent.start or self.words[count.start - 1] != ",":
            return None
        last = last_item_end(self.doc, self.lower, self.like_num, gz.people_nouns(), count.end, sent.end)
        if last is None or last >= sent.end or self.lower[last] not in {"were", "was", "have", "had"}:
            return None
        main = self._main_verb_at(last, sent, reach=4)
        return _COUNT_VERBS[self.lower[main]] if main < sent.end else None

    def _main_verb_at(self, start: int, sent: Span, reach: int = 13) -> int:
        """Where the main count verb told after an auxiliary is ("were deported"), ``sent.end`` if
        none; past the first 13 words, only up to a comma (a long phrase, no other clause)."""
        for j in range(start, min(sent.end - 1, start + reach)):
            if self.lower[j] in _SUBJECT_PRONOUNS or j >= start + 13 and self.words[j] in {",", ";"}:
                break  # "arrested 3 Chinese suspected of fraud as they were carrying ...": a clause with its own subject
            if self.lower[j] not in {"were", "was", "been", "are", "is"}:
                continue
            m = self._past_adverbs(j + 1, sent)  # "have been | successfully | repatriated"
            if m < sent.end and self.lower[m] in _COUNT_VERBS \
                    and _COUNT_VERBS[self.lower[m]][0] is not RelType.DETAINED and self._told_as_done(m, sent):
                return m
        return sent.end

    def _rounding_about(self, j: int, count: _Count, sent: Span) -> bool:
        """"arrested about 40 Chinese": an "about" between a count verb and the number rounds the
        number ("received reports about 336 Malaysians": what the reports concern)."""
        return self.lower[j] == "about" and j == count.start - 1 and j > sent.start and self.lower[j - 1] in _COUNT_VERBS

    def _past_adverbs(self, k: int, sent: Span) -> int:
        """Past at most two adverbs after an auxiliary: "were | later | deported", "have been |
        successfully | repatriated", "was | also | arrested" (an "-ly" word or a listed one)."""
        end = min(sent.end, k + 2)
        while k < end and (self.lower[k] in _ADVERBS or len(self.lower[k]) > 4 and self.lower[k].endswith("ly")):
            k += 1
        return k

    def _past_a_told_time(self, k: int, sent: Span) -> int:
        """The verb before a time or a giver told between it and its object ("deported | on Thursday
        night the | 64 Chinese", "received | from the other state's police a total of | 64 citizens"),
        where the words back from ``k`` are only such words; else ``k``."""
        j = k
        while j > sent.start and (self.lower[j] in _TIME_BETWEEN or self.lower[j] in CALENDAR_WORDS
                                  or self.lower[j] in {"a", "total", "of", "from"}
                                  or self.doc[j].ent_type_ in {"AGENCY", "NORP", "COUNTRY"}):
            j -= 1
        return j if j < k and self.lower[j] in _COUNT_VERBS and self.lower[j + 1] in {"on", "from"} else k

    def _share_aside_close(self, k: int, sent: Span) -> int | None:
        """The comma that closes the aside on a share of the people opening at the comma ``k`` ("150
        Zorvanians, many of whom were lured abroad, but were made to scam, | were flown home"): the
        first comma before an auxiliary ("but were made" still tells the share), within 40 words."""
        return next((j for j in range(k + 4, min(sent.end - 1, k + 40))
                     if self.words[j] == "," and self.lower[j + 1] in _BE | {"have", "has", "had"}), None)

    def _plain_count_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        k = self._past_the_whole(count, sent)
        while k < sent.end and k < count.end + 6 and (self.lower[k] in _BE or self.lower[k] in {"of", "them", "who", "suspected", ","}
                                                      or self._past_adverbs(k, sent) > k):
            k += 1
            if self.lower[k - 1] == "of" and self.lower[k:k + 1] == ["forced"] and self.lower[k + 1:k + 2] \
                    and self.lower[k + 1] in _FORCED_WORK:
                k += 2  # "412 survivors of forced scamming safely returned": the noun phrase goes on, no verb
        verb_at = self._before_rough(count.start, sent)  # "flown home | over 500 citizens"
        if verb_at - 1 >= sent.start and self.lower[verb_at] in {"home", "back"} \
                and self.lower[verb_at - 1] in {"brought", "bring", "brings", "bringing", "flew", "flies", "flown", "sent", "sends"} \
                and self._told_as_done(verb_at - 1, sent):
            return _COUNT_VERBS["repatriated"]  # "has brought home 46 citizens" (not "working ... to bring home 46")
        if verb_at >= sent.start and self.lower[verb_at] in _BROUGHT and self._homeward(count.end, sent):
            return _COUNT_VERBS["repatriated"]  # "police brought 63 suspects back from Cambodia"
        if k + 1 < sent.end and self.lower[k] in _BROUGHT and self._homeward(k + 1, sent) and k > count.end \
                and self._told_as_done(k, sent):
            return _COUNT_VERBS["repatriated"]  # "63 suspects were brought back by chartered plane"
        # "270 Indians who had been held", "deported 98 Chinese who were arrested in January": their past, not this event
        background = "had" in self.lower[count.end:k] or self.lower[count.end:count.end + 1] == ["who"]
        listed = "," in self.words[count.end:k]  # "arrested 30 Thais, detained 20 Lao": the verb before is theirs
        # "deported 771 Chinese nationals arrested in raids": a participle of their past
        reduced = k == count.end and k + 1 < sent.end and (self.lower[k] in _COUNT_VERBS or self.lower[k] in _BROUGHT
                                                            and self.lower[k + 1] in {"home", "back"}) \
            or count.end + 1 < sent.end and self.lower[count.end] in _DESCRIBING  # "intercepted 14 Bolivians suspected of ..."
        # (<verb> <rough words> <number> <people> <participle or clause>: "rescued some 40 Malaysians who
        # were being trafficked"; the verb before the rough words is theirs)
        before = self._before_rough(count.start, sent)
        if before - 1 >= sent.start and self.lower[before] in _PARTICLES:
            before -= 1  # "handed over 90 Thai workers lured to ...": the verb before its particle
        before = self._past_a_told_time(before, sent)  # "deported on Thursday night the 64 Chinese who were ..."
        if (background or listed or reduced) and before >= sent.start and self.lower[before] in _COUNT_VERBS \
                and self._told_as_done(before, sent):
            return _COUNT_VERBS[self.lower[before]]  # "carrying 270 Indians who had been held"
        if reduced and (head := list_head_verb(self.lower, self.like_num, count.start, sent.start, _COUNT_VERBS)) is not None \
                and self._told_as_done(head, sent):
            return _COUNT_VERBS[self.lower[head]]  # "deported 38 Chinese and 12 Filipinos convicted of fraud": the list's verb
        clause = bool({"who", "which", "that", ","} & set(self.lower[count.end:k]))  # (not "50 Kenyans had been rescued")
        if background and clause and k < sent.end and self.lower[k] in _COUNT_VERBS:
            main = self._main_verb_at(k + 1, sent)  # "20 Sri Lankans, who had been trafficked, were rescued"
            if main < sent.end:
                return _COUNT_VERBS[self.lower[main]]
            return _COUNT_VERBS["repatriated"] if self._came_home_after(k + 1, sent) else self._larger_group_act(count, k, sent)
        harm = k < sent.end and self.lower[k] in _COUNT_VERBS and _COUNT_VERBS[self.lower[k]][0] is RelType.AFFECTED
        if (harm or k < sent.end and self.lower[k] not in _COUNT_VERBS) and self._home_after_aside(count, sent):
            return _COUNT_VERBS["repatriated"]  # "40 Chileans, who were trafficked to a den, arrived back in Chile"
        if k < sent.end and self.lower[k] in _COUNT_VERBS and not self.lower[k].endswith("ing") and self._told_as_done(k, sent):
            count.past = "who" in self.lower[count.end:k]  # ("23 citizens, who were rescued in X, flew home on Monday")
            if _COUNT_VERBS[self.lower[k]][0] is RelType.FOUND and self.lower[k + 1:k + 2] == ["and"] \
                    and k + 2 < sent.end and self.lower[k + 2] in _COUNT_VERBS and self.lower[k + 2] != "inside":
                return _COUNT_VERBS[self.lower[k + 2]]  # "were discovered and detained": the act after the finding
            return _COUNT_VERBS[self.lower[k]]
        if (phrasal := phrasal_act(self.lower, k, sent.end)) is not None and self._told_as_done(k, sent):
            return _COUNT_VERBS[phrasal]  # "Two Zorvanian workers passed away in the compound": died
        if k < sent.end and held_captive(self.lower, k, sent.end, sent.start) and (main := self._main_verb_after(count, sent)):
            return main  # "283 Indians detained at scam centres were repatriated": the clause's own verb
        if k + 1 < sent.end and self.lower[k] in _ARRIVED | _BROUGHT and self._homeward(k + 1, sent) \
                and self._told_as_done(k, sent):
            return _COUNT_VERBS["repatriated"]  # "270 Indonesians arrived home", "were brought back by plane"
        if k + 2 < sent.end and self.lower[k:k + 2] == ["arrived", "from"] and count.nationality \
                and self.doc[k + 2].ent_type_ == "COUNTRY" and self.doc[k + 2].ent_id_ not in {"", count.nationality} \
                and self._told_as_done(k, sent):
            return _COUNT_VERBS["repatriated"]  # "nine Filipino victims arrived from Laos": home from abroad
        if k + 1 < sent.end and self.lower[k] in {"in", "on"} and self.lower[k + 1] in {"custody", "detention"}:
            return _COUNT_VERBS["detained"]
        head = list_head_verb(self.lower, self.like_num, count.start, sent.start, _COUNT_VERBS)
        if head is not None and self._told_as_done(head, sent):
            return _COUNT_VERBS[self.lower[head]]  # "arrested 30 Peruvians and 20 Chileans and deported them"
        # ("have been detained abroad and a dozen others identified": the count's own participle, gapped)
        own_participle = count.end < sent.end and self.lower[count.end].endswith("ed") \
            and self.lower[count.end].isalpha() and self.lower[count.end] not in _COUNT_VERBS
        for j in range(count.start - 1, max(sent.start, count.start - 6) - 1, -1):
            if self.doc[j].ent_type_ in {"ROLE", "PERSON", "AGENCY", "ORG"}:
                continue  # ("Warrant Officer X said the three ...": a rank, no act)
            if own_participle and self.lower[j] == "and":
                break
            word = act_named(self.lower, j)  # ("the arrests of 12": the act's own verb)
            if word in _COUNT_VERBS and self._told_as_done(j, sent):
                return _COUNT_VERBS[word]
            if word == "released" and let_out_of(self.lower, j, sent.end) and self._told_as_done(j, sent):
                return _COUNT_VERBS["rescued"]  # "released 260 Thais from compounds": let out of captivity
            if word in {",", ";"} and j < count.start - 1 or self.like_num[j] and word not in _ORDINALS \
                    or word in _OTHER_OBJECT and not self._rounding_about(j, count, sent) or word in _OWN_OBJECT_VERBS \
                    or word in {"that", "by"} or word in _OPENS_CLAUSE:  # ("victims he rescued reported that 1,000 ...": a new clause;
                # "were lured by 12 Chinese recruiters": the people after "by" did the act)
                break  # "received 262 reports involving 336 Malaysians": the verb's object is the reports
        # "Nine Chinese nationals, including the manager, were arrested": read past the aside
        # "Five Kenyan men, victims of a fraud hub in KK Park, were rescued": an apposition too
        after = self.lower[count.end + 1] if count.end + 1 < sent.end else ""
        of_whom = self.lower[count.end + 1:count.end + 3] == ["of", "whom"]  # "The 30 Ugandans, of whom 21 were women, were"
        # "137 foreigners, 80 of them Chinese, were arrested": a part set off after the whole
        part_of_them = count.end + 3 < sent.end and self.like_num[count.end + 1] \
            and self.lower[count.end + 2:count.end + 4] in (["of", "them"], ["of", "whom"])
        # "150 Laotians, many of whom were lured to X with promises of pay, but were made to scam, were
        # flown home": a relative aside on a share of them may run long; the verb after it is the whole's
        share_of_whom = after in _SHARE_WORDS and self.lower[count.end + 2:count.end + 4] == ["of", "whom"]
        aside = self.words[count.end:count.end + 1] == [","] and (after in _ASIDE_LEADS or after in gz.people_nouns() or of_whom
                                                                  or part_of_them or share_of_whom
                                                                  or self._apposed_before_verb(count.end, sent))
        commas = 3 if aside else 0
        named = count.end + 1 < sent.end and self.words[count.end] in {"–", "—", "-"} \
            and self.doc[count.end + 1].ent_type_ == "PERSON"  # "Three agents – A, his brother, B, and C – were arrested"
        if named:
            aside, commas = True, 6
        if not aside and count.end < sent.end and self.lower[count.end] == "aged":
            commas = 1  # "The 19 victims, all Vietnamese aged under 30, were repatriated": the age closes the aside
        clause, verb_seen = False, False  # "9 out of 14 Nepalis who were held ... have been rescued"
        span = 28 if named else 20 if aside or count.noun_role == "out of" else 14
        first = count.end
        if share_of_whom and (close := self._share_aside_close(count.end, sent)) is not None:
            first, span, commas = close + 1, close + 1 - count.end + 14, 0  # (the aside's own verbs are the share's)
        for j in range(first, min(sent.end, count.end + span)):
            word = self.lower[j]
            if word in _OPENS_CLAUSE:
                break  # "12 Chinese were questioned while six Thais were rescued": the verb after is others'
            if word in {"who", "whom", "which"}:
                clause, verb_seen = True, False
            elif clause and of_whom and word == ",":
                clause = False  # (the clause on their parts closes at its comma)
            elif clause:
                verb_seen = verb_seen or word in _COUNT_VERBS
                clause = not (verb_seen and word in {"have", "has", "had", "were", "was", "are", "is"})
                continue
            if word == "and" and j + 1 < sent.end and self.lower[j + 1] in _COUNT_VERBS and not any(
                    w in _COUNT_VERBS or w in _BE for w in self.lower[count.end:j]):
                break  # "accessed the accounts of 200 victims and transferred the money": the doer's second verb
            if word == "inside" and j > count.end and (self.lower[j - 1].endswith("ed") and self.lower[j - 1] not in _COUNT_VERBS
                                                     or self.lower[j - 1] in _STILL_INSIDE
                                                     or not _STAYING.isdisjoint(self.lower[count.end:j])):
                break  # "4 members were based inside Pakistan", "40 Filipinos remain inside a compound": their own state, no one found there
            if word in _COUNT_VERBS and not word.endswith("ing") and self._told_as_done(j, sent):
                if _COUNT_VERBS[word][0] is RelType.REPATRIATED and not _SELF_FREED.isdisjoint(self.lower[count.end:j]):
                    return None  # "a worker got away and went back to Chile": a return of their own
                # ("were carrying fake papers": they carry); "... and freed three": the verb of the number after it
                return None if self.like_num[min(j + 1, sent.end - 1)] else _COUNT_VERBS[word]
            if self.words[j] == "," and self._year_comma(j):
                continue  # "were yesterday Wednesday September 1, 2021 repatriated": a date's own comma
            if self.words[j] == ";" or self.words[j] == "," and commas == 0:
                break
            commas -= self.words[j] == ","
        if count.noun_role == "victim":
            return _COUNT_VERBS["trafficked"]
        return None
