"""Event words that tell no event of their own: an aim or a plan, a source ("according to the
warrant", "investigations showed"), a group named by what happened to it, ground taken in a war,
abuses by captors, the people's past in a relative clause, a body's name, a business."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.alternatives import one_of_several
from scamgraph.loaders.news.answered_charges import answered_charges
from scamgraph.loaders.news.averted_acts import (
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
from scamgraph.loaders.news.border_flights import crowd_fled_across, driven_to_flee
from scamgraph.loaders.news.captor_agents import held_on
from scamgraph.loaders.news.conditions import conditioned, feared_or_wished, on_condition, passed_over, threatened, weighed
from scamgraph.loaders.news.crackdowns_before import moved_for
from scamgraph.loaders.news.custody_purposes import for_custody, to_custody, to_named_custodian
from scamgraph.loaders.news.demands import SEEKING, asked_for
from scamgraph.loaders.news.enterprise_predicates import told_as_business
from scamgraph.loaders.news.enterprise_ties import tied_to_enterprise
from scamgraph.loaders.news.event_idioms import searched_for, seized_of_matter, seized_power
from scamgraph.loaders.news.gang_receivers import to_criminals
from scamgraph.loaders.news.inquiry_frames import fronted_inquiry, sweep_retold
from scamgraph.loaders.news.legal_instruments import names_an_instrument
from scamgraph.loaders.news.let_go import freed_by_law, refused_act
from scamgraph.loaders.news.negated_subjects import denied_by_subject, denied_clause
from scamgraph.loaders.news.on_bail import on_bail
from scamgraph.loaders.news.operations import OperationWords
from scamgraph.loaders.news.planned_acts import FUTURE, planned
from scamgraph.loaders.news.purpose_frames import purpose_only, second_purpose_noun
from scamgraph.loaders.news.running_totals import told_as_total
from scamgraph.loaders.news.served_aims import served_aim
from scamgraph.loaders.news.shared_infinitives import AWAITING, awaited_together
from scamgraph.loaders.news.subheadings import subheading
from scamgraph.loaders.news.things_handed import a_thing_given, a_thing_handed
from scamgraph.loaders.news.those_named import names_people_of_another_act
from scamgraph.loaders.news.tried_acts import only_attempted
from scamgraph.loaders.news.words import (
    CURRENCIES,
    GOING_THROUGH,
    _BACKGROUND_RAIDS,
    _BE,
    _BUSINESS_BEFORE_OPERATION,
    _CUSTODIANS,
    _PROSPECT,
    _WARRANT_PHRASE_OPENINGS,
    EVENT_TRIGGERS,
)
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
#: Acts a verb of seeking asks for ("seeking the arrest of"); a seizure "sought" in a complaint is told done
_SOUGHT_KINDS = frozenset({"arrest", "extradition", "rescue", "repatriation"})  # ("sought the rescue of 24 Indians")
#: Words after "a raided" that show the participle is a verb after all, not an adjective
_NOT_A_NOUN = {"in", "on", "at", "by", "from", "to", "and", "or", "the", "a", "an", "with", "for", "of"}
#: Words that tell ground taken or freed in a war when a place is what they act on
_TAKEN = {"liberated", "freed", "captured", "seized", "recaptured"}
#: Places an army takes or loses: "the army captured the Silver Moon compound", "recaptured the base"
_HELD_GROUND = frozenset({"compound", "compounds", "base", "bases", "camp", "camps", "hub", "hubs", "park"})
_TERRITORY = {"town", "towns", "city", "village", "villages", "territory", "district", "region", "township", "province",
              "state", "outpost", "capital", "hill", "checkpoint"}
#: Verbs of planning or wishing, whose next step's aim is not yet an act: "plans to negotiate ... to repatriate"
_PLANNING = {"plans", "plan", "planned", "planning", "intends", "intend", "aims", "seeks", "seek", "hopes", "wants",
             "proposed", "proposes"}
#: Nouns of a start: "since the launch of the crackdown", "since the start of the operation"
_STARTING = frozenset({"launch", "start", "beginning", "onset", "outset"})
#: Verbs of promising, whose infinitive names an act meant, not done ("pledged to hasten the expulsion")
_PROMISING = frozenset({"vowed", "vows", "vow", "pledged", "pledges", "pledge", "promised", "promises", "promise",
                        "committed", "undertook", "sought", "seeks", "aims", "aimed", "plans", "planned", "wants",
                        "agreed", "agree", "agrees", "resolved"})  # ("agreed to launch joint crackdowns")
#: Modals of what could, might or will happen: none tells an act done ("can finally escape": able to;
#: "will" and the reported "would" tell a plan, and a plan is no event: ``planned_acts``)
_HYPOTHETICAL = {"could", "might", "may", "should", "must", "can", "cannot"} | FUTURE
#: Verbs of forbidding, whose "from" and act name what may not be done
_BARRING = frozenset({"barred", "bars", "bar", "banned", "bans", "ban", "prohibited", "prohibits", "prevented",
                      "prevents", "stopped", "stops", "discouraged", "restricted", "forbade", "forbidden"})
#: Words before "crackdown" that make it one on money or rules, not a raid on a place
_PAPER_CRACKDOWNS = frozenset({"financial", "economic", "regulatory", "diplomatic", "legal", "tax", "banking", "visa"})
#: Words of a threat: a death after one is what people risk, not a death told
_THREATENED = frozenset({"face", "faces", "facing", "risk", "risks", "risking", "threatened", "threat", "threats",
                         "fear", "feared", "fears"})
#: Adverbs that make a "will" or "would" a guess ("will probably be deported")
_HEDGES = frozenset({"probably", "likely", "possibly", "perhaps", "maybe"})
#: Past verbs of finding: an inquiry as their subject is where the story comes from ("the probe revealed")
_PAST_FINDINGS = {"showed", "revealed", "found", "indicated", "suggested", "established", "uncovered", "discovered"}
#: The same in the present and "confirmed": "investigations suggest that ...", "the probe confirmed that ..."
_FINDINGS = _PAST_FINDINGS | {"shows", "reveals", "suggest", "suggests", "indicate", "indicates", "confirmed", "confirms"}
#: Words between an inquiry and its finding: "investigations have revealed", "the probe has also shown"
_FINDING_AUXILIARIES = frozenset({"has", "have", "had", "also", "so", "far", "further"})
_INQUIRIES = {"investigation", "investigations", "probe", "inquiry"}
#: What records a scene: "footage captured an explosion" is no arrest.
_RECORDINGS = {"footage", "video", "videos", "camera", "cameras", "cctv", "images", "photos", "photographs", "recorded",
               "media", "photographers", "journalists", "reporters", "broadcasters"}
#: Verbs whose object an act serves, not an act itself: "to facilitate investigations"
_ENABLING = {"facilitate", "assist", "aid", "support", "serve", "help", "enable", "allow", "expedite"}
#: Heads of an office named after its work: "head of investigations", "chief of investigation"
_OFFICE_HEADS = {"head", "chief", "director", "deputy", "commander", "officer", "division", "department", "bureau"}
#: Names of crimes: an event word listed with one names a crime too ("accused of scams and kidnapping")
_CRIME_NOUNS = {"scam", "scams", "fraud", "frauds", "trafficking", "laundering", "extortion", "smuggling", "gambling",
                "crime", "crimes", "cybercrime", "cybercrimes",
                # ("executed ... for murder, kidnapping and trafficking crimes")
                "murder", "murders", "homicide", "homicides", "rape", "robbery", "theft", "bribery", "corruption",
                "drugs", "narcotics", "racketeering", "arson"}
_AWAITING = AWAITING
#: Nouns after an act's noun that make it a plan of the act ("its rescue plan", "a deportation scheme")
_PLANS = frozenset({"plan", "plans", "proposal", "proposals", "scheme", "schemes", "strategy", "policy", "roadmap"})
#: Negators, and the words that may stand between one and the event word it denies
#: ("no charges had been decided": the determiner "no" denies the noun it stands before)
_NEGATORS = {"not", "never", "n't", "n’t", "cannot", "unable", "failed", "fails", "fail", "refused", "refuses", "no",
             "refuse", "refusing", "declined", "declines", "decline", "declining"}  # ("continue to refuse evacuation")
#: Nouns of lacking: the act "of" after one is wanting ("a lack of arrest warrants")
_WANTING = frozenset({"lack", "absence", "want"})
_NEGATED_GAP = {"be", "been", "being", "yet", "have", "get", "got", "proceed", "with", "the", "a", "an", "to",
                "press", "file", "bring", "lay"}  # ("cannot press charges", "did not file charges")
_AUXILIARIES = {"were", "was", "had", "have", "has", "are", "is", "been", "being", "be"}
_ADVERBS = {"later", "then", "also", "soon", "still", "since", "once", "all", "both"}
_STILL_IN_CLAUSE = {"and", "or", "into", "in", "to", "for", "of", "under", "the", "a", "an", "their", "his", "her"}
#: Words that open a condition: an act told after one is not told as done ("if convicted").
_CONDITIONS = frozenset({"if", "unless"})
#: Verbs of saying and knowing that make an "if" after them open a question: "did not say if ...", "unclear if ..."
_ASKING = frozenset({"say", "said", "says", "clear", "unclear", "known", "know", "asked", "ask", "confirm", "confirmed",
                     "disclose", "disclosed", "specify", "specified", "sure", "certain", "wondered"})
#: Words after "charged" that name the ground or the place of a charge laid
_CHARGE_GROUNDS = frozenset({"with", "for", "over", "under", "in", "after", "on", "by", "before", "at"})
#: Verbs of running or paying for a business, whose object "operation" is the criminals' own
_RUNNING = frozenset({"ran", "run", "runs", "running", "operating", "operated", "operate", "facilitated", "facilitating", "masterminded", "financed",
                      "funded", "bankrolled"})
#: Nouns of places and businesses that "the raided" names: "the raided hub", "the raided firm"
_RAIDED_PLACES = frozenset({"hub", "hubs", "office", "offices", "premises", "site", "sites", "facility", "firm",
                            "company", "establishment", "centre", "center", "den", "house"})
#: Criminal bodies whose own "operation" is their enterprise: "the ring's operation"
_CRIMINAL_BODIES = frozenset({"ring", "gang", "syndicate", "network", "cartel", "racket", "mafia", "triad", "group"})
_ENTERPRISE_FILLERS = frozenset({"the", "an", "a", "this", "their", "his", "her", "its", "entire", "whole", "scam", "cyber", "online",
                                 "fraud", "criminal", "illegal"})
#: Places one is charged or sent to, not tasks: "charged ... to court"
_CUSTODY_PLACES = frozenset({"court", "courts", "prison", "jail", "trial", "custody"})
_IN_PASSING = {"initially", "previously", "formerly", "originally", "once"}
#: Verbs that lay charges: "to file charges", "to press charges" tell charges still to be laid
_LAYING = {"file", "press", "bring", "lay", "level", "filing"}
#: Words that close a speaker's clause: a future before one is not the future of what comes after
_CLAUSE_BREAKS = frozenset({";", "said", "says", "added", "told", "but", "after", "before", "since", "when", "had",
                            "have", "has", "was", "were", "filed", "laid", "brought", "pressed"})
_GROUP_NOUNS = {"group", "groups", "people", "persons", "individuals", "citizens", "nationals", "workers", "victims",
                "suspects", "men", "women", "foreigners", "migrants"}
#: A party of people and the words that rank it among others: "the first batch repatriated"
_PARTIES = frozenset({"batch", "batches", "group", "groups", "wave", "planeload", "busload"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "next", "final", "new"})
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
_FLED_FROM = {"compound", "compounds", "captors", "captivity", "centre", "center", "camp", "building", "hub", "park",
              "zone", "during", "raid", "raids", "operation",
              # the captors or the raid told by its verb: "fled scam syndicates", "fled as soldiers raided X"
              "syndicate", "syndicates", "gang", "gangs", "traffickers", "employers", "bosses", "raided", "stormed",
              "crackdown"}


#: Words before "to (have)" and an act that tell it as due, not done ("about to raid", "was
#: supposed to have escaped", "were meant to be deported")
_ONLY_EXPECTED = frozenset({"about", "supposed", "meant"})

#: Words of waiting: an act that an infinitive after them names ("awaiting approval to proceed
#: with repatriation") is still to come.
_WAITING_FOR = frozenset({"awaiting", "await", "awaits", "pending"})
#: Verbs of getting away before an act's noun: "where they had escaped arrest"
_GOT_AWAY = frozenset({"escaped", "evaded", "avoided", "dodged", "eluded", "escaping", "evading", "avoiding", "eluding"})


#: Words of a time told between a verb of promising and its "to": "vowed on Monday to hasten ..."
_PROMISE_TIMES = frozenset({"on", "last", "this", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday", "yesterday", "today", "again", "anew", "publicly", "earlier"})


def _promised_after(lead: list[str], to: int) -> bool:
    """The "to" at ``to`` follows a verb of promising, directly or past a time of the promise
    ("pledged on Tuesday to speed up the return of ...", "vowed again to hasten ...")."""
    k = to - 1
    while k > 0 and to - k <= 3 and lead[k] in _PROMISE_TIMES:
        k -= 1
    return lead[k] in _PROMISING


class EventAsides(OperationWords):
    """Tests on one event word: whether it tells no happening of its own."""

    def _names_a_thing(self, i: int, sent: Span) -> bool:
        """"over a raided gaming hub in Porac where ...": a participle between "a" and its noun says
        what the thing is, as any adjective would; it tells no event of its own."""
        if i > sent.start and i + 1 < sent.end and self.lower[i - 1] == "the" and self.lower[i] == "raided" \
                and any(EVENT_TRIGGERS.get(w) not in {None, "raid"} for w in self.lower[sent.start:sent.end]):
            return True  # "X, the manager of the raided Golden Reed hub, was arrested": the hub raided before
        if i == sent.start or i + 1 >= sent.end or self.lower[i - 1] not in {"a", "an"}:
            return False
        after = self.words[i + 1]
        return self.lower[i].endswith("ed") and after.isalpha() and after.islower() \
            and after not in _NOT_A_NOUN and not after.endswith("ly") and (self.lower[i], after) not in _WARRANT_PHRASE_OPENINGS

    def _named_group(self, i: int, sent: Span) -> bool:
        """"the deported group", "those rescued workers": people named by what happened to them
        in an event told before; no new event."""
        before = self.lower[i - 1] if i > sent.start else ""
        if self.lower[i].endswith("ed") and before in _PARTIES and i - 2 >= sent.start and self.lower[i - 2] in _ORDINALS \
                and self.lower[sent.start] in {"this", "it", "that", "they", "these"}:
            return True  # "This is the first batch repatriated from Cambodia this year": the people told, again
        if not self.lower[i].endswith("ed") or before not in {"the", "these", "those", "a", "its", "their", "our"}:
            return False
        if any(w in gz.site_heads() or w in _RAIDED_PLACES for w in self.lower[i + 1:min(sent.end, i + 5)]) \
                and not set(self.lower[i + 1:min(sent.end, i + 5)]) & {"by", "on", "in", "at", "during", "and", ","}:
            return True  # "an incorporator of the raided offshore gaming hub X": a place named by its raid, told before
        if names_people_of_another_act(self.lower, i, sent.start, sent.end):
            return True  # "those arrested could be extradited on <day>": people named; the day is another act's
        k = i + 1  # "the arrested Chinese nationals", "the rescued Sri Lankans": a demonym on the way
        while k < min(sent.end, i + 4) and (self.doc[k].ent_type_ == "NORP" or self.lower[k] == "foreign"):
            k += 1
        return k < sent.end and self.lower[k] in _GROUP_NOUNS or k > i + 1 and self.doc[k - 1].ent_type_ == "NORP"

    def _aim(self, i: int, kind: str, sent: Span) -> bool:
        """"targeted for extradition", "tried to escape": a purpose or an attempt, not a happening."""
        before = self.lower[i - 1] if i > sent.start else ""
        if (self.lower[i] in _FLEE or self.lower[i] == "escaped") and culprit_fled(self.lower, i, sent.start):
            return True  # "another suspect fled the building as police moved in": a fugitive, no captive's escape
        if self.lower[i + 1:i + 2] and self.lower[i + 1] in _PLANS:
            return True  # "a clear answer about its rescue plan": a plan, no rescue
        if kind == "sanction" and not {"face", "faces", "facing"}.isdisjoint(self.lower[max(sent.start, i - 4):i]):
            return True  # "operators who break the rules will face severe legal sanctions": a threat, no sanction
        if any(self.lower[k:k + 3] == ["not", "the", "first"] and {";", "but", "as"}.isdisjoint(self.lower[k:i])
               for k in range(sent.start, i)):
            return True  # "This is not the first case involving Lao nationals getting arrested": others, told in general
        dated = not CALENDAR_WORDS.isdisjoint(self.lower[sent.start:sent.end])
        if pretext(self.lower, i, sent.start) or averted(self.lower, i, sent.start) or prospective(self.lower, i, sent.start) \
                or ahead_of(self.lower, i, sent.start) or hard_to_do(self.lower, i, sent.end) \
                or only_enabled(self.lower, i, sent.start) \
                or warrants_aim(self.lower, i, sent.start) or home_on_leave(self.lower, i, sent.end) \
                or elsewhere(self.lower, self.like_num, i, sent.start, sent.end, dated) \
                or long_campaign(self.lower, self.like_num, i, sent.start, sent.end, dated) \
                or as_a_rule(self.lower, i, sent.end) or hindered(self.lower, i, sent.start, sent.end):
            return True  # "under the pretext of visiting Laos"; "to avoid a police raid", "evaded arrest": never happened
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
        lead = self.lower[max(sent.start, i - 7):i]
        opening = next((k for k in range(len(lead) - 1, -1, -1) if lead[k] == "whether"
                        or lead[k] == "if" and k > 0 and lead[k - 1] in _ASKING), None)
        if opening is not None and "," not in lead[opening:]:
            return True  # "it was not clear whether he would be deported", "did not say if": a question, not an act
        if i - 2 >= sent.start and self.lower[i - 2] in _WAITING_FOR and self.lower[i - 1] in {"their", "his", "her", "its", "the"}:
            return True  # "remain in Myanmar pending their handover", "awaiting their repatriation": still to come
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
            return True  # "pledged to hasten the expulsion of ...": what was promised, not an act told
        if before == "to" and self._aim_of_a_plan(i, sent):
            return True  # "plans to negotiate with Cambodia to repatriate them": a plan's aim
        # "cut power to the towns to crackdown on scams": a policy's aim, not a raid; "allowed to
        # return home", "waiting to return home": a prospect (but "managed to return home" above)
        if driven_to_flee(self.lower, i, sent.start) and self.lower[i] in _FLEE:
            return False  # "the shelling caused thousands to flee over the border": it happened
        return before == "for" or (before == "to" and (kind in _ATTEMPTED_KINDS or self.lower[i] in _BACKGROUND_RAIDS
                                                       or self.lower[i] == "return"))

    def _charges_to_lay(self, i: int, sent: Span) -> bool:
        """"to file charges", "an inquiry to apprehend and file appropriate charges", "referred for
        investigation and filing of charges": charges as the object of an infinitive (or of a filing
        an act is "for") are what someone means to do, not charges laid; so are charges a future
        governs ("we will hear the witnesses and then file charges against them", "will work with
        prosecutors in filing charges": a modal of the future before the laying verb, in one clause
        of one speaker)."""
        verb = next((k for k in range(i - 1, max(sent.start, i - 3) - 1, -1) if self.lower[k] in _LAYING), None)
        if verb is None:
            return False
        if not {"to", "for"}.isdisjoint(self.lower[max(sent.start, verb - 4):verb]):
            return True
        future = next((k for k in range(verb - 1, sent.start - 1, -1) if self.lower[k] in FUTURE), None)
        return future is not None and _CLAUSE_BREAKS.isdisjoint(self.lower[future:verb])

    def _spoken_or_recorded(self, i: int, kind: str, sent: Span) -> bool:
        """"was about to raid", "was supposed to have escaped": a prospect; "charged in a statement that ...", "charged that ...": an
        accusation spoken, no charge laid; "footage captured an explosion": a recording, no arrest."""
        k = i - 1
        while k > sent.start and self.lower[k] in {"have", "be", "been"} and k >= i - 2:
            k -= 1  # ("was supposed to have escaped", "were meant to be repatriated")
        if k - 1 >= sent.start and self.lower[k] == "to" and self.lower[k - 1] in _ONLY_EXPECTED:
            return True  # "was about to raid", "was supposed to have escaped ... but failed": a prospect
        after = self.lower[i + 1:min(sent.end, i + 4)]
        if kind == "charge" and self.lower[i] == "charged" and after and (after[0] == "that" or after[:1] == ["in"]
                                                                          and "statement" in after):
            return True
        if kind == "charge" and self.lower[i] == "charged" and self._tasked(i, sent):
            return True
        if kind == "charge" and self.lower[i] in {"charged", "charging", "charges"} and self._a_price(i, sent):
            return True  # "the agents charged each recruit RM400": a fee asked, no charge laid
        return self.lower[i] == "captured" and bool(_RECORDINGS & set(self.lower[max(sent.start, i - 6):i]))

    def _an_enterprise(self, i: int, sent: Span) -> bool:
        """"facilitated the entire operation", "organizers running the operation": the object of a verb
        of running or paying for a business is the criminals' enterprise, past an article and an adjective."""
        if self.lower[i] not in {"operation", "operations"}:
            return False
        k = i - 1
        while k > sent.start and self.lower[k] in _ENTERPRISE_FILLERS:
            k -= 1
        if told_as_business(self.lower, i, sent.end):
            return True  # "the operation made 40 million pesos": its takings
        if k - 1 >= sent.start and self.lower[k] in {"'s", "’s"} and (self.doc[k - 1].ent_type_ == "PERSON"
                                                                     or self.lower[k - 1] in _CRIMINAL_BODIES):
            return True  # "Haider's operation was a network of touts", "a ring's operation in Tainan": theirs
        return self.lower[k] in _RUNNING and k < i - 1 or tied_to_enterprise(self.lower, i, sent.start)

    def _a_price(self, i: int, sent: Span) -> bool:
        """A sum of money follows "charged" within a few words, before any ground of a charge:
        "charged each recruit between RM400 and RM900", "charging victims $500 a month"."""
        for k in range(i + 1, min(sent.end, i + 6)):
            word = self.lower[k]
            if word in _CHARGE_GROUNDS:
                return False
            if word[:1] in {"$", "€", "£", "¥"} or word[:2] in {"rm", "rp", "us"} and word[2:3].isdigit() \
                    or word in CURRENCIES or word in {"fee", "fees"}:
                return True
        return False

    def _tasked(self, i: int, sent: Span) -> bool:
        """"charged the ambassador in Jakarta, Mr Tomas Okello, to lead the talks":
        "charged" with an object and an infinitive gives someone a task; a charge laid names its ground
        ("charged with fraud", "charged over", "charged in court") before any such infinitive."""
        if self.lower[i + 1:i + 2] == ["to"]:
            return False  # "charged to court": arraigned, with no one given a task
        for k in range(i + 1, min(sent.end - 1, i + 16)):
            if self.lower[k] in _CHARGE_GROUNDS:
                return False
            if self.lower[k] == "to" and self.words[k + 1].isalpha() and self.words[k + 1].islower() \
                    and self.lower[k + 1] not in _CUSTODY_PLACES:
                return True  # ("to Malaysia": a place, capitalized; "to spearhead": a verb)
        return False

    def _alternative(self, i: int, sent: Span) -> bool:
        """"gangs luring, kidnapping or coercing workers", "arrest or deportation", "people being
        kidnapped, confined, or going missing": one of several things that may happen, told in
        general, not a happening."""
        return "or" in self.lower_set and one_of_several(self.lower, i, sent.start, sent.end)

    def _hypothetical(self, i: int, sent: Span) -> bool:
        """A modal of possibility or of the future right before the event word, past only "be",
        "have been", "face", an adverb and a hedge ("could soon be deported", "will probably be
        deported", "will face charges")."""
        k = _before_going_ahead(self.lower, i - 1, sent.start)  # ("will proceed with deporting all 40")
        while k > sent.start and (self.lower[k] in {"be", "have", "been", "face"} or self.lower[k].endswith("ly")
                                  or self.lower[k] in {"soon", "also", "then", "still", "now"} or self.lower[k] in _HEDGES):
            k -= 1
        if k > sent.start and self.lower[k] == "to" and self.lower[k - 1] in {"likely", "unlikely"}:
            return True  # "are likely to be deported": a guess
        return k >= sent.start and self.lower[k] in _HYPOTHETICAL and self.words[k] != "May"  # (the month)

    def _promised_clause(self, i: int, sent: Span) -> bool:
        """"vowed they would be repatriated within 10 days", "promised that the workers will be
        brought home": the act of a clause a verb of promising governs, told with "would" or "will",
        is what someone means to do, not a happening."""
        k = i - 1
        while k > sent.start and self.lower[k] in {"be", "soon", "all", "also", "quickly", "safely"}:
            k -= 1
        if k <= sent.start or self.lower[k] not in {"would", "will", "'ll"}:
            return False
        for j in range(k - 1, max(sent.start, k - 5) - 1, -1):
            if self.lower[j] in _PROMISING:
                return True
            if self.words[j] in {",", ";", ":"} or self.lower[j] in EVENT_TRIGGERS:
                return False
        return False

    def _demanded(self, i: int, kind: str, sent: Span) -> bool:
        """"called for the repatriation of", "urged the immediate release and return of", "demanding
        the extradition of", and for a person's arrest or extradition "a notice seeking the arrest
        of": what someone asks for has not happened."""
        return asked_for(self.lower, i, sent.start) \
            or kind in _SOUGHT_KINDS and asked_for(self.lower, i, sent.start, SEEKING)

    def _a_source(self, i: int, sent: Span) -> bool:
        """"According to the arrest warrant", "according to the indictment": a paper named as where a
        story comes from, like a speaker, not a happening told."""
        k = i - 1
        while k > sent.start and (self.lower[k] in {"the", "a", "an", "its", "their", "his", "her", "arrest", "court"}
                                  or self.lower[k] in EVENT_TRIGGERS):
            k -= 1
        if self.lower[i] in _INQUIRIES and i + 1 < sent.end and self.lower[i + 1] in _PAST_FINDINGS:
            return True  # "preliminary investigations showed that ...": the inquiry speaks, like a source
        return k > sent.start and self.lower[k - 1:k + 1] == ["according", "to"]

    def _finding_verb(self, i: int, sent: Span) -> int | None:
        """"investigations have revealed that ...", "the probe suggests": the position of the
        inquiry's finding verb right after it, past only auxiliaries (what follows it is what was
        found, with days of its own); None where none follows."""
        k = i + 1
        while k < sent.end and self.lower[k] in _FINDING_AUXILIARIES:
            k += 1
        found = k < sent.end and (self.lower[k] in _FINDINGS or k > i + 1 and self.lower[k] == "shown")
        return k if found else None

    def _denied(self, i: int, sent: Span) -> bool:
        """A negation governs the event word: "not", "never" or "n't" right before it, past only
        auxiliaries and a light "proceed with" ("could not be repatriated", "can't proceed with repatriation"),
        a noun of lacking before "of" ("a lack of arrest warrants"), a negative subject in its clause ("none of them escaped"),
        or a verb of denial governing its clause ("denied reports that they were detained")."""
        k = i - 1
        while k > sent.start and self.lower[k] in _NEGATED_GAP:
            k -= 1
        if k > sent.start and self.lower[k] == "of" and self.lower[k - 1] in _WANTING:
            return True  # "a lack of arrest warrants", "in the absence of charges": none there
        for j in range(max(sent.start, i - 6), i - 1):  # "It was not a police raid": no such act
            if self.lower[j] in {"not", "never"} and self.lower[j + 1] in {"a", "an"} \
                    and all(w.isalpha() for w in self.lower[j + 2:i]):
                return True
        return k >= sent.start and self.lower[k] in _NEGATORS or denied_by_subject(self.lower, i, sent.start) \
            or denied_clause(self.lower, i, sent.start)  # "denied that any Vietnamese had been detained"

    def _inquiry_aided_or_headed(self, i: int, sent: Span) -> bool:
        """"handed over to police to facilitate investigations": the inquiry a step serves is its aim;
        "head of investigations at the immigration department": an office's name, not an inquiry."""
        k = i - 1
        while k > sent.start and self.lower[k] in {"the", "their", "its", "further", "ongoing"}:
            k -= 1
        if self.lower[k] in _ENABLING and self.lower[k - 1] == "to":
            return True
        return self.lower[k] == "of" and self.lower[k - 1] in _OFFICE_HEADS

    def _since_its_start(self, i: int, sent: Span) -> bool:
        """"Since the launch of a special operation ...", "since the start of the crackdown": the
        campaign is the point the time is told from, in a clause that tells what happened since."""
        lead = self.lower[max(sent.start, i - 7):i]
        return "since" in lead and not _STARTING.isdisjoint(lead[lead.index("since"):])

    def _promised_noun(self, i: int, sent: Span) -> bool:
        """"pledged to hasten the expulsion of ...", "promised to ensure the return of ...": an
        act noun that an infinitive after a verb of promising governs (within four words, six past a
        second infinitive after "and"; no clause break between) is what someone means to do, not a
        happening."""
        if self.lower[i].endswith("ed"):
            return False
        lead = self.lower[max(sent.start, i - 8):i]
        at = next((k for k in range(len(lead) - 2, 0, -1) if lead[k] == "to" and _promised_after(lead, k)), None)
        if at is None or {",", ";", "after", "when"} & set(lead[at:]):
            return False
        # ("agreed to deepen cooperation and launch crackdowns": a second infinitive shares the "to";
        # not "agreed to talks and raided": a verb of its own)
        joined = [k for k in range(at, len(lead) - 1) if lead[k] == "and"]
        if not joined:
            return len(lead) - at <= 5  # (four words at most between "to" and the act word)
        return not lead[joined[-1] + 1].endswith(("ed", "s"))

    def _aim_of_a_plan(self, i: int, sent: Span) -> bool:
        """"The ministry plans to talk with Lao officials to repatriate the workers": the sending
        home is what a planned step is for, two steps from happening (the act planned itself, "plans to
        deport", is ``planned``)."""
        words = self.lower[sent.start:i - 1]
        return any(w == "to" and k > 0 and words[k - 1] in _PLANNING for k, w in enumerate(words))

    def _territory(self, i: int, sent: Span) -> bool:
        """"the town was liberated by rebels", "troops captured the district": ground changing hands in
        a war, not people rescued or arrested; nor a word listed among abuses (a killing listed with
        them, "tortured and killed", is still a death: whoever did it, someone died)."""
        if self._among_abuses(i, sent):
            return EVENT_TRIGGERS.get(self.lower[i]) != "death"
        if self.lower[i] not in _TAKEN:
            return False
        after = [k for k in range(i + 1, min(sent.end, i + 4)) if self.lower[k] not in {"the", "a", "an", "border"}]
        k = i - 1
        while k > sent.start and self.lower[k] in _BE | {"temporarily", "briefly", "finally", "fully"}:
            k -= 1  # "the border town was temporarily | liberated"
        patients = ([after[0]] if after else []) + ([k] if k < i - 1 else [])
        taken_site = self.lower[i] in {"captured", "recaptured", "liberated"}  # ("seized a casino": property seized)
        return any(self.lower[p] in _TERRITORY or self.doc[p].ent_type_ in {"PLACE", "COUNTRY"}
                   or taken_site and (self.doc[p].ent_type_ == "SITE" or self.lower[p] in _HELD_GROUND)
                   and self.lower[p + 1:p + 2] not in (["'s"], ["’s"]) for p in patients)  # (not "the compound's manager")

    def _among_abuses(self, i: int, sent: Span) -> bool:
        """"beaten, detained, tortured and threatened by the gang": a word listed among abuses tells
        what captors did, not a detention by the state; "accused of internet scams and kidnapping":
        a word listed with a kind of scam names a crime, not one happening."""
        for step in (-1, 1):
            k = i + step
            while sent.start <= k < sent.end and self.lower[k] in {",", "and", "or"}:
                k += step
            if not sent.start <= k < sent.end or k == i + step:
                continue
            joined = bool({"and", "or"} & set(self.lower[min(i, k) + 1:max(i, k)]))  # a list, not a clause after a comma
            joined = joined or "," in self.lower[min(i, k) + 1:max(i, k)] and bool(
                {"and", "or"} & set(self.lower[i + 1:min(sent.end, i + 8)]))  # ("fraud, kidnapping, extortion and ...")
            if self.doc[k].ent_type_ == "ABUSE" or joined and (self.doc[k].ent_type_ == "SCAM" or self.lower[k] in _CRIME_NOUNS):
                return True
        return False

    def _fled_from_captors(self, i: int, sent: Span) -> bool:
        """"fled to the Lao border town of Pakse from a scam compound in Myanmar": where they went told
        first, a place of captivity after "from" (within a few words of it) tells the escape all the same."""
        window = self.lower[i + 1:min(sent.end, i + 12)]
        return any(w == "from" and not _FLED_FROM.isdisjoint(window[k + 1:k + 5]) for k, w in enumerate(window))

    def _in_relative_clause(self, i: int, sent: Span) -> bool:
        """The trigger is the passive verb of "who were/had been ...": "victims who were trafficked"."""
        window = self.lower[max(sent.start, i - 5):i]
        starts = [k for k, word in enumerate(window) if word in {"who", "whom"}]
        if not starts:
            return False
        who = max(sent.start, i - 5) + starts[-1]
        if self.lower[who] == "whom" and who - 2 >= sent.start and self.lower[who - 1] == "of" \
                and self.lower[who - 2] in {"all", "both"} and self.words[who - 3] in {",", ";"}:
            return False  # "arrested 318 suspects, all of whom were deported": what was done next to all of them
            # ("held with Mori and Ueda, both of whom were arrested on Friday": the pair's own act)
        after = window[starts[-1] + 1:]
        if not after or after[0] not in {"were", "was", "had", "have", "are"} or not all(w.isalpha() for w in after):
            return False
        # "who were (forcibly) trafficked and detained", "who were later taken into custody": the
        # clause's own words; "who were trapped in compounds returned home": the clause closed before
        # the trigger, which is the sentence's own verb
        told = [w for w in after if w not in _AUXILIARIES and w not in _ADVERBS and not w.endswith("ly")]
        return not told or told[-1] in _STILL_IN_CLAUSE

    def _into_custody(self, k: int, sent: Span) -> bool:
        """"handed over to Myanmar police": custody changing hands inside a country, no repatriation."""
        after = [w for w in self.lower[k:min(sent.end, k + 5)] if w not in {"the", "local", "safely"}]
        return after[:1] == ["to"] and any(w in _CUSTODIANS for w in after[1:4]) or for_custody(self.lower, k, sent.end) \
            or to_named_custodian(self.lower, self.words, k, sent.end, _CUSTODIANS) \
            or to_custody(self.lower, k, sent.end)  # "to the <town> District police", "to judicial custody"

    def _inside_a_name(self, i: int, sent: Span) -> bool:
        """"the Cyber Crime Investigation Bureau": a capitalized word among capitalized words names a body."""
        doc = self.doc
        if i == sent.start or not doc[i].is_title:
            return False
        words = [t for t in sent if t.is_alpha]
        if sum(t.is_title for t in words) * 2 > len(words):
            return False  # a headline in title case: "Thai Patrol Rescues 39 Foreigners"
        return doc[i - 1].is_title or (i + 1 < sent.end and doc[i + 1].is_title)

    def _business_operation(self, i: int, sent: Span) -> bool:
        """"scam operations", "the operation of the hub": the word names a business, not a raid."""
        if self.lower[i] not in {"operation", "operations"}:
            return False
        after_of = i + 1 < sent.end and self.lower[i + 1] == "of"
        k = i - 1
        while k > sent.start and self.lower[k] in {"the", "a", "an", "this", "that", "whole", "entire"}:
            k -= 1  # "managing the operation"
        before = self.lower[k] if k >= sent.start else ""
        if k - 2 >= sent.start and self.lower[k - 1:k + 1] == ["-", "person"] and self.like_num[k - 2]:
            return True  # "oversaw a 30-person operation": a gang's business, counted by its staff
        return after_of or before in _BUSINESS_BEFORE_OPERATION or self.doc[i - 1].ent_type_ == "SCAM" \
            or self._unpoliced(sent)  # "the vendor accounts of the operation", "the operation is scheduled to begin at 9am"

    def _unpoliced(self, sent: Span) -> bool:
        """A sentence that names no force, no body and no act of one (nor do the words just before
        it), in a story that has told no raid before: its "operation" is a business's or a
        service's, no raid ("the app blocked the vendor accounts of the operation")."""
        return _ENFORCEMENT.isdisjoint(self.lower[max(0, sent.start - 40):sent.end]) \
            and not any(self.doc[k].ent_type_ == "AGENCY" or self.doc[k].ent_type_ == "ORG" and not self.doc[k].ent_id_.endswith("|media|")
                        for k in range(max(0, sent.start - 40), sent.end)) \
            and not any(e.type == "raid" for e in self.events)  # ("This operation took place on Tuesday": the raid told before)


#: Words of a force or of its acts that make a sentence's "operation" a raid ("police", "arrested", "troops")
_ENFORCEMENT = frozenset({"police", "policemen", "officers", "officer", "authorities", "troops", "soldiers", "army", "military",
                          "agents", "raid", "raided", "raids", "arrest", "arrested", "arrests", "detained", "detention",
                          "rescued", "rescue", "rescues", "freed", "seized", "seizure", "crackdown", "task", "force", "forces",
                          "joint", "immigration", "enforcement", "security", "investigators", "prosecutors", "militia",
                          "rangers", "guards", "government", "ministry", "operatives", "sting", "intercepted", "apprehended",
                          "nabbed", "busted", "repatriation", "deportation", "deported", "repatriated", "evacuation",
                          "arresting", "detaining", "raiding", "rescuing", "seizing", "interpol", "europol",
                          # ("Lotland launched a large operation to break up the fraud hubs": a state's drive against them)
                          "dismantle", "dismantled", "dismantling", "clampdown", "junta", "eradicate", "eradicating"})


#: Words that may not stand between "on" and "charges" in a charge's ground ("on human trafficking charges")
_NOT_A_MODIFIER = frozenset({",", ";", "and", "or", "was", "were", "is", "are", "filed", "pressed", "brought", "laid"})


def _on_charges(lead: list[str]) -> bool:
    """The words before "charges" are "on" and its modifiers: "on fraud charges", "on online
    gambling-related charges" name the ground of an arrest or a trial, no charge laid then."""
    if "on" not in lead:
        return False
    between = lead[len(lead) - 1 - lead[::-1].index("on") + 1:]
    # ("arrested on Monday face charges": "on" dates another verb, and "face" lays the charges)
    return _NOT_A_MODIFIER.isdisjoint(between) and _PROSPECT.isdisjoint(between) \
        and not any(w in CALENDAR_WORDS or w[:1].isdigit() for w in between[:1])


#: Verbs of going ahead with an act: "will proceed with deporting them", "will go ahead with the
#: repatriation" (the act is still to come where a modal governs them)
_GOING_AHEAD = (["proceed", "with"], ["go", "ahead", "with"], ["move", "ahead", "with"])


def _before_going_ahead(lower: list[str], k: int, start: int) -> int:
    """The position before a verb of going ahead ending at ``k`` (past a "the" of the act's noun):
    "will proceed with (the) deporting" gives the position of "will"; ``k`` where none ends there."""
    if k < start:
        return k
    j = k - (lower[k] == "the")
    for words in _GOING_AHEAD:
        first = j - len(words) + 1
        if first > start and lower[first:j + 1] == words:
            return first - 1
    return k
