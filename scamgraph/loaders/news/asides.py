"""Event words that tell no event of their own: an aim or a plan, a source ("according to the
warrant", "investigations showed"), a group named by what happened to it, ground taken in a war,
abuses by captors, the people's past in a relative clause, a body's name, a business.

``EventAsides._aim`` asks every screen in turn; the screens it shares with other rules live apart:
``charge_senses`` (charges not laid), ``promised_acts`` (acts meant, guessed, asked for or denied),
``names_and_sources`` (a thing, group, body, business or source named) and ``captors_and_war``
(captors' acts, a war's, the people's past)."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span

from scamgraph.loaders.news.alternatives import one_of_several
from scamgraph.loaders.news.answered_charges import answered_charges
from scamgraph.loaders.news.averted_acts import (
    a_law_allows,
    ahead_of,
    as_a_rule,
    averted,
    culprit_fled,
    elsewhere,
    hard_to_do,
    hindered,
    home_on_leave,
    long_campaign,
    only_enabled,
    pretext,
    prospective,
    warrants_aim,
)
from scamgraph.loaders.news.awaited_acts import awaited_act
from scamgraph.loaders.news.border_flights import crowd_fled_across, driven_to_flee
from scamgraph.loaders.news.captor_agents import held_on
from scamgraph.loaders.news.captors_and_war import _FLED_FROM, CaptorsAndWar
from scamgraph.loaders.news.charge_senses import ChargeSenses, _on_charges
from scamgraph.loaders.news.conditions import conditioned, feared_or_wished, on_condition, passed_over, threatened, weighed
from scamgraph.loaders.news.count_verbs import GOING_THROUGH
from scamgraph.loaders.news.crackdowns_before import moved_for
from scamgraph.loaders.news.event_idioms import searched_for, seized_of_matter, seized_power
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.gang_receivers import to_criminals
from scamgraph.loaders.news.inquiry_frames import fronted_inquiry, sweep_retold
from scamgraph.loaders.news.legal_instruments import names_an_instrument, writ_asked_for
from scamgraph.loaders.news.let_go import freed_by_law, refused_act
from scamgraph.loaders.news.names_and_sources import NamesAndSources
from scamgraph.loaders.news.on_bail import on_bail
from scamgraph.loaders.news.operations import OperationWords
from scamgraph.loaders.news.planned_acts import planned
from scamgraph.loaders.news.promised_acts import _PLANNING, _PROMISING, PromisedActs
from scamgraph.loaders.news.purpose_frames import purpose_only, second_purpose_noun
from scamgraph.loaders.news.running_totals import told_as_total
from scamgraph.loaders.news.served_aims import served_aim
from scamgraph.loaders.news.shared_infinitives import AWAITING, awaited_together
from scamgraph.loaders.news.subheadings import covered_topic, list_headline, subheading
from scamgraph.loaders.news.things_handed import a_thing_given, a_thing_handed
from scamgraph.loaders.news.tried_acts import only_attempted
from scamgraph.loaders.news.whoever_acted import told_of_whoever
from scamgraph.loaders.news.words import _BACKGROUND_RAIDS
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS

_ACTS = frozenset(EVENT_TRIGGERS)
#: Places of captivity a "where" clause may hold people in: no state detains there
_CAPTIVE_PLACES = frozenset({"park", "parks", "compound", "compounds", "hub", "hubs", "camp", "camps", "den", "dens",
                             "centre", "center", "centres", "centers"})
#: Words before such a place that make it the state's: "the immigration detention centre"
_STATE_HOLDERS = frozenset({"detention", "immigration", "police", "holding", "transit", "quarantine", "prison"})
#: Verbs of letting, whose infinitive a denial names as not done
_ALLOWING = frozenset({"allow", "allowed", "allowing", "permit", "permitted", "let"})
#: Verbs of trying whose infinitive names an act aimed at, not done
_TRYING = frozenset({"try", "tries", "trying", "tried", "attempt", "attempts", "attempting", "attempted", "strive",
                     "striving", "struggle", "struggling"})
#: Kinds that "to" turns into an aim or an attempt ("tried to escape", "plotted to kidnap")
_ATTEMPTED_KINDS = {"escape", "kidnapping", "seizure"}
#: Verbs of forbidding, whose "from" and act name what may not be done
_BARRING = frozenset({"barred", "bars", "bar", "banned", "bans", "ban", "prohibited", "prohibits", "prevented",
                      "prevents", "stopped", "stops", "discouraged", "restricted", "forbade", "forbidden"})
#: Words before "crackdown" that make it one on money or rules, not a raid on a place
_PAPER_CRACKDOWNS = frozenset({"financial", "economic", "regulatory", "diplomatic", "legal", "tax", "banking", "visa"})
#: Words of a threat: a death after one is what people risk, not a death told
_THREATENED = frozenset({"face", "faces", "facing", "risk", "risks", "risking", "threatened", "threat", "threats",
                         "fear", "feared", "fears"})
_AWAITING = AWAITING
#: Nouns after an act's noun that make it a plan of the act ("its rescue plan", "a deportation scheme")
_PLANS = frozenset({"plan", "plans", "proposal", "proposals", "scheme", "schemes", "strategy", "policy", "roadmap"})
#: Words that open a condition: an act told after one is not told as done ("if convicted").
_CONDITIONS = frozenset({"if", "unless"})
#: Verbs of saying and knowing that make an "if" after them open a question: "did not say if ...", "unclear if ..."
_ASKING = frozenset({"say", "said", "says", "clear", "unclear", "known", "know", "asked", "ask", "confirm", "confirmed",
                     "disclose", "disclosed", "specify", "specified", "sure", "certain", "wondered"})
_IN_PASSING = {"initially", "previously", "formerly", "originally", "once"}
#: "fled" is an escape only from a place of captivity or from a raid ("fled the compound",
#: "fled across the river during the operation"); otherwise it tells of fugitives
_FLEE = {"fled", "fleeing", "flee", "flees"}
#: Verbs right before "death" that say no one died
_MISSED_DEATH = frozenset({"escaped", "escape", "escaping", "cheated", "avoided", "survived", "narrowly"})
#: Perils one escapes by luck, not captors: "escaped a deadly flood", "escaped death", "escaped unhurt"
_PERILS = frozenset({"death", "flood", "floods", "fire", "blaze", "earthquake", "quake", "storm", "typhoon", "injury",
                     "injuries", "harm", "unhurt", "unharmed", "unscathed", "explosion", "airstrike", "airstrikes",
                     "shelling", "bombing", "collapse",
                     # ("where they had escaped arrest": fugitives who got away, neither an escape from captors nor an arrest)
                     "arrest", "capture", "detection", "prosecution", "justice"})


#: Words of waiting: an act that an infinitive after them names ("awaiting approval to proceed
#: with repatriation") is still to come.
_WAITING_FOR = frozenset({"awaiting", "await", "awaits", "pending"})
#: Pronouns a bare present verb after which tells a habit: "we rescue them", "they raid casinos"
_SUBJECT_PRONOUNS = frozenset({"we", "they", "you"})
#: Adverbs between such a pronoun and its verb: "we also arrest", "they usually deport"
_HABIT_ADVERBS = frozenset({"also", "often", "usually", "always", "sometimes", "still", "then", "now", "normally",
                            "typically", "generally", "only", "just", "regularly", "routinely"})
#: Act words that are past forms though they end in none of the past endings ("held", "caught")
_NOT_PRESENT = frozenset({"held", "caught", "fled", "freed", "kept", "taken", "found", "sent", "brought", "put"})
#: Verbs of getting away before an act's noun: "where they had escaped arrest"
_GOT_AWAY = frozenset({"escaped", "evaded", "avoided", "dodged", "eluded", "escaping", "evading", "avoiding", "eluding"})


class EventAsides(ChargeSenses, PromisedActs, NamesAndSources, CaptorsAndWar, OperationWords):
    """Tests on one event word: whether it tells no happening of its own."""

    @cached_property
    def _not_the_first(self) -> list[int]:
        """Where the document writes "not the first", found once: ``_aim`` asked it of every event
        word by slicing three words at each word before it (~1% of the reader's time)."""
        lower = self.lower
        return [k for k, w in enumerate(lower) if w == "not" and lower[k + 1:k + 3] == ["the", "first"]]

    def _aim(self, i: int, kind: str, sent: Span) -> bool:
        """"targeted for extradition", "tried to escape": a purpose or an attempt, not a happening."""
        before = self.lower[i - 1] if i > sent.start else ""
        if (self.lower[i] in _FLEE or self.lower[i] == "escaped") and culprit_fled(self.lower, i, sent.start):
            return True  # "another suspect fled the building as police moved in": a fugitive, no captive's escape
        if self.lower[i + 1:i + 2] and self.lower[i + 1] in _PLANS:
            return True  # "a clear answer about its rescue plan": a plan, no rescue
        if kind == "sanction" and not {"face", "faces", "facing"}.isdisjoint(self.lower[max(sent.start, i - 4):i]):
            return True  # "operators who break the rules will face severe legal sanctions": a threat, no sanction
        if any(sent.start <= k < i and {";", "but", "as"}.isdisjoint(self.lower[k:i]) for k in self._not_the_first):
            return True  # "This is not the first case involving Lao nationals getting arrested": others, told in general
        dated = not CALENDAR_WORDS.isdisjoint(self.lower[sent.start:sent.end])
        if pretext(self.lower, i, sent.start) or averted(self.lower, i, sent.start) or prospective(self.lower, i, sent.start) \
                or ahead_of(self.lower, i, sent.start) or hard_to_do(self.lower, i, sent.end) \
                or only_enabled(self.lower, i, sent.start) or a_law_allows(self.lower, i, sent.start) \
                or warrants_aim(self.lower, i, sent.start) or home_on_leave(self.lower, i, sent.end) \
                or writ_asked_for(self.lower, i, sent.start) \
                or elsewhere(self.lower, self.like_num, i, sent.start, sent.end, dated) \
                or long_campaign(self.lower, self.like_num, i, sent.start, sent.end, dated) \
                or as_a_rule(self.lower, i, sent.end) or hindered(self.lower, i, sent.start, sent.end):
            return True  # "under the pretext of visiting Laos"; "to avoid a police raid", "evaded arrest": never happened
            # ("requested a search warrant": a writ asked for, none issued yet)
        if kind == "escape" and not _PERILS.isdisjoint(self.lower[i + 1:min(sent.end, i + 4)]):
            return True  # "narrowly escaped a deadly flood", "escaped death": a peril missed, no escape from captors
        if kind == "death" and i > sent.start and self.lower[i - 1] in _MISSED_DEATH:
            return True  # "escaped death", "cheated death": no one died
        if self.lower[i] in _FLEE and not set(self.lower[i + 1:min(sent.end, i + 7)]) & _FLED_FROM \
                and not self._fled_from_captors(i, sent) \
                and not crowd_fled_across(self.lower, self.like_num, i, sent.start, sent.end):
            return True  # "suspects fled to Chiang Rai": fugitives on the run, no escape from captivity
        if kind in _ATTEMPTED_KINDS and self.lower[max(sent.start, i - 2):i] == ["into", "the"]:
            return True  # "an investigation into the abduction of ...": the inquiry's subject
        if kind == "charge" and self.lower[i] in {"charges", "charge"} and _on_charges(self.lower[max(sent.start, i - 6):i]):
            return True  # "arrested on fraud charges", "for trial on gambling-related charges": a ground, no charge laid
        if kind == "charge" and answered_charges(self.lower, i, sent.start):
            return True  # "denied all charges", "pleaded guilty to certain charges": a plea, no charge laid
        if kind == "charge" and self._charges_to_lay(i, sent):
            return True  # "will not hesitate to file charges", "to apprehend and file charges": an aim
        if self._demanded(i, kind, sent):
            return True  # "rights groups called for the swift repatriation of the victims": a demand
        if i > sent.start and self.lower[i - 1] == "from" and not _BARRING.isdisjoint(self.lower[max(sent.start, i - 7):i - 1]):
            return True  # "barred its nationals from visiting parts of Laos": what is forbidden is not done
        if kind == "raid" and self.lower[i] in {"crackdown", "crackdowns"} and i > sent.start \
                and self.lower[i - 1] in _PAPER_CRACKDOWNS:
            return True  # "one of the biggest financial crackdowns on record": frozen money, no raid on a place
        if kind == "raid" and self.lower[i] in {"crackdown", "crackdowns"} and moved_for(self.lower, i, sent.start):
            return True  # "came to Lotland in May because of a crackdown at home": why they moved, no raid told
        if kind == "raid" and self._since_its_start(i, sent):
            return True  # "Since the launch of a special operation in 2023, gangs have moved": a time told from, no raid
        if kind == "death" and not _THREATENED.isdisjoint(self.lower[max(sent.start, i - 8):i]):
            return True  # "face beatings or even death if they try to escape", "feared beatings, torture and
            # even death": a threat, no one died
        if self._spoken_or_recorded(i, kind, sent):
            return True
        if self.attempting and only_attempted(self.lower, i, sent.start, sent.end):
            return True  # "attempted a mass escape", "rescue attempts had failed": an aim, not an act
        if names_an_instrument(self.lower, i, sent.end, sent.start):
            return True  # "signed an extradition treaty in <year>": a treaty, no extradition
        if refused_act(self.lower, i, sent.start):
            return True  # "a judge refused to approve their arrest": no act done
        if on_bail(self.lower, i, sent.end) or freed_by_law(self.lower, i, sent.end):
            self.freed_on_bail = True  # ("Those freed included 14 Malaysians": freed so, not rescued)
            return True  # "freed on bond pending trial", "freed for lack of evidence": the law's release
        if a_thing_handed(self.lower, i, sent.start) or a_thing_given(self.lower, i, sent.end):
            return True  # "the case was handed over": a file
        if kind == "raid" and self._an_enterprise(i, sent):
            return True  # "Zaidi facilitated the entire operation": the crime, not a raid on it
        if before in _CONDITIONS or conditioned(self.lower, i, sent.start) or passed_over(self.lower, i, sent.start) \
                or weighed(self.lower, i, sent.start, sent.end) or on_condition(self.lower, i, sent.start, sent.end) \
                or threatened(self.lower, i, sent.start) or feared_or_wished(self.lower, i, sent.start):
            return True  # "if convicted", "if any nationals are held": a condition; "instead of expelling them"
        if to_criminals(self.lower, i, sent.end):
            return True  # "were passed on to a fraud ring": trafficking, no handover by a state
        if told_as_total(self.lower, i, sent.start, sent.end):
            return True  # "the total number of arrests topped 90": a running total, no one act
        if told_of_whoever(self.lower, i, sent.start, sent.end):
            return True  # "Suspects arrested under the new law will face up to 15 years": a rule, no act
        lead = self.lower[max(sent.start, i - 7):i]
        opening = next((k for k in range(len(lead) - 1, -1, -1) if lead[k] == "whether"
                        or lead[k] == "if" and k > 0 and lead[k - 1] in _ASKING), None)
        if opening is not None and "," not in lead[opening:]:
            return True  # "it was not clear whether he would be deported", "did not say if": a question, not an act
        if awaited_act(self.lower, i, sent.start, _WAITING_FOR):
            return True  # "remain in Myanmar pending their handover", "suspended pending an investigation": to come
        if any(self.lower[k] in GOING_THROUGH for k in range(max(sent.start, i - 3), i)) \
                and all(w in GOING_THROUGH or w in {"and", "the", "their", "rescue", "repatriation"} for w in self.lower[max(sent.start, i - 3):i]):
            return True  # "60 workers are undergoing rescue": under way, not done
        if self.lower[i + 1:i + 4] in (["will", "be", "neither"], ["will", "not", "be"], ["is", "not", "yet"]) \
                or "idea" in self.lower[max(sent.start, i - 7):i] and "when" in self.lower[max(sent.start, i - 5):i]:
            return True  # "return will be neither fast nor sure", "no idea when they will go home"
        awaited = self.lower[max(sent.start, i - 12):i]
        waiting = next((k for k in range(len(awaited) - 1, -1, -1) if awaited[k] in _WAITING_FOR), None)
        if waiting is not None and "to" in awaited[waiting:] and not {",", ";", "and", "but"} & set(awaited[waiting:]):
            return True  # "awaiting approval from the authorities to proceed with repatriation": still to come
        if self._present_habit(i, sent):
            return True  # "we do not arrest victims, we rescue them": what a body does, told in the present
        if kind == "arrest" and before in _GOT_AWAY:
            return True  # "escaped arrest", "evaded capture": no one was arrested
        if before in _IN_PASSING and not (i - 2 >= sent.start and self.doc[i - 2].ent_type_ in {"AGENCY", "ORG"}):
            return True  # "suspects initially detained in Cambodia": their past, told in passing (not "the
            # court initially sentenced the 12": the body's own act)
        if held_on(self.lower, i, sent.start):
            return True  # "the crew are still held in port", "remain held": a state going on, no detention told
        if kind == "rescue" and self.lower[i] in {"freed", "released"} and "ransom" in self.lower[sent.start:sent.end] \
                and not {"paid", "paying", "pays"}.isdisjoint(self.lower[sent.start:sent.end]):
            return True  # "was freed once his family paid a ransom": bought free by the captors' price, no rescue
        if kind == "detention" and "where" in self.lower[max(sent.start, i - 4):i] \
                and any(self.lower[k] in _CAPTIVE_PLACES and self.lower[k - 1] not in _STATE_HOLDERS
                        for k in range(max(sent.start + 1, i - 9), i)):
            return True  # "fled a scam park in Laos where they were detained and beaten": held captive there
        if "without" in self.lower[max(sent.start, i - 3):i]:
            return True  # "left without making the arrests", "released without charge": not done
        if kind == "seizure" and before in {"are", "is"} and not dated:
            return True  # "passports are confiscated on arrival": how a compound works, no seizure told
        if before == "to" and not _ALLOWING.isdisjoint(lead) and not {"not", "n't", "never", "refused"}.isdisjoint(lead):
            return True  # "Cambodia did not allow them to visit the nine": what was refused is not done
        if before == "to" and i - 2 >= sent.start and self.lower[i - 2] in _TRYING:
            return True  # "as officials try to rescue those still held": an attempt (and a plan: ``planned``)
        if kind == "charge" and "face" in self.lower[max(sent.start, i - 3):i] \
                and self.lower[self.lower.index("face", max(sent.start, i - 3)) - 1] == "to":
            return True  # "taken to Oregon to face fraud charges": why they were taken, no charge laid that day
        if before in {"help", "helping"} and self.lower[i - 2:i - 1] == ["to"]:
            return True  # "pleading for the government to help repatriate them": what is asked for
        helped = next((k for k in (i - 2, i - 3) if k > sent.start and self.lower[k] == "help"), None)
        if helped is not None and all(self.words[k][:1].isupper() or self.lower[k] in {"them", "us", "him", "her"}
                                      for k in range(helped + 1, i)):
            return True  # "proposed the authorities help Vietnam repatriate the citizens": help still to give
        if self._a_source(i, sent):
            return True  # "according to the arrest warrants, they defrauded ...": where the story comes from
        if kind == "investigation" and (self._inquiry_aided_or_headed(i, sent)
                                        or fronted_inquiry(self.lower, i, sent.start, sent.end)):
            return True
        if kind == "investigation" and "raid" in self.last_of_type \
                and sweep_retold(self.lower, self.like_num, i, sent.start, sent.end):
            return True  # "The joint probe covered seven sites": the raid told before, told again
        if kind not in self.last_of_type and subheading(self.text, sent.start_char, sent.end_char, len(sent)) \
                and not self._in_title():
            return True  # a subheading ("Escape from the compound") names no act the story has not told
        if covered_topic(self.lower, i, sent.start):
            return True  # "Our live coverage of the regional crackdown continues": what the page follows, no act
        if i - 1 >= sent.start and self.lower[i - 1] in {"every", "each"} and not self.lower[i].endswith("ed"):
            return True  # "Every raid is followed by a relocation": what happens each time, no one act
            # (not "the two were each sentenced to", whose "each" floats before a verb)
        if list_headline(self.text, self.idx[i]) and not self.lower[i].endswith("ed"):
            return True  # "Key events - Police raid casino zone": a headline of what the text tells below
            # (not "- Officers seized 40 phones": the story's own point, told in the past, is read)
        if kind == "seizure" and seized_of_matter(self.lower, i, sent.end):
            return True  # "the government is fully seized of the matter": dealing with it, no seizure
        if seized_power(self.lower, i, sent.end) or searched_for(self.lower, i, sent.end):
            return True  # "seized power", "the reunion captured the relief of her family", "I searched for jobs"
        if served_aim(self.lower, i, sent.start, sent.end, _ACTS):
            return True  # "deployed a team to assist in the repatriation of 40": what the step is for
        if self._denied(i, sent):
            return True  # "we can't proceed with repatriation", "they were never deported": it did not happen
        if before == "be" and self.lower[i - 2] == "to" and self.lower[i - 3] in _AWAITING \
                or awaited_together(self.lower, self.words, i, sent.start, _AWAITING):
            return True  # "333 still needed to be rescued", "waiting to be deported": a prospect
        if self._hypothetical(i, sent) or self._promised_clause(i, sent) \
                or planned(self.lower, i, sent.start, sent.end, _PLANNING | _PROMISING):
            return True  # "they could be deported", "will be sent home", "plans to deport": not told as done
        if before == "to" and self.lower[i - 2] in {"managed", "able"}:
            return False  # "managed to escape", "were able to flee": it happened
        if purpose_only(self.lower, i, sent.start) or second_purpose_noun(self.lower, i, sent.start):
            return True  # "how to rescue them", "the mission was to free them", "held for checks and deportation"
        if self._promised_noun(i, sent):
            return True  # "pledged to hasten the expulsion of ...": not an act told (an order is a demand, above)
        if before == "to" and self._aim_of_a_plan(i, sent):
            return True  # "plans to negotiate with Cambodia to repatriate them": a plan's aim
        if before != "to" and self._noun_aim_of_a_plan(i, sent):
            return True  # "plans to trace the backers to ensure a full crackdown": the same aim, as a noun
        # "cut power to the towns to crackdown on scams": a policy's aim, not a raid; "allowed to
        # return home", "waiting to return home": a prospect (but "managed to return home" above)
        if driven_to_flee(self.lower, i, sent.start) and self.lower[i] in _FLEE:
            return False  # "the shelling caused thousands to flee over the border": it happened
        return before == "for" or (before == "to" and (kind in _ATTEMPTED_KINDS or self.lower[i] in _BACKGROUND_RAIDS
                                                       or self.lower[i] == "return"))

    def _present_habit(self, i: int, sent: Span) -> bool:
        """"We rescue them", "they also deport the workers": an act verb in its bare present right
        after a subject pronoun (past an adverb) tells what someone does as a rule, in a quote or
        not; a story tells its acts done in the past ("we rescued 19 on Saturday"). (A phrase's
        first word, "they were interrogated", is no such verb.)"""
        word = self.lower[i]
        if word not in _ACTS or word.endswith(("ed", "ing", "s", "en")) or word in _NOT_PRESENT:
            return False
        k = i - 1
        if k > sent.start and self.lower[k] in _HABIT_ADVERBS:
            k -= 1
        return k >= sent.start and self.lower[k] in _SUBJECT_PRONOUNS

    def _alternative(self, i: int, sent: Span) -> bool:
        """"gangs luring, kidnapping or coercing workers", "arrest or deportation", "people being
        kidnapped, confined, or going missing": one of several things that may happen, told in
        general, not a happening."""
        return "or" in self.lower_set and one_of_several(self.lower, i, sent.start, sent.end)
