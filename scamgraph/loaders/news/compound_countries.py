"""A country that opens a compound adjective of backing or origin ("an Atlantis-backed militia",
"an Atlantis-born tycoon", "an Atlantis-origin kingpin") tells who backs a thing or where a
person was born, not a place where anything in the story happens, so that mention makes no
place node; "-based" and "-bound" do say where things are or go, and stay places. A country that
speaks or works as its government ("Atlantis announced", "The Atlantis is working with ...",
and the headline's inverted "..., says Atlantis:") names no place either, unless a preposition
makes it the place of the body before it ("the embassy in Atlantis said": the embassy speaks).
Nor does a country written before a state's people, office, allies or papers ("Atlantis officials",
"Atlantis counterparts", "Atlantis Deputy High Commissioner X", "our Atlantis allies", "Atlantis
filings say"): it says whose they are, as a demonym would
("Atlantean officials"), not where anything happens. A country that does a state's act names no
place either: as the subject of a verb of the acts states do to people and bodies ("Atlantis has
already facilitated their return", "Atlantis on Friday imposed sanctions", every country of a list
before such a verb: "Atlantis, Borduria and Syldavia announced"), or as the agent after such a
participle ("measures imposed by Atlantis and Borduria"), or as the owner of a state's act or stance
("Atlantis's crackdown", "Atlantis's first ruling", "Atlantis's national referral mechanism",
"Atlantis's most extensive interventions"). News writes the state for its government this way; where the story happens there is a place all the same, named with a preposition
("deported from Atlantis"), and so is a country that takes its own people back ("Atlantis
repatriated 40 suspects": they go there). Countries given as examples of states at the head of a
clause ("Countries like Atlantis and Borduria have worked with the police", "states such as
Atlantis signed") act as states too, and name no place. A country (or a list of them) that is the
subject of bringing "their citizens" (or "its nationals") back names those people, not a place:
"Atlantis and Borduria brought their citizens home" tells two nationalities brought home."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.news import words
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

#: Second halves of the compounds whose country names no place of the story (a closed class).
_BACKING = frozenset({"backed", "born", "origin", "funded", "sponsored", "supported", "allied", "aligned",
                      "affiliated", "linked", "controlled", "owned", "led", "run", "made",
                      "sanctioned", "designated", "brokered", "mediated", "imposed"})  # ("US-sanctioned": the state acts)
_HYPHENS = frozenset({"-", "\u2013"})
#: Verbs of a government's statement or work right after a country, perhaps after an auxiliary
_STATEMENTS = frozenset({"announced", "announces", "said", "says", "vowed", "vows", "warned", "warns", "welcomed",
                         "welcomes", "condemned", "working"})
#: Verbs of a state's acts on people and bodies: a country as their subject is its government (not
#: "returns" or "repatriated": the country that takes its people back is where they go)
_STATE_ACTS = frozenset({"issued", "issues", "imposed", "imposes", "slapped", "slaps", "hits", "facilitated",
                         "facilitates", "announced", "sanctioned", "sanctions", "designated", "designates",
                         "cut", "cuts"})  # ("after Atlantis cut power and fuel to the area": its government did)
#: Participles of those acts before "by" and their agent ("measures imposed by Atlantis")
_AGENT_ACTS = frozenset({"announced", "imposed", "issued", "facilitated"})
_AUXILIARIES = frozenset({"is", "was", "has", "had", "will"})
#: Words between a country and its verb: auxiliaries and adverbs of time ("has already", "on Friday")
_BETWEEN = frozenset({"has", "had", "have", "already", "also", "recently", "now", "on", "monday", "tuesday", "wednesday",
                      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                      "july", "august", "september", "october", "november", "december"})  # (and a day's number)
#: Nouns of a state's acts, stances and schemes: a country owning one ("Atlantis's crackdown") is its government
_STATE_ACT_NOUNS = frozenset({"crackdown", "crackdowns", "campaign", "move", "moves", "ruling", "rulings", "intervention",
                              "interventions", "mechanism", "collaboration", "cooperation", "efforts", "decision",
                              "response", "policy", "policies", "push", "stance", "commitment", "law", "laws",
                              "diplomat", "diplomats", "envoy", "envoys", "ambassador", "ambassadors"})  # ("Atlantis's top diplomat")
#: A state's standing commitment after a country and "remains": "Atlantis remains committed to ..."
_STANCE_VERBS = frozenset({"remains", "remain", "remained"})
_STANCES = frozenset({"committed", "determined", "resolved"})
#: Labels of the names that own what follows them: a place between a country and the noun
_NAMED_PLACES = frozenset({"PLACE", "COUNTRY", "SITE", "PERSON"})
#: Words that join the countries of a list, and the article some of them take ("the US, the UK and Canada")
_LIST_WORDS = frozenset({",", "and", "the"})
#: A state's people, office, media, allies or court papers a country's name may stand before, as a
#: demonym would ("our Atlantis allies", "Atlantis filings say": whose they are, no place)
_STATE_PEOPLE = frozenset({"officials", "official", "counterparts", "counterpart", "diplomats", "diplomat", "envoys",
                           "envoy", "media", "lawmakers", "negotiators", "representatives", "allies", "ally",
                           "partners", "filings", "filing", "indictment", "indictments"})
#: Verbs of an inverted attribution before a country: "..., says Atlantis"
_SAYS = frozenset({"says", "said"})
#: Words that close a headline's inverted attribution after the country
_CLAUSE_ENDS = frozenset({":", ",", ".", ";", "\n"})
#: Words that make the country the object of a preposition, the place of what comes before it
_PREPOSITIONS = frozenset({"in", "at", "to", "from", "of", "for", "with", "by", "near", "into", "across", "on"})


#: Nouns for states that lead a list of examples: "countries like A and B", "nations such as A"
_STATE_NOUNS = frozenset({"countries", "nations", "states", "governments"})
#: Verbs a list of example states does as states ("have already worked with ...")
_EXAMPLE_ACTS = frozenset({"worked", "cooperated", "collaborated", "partnered", "joined", "helped", "signed", "agreed",
                           "pledged", "asked", "urged", "requested", "sent", "brought", "repatriated", "evacuated",
                           "flown", "flew", "chartered", "arranged", "dispatched", "called", "demanded"}) | _STATE_ACTS
#: Auxiliaries and adverbs between a subject and its verb
_BEFORE_VERB = _BETWEEN | _AUXILIARIES | frozenset({"been", "are", "were", "since", "jointly", "all"})
#: Verbs of bringing people back, and the owners and nouns of a state's own people after them
_BRINGING = frozenset({"bring", "brought", "bringing", "brings", "fly", "flew", "flown", "repatriate", "repatriated",
                       "repatriating", "evacuate", "evacuated", "return", "returned", "take", "took",
                       "returns", "repatriates", "evacuates", "flies", "takes"})
_OWNERS = frozenset({"their", "its"})
_OWN_PEOPLE = frozenset({"citizens", "nationals", "compatriots"})
#: Nouns that, counted without an owner, are still the bringing state's own people ("Atlantis brings
#: back 23 citizens"; counted "nationals" may be anyone's: "returns 40 nationals to Borduria")
_COUNTED_OWN_PEOPLE = frozenset({"citizens", "compatriots"})
#: Words of an approximate count before its number ("over 27,000", "more than 300", "another 40"):
#: the reader's words of a rough number, but not "up to", which may close the act's phrase
_ABOUT = frozenset(words._ABOUT - {"up", "to"} | {"another"})


def _list_bounds(lower: Sequence[str], start: int, end: int, doc: Doc) -> tuple[int, int]:
    """The first word before and after the list of countries the one between ``start`` and ``end`` is in."""
    k = start - 1
    while k >= 0 and (lower[k] in _LIST_WORDS or doc[k].ent_type_ == "COUNTRY"):
        k -= 1
    j = end
    while j < len(lower) and (lower[j] in _LIST_WORDS or doc[j].ent_type_ == "COUNTRY"):
        j += 1
    return k, j


def _example_lead(lower: Sequence[str], k: int) -> int:
    """The position of "countries" when "countries like" / "such as" / "including" ends at ``k``, else -1."""
    if k >= 1 and lower[k] in {"like", "including"} and lower[k - 1] in _STATE_NOUNS:
        return k - 1
    if k >= 2 and lower[k] == "as" and lower[k - 1] == "such" and lower[k - 2] in _STATE_NOUNS:
        return k - 2
    return -1


def _heads_a_clause(lower: Sequence[str], k: int) -> bool:
    """True when no preposition stands in the three words before ``k`` (back to a sentence's start):
    the words from ``k`` on are a subject, not a place after "in" or "from"."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if lower[j] in _PREPOSITIONS or lower[j] in _CLAUSE_ENDS:
            return lower[j] in _CLAUSE_ENDS
    return True


def example_states_acting(lower: Sequence[str], start: int, end: int, doc: Doc) -> bool:
    """True when the country is one of a list of example states that heads its clause and does a
    state's act: "Countries like Atlantis and Borduria have already worked with ..."."""
    k, j = _list_bounds(lower, start, end, doc)
    lead = _example_lead(lower, k)
    if lead < 0 or not _heads_a_clause(lower, lead):
        return False
    while j < len(lower) and j - end < 6 and lower[j] in _BEFORE_VERB:
        j += 1
    return j < len(lower) and lower[j] in _EXAMPLE_ACTS


def brings_its_people_back(lower: Sequence[str], start: int, end: int, doc: Doc) -> bool:
    """True when the country (or its list) heads a clause that brings "their citizens" back: the
    citizens are its people. "Atlantis and Borduria brought their citizens home", "Countries like
    Atlantis have worked with the police to bring back some of their nationals"."""
    k, j = _list_bounds(lower, start, end, doc)
    lead = _example_lead(lower, k)
    if not _heads_a_clause(lower, lead if lead >= 0 else k + 1):
        return False
    while j < len(lower) and lower[j] in _BEFORE_VERB:
        j += 1  # ("have already")
    if j >= len(lower) or lower[j] not in _BRINGING and lower[j] not in _EXAMPLE_ACTS:
        return False  # ("Atlantis requires countries repatriating their citizens to ...": others bring theirs)
    stop = min(len(lower), j + 16)
    for m in range(j, stop):
        if lower[m] in _CLAUSE_ENDS - {","} or doc[m].ent_type_ == "COUNTRY":
            return False  # (the sentence ends, or another country's people may be meant)
        if lower[m] in _BRINGING:
            return any(lower[n] in _OWNERS and n + 1 < stop and lower[n + 1] in _OWN_PEOPLE
                       for n in range(m + 1, min(stop, m + 6))) or _counts_own_people(lower, m + 1, stop, doc)
    return False


def _counts_own_people(lower: Sequence[str], k: int, stop: int, doc: Doc) -> bool:
    """"brings back 23 citizens", "repatriates over 27,000 stranded citizens": after the bringing
    verb (and "back" or "home"), a count, then at most two words that name no people, then citizens."""
    while k < stop and (lower[k] in {"back", "home"} or lower[k] in _ABOUT):
        k += 1
    if k >= stop or not any(ch.isdigit() for ch in lower[k]):
        return False
    for n in range(k + 1, min(stop, k + 4)):
        if doc[n].ent_type_ in {"NORP", "COUNTRY"}:
            return False  # ("returns 40 Borduri citizens": another country's people)
        if lower[n] in _COUNTED_OWN_PEOPLE:
            return True
    return False


def backing_compound(lower: Sequence[str], end: int) -> bool:
    """True when the country ending at ``end`` is joined by a hyphen to a word of backing or origin."""
    return end + 1 < len(lower) and lower[end] in _HYPHENS and lower[end + 1] in _BACKING


def speaks_as_government(lower: Sequence[str], start: int, end: int) -> bool:
    """True when the country between ``start`` and ``end`` is the subject of a statement, of work
    or of a stance it keeps ("remains committed")."""
    if start > 0 and lower[start - 1] in _PREPOSITIONS or end >= len(lower):
        return False
    if start > 0 and lower[start - 1] in _SAYS and lower[end].strip(" ") in _CLAUSE_ENDS:
        return True  # "We are serious, says Atlantis: ..."
    if lower[end] in _STANCE_VERBS and end + 1 < len(lower) and lower[end + 1] in _STANCES:
        return True  # "Atlantis remains committed to ending it": the government's stance
    verb = lower[end + 1] if lower[end] in _AUXILIARIES and end + 1 < len(lower) else lower[end]
    return verb in _STATEMENTS


def acts_as_state(lower: Sequence[str], start: int, end: int, doc: Doc) -> bool:
    """True when the country between ``start`` and ``end`` (or the list of countries it is part of)
    is the subject of a state's act, or its agent after "by" and the act's participle."""
    k = start - 1
    while k > 0 and (lower[k] in _LIST_WORDS or doc[k].ent_type_ == "COUNTRY"):
        k -= 1  # back to the word before the list: "imposed by Atlantis and Utopia"
    if k > 0 and lower[k] == "by" and lower[k - 1] in _AGENT_ACTS:
        return True
    if start > 0 and lower[start - 1] in _PREPOSITIONS:
        return False
    k = end
    while k < len(lower) and (lower[k] in _LIST_WORDS or doc[k].ent_type_ == "COUNTRY"):
        k += 1  # on to the verb after the list: "Atlantis, Borduria and Syldavia announced"
    first = k
    while k < len(lower) and k - first < 5 and (lower[k] in _BETWEEN or lower[k].isdigit() and len(lower[k]) <= 4):
        k += 1  # ("Atlantis on 5 July 2025 deported ...")
    return k < len(lower) and lower[k] in _STATE_ACTS


def owns_state_act(lower: Sequence[str], end: int, doc: Doc) -> bool:
    """True when the country ending at ``end`` owns a state's act: its possessive, at most three
    words that name no place, then a noun of the closed class."""
    if end >= len(lower) or lower[end] not in POSSESSIVE_S:
        return False
    for k in range(end + 1, min(end + 5, len(lower))):
        if lower[k] in _STATE_ACT_NOUNS:
            return True
        if not lower[k].isalpha() or doc[k].ent_type_ in _NAMED_PLACES:
            return False  # ("Atlantis's Borduria province policy": the province's)
    return False


def owns_state_people(lower: Sequence[str], end: int, doc: Doc | None) -> bool:
    """True when the country ending at ``end`` stands before a state's people or a title (an
    entity of ``doc`` labelled ROLE)."""
    return end < len(lower) and (lower[end] in _STATE_PEOPLE or doc is not None and doc[end].ent_type_ == "ROLE")


def names_no_place(lower: Sequence[str], start: int, end: int, doc: Doc | None = None) -> bool:
    """A backing compound, a country speaking as its government, or one before its state's people
    or a title: the mention is no place."""
    return backing_compound(lower, end) or speaks_as_government(lower, start, end) or owns_state_people(lower, end, doc) \
        or doc is not None and (acts_as_state(lower, start, end, doc) or owns_state_act(lower, end, doc)
                                or example_states_acting(lower, start, end, doc))
