"""People held by criminals: "are being held by traffickers", "had been detained and beaten by
members of scam networks". A passive verb's doer is its "by" agent (English grammar); a detention
is a state's act, so when the agent is a trafficker, a gang or a scam outfit the words tell of
captivity, neither a detention event nor a count of people detained. Read by words.held_captive,
which the event words and the count verbs share.

The active voice says the same with a relative clause: "the Chinese nationals who detained the
workers were arrested". The doer of a verb after "who"/"that" is the noun before the pronoun; when
that noun names private people (nationals, men, bosses, a gang) rather than the state's own
("the officers who detained them"), they are the captors: the verb tells no detention, and the
people before it are not the ones held (nationalities.py reads the main verb for them instead).

A main clause says it with the captors as the subject right before the verb and the people held
after it: "the gang held some 900 workers", "traffickers had kept them": the doers are named
criminals, so no detention (``held_by_criminals_before``). A headline's "gang held for fraud"
(a reduced passive: the gang was held) has no one held after the verb and stays a detention.

Nor is a hold told with an adverb of force ("the nurses had been forcibly kept there": the state
detains under its law, captors by force) or told as a state that goes on ("nine cooks are still
held", "four remain held"): neither tells an act of detaining (``held_on``, asked both by the
event words, asides, and by the count verbs, words.held_captive)."""

from __future__ import annotations

from scamgraph import gazetteer as gz

#: Verbs of holding people, and a second verb a captive's ordeal may add before "by"
#: ("captured by a fraud ring": taken by criminals, no arrest; an arrest is a state's act too)
_HOLDING = frozenset({"detained", "held", "confined", "kept", "imprisoned", "locked", "captured",
                      "detaining", "holding", "keeping"})
_BETWEEN = frozenset({"and", "or", "forcibly", "illegally", "unlawfully", "captive", "hostage", "up", "beaten",
                      "assaulted", "abused", "tortured", "exploited"})
#: Agents that are criminals whatever is said before them
_CRIMINALS = frozenset({"traffickers", "trafficker", "captors", "kidnappers", "abductors", "gang", "gangs",
                        "syndicate", "syndicates", "scammers", "criminals", "bosses",
                        # armed groups outside the state's forces: "held by rebels", "by the militia"
                        "rebels", "militia", "militias", "militants", "insurgents", "warlords"})
#: Agents that are criminals only after a word saying so ("scam networks", "a criminal group")
_OUTFITS = frozenset({"network", "networks", "group", "groups", "company", "companies", "ring", "rings",
                      "organisation", "organisations", "organization", "organizations", "operators",
                      # the places that hold them: "criminal compounds are detaining 2,000 Koreans"
                      "compounds", "centres", "centers", "hubs", "camps", "operation", "operations",
                      # "captured by a rebel unit", "held by rebel forces"
                      "unit", "units", "forces", "fighters"})
#: ("armed groups" are no state's forces: "held by armed groups in Myanmar")
_CRIMINAL_WORDS = frozenset({"scam", "criminal", "crime", "fraud", "trafficking", "smuggling", "gambling", "armed",
                             "rebel"})
#: Words that may stand between "by" and the agent: "by members of the", "by their Chinese"
_FILLERS = frozenset({"a", "an", "the", "their", "his", "her", "members", "member", "of", "human", "armed",
                      "chinese", "local", "online", "same", "other", "another", "foreign"}) | _CRIMINAL_WORDS
_SPAN = 6
#: Relative pronouns whose verb has the noun before them as its doer, and the auxiliaries of an
#: active perfect that may stand between ("who had held them")
_RELATIVES = frozenset({"who", "that"})
_PERFECT = frozenset({"had", "have", "has"})
#: Words that make a people noun the state's own ("border guards", "immigration staff", "police officers")
_STATE_KINDS = frozenset({"border", "security", "immigration", "prison", "coast", "police", "military", "army",
                          "government", "state", "customs", "embassy", "consular"})


def held_by_criminals(lower: list[str], i: int, end: int) -> bool:
    """Whether the holding verb at ``i`` has a criminal "by" agent within the clause."""
    if lower[i] not in _HOLDING:
        return False
    k = i + 1
    while k < end and k <= i + 4 and lower[k] in _BETWEEN:
        k += 1
    if k >= end or lower[k] != "by":
        return False
    said_criminal = False
    for word in lower[k + 1:min(end, k + 1 + _SPAN)]:
        if word in _CRIMINALS or (word in _OUTFITS and said_criminal):
            return True
        if word not in _FILLERS:
            return False
        said_criminal = said_criminal or word in _CRIMINAL_WORDS
    return False


def held_by_those_before(lower: list[str], i: int, start: int) -> bool:
    """Whether the holding verb at ``i`` is the active verb of a relative clause ("nationals who
    detained", "men who had held") whose doers, the noun before the pronoun, are private people:
    a noun for people or a criminal outfit, not the state's officers or troops (those are not
    people nouns of the gazetteer: "officers who detained them" stays a detention)."""
    if lower[i] not in _HOLDING:
        return False
    k = i - 1
    if k > start and lower[k] in _PERFECT:
        k -= 1
    if k <= start or lower[k] not in _RELATIVES:
        return False
    doers = lower[k - 1]
    if k - 2 >= start and lower[k - 2] in _STATE_KINDS:
        return False  # "the border guards who detained them", "immigration staff who held them": the state's
    return doers in _CRIMINALS or doers in _OUTFITS or doers in gz.people_nouns()


#: Words that open the people held after an active holding verb: a pronoun, a round figure's
#: hedge ("around 900", "some 40") or a word of a great number ("hundreds of workers")
#: ("at", "over", "for" stay out: "gang held at border", "ring held over fraud" are headlines of a passive)
_HELD_OBJECTS = frozenset({"them", "him", "her", "us", "me", "around", "about", "some", "nearly", "almost", "more",
                           "hundreds", "thousands", "dozens", "scores", "an", "over"})
#: Words between criminals and their holding verb: "hubs in Laos are thought to be holding"
_HEDGED_HOLDING = frozenset({"are", "were", "is", "was", "be", "been", "being", "believed", "thought", "said", "to",
                             "reportedly", "allegedly", "still", "currently"})


def held_by_criminals_before(lower: list[str], i: int, start: int, end: int) -> bool:
    """Whether the holding verb at ``i`` is the active verb of criminals named right before it
    ("the gang held around 900 people", "traffickers had kept them"): a noun of criminals (or a
    scam outfit: "the scam company held"), perhaps with "had"/"have"/"has", then the people held
    (a pronoun, a number, or a hedge or word of number before one)."""
    if lower[i] not in _HOLDING or i + 1 >= end:
        return False
    k = i - 1
    if k > start and lower[k] in _PERFECT:
        k -= 1
    while k > start and k > i - 6 and lower[k] in _HEDGED_HOLDING:
        k -= 1
    if k > start + 1 and lower[k - 1] == "in" and k - 2 >= start and lower[k - 2] in _OUTFITS:
        k -= 2  # "compounds in Cambodia are detaining": past the place the holders are in
    if k < start:
        return False
    doers = lower[k]
    if not (doers in _CRIMINALS or doers in _OUTFITS and k - 1 >= start and lower[k - 1] in _CRIMINAL_WORDS):
        return False
    after = lower[i + 1]
    return after in _HELD_OBJECTS or after.replace(",", "").isdigit()


#: Adverbs before a holding verb that make it a captor's hold: "forcibly kept", "illegally held"
_BY_FORCE = frozenset({"forcibly", "illegally", "unlawfully"})
#: Words before a holding verb that make it a state going on: "still held", "remain held"
_GOING_ON = frozenset({"still", "currently", "remain", "remains", "remained", "remaining"})
#: Nouns of the state's hold, and the word before "in" one that makes it a state begun before the
#: story ("three men already in custody"), not a detaining told (those who "remain in detention"
#: after their rescue were detained, on a day untold: a detention of its own)
_CUSTODY = frozenset({"custody", "detention"})
_STILL = frozenset({"already"})


def held_on(lower: list[str], i: int, start: int) -> bool:
    """Whether the holding verb at ``i`` tells a hold by force or a hold that goes on ("two guards
    had illegally confined the cooks", "the nurses who remain held", "dozens are still being kept"),
    not an act of detaining."""
    if lower[i] in _CUSTODY and i - 2 >= start and lower[i - 1] == "in" and lower[i - 2] in _STILL:
        return True  # "warrants served on three men already in custody": a state
    if lower[i] not in _HOLDING:
        return False
    k = i - 1
    if k > start and lower[k] in {"being", "been"}:
        k -= 1  # "are still being kept"
    return k >= start and (lower[k] in _BY_FORCE or lower[k] in _GOING_ON)
