"""Whether people "held" or "detained" are held by the gangs, not by the state: "detained in
cybercrime camps", "held captive", "held and forced to work" are captives; "detained in raids",
"held at the immigration detention centre" a state's detention. Apart from ``words`` because it is
one reading with its own word sets."""

from __future__ import annotations

from scamgraph.loaders.news.captor_agents import held_by_criminals, held_by_criminals_before, held_by_those_before
from scamgraph.loaders.news.captor_agents import held_on
from scamgraph.loaders.news.words import _BE


#: Places of the gangs' captivity: people "detained in" them are victims, not detainees of the state
_CAPTIVITY = {"camp", "camps", "compound", "compounds", "centre", "centres", "center", "centers", "hub", "hubs"}


#: Words that tell people were tricked or taken there, and words of a state's holding: "held in
#: Tachileik after being lured" is by the gangs; "held in Sihanoukville for questioning" by the state
_LURED = {"lured", "trafficked", "duped", "enslaved"}
#: Words telling that people were deceived into where they are held (with "being held" after them)
_TRICKED = _LURED | {"tricked", "deceived", "fallen", "fell", "conned", "scammed"}
_STATE_HOLDING = {"police", "authorities", "officers", "immigration", "soldiers", "military", "troops", "army",
                  "detention", "custody", "cells", "prison", "jail", "questioning", "investigation", "court"}

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
    if _held_at_the_time(lower, i, start) and not (_STATE_HOLDING | _STATE_CENTRES | {"by"}) & set(after[:6]):
        return True  # "he said he was being detained with nine others": a state the victim told of, not an arrest
    if after[:1] == ["for"] and (to := next((k for k, w in enumerate(after[1:5], 1) if w in {"in", "at", "inside"}), None)):
        after = after[to:]  # "detained for weeks in a militia camp": past how long
    if lower[i] not in {"detained", "held", "detention"} or not after or after[0] not in {"in", "at", "inside"}:
        return False
    if _a_raid_phrase(after[1:5]):
        return False  # "detained in raids on scam centres": the state's act, told with the places it raided
        # ("12 Chinese held in Dorvale raid", "in a dawn raid": a headline's raid, named with its place or time)
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


_STATE_AGENTS = {"police", "authorities", "officers", "immigration", "soldiers", "military", "troops", "army"}
#: Words before a centre or a camp that make it the state's: "the immigration detention centre"
_STATE_CENTRES = frozenset({"detention", "immigration", "police", "holding", "correctional", "rehabilitation",
                            "quarantine", "deportation", "refugee", "reception"})
_HELD_AS = {"captive", "captives", "hostage", "hostages", "against", "prisoner", "prisoners"}
#: What people are held "in" by captors, the people between: "held the workers in captivity"
_CONFINED = {"confinement", "captivity", "bondage", "servitude", "slavery"}


#: Words that end the noun phrase after "in": a raid named after them is no longer the phrase's head
_PHRASE_ENDS = frozenset({"on", "at", "in", "of", "near", "by", "for", "during", "after", "since", "and", ",", ";", "-", "—"})


def _a_raid_phrase(words: list[str]) -> bool:
    """The noun phrase opening ``words`` (what people were held "in") is a raid: "raids", "a raid",
    "Dorvale raid", "a dawn raid" (not "a compound during a raid": that phrase names the place)."""
    for word in words:
        if word in RAID_NOUNS:
            return True
        if word in _PHRASE_ENDS:
            return False
    return False


def _held_at_the_time(lower: list[str], i: int, start: int) -> bool:
    """"was being detained", "were being held": a past state told as going on at the time (what a
    victim reported, where the workers were kept), never a taking done: a state's detention is told
    as done ("were detained") or as now ("are being held at the immigration centre")."""
    return lower[i] in {"detained", "held", "kept"} and i - 2 >= start and lower[i - 1] == "being" \
        and lower[i - 2] in {"was", "were"}
