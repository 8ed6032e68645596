"""The vocabulary the news rules read: the small word sets that tell a clause's role. Tables shared
by more than one kind of fact live here; the trigger words are in ``event_triggers``, the count
verbs in ``count_verbs``, people held by the gangs in ``held_captive``, verbs that tell no act
done in ``acts_not_done``, and display names and quotes in ``mention_text``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import folded
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.resolve import demonym_table


class _Screened:
    """A case-insensitive pattern ``\\b(word|word ...)\\b`` run only on a text that holds one of
    its words: every sentence is asked, few hold one, and such an alternation scans slowly in
    Python's re. A pattern of any other shape (a class, a repeat) is always run, unless ``needs``
    names lower-case words one of which every match of the case-insensitive pattern holds."""

    def __init__(self, pattern: re.Pattern[str], needs: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        shape = re.fullmatch(r"\\b\((.*)\)\\b", pattern.pattern)
        words = [_plain_word(word) for word in _top_level(shape.group(1))] if shape else []
        plain = pattern.flags & re.IGNORECASE and words and all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in words)
        self.words = tuple(words) if plain else needs if needs and pattern.flags & re.IGNORECASE else None

    def search(self, text: str) -> re.Match[str] | None:
        if self.words is not None and not any(map(folded(text).__contains__, self.words)):
            return None  # (a match's letters, folded as re.I folds them, are its word's; map: a loop in C)
        return self.pattern.search(text)


def _top_level(alternation: str) -> list[str]:
    """The alternatives of ``a|b(?!c|d)|e``, split only at a ``|`` outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in alternation:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def _plain_word(alternative: str) -> str:
    """An alternative without its look-arounds ("(?<!and )other" -> "other", "these(?! raids)" ->
    "these"): what a text must hold for the alternative to match."""
    while (start := alternative.find("(?")) >= 0 and alternative[start + 2:start + 3] in {"!", "<", "="}:
        depth, end = 0, start
        for end in range(start, len(alternative)):
            depth += (alternative[end] == "(") - (alternative[end] == ")")
            if depth == 0:
                break
        alternative = alternative[:start] + alternative[end + 1:]
    return alternative


#: Words of a finding or a charge, whose crimes (a killing among them) happened before the day it is told
_CRIME_FINDINGS = frozenset({"guilty", "convicted", "charged", "accused", "indicted", "sentenced", "crimes"})
#: How far before a crime's word the finding may stand: "found guilty of running compounds and | killing",
#: "sentenced to death on Monday by a court in X for running parks that led to the | deaths of ..."
_FINDING_REACH = 25


def after_a_finding(lower: Sequence[str], at: int, start: int) -> bool:
    """The word at ``at`` (a sentence from ``start``) names a crime a finding or charge told just before
    it lists ("found the gang guilty of ... killing 12"): what it names happened before that day."""
    return not _CRIME_FINDINGS.isdisjoint(lower[max(start, at - _FINDING_REACH):at])


#: Pronouns that open a sentence on the people told before: "They were rounded up", "These were ..."
_BACK_PRONOUNS = frozenset({"they", "these", "those"})
#: Finite auxiliaries that open a main clause: "Nine Peruvians, freed in X, were met today"
FINITE_AUXILIARIES = frozenset({"have", "has", "had", "were", "was", "are", "is", "will"})
_BE = {"will", "would", "to", "were", "was", "had", "have", "has", "been", "being", "are", "is", "be", "later", "then", "also", "all", "reportedly", "allegedly"}
#: Finite verbs: words after a comma that run past one open a clause, not an apposition ("X, the group was in Y")
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says"})
_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "on", "within", "around", "throughout"}
_PARTICIPATION = {"accompanied", "joined", "observed", "witnessed", "oversaw", "attended", "led", "inspected",
                  "chairs", "chaired", "leads", "leading", "heads", "headed",
                  "visited", "toured", "took", "join", "accompany", "observe", "inspect", "visit"}
_ANNOUNCE = {"announced", "announces", "said", "says", "confirmed", "confirms", "reported", "reports", "stated",
             "told", "disclosed", "revealed", "according", "statement", "announcement", "informed"}
_OPERATE = {"operated", "operates", "operating", "ran", "runs", "run", "managed", "manages", "controlled",
            "controls", "built", "developed"}
_OWN = {"owned", "owns", "own", "bought", "acquired", "leased"}
_UNNAMED_SITES = {"compound", "building", "complex", "casino", "hotel", "resort", "tower", "villa", "apartment", "condominium",
                  "scam centre", "scam center", "hub", "estate", "warehouse", "office block", "call centre", "call center",
                  "base", "den", "house", "bungalow", "flat", "shophouse", "property", "office building", "office space",
                  "accommodation", "call centres", "call centers", "housing estate"}
_CONDUCT_KINDS = {
    "raid": {"police", "military", "immigration", "commission", "department", "ministry", "government", "customs"},
    "arrest": {"police", "military", "immigration", "commission", "department", "ministry", "customs", "government"},
    "detention": {"police", "military", "immigration", "department", "ministry", "government", "court"},  # (a remand)
    "rescue": {"police", "military", "immigration", "commission", "department", "ministry", "embassy", "international",
               "government"},
    "repatriation": {"embassy", "ministry", "government", "police", "immigration", "department", "international",
                     "military"},
    "deportation": {"immigration", "police", "ministry", "government", "department", "embassy", "military"},
    "extradition": {"police", "ministry", "government", "department", "prosecution", "court"},
    "seizure": {"police", "military", "customs", "department", "ministry", "prosecution", "court", "government"},
    "investigation": {"police", "prosecution", "parliament", "commission", "department", "ministry", "court", "sanctions"},
    "charge": {"prosecution", "court", "police"},
    "warrant": {"court", "police", "prosecution"},
    "sanction": {"sanctions", "ministry", "government", "department"},
}


_PLURAL_DEMONYMS = {f for f in demonym_table() if f.endswith(("s", "ese"))} | {"lao", "thai", "khmer"}  # ("Nepalese" too)
_PEOPLE_WORDS = set(gz.people_nouns()) | {"man", "woman", "boy", "girl", "national", "citizen", "worker", "victim", "suspect",
                                          "lawmakers", "lawmaker", "businessman", "businesswoman",
                                          "tycoon", "teenager", "teenagers", "student", "students", "tourists", "tourist",
                                          "job", "jobseekers", "nationality", "descent",
                                          "passport", "passports", "couple", "family", "families", "ones",
                                          # one person of a group held or sent home: "a Zorvanian detainee said"
                                          # (not "migrant", "captive": adjectives too, "44 migrant Zorvanian workers")
                                          "detainee", "survivor", "returnee", "escapee", "evacuee", "prisoner",
                                          "labourer", "laborer", "employee"}
#: Words that say a number is about, not exact: "from more than 800 citizens".
_ABOUT = {"more", "than", "over", "about", "around", "nearly", "almost", "some", "at", "least", "up", "to"}
#: Things of people that an act may take or hold without taking them: "seized the passports of 30
#: Vietnamese", "the personal data of 3,000 Thai individuals were seized"
POSSESSIONS = frozenset({"passport", "passports", "data", "information", "details", "records", "identities",
                         "documents", "phones", "accounts", "photos", "names", "cards", "belongings", "savings",
                         "assets", "funds", "money", "books", "passbooks", "bankbooks"})  # ("the bank books of 30 ...")
#: Adverbs that make a return the people's own: "voluntarily returned", "willingly returned"
OF_THEIR_OWN_ACCORD = frozenset({"voluntarily", "willingly"})


#: Words of a reward offered for an arrest to come
_REWARDS = frozenset({"bounty", "bounties", "reward", "rewards", "information", "tip", "tips"})


def a_rewards_aim(lower: Sequence[str], i: int, start: int) -> bool:
    """"a bounty for tips leading to the arrest of all three": the act at ``i`` (sentence
    from ``start``) is what a reward is offered for, which has not happened."""
    lead = lower[max(start, i - 4):i]
    return any(lead[k:k + 2] in (["leading", "to"], ["lead", "to"], ["leads", "to"]) for k in range(len(lead) - 1)) \
        and not _REWARDS.isdisjoint(lower[start:i])


def past_auxiliaries(lower: Sequence[str], k: int, end: int) -> int:
    """Past the auxiliaries and adverbs at ``k`` ("who had (previously | temporarily) been"): where
    the clause's own verb stands."""
    while k < end and (lower[k] in _BE or lower[k] in {"already", "once"}
                       or lower[k].endswith("ly") and lower[k].isalpha()):
        k += 1
    return k


def things_of(lower: Sequence[str], k: int) -> bool:
    """The "of" at ``k`` follows one of the people's things (``POSSESSIONS``): "the passports of | 30
    Vietnamese"; what a verb takes there is theirs, not them."""
    return k >= 1 and lower[k] == "of" and lower[k - 1] in POSSESSIONS


#: Nouns for people a story told before, as the subject of an act told of them again ("The suspects
#: were detained", "The group was repatriated"; not "victims": suspects are not)
BACK_NOUNS = frozenset({"suspects", "nationals", "citizens", "individuals", "group"})
_NOT_YET = {"faster", "swift", "swifter", "speedy", "quicker", "future", "possible", "further", "more", "any",
            "prevent", "avoid", "potential", "planned", "awaiting", "await", "awaits",
            "preventing", "prevented", "prevents", "hampering", "hampered", "hindering", "hindered", "blocking",
            "pending", "risk", "fear", "feared", "failed", "attempted", "illegal", "unlawful", "arbitrary", "unable",
            "imminent", "impending", "upcoming"}
#: "facing deportation", "expected to face criminal investigations": a prospect; "they face charges"
#: are charges laid.
_PROSPECT = {"face", "faces", "facing"}
#: Words before an event word that point back to the event told before: "the raid", "that arrest",
#: "the ministry's deportation", and "those" before a participle ("those deported", "among those rescued")
_REFERRING = frozenset({"the", "that", "this", "'s", "’s", "those"})
#: "a deportation facility", "a rescue centre": a place named after an event, not the event.
_NAMED_AFTER = {"facility", "facilities", "centre", "center", "centres", "centers", "camp", "camps", "shelter",
                "depot", "depots", "cell", "cells",  # "the immigration detention depot", "held in detention cells"
                "order", "orders", "hearing", "process", "procedures", "policy", "law", "laws", "attempt", "attempts",
                "case", "cases", "complaint", "complaints",
                # "death sentences", "the death penalty": a penalty, not a death
                "sentence", "sentences", "penalty", "penalties", "row",
                # "suicide drones", "a suicide bomber": a weapon or its carrier, no one's death
                "drone", "drones", "bomber", "bombers", "bombing", "bombings", "vest", "vests",
                # "left the cash in dead drops": a hiding place for money, no one's death
                "drop", "drops",
                # "the joint investigation team raided ...": a body named after its work, not the work
                "team", "teams", "unit", "units", "squad", "squads", "taskforce", "committee", "committees",
                "commission", "bureau", "division", "department", "office", "offices", "headquarters",
                # "the tactical operation commander", "Operations director X": a role named after the work
                "commander", "commanders", "director", "directors", "chief", "chiefs",
                # "a visiting scholar at Kyoto University": a post named after the work
                "scholar", "scholars", "fellow", "fellows", "professor", "researcher", "lecturer",
                # "the average escape period", "the detention period allowed": a length of time, and "the
                # arrest rate", a measure, named after the act; no act told
                "period", "periods", "duration", "rate", "rates"}
_SPEAKERS = {"officials", "official", "authorities", "sources", "police", "diplomats", "spokesperson", "ministry",
             "embassy", "reporters", "correspondent", "journalists"}
_MODAL = _Screened(re.compile(r"\b(would|could|should|might|must|may face)\b", re.I))  # ("may face charges": not "May")
_COUNTRY_NAMES = {f.casefold() for code, forms in gz.rows("country_aliases.tsv") for f in forms.split("|")}
# ("phones and other tools" closes a list; it makes nothing generic)
# ("these sanctions", "these raids": the events told before, pointed at again; nothing generic)
# (a habit is no happening: "states have routinely deported such workers", "have been raided repeatedly")
_GENERIC = _Screened(re.compile(r"\b(such|these(?! (?:" + "|".join(w for w in EVENT_TRIGGERS if w.isalpha()) + r")\b)|many|numerous|recent years|(?<!and )(?<!or )(?<!among )other|often|typically|usually|industry|generally|commonly|across the region|around the world"
                                r"|regularly|routinely|frequently|habitually|repeatedly|over the years"
                                r"|every day|every week|every month|every night|every year"
                                # ("Similar compounds have been raided before": others of the kind, in general)
                                r"|similar(?= \w+s\b))\b", re.I))
#: "Thailand has long detained such migrants": a habit of years, told with its verb right after "long"
#: (not "the gangs have long been committing fraud", which says how long another thing went on)
_LONG_HABIT = _Screened(re.compile(r"\b(?:have|has) long \w+ed\b", re.I), needs=("long",))
_CONNECTING_VERBS = {"said", "told", "met", "with", "and", "accompanied", "joined", "visited", "by", "including"}


#: What may stand between the items of a list of nationalities: "Chinese, Thai, and Lao".
_LIST_GLUE = {",", "and", "or", "the", "as", "well"}
#: Words after which a list of plural demonyms names the people counted: "including Chinese and Thais".
_LIST_LEADS = {"including", "comprised", "comprising", "mostly", "mainly", "largely", "were", "are", ":", "among", "both"}
#: "(606 of them female)": a part of the people counted before, not a nationality.
_SUBSET_WORDS = {"female", "male", "women", "men", "minors", "children", "girls", "boys", "teenagers", "underage",
                 "injured", "foreigners", "foreign"}

#: Words that end a noun phrase with a count: "13 Nepalese and four Malaysians".
_PHRASE_ENDS = {"and", "or", "from", "in", "at", "on", "who", "to", "for", "by", "with", "while", "after", "before"}
#: "scam operations", "managing the operation", "the operation of the hub": a business, not a raid.
_BUSINESS_BEFORE_OPERATION = {"scam", "scamming", "fraud", "gambling", "online", "criminal", "business", "such",
                              "joining", "join", "joined", "cloning", "skimming", "phishing", "laundering",
                              "smuggling", "betting", "hacking", "deception", "swindling", "extortion", "cheating",
                              "managing", "running", "ran", "run", "their", "its", "call", "centre", "center",
                              "trafficking", "telecom", "casino", "illegal", "pogo",
                              # "a Myanmar-based operation that made them cheat": a business placed or owned
                              "based", "run", "owned", "backed", "linked"}
#: ", mainly Chinese and Koreans, were detained": an aside after a count, read past to its verb.
_ASIDE_LEADS = {"including", "among", "mostly", "mainly", "largely", "chiefly", "primarily", "predominantly",
                "all", "some", "most"}
#: Nouns for places counted before a list of them: "16 provinces, including Kandal, Kampot and Takeo".
_PLACE_NOUNS = {"provinces", "cities", "districts", "states", "regions", "areas", "locations", "towns", "countries"}
#: People whose visit is no event: "Chinese tourists visiting Sihanoukville".
_TOURISTS = {"tourist", "tourists", "travellers", "travelers", "holidaymakers", "backpackers", "sightseers",
             "visitors", "families", "relatives"}
#: Raid words that are only the background of an arrest, detention or rescue told beside them.
_BACKGROUND_RAIDS = {"crackdown", "crackdowns"}
#: Who people are handed over to when custody changes hands inside a country.
_CUSTODIANS = {"police", "immigration", "officers", "investigators", "authorities", "court", "courts", "prosecutors",
               "prosecutor", "prosecution", "judiciary"}  # ("handed over to the Public Prosecution": custody)
_QUOTES = {'"', "“", "”", "‘", "’", "'", "``", "''"}
#: Police bodies of many states (lower-cased names), which coordinate operations that their
#: members' own forces carry out: "Interpol arrested 300" tells what national police did
COORDINATING_POLICE = frozenset({"interpol", "europol", "aseanapol", "afripol", "ameripol", "gccpol"})
#: Currency words: a country written right before one names money, not a place.
CURRENCIES = frozenset({"dollar", "dollars", "baht", "yuan", "renminbi", "riel", "riels", "kyat", "kyats", "peso",
                        "pesos", "won", "yen", "ringgit", "rupee", "rupees", "rupiah", "dong", "kip", "euro", "euros",
                        "pound", "pounds", "currency", "currencies",  # ("US currency": money, no place)
                        "$", "€", "£", "¥"})  # ("U.S. $40,000", "US $3 million": the sign after the country)
#: Words before an agency that make it a helper of the event, not the one that conducted it.
_SUPPORT_WORDS = {"support", "help", "assistance", "cooperation", "coordination", "collaboration", "aid",
                  "facilitation", "backing", "liaison"}  # ("in liaison with X"; not "in conjunction with": joint work)
#: What one body gives another that acts on it: "acting on intelligence the FBI shared", "a tip from X"
TIP_WORDS = frozenset({"intelligence", "information", "tip", "tips", "tip-off", "tip-offs", "tipoff", "tipoffs"})


#: Nouns of parties of people counted right after a number ("two groups of Malaysian suspects",
#: "three batches of workers"): the number is of parties, not of the people in them
PARTY_NOUNS = frozenset({"groups", "batches", "waves", "busloads", "planeloads", "rounds"})


#: What opens an apposition after a name: a comma, or a dash used as one ("Ouk Hay Seila—head of ...—told").
_DASHES = frozenset({"—", "–"})
_APPOSITION_MARKS = frozenset({","}) | _DASHES
#: Verbs of a false identity: the office told after them is not the person's.
_PRETENDING = frozenset({"claimed", "claiming", "claims", "posing", "posed", "poses", "pretending", "pretended",
                         "purporting", "purported", "impersonating", "impersonated", "masquerading"})
#: Head nouns of things that a demonym or a body can only modify: "Chinese police uniforms", "the
#: Cambodian tourist hub" are things, not police or people of a nationality.
_THING_HEADS = frozenset({"uniform", "uniforms", "hub", "hubs", "destination", "destinations", "visa", "visas",
                          "industry", "sector", "attraction", "attractions", "car", "cars", "vehicle", "vehicles",
                          "badge", "badges", "card", "cards", "website", "websites", "hotline", "centre", "center", "depot", "facility",
                          "base", "bases", "airbase", "airfield", "barracks",  # ("a former US military air base": a place)
                          # ("a Singapore government impersonation scam": the body a scam pretends to be)
                          "impersonation", "impersonations", "impersonators", "impersonator"})

#: Verbs of saying that open a reported clause, which a count may begin
SAYS = frozenset({"says", "said", "say", "saying"})
#: Words of belief or estimate before counted people: "the embassy believes 60 more are being held"
BELIEVES = frozenset({"believes", "believe", "believed", "thinks", "fears", "feared", "estimates", "estimated"})
#: Kinds of event that send people home (a handover across a border or a flight): one list for every
#: rule that treats them alike
SENDING_HOME = frozenset({"deportation", "extradition", "repatriation"})
#: Words that tell what an act came after: "freed 40 following raids in X", "after a crackdown"
FOLLOWING = frozenset({"following", "after"})
#: Verbs of telling right after people named or counted, who are then the ones who speak: "One
#: woman from Kenya said 600 were held" (the act told after is done to others; "Two freed cooks
#: revealed that ...": a source's account)
SPEAKING = SAYS | {"told", "tell", "tells", "recalled", "recounted", "added", "explained", "revealed", "reveals",
                   "admitted", "confessed", "testified", "disclosed"}

#: Nouns after a demonym that tell forebears, not citizenship: "a lawmaker of Lotlandic origin"
_ANCESTRY = frozenset({"descent", "origin", "origins", "heritage", "ancestry", "extraction", "parentage"})
