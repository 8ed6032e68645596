"""The vocabulary the news rules read: trigger words, count verbs and the small word sets
that tell a clause's role. Tables shared by more than one kind of fact live here."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import folded
from scamgraph.loaders.news.captor_agents import held_by_criminals, held_by_criminals_before, held_by_those_before
from scamgraph.loaders.news.captor_agents import held_on
from scamgraph.loaders.news.conditions import conditioned, passed_over, weighed
from scamgraph.loaders.news.custody_purposes import for_custody, to_custody
from scamgraph.loaders.news.demands import asked_for
from scamgraph.loaders.news.gang_receivers import to_criminals
from scamgraph.loaders.news.running_totals import summed_over_occasions
from scamgraph.loaders.news.things_handed import money_saved
from scamgraph.model import RelType
from scamgraph.resolve import demonym_table
from scamgraph.loaders.news.verdicts import verdict_after


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

#: Trigger word -> event type. Multi-word triggers are checked first.
EVENT_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["raid", "raids", "raided", "raiding", "stormed", "swooped", "crackdown", "crackdowns",
                     "sweep", "sweeps", "searched", "inspection", "operation"], "raid"),
    **dict.fromkeys(["arrest", "arrests", "arrested", "arresting", "apprehended", "apprehending", "nabbed", "nabbing",
                     "captured", "collared"], "arrest"),
    **dict.fromkeys(["detained", "detention", "detaining", "detain", "detains",
                     "remanded", "remand"], "detention"),  # (a court's remand holds the accused)
    # (people brought out of a place of danger: an evacuation is a rescue however it is named)
    **dict.fromkeys(["rescued", "rescue", "rescues", "rescuing", "freed", "liberated", "evacuated", "evacuating", "evacuate",
                     "evacuation"], "rescue"),
    **dict.fromkeys(["repatriated", "repatriation", "repatriations", "repatriate", "repatriating", "repatriates",
                     "airlifted", "airlifting", "airlift"], "repatriation"),  # (people flown out: home)
    **dict.fromkeys(["deported", "deportation", "deportations", "deport", "deporting", "deports", "expelled", "expels"], "deportation"),
    **dict.fromkeys(["extradited", "extradition", "extraditions", "extradite", "extraditing", "extradites"], "extradition"),
    # "the handover of the suspects": the sending-home event told before, whichever its kind
    **dict.fromkeys(["handover", "handovers"], "handover"),
    # plural nouns ("kidnappings reported", "seizures this year") are statistics, not one happening
    **dict.fromkeys(["escaped", "escape", "escapes", "escaping", "fled", "fleeing", "flee", "flees"], "escape"),
    **dict.fromkeys(["kidnapped", "kidnapping", "abducted", "abduction"], "kidnapping"),
    **dict.fromkeys(["seized", "seizing", "seizure", "seizures", "confiscated", "confiscating", "forfeiture", "impounded"], "seizure"),
    **dict.fromkeys(["visit", "visited", "visiting", "visits", "trip"], "visit"),
    **dict.fromkeys(["investigation", "investigations", "investigating", "probe", "inquiry", "hearing", "hearings"],
                    "investigation"),
    **dict.fromkeys(["charged", "charges", "charging", "indicted", "indictment", "indictments", "prosecuted", "convicted",
                     "sentenced", "chargesheet", "chargesheets", "chargesheeted", "chargesheeting",  # (Indian English)
                     "arraigned", "arraigns", "arraignment", "booked",
                     "jailed", "jails"], "charge"),  # (brought before a court to answer charges; "jailed for 8 years": sentenced)
    **dict.fromkeys(["warrant", "warrants"], "warrant"),
    **dict.fromkeys(["died", "death", "deaths", "killed", "killing", "dead", "suicide", "murdered", "drowned"], "death"),
    **dict.fromkeys(["sanctioned", "sanctions", "sanction", "sanctioning", "blacklisted"], "sanction"),
}
#: Phrases read as one trigger ("rescue operation" is a rescue, "patrol operation" no raid);
#: "" for phrases that tell no event. Data: gazetteer/event_phrases.tsv.
_PHRASE_TRIGGERS = [(tuple(phrase.split()), "" if kind == "-" else kind) for phrase, kind in gz.rows("event_phrases.tsv")]
#: "OFAC also designated Ly Yong Phat": a sanction, when a sanctions authority is the one designating
_DESIGNATES = {"designated", "designates", "designating", "designation", "designations"}
_PHRASE_STARTS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _kind in sorted(_PHRASE_TRIGGERS, key=lambda row: -len(row[0])):  # the longest phrase wins
    _PHRASE_STARTS.setdefault(_phrase[0], []).append((_phrase, _kind))

#: The first two words of the phrases of a warrant: "a wanted list" is the act's own noun, not a thing
#: "wanted" describes (unlike "boarded a chartered flight": the flight is a thing, whatever it carries)
_WARRANT_PHRASE_OPENINGS = frozenset(phrase[:2] for phrase, kind in _PHRASE_TRIGGERS if kind == "warrant" and len(phrase) > 1)

#: Types that are part of a raid told in the same breath: no event of their own.
_PART_OF_RAID = {"arrest", "detention", "rescue"}

#: Verb next to a count -> (edge type or None, key in the event's counts, event type it implies).
_COUNT_VERBS: dict[str, tuple[RelType | None, str, str]] = {
    **dict.fromkeys(["arrested", "arresting", "arrest", "apprehended", "nabbed", "captured", "rounded", "apprehend", "netted",
                     "apprehending", "nabbing", "capturing", "seized", "seizing", "collared"],  # ("seized 318 suspects": people)
                    (RelType.ARRESTED, "arrested", "arrest")),
    **dict.fromkeys(["detained", "detaining", "detain", "detains", "held", "holding", "custody", "intercepted", "remanded",
                     "secured"],  # ("41 people were secured" in a raid: taken into custody)
                    (RelType.DETAINED, "detained", "detention")),
    **dict.fromkeys(["found", "discovered", "located", "inside", "uncovering", "uncovered", "discovering"],
                    (RelType.FOUND, "found", "raid")),
    "busted": (RelType.ARRESTED, "arrested", "arrest"),  # ("12 Laotians were busted by police": arrested)
    **dict.fromkeys(["rescued", "rescuing", "rescues", "freed", "freeing", "liberated", "saved", "rescue", "free", "evacuated",
                     "evacuating", "evacuate", "released", "evacuation",
                     "safeguarded", "safeguarding"],  # (police releases: "the safeguarding of 1,230 victims")
                    (RelType.RESCUED, "rescued", "rescue")),
    **dict.fromkeys(["repatriated", "repatriating", "repatriate", "repatriates", "returned", "returns", "return", "hands", "flown", "repatriation", "handed",
                     "airlifted", "airlifting"],
                    (RelType.REPATRIATED, "repatriated", "repatriation")),
    **dict.fromkeys(["deported", "deporting", "deport", "deports", "expels", "expelled", "deportation", "transferred"],
                    (RelType.DEPORTED, "deported", "deportation")),
    **dict.fromkeys(["extradited", "extraditing", "extradite", "extradites"], (RelType.EXTRADITED, "extradited", "extradition")),
    **dict.fromkeys(["charged", "charging", "indicted", "prosecuted", "convicted", "sentenced", "chargesheeted", "sheeted",
                     "arraigned", "arraigns", "booked", "jailed", "jails",
                     "sentencing", "jailing"],  # ("read out its ruling, sentencing X to life": the verdict's people)
                    (RelType.CHARGED, "charged", "charge")),  # ("charge-sheeted": the tokenizer splits the hyphen off)
    # ("receives" / "receive": a headline's present tense, "Vietnam receives 85 citizens")
    **dict.fromkeys(["received", "receives", "receive", "carrying", "bringing"],
                    (RelType.REPATRIATED, "repatriated", "repatriation")),
    **dict.fromkeys(["died", "killed", "killing", "dead", "deaths", "drowned", "gunned"], (RelType.AFFECTED, "dead", "death")),
    **dict.fromkeys(["injured", "wounded", "hurt"], (RelType.AFFECTED, "injured", "raid")),
    **dict.fromkeys(["trafficked", "lured", "forced", "enslaved"], (RelType.AFFECTED, "victims", "")),
    **dict.fromkeys(["warrant", "warrants"], (None, "warrants", "warrant")),
    **dict.fromkeys(["reviewing", "review"], (None, "pending", "warrant")),
}
#: Two-word verbs that tell the act of one count verb: "the broker passed away in a cell" died
_PHRASAL_ACTS = {("passed", "away"): "died", ("passes", "away"): "died"}


def phrasal_act(lower: Sequence[str], k: int, end: int) -> str | None:
    """The count verb that the two words at ``k`` (before ``end``) tell as one ("passed away":
    "died"); None where they are no such pair."""
    return _PHRASAL_ACTS.get((lower[k], lower[k + 1])) if k + 1 < min(end, len(lower)) else None


#: Verbs of an act still under way: "are now undergoing rescue and return steps" (not done yet)
GOING_THROUGH = frozenset({"undergoing", "undergo", "undergoes"})
#: Words that tell an evacuation brought people to their own country: "evacuated to the homeland"
_HOMELAND_WORDS = frozenset({"home", "homeland", "motherland", "fatherland"})


def evacuated_home(lower: Sequence[str], j: int, end: int) -> bool:
    """The word at ``j`` is a verb or noun of evacuating told with the people's home as where they
    went ("evacuated home", "evacuated to the homeland"): a return home, no rescue."""
    return lower[j].startswith("evacuat") and not _HOMELAND_WORDS.isdisjoint(lower[j + 1:min(end, j + 4)])
#: Count verbs that take people only with a number ("seized 318 suspects"); said of a named person
#: or "a Thai national flag" they are mostly about goods, so they give no act to one person
GOODS_VERBS = frozenset({"seized", "seizing"})
_COUNTED_THINGS = {
    **dict.fromkeys(["sites", "compounds", "buildings", "locations", "premises", "centres", "centers", "hubs",
                     "casinos", "hotels", "houses", "bungalows", "villas", "spots",
                     "raids"], "sites"),  # ("carried out 63 raids": one site a raid, as the golds count them)
    **dict.fromkeys(["provinces", "states", "regions"], "provinces"),
    **dict.fromkeys(["cities", "towns", "districts"], "cities"),
    **dict.fromkeys(["nationalities", "countries"], "nationalities"),
    **dict.fromkeys(["warrants"], "warrants"),
    **dict.fromkeys(["targets", "entities", "organizations", "organisations"], "targets"),  # see raided_sites
}
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
    "investigation": {"police", "prosecution", "parliament", "commission", "department", "ministry", "court"},
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
                         "assets", "funds", "money"})
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
                "scholar", "scholars", "fellow", "fellows", "professor", "researcher", "lecturer"}
_SPEAKERS = {"officials", "official", "authorities", "sources", "police", "diplomats", "spokesperson", "ministry",
             "embassy", "reporters", "correspondent", "journalists"}
_MODAL = _Screened(re.compile(r"\b(would|could|should|might|must|may face)\b", re.I))  # ("may face charges": not "May")
_COUNTRY_NAMES = {f.casefold() for code, forms in gz.rows("country_aliases.tsv") for f in forms.split("|")}
# ("phones and other tools" closes a list; it makes nothing generic)
# ("these sanctions", "these raids": the events told before, pointed at again; nothing generic)
_GENERIC = _Screened(re.compile(r"\b(such|these(?! (?:" + "|".join(w for w in EVENT_TRIGGERS if w.isalpha()) + r")\b)|many|numerous|recent years|(?<!and )(?<!or )(?<!among )other|often|typically|usually|industry|generally|commonly|across the region|around the world)\b", re.I))
_CONNECTING_VERBS = {"said", "told", "met", "with", "and", "accompanied", "joined", "visited", "by", "including"}




def _in_phrases(text: str, lookup: Callable[[str], str | None]) -> str:
    """The first answer ``lookup`` gives for a run of up to three words of ``text``, widest first."""
    words = text.split()
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            found = lookup(" ".join(words[i:i + width]))
            if found:
                return found
    return ""


def _parenthesized(ent: Span) -> bool:
    """"(CCOS)" right after the name it abbreviates: the same mention, not a second actor."""
    doc = ent.doc
    return 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"


def _quote(text: str) -> str:
    """A sentence as quoted in evidence: whitespace runs made one space, at most 600 characters. A
    text already so (printable: no whitespace but the ASCII space, which is single and inside) is
    kept as it is, without splitting and joining it."""
    if not (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "):
        text = " ".join(text.split())
    return text if len(text) <= 600 else text[:597] + "..."


_HYPHEN = re.compile(r"\s*-\s*")
_THE = re.compile(r"^(?:the|The)\s+")
_OWNED = re.compile(r"^\w+-(?:owned|run|based|backed|linked|controlled)\s+")
_POSSESSIVE_S = re.compile(r"(?<=\w)\s*['’]s\s+(?=[a-z])")


@lru_cache(maxsize=4096)
def kind_written_out(name: str) -> str:
    """"Brgy. San Isidro" is "Barangay San Isidro": a place's name with its kind's abbreviation
    before it written out, so both writings are one place."""
    return "Barangay " + name[len("Brgy. "):] if name.startswith("Brgy. ") else name


@lru_cache(maxsize=4096)
def display_name(text: str) -> str:
    """A mention's display name. Kept per text: an article names the same entities again and
    again, and each name goes through four regular expressions."""
    text = " ".join(text.split())
    text = _HYPHEN.sub("-", text)
    text = _THE.sub("", text)
    text = _OWNED.sub("", text)  # "Chinese-owned Yatai ..."
    text = _POSSESSIVE_S.sub(" ", text)  # "Myanmar's military" -> "Myanmar military"
    if text.isupper() and len(text) > 5:
        text = text.title()
    return text.rstrip(".,;:")

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


#: Places of the gangs' captivity: people "detained in" them are victims, not detainees of the state
_CAPTIVITY = {"camp", "camps", "compound", "compounds", "centre", "centres", "center", "centers", "hub", "hubs"}


#: Words that tell people were tricked or taken there, and words of a state's holding: "held in
#: Tachileik after being lured" is by the gangs; "held in Sihanoukville for questioning" by the state
_LURED = {"lured", "trafficked", "duped", "enslaved"}
#: Words telling that people were deceived into where they are held (with "being held" after them)
_TRICKED = _LURED | {"tricked", "deceived", "fallen", "fell", "conned", "scammed"}
_STATE_HOLDING = {"police", "authorities", "officers", "immigration", "soldiers", "military", "troops", "army",
                  "detention", "custody", "cells", "prison", "jail", "questioning", "investigation", "court"}


#: Nouns of parties of people counted right after a number ("two groups of Malaysian suspects",
#: "three batches of workers"): the number is of parties, not of the people in them
PARTY_NOUNS = frozenset({"groups", "batches", "waves", "busloads", "planeloads", "rounds"})
#: Verbs of being made to work, after "held and": "held and forced to work"
_MADE_TO = frozenset({"made", "forced", "compelled", "coerced"})


#: Nouns of a state's operation: people "detained in raids (on compounds)" were taken by the state
RAID_NOUNS = frozenset({"raid", "raids", "crackdown", "crackdowns", "operation", "operations", "sweep", "sweeps"})


#: Rooms people are shut in: "detained in small rooms" (a state's detention is told by its place: a cell, a centre)
_ROOMS = frozenset({"room", "rooms", "cage", "cages", "basement", "basements"})


#: Verbs of taking people that armed men or gangs, not the state, may have done
_TAKEN_CAPTIVE = frozenset({"captured", "seized"})  # (not "abducted": a kidnapping, an event of its own)
#: Words of armed men or gangs after "in" or "by": "captured in militia territories", "seized by rebels"
_ARMED_MEN = frozenset({"militia", "militias", "rebel", "rebels", "gang", "gangs", "gangsters", "insurgents",
                        "traffickers", "syndicate", "syndicates"})


def _captives_of_armed_men(after: list[str]) -> bool:
    """The words after a verb of taking say who holds the people: armed men or gangs ("in militia
    territories", "by rebels"), or that they were then made to work ("and forced to")."""
    by = any(a in {"in", "by"} and (b in _ARMED_MEN or c in _ARMED_MEN) for a, b, c in zip(after, after[1:], after[2:] + [""]))
    return by or any(a == "and" and b in _MADE_TO for a, b in zip(after, after[1:]))


def held_captive(lower: list[str], i: int, end: int, start: int = 0) -> bool:
    """"detained in cybercrime camps", "held at the scam centres": the word at ``i`` tells people
    held by the gangs, not a detention by the state (which the sentence would name: "police")."""
    if held_by_criminals(lower, i, end) or held_by_those_before(lower, i, start) or held_on(lower, i, start) \
            or held_by_criminals_before(lower, i, start, end):
        return True  # "held by traffickers", "detained and beaten by members of scam networks", "the gang held 900 workers"
    after = lower[i + 1:min(end, i + 9)]
    if lower[i] in _TAKEN_CAPTIVE and _captives_of_armed_men(lower[i + 1:min(end, i + 13)]):
        return True  # "25 Ugandans who have been captured in militia territories and forced to run scams": captives
    if lower[i] == "held" and after and after[0] in _HELD_AS:
        return True  # "held captive", "held hostage", "held against their will": by their captors
    if lower[i] in {"held", "detained", "kept"} and after[:2] in (["under", "threat"], ["under", "duress"], ["at", "gunpoint"]):
        return True  # "150 Thais detained under threat at a border casino": captives, no state's detention
    if lower[i] in {"held", "detained", "confined"} and after[:1] == ["and"] and after[1:2] and after[1] in _MADE_TO:
        return True  # "held and made to work at a fraud hub", "detained and forced to scam": captives put to work
    if lower[i] in {"held", "holding"} and any(a == "in" and b in _CONFINED for a, b in zip(after, after[1:])):
        return True  # "held some 40 recruits in confinement": locked up by their captors
    if lower[i] == "held" and after[1:2] == ["down"] and after[:1] and after[0] in {"me", "him", "her", "them", "us"}:
        return True  # "two guards held her down as the boss hit her": a beating, no one detained
    if lower[i] in {"held", "detained", "kept"} and after[:1] == ["in"] and ("locked" in after[1:3]
                                                                          or not _ROOMS.isdisjoint(after[1:4])):
        return True  # "she was detained in a locked room at the compound", "detained in small rooms": shut in by captors
    if after[:1] == ["for"] and (to := next((k for k, w in enumerate(after[1:5], 1) if w in {"in", "at", "inside"}), None)):
        after = after[to:]  # "detained for weeks in a militia camp": past how long
    if lower[i] not in {"detained", "held", "detention"} or not after or after[0] not in {"in", "at", "inside"}:
        return False
    if after[1:2] and after[1] in RAID_NOUNS or len(after) > 2 and after[1] in {"a", "the"} and after[2] in RAID_NOUNS:
        return False  # "detained in raids on scam centres": the state's act, told with the places it raided
    if lower[i] == "held" and lower[i - 1] == "being" and _TRICKED & set(lower[start:i]) \
            and not (_STATE_HOLDING | _STATE_CENTRES | {"by"}) & set(after[:6]):
        return True  # "reports of 40 Ruritanians who were tricked by fake offers and now being held in Atlantis": captives
        # (a state holding them says so after the verb: "being held by immigration police", "at the detention centre")
    if lower[i] == "held" and not _STATE_HOLDING & set(lower[start:end]) \
            and (_LURED & set(lower[start:end]) or i > start and lower[i - 1] not in _BE):
        return True  # "23 Ugandans being held in Tachileik after being lured", "the release of 60 Kenyans held in
        # Myawaddy": "held" describing people, with no state holder in the sentence, is the gangs' captivity
    # ("detained at the immigration detention centre": a state's centre, no captors')
    return bool(_CAPTIVITY & set(after)) and "by" not in after and not _STATE_AGENTS & set(lower[start:i]) \
        and not _STATE_CENTRES & set(after[:after.index(next(w for w in after if w in _CAPTIVITY))])


#: Objects of an active "found" whose subject is the counted people ("to": "were found to have")
_FOUND_OBJECTS = {"to", "justice", "themselves", "himself", "herself", "refuge", "shelter", "work", "jobs", "employment"}
#: Words that open a clause after a verb of finding (what is found is a fact, not people), and a verdict
_CLAUSE_OPENERS = {"that", "they", "he", "she", "it", "we", "guilty"}


def no_act_done(lower: list[str], j: int, end: int, start: int = 0) -> bool:
    """The verb at ``j`` tells no act done to the people: "five received death sentences", "were
    handed prison terms" (a penalty, not people received); "were found to have violations" (a
    finding); "had not been returned" (negated); "the need for the repatriation of 40" (asked for)."""
    if asked_for(lower, j, start) or to_criminals(lower, j, end) or passed_over(lower, j, start) or conditioned(
            lower, j, start) or weighed(lower, j, start, end) or lower[j] == "handed" and lower[j - 1:j] == ["-"] \
            or summed_over_occasions(lower, j, end) or money_saved(lower, j, start):
        return True  # (asked for; "passed on to a fraud ring"; "instead of expelling"; "if 20 are held"; "caught
        # red-handed"; "freed 30 of them on several occasions": many acts summed)
    past = j + 2 if lower[j + 1:j + 2] == ["over"] else j + 1
    if lower[j] in _HANDING_VERBS and (for_custody(lower, past, end) or to_custody(lower, past, end)):
        return True  # "handed over 40 suspects to the agency for questioning", "into police custody": no sending home
    after = set(lower[j + 1:min(end, j + 5)])
    if lower[j] in _RECEIVING and after & _PENALTIES and "over" not in after:
        return True
    if lower[j] in _RECEIVING and (after & _TOLD_THINGS or j > start and lower[j - 1] in _TOLD_THINGS):
        return True  # "had received reports about 9 Thais", "letters received from families": news, not people
    if lower[j] == "found" and j + 1 < end and lower[j + 1] in _FOUND_OBJECTS:
        return True  # "four survivors found justice", "found themselves trapped": the people found something
    if lower[j] in {"found", "discovered", "uncovered"} and j + 1 < end and lower[j + 1] in _CLAUSE_OPENERS:
        return True  # "after authorities discovered they had fake records", "found guilty": no people found
    if lower[j] in {"found", "finds", "find"} and verdict_after(lower, j, end):
        return True  # "the judges found the two Bolivians guilty": a verdict on them, no people found
    k = j - 1
    while k > start and lower[k] in _NEGATED_AUX:
        k -= 1
    # ("have not returned home", "never arrived": the negator right before the verb denies it too)
    return k >= start and lower[k] in {"not", "never", "n't", "n’t"}


def death_as_penalty(lower: list[str], i: int, start: int) -> bool:
    """"sentenced to death", "sentenced 16 members to death", "sentenced 12 members of the gang,
    including ringleader X, to death": a penalty a court hands down, not a death."""
    return lower[i] == "death" and i > start and lower[i - 1] == "to" \
        and bool(_SENTENCING & set(lower[max(start, i - 20):i - 1]))


def among_penalties(lower: list[str], start: int, end: int) -> bool:
    """"The sentences came with fines, asset seizures and deportations", "convicted persons were
    fined ... or ordered deported": a deportation a court adds to a sentence, not one carried out."""
    words = set(lower[start:end])
    return bool(words & {"fine", "fines", "fined"}) and bool(words & (_SENTENCING | {"convicted", "court"}))


_SENTENCING = {"sentenced", "sentencing", "sentences", "sentence", "condemned", "condemning"}
_RECEIVING = {"received", "receive", "receives", "receiving", "handed", "given"}
#: Verbs of handing people over, whose purpose may make the handover custody (``custody_purposes``)
_HANDING_VERBS = frozenset({"handed", "hand", "hands", "handing"})
_PENALTIES = {"sentence", "sentences", "term", "terms", "penalty", "penalties", "jail", "prison", "imprisonment",
              "death", "life", "fine", "fines", "reprieve", "punishment", "punishments"}
#: What is received when news is: "received information (reports, a letter, a tip) on 16 Malaysians".
_TOLD_THINGS = {"information", "report", "reports", "complaint", "complaints", "tip", "tips", "tip-off", "letter",
                "letters", "notification", "notice", "word", "intelligence", "request", "requests", "message", "messages",
                "details", "particulars", "specifics", "data", "list", "lists", "names", "email", "emails",
                "help", "calls", "call", "pleas", "plea", "appeals", "appeal"}  # ("received help from 20 residents")
_NEGATED_AUX = {"had", "has", "have", "been", "be", "being", "was", "were", "is", "are", "yet", "to", "get", "got"}
_STATE_AGENTS = {"police", "authorities", "officers", "immigration", "soldiers", "military", "troops", "army"}
#: Words before a centre or a camp that make it the state's: "the immigration detention centre"
_STATE_CENTRES = frozenset({"detention", "immigration", "police", "holding", "correctional", "rehabilitation",
                            "quarantine", "deportation", "refugee", "reception"})
_HELD_AS = {"captive", "captives", "hostage", "hostages", "against", "prisoner", "prisoners"}
#: What people are held "in" by captors, the people between: "held the workers in captivity"
_CONFINED = {"confinement", "captivity", "bondage", "servitude", "slavery"}


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
#: Verbs of telling right after people named or counted, who are then the ones who speak: "One
#: woman from Kenya said 600 were held" (the act told after is done to others; "Two freed cooks
#: revealed that ...": a source's account)
SPEAKING = SAYS | {"told", "tell", "tells", "recalled", "recounted", "added", "explained", "revealed", "reveals",
                   "admitted", "confessed", "testified", "disclosed"}
