"""Acts asked for, not done: an event word governed by a verb or noun of asking, needing or
striving ("called for the repatriation of", "the need for the repatriation of 40 Kenyans",
"requested the extradition of", "efforts to repatriate them") tells what someone wants to
happen. Shared by the event words (asides) and the count verbs (governing), so that neither an
event nor a count comes of it."""

from __future__ import annotations
from scamgraph.loaders.news.shared_infinitives import _NOT_VERBS, infinitive_before
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

#: Verbs and nouns of asking for an act, pledging it, or needing it.
DEMANDS = frozenset({"called", "calls", "call", "calling", "urged", "urges", "urging", "demanded", "demands",
                     "demanding", "appealed", "appeals", "pressed", "presses", "pressing",
                     # what someone pledges ("pledged a fresh crackdown") is still to come
                     "pledged", "pledges", "pledge", "pledging", "vowed", "vows", "vow", "promised", "promises",
                     # needing or asking: "the need for the repatriation of 40 Kenyans", "requested the extradition"
                     "need", "needs", "plea", "pleas", "request", "requests", "requested", "requesting",
                     "asked", "asks", "asking",
                     # putting an act forward: "proposed that the authorities help repatriate the citizens"
                     "proposed", "proposes", "propose", "proposing", "proposal", "suggested", "suggests",
                     # talking an act over: "discussed the quick repatriation of the Kenyan workers"
                     "discuss", "discusses", "discussed", "discussing",
                     # a price put on an act: "offered a cash bounty for the arrest of its leaders"
                     "bounty", "bounties", "reward", "rewards"})
#: Verbs of seeking, which ask for a person's arrest or extradition ("a red notice seeking the
#: arrest of", "sought her extradition") but also tell acts done ("sought the seizure of" in a
#: complaint the court granted; "are being sought through Interpol" is a warrant): for those two acts only.
SEEKING = frozenset({"seek", "seeks", "seeking", "sought"})
#: Verbs that ask someone else to act: "asked Laos to soon deport them", "urged the
#: government on Monday to take steps to secure their repatriation" (the act is the infinitive's).
ASKING_OTHERS = frozenset({"asked", "asks", "asking", "urged", "urges", "urging", "requested", "requests",
                            "requesting", "pressed", "presses", "pressing", "appealed", "appeals", "called", "calls",
                            "calling", "appealing",
                            # instructing: "instructed police to immediately rescue any citizens found"
                            "instructed", "instructs", "instructing", "directed", "directs", "tasked",
                            # begging: "youths pleading with the ministry to rescue them"
                            "pleading", "pleaded", "pleads", "begging", "begged", "begs", "implored", "imploring",
                            # help sought of a body: "they sought a consulate's support to free the crew" asks it to act
                            "sought", "seek", "seeks", "seeking", "enlisted", "enlist", "enlists", "enlisting",
                            # an order asked of a court: "asked a judge for orders compelling the council to fly them home"
                            "compelling"})
#: Verbs of asking that also name things ("a scheme called X"): they ask only as "called on".
_CALLING = frozenset({"called", "calls", "calling"})
#: Words before a participle that make it describe people rather than name an act asked for.
_DETERMINERS = frozenset({"the", "those", "these", "their", "all"})
#: Words of an infinitive before its act: "to soon deport", "to be rescued", "to take concrete
#: steps to secure his rescue and | return" (the fillers below join them).
_INFINITIVE_WORDS = frozenset({"to", "be", "soon", "help", "take", "steps", "concrete", "measures", "necessary",
                               "all", "them", "facilitate", "arrange",
                               # a hand asked for in the act: "urged Atlantis to assist in repatriating them"
                               "assist", "in"})
#: Words that end the infinitive and open another clause, whose acts may well be done.
_CLAUSE_BREAKS = frozenset({"after", "before", "following", "who", "which", "whom", "that", "when", "while", "since",
                            "because", "but", "as", "where", ";", ":", "said", "says"})
#: Words between the asking and the act: articles, adjectives of haste, and a second act joined by
#: "and" ("the safe rescue and | repatriation of").
_FILLERS = frozenset({"the", "a", "an", "their", "his", "her", "its", "swift", "immediate", "safe", "urgent",
                      "speedy", "prompt", "quick", "early", "possible", "potential", "timely",
                      # a means toward the act: "committed to securing the release and return of"
                      "secure", "securing", "ensure", "ensuring",
                      "further", "fresh", "new", "tougher", "harsher", "stronger",
                      "and", "rescue", "release", "return", "repatriation", "extradition", "deportation",
                      # the same acts in the plural, and an arrest asked for with them ("urged arrests
                      # and | deportations", "called for the arrest and | extradition of")
                      "arrest", "arrests", "rescues", "releases", "returns", "repatriations", "extraditions",
                      "deportations",
                      # what a crackdown asked for is on, told before it: "calls for scam compound crackdown"
                      "scam", "compound", "compounds", "hub", "hubs", "fraud",  # (not "centre": "call centre crackdown")
                      "cyber", "online", "global", "regional", "wider", "broader", "decisive", "full",
                      # the reach of a campaign asked or ordered: "ordered a nationwide crackdown on"
                      "nationwide", "sweeping", "massive", "all-out", "large-scale",
                      # joint work pledged: "pledged closer intelligence-sharing and joint operations"
                      "joint", "closer", "coordinated", "combined", "more", "greater", "intelligence", "sharing", "mass",
                      "intelligence-sharing", "-", "cooperation",
                      # a kind of the act asked for: "requested the provisional arrest of"
                      "provisional"})
#: Nouns of striving or of means, and a pledge: "efforts to repatriate them are ongoing", "to
#: discuss ways of rescuing the captives", "remains committed to securing the rescue of" tell the
#: aim, not the act done.
_EFFORTS = frozenset({"effort", "efforts", "bid", "ways", "means", "committed", "commitment",
                      "attempt", "attempts",  # "made two attempts to free them": a try, not a release
                      "steps", "measures"})  # "initiated steps to rescue them" (a plan to act is an act told, as ever)
#: Verbs of striving whose infinitive names their aim: "working with Thai officials to repatriate
#: them", "officers work with charities to facilitate rescues"
_STRIVING = frozenset({"work", "works", "working", "push", "pushes", "pushing", "strive", "strives", "striving"})
#: Verbs of a demand that swells, parted from the act it asks for: "calls are growing for the extradition of"
_SWELLING = frozenset({"growing", "grow", "grew", "mounting", "mount", "mounted", "rising", "rise", "rose",
                       "increasing", "intensifying", "intensified"})
#: Verbs of making sure, after which a striving verb's act is one already arranged
_ENSURING = frozenset({"ensure", "ensures", "ensuring", "secure", "securing"})
#: A purpose named with "at": "an initiative aimed at rescuing its nationals"
_AIMED = frozenset({"aimed", "aiming", "aims", "aim"})
#: Adjectives of wanting an act, before "in" or "on": "interested in mass arrests", "keen on deportations"
_DESIRING = frozenset({"interested", "keen", "intent", "bent"})
#: Help asked for between a need and its act: "the need for assistance in the safe rescue of ..."
HELP_ASKED = frozenset({"assistance", "help", "support", "cooperation"})


def asked_for(lower: list[str], i: int, start: int, asking: frozenset[str] = DEMANDS) -> bool:
    """The event word at ``i`` is what a verb or noun of asking before it asks for (``start``:
    where its sentence begins; ``asking``: the words that ask directly, by default ``DEMANDS``)."""
    return _asked_for_directly(lower, i, start, asking) or _asked_of_others(lower, i, start) or mandated(lower, i, start)


#: Words that cannot stand in the subject of a that-clause between "that" and its bare "be": a
#: modal or "to" (the clause's own verb), a clause break.
_NOT_A_SUBJECT = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might", "to", "not",
                            ",", ";", ":", "(", "who", "which", "were", "was", "are", "is", "had", "have", "has"})


def mandated(lower: list[str], i: int, start: int) -> bool:
    """"ruled that the 11 Bolivians be deported": the participle at ``i`` follows a bare "be"
    whose subject opens with "that" (the mandative subjunctive of an order, a demand or a
    ruling): the act is required of someone, not told done. A modal between ("that they would
    be deported") is the clause's own verb and is read as before."""
    k = i - 1
    while k > start and lower[k].endswith("ly") and lower[k] != "be":
        k -= 1  # "that they be promptly deported"
    if k > start and lower[k] != "be" and lower[i] in _BARE_ACTS and lower[k] not in _DETERMINERS | {"a", "an", "of", "to", "for"}:
        return _demanded_clause(lower, k + 1, start)  # "requested that Lotland extradite the three"
    if k <= start or lower[k] != "be":
        return False
    for m in range(k - 1, max(start, k - 10) - 1, -1):
        if lower[m] == "that":
            return m < k - 1  # (a subject between: not "that be")
        if lower[m] in _NOT_A_SUBJECT:
            return False
    return False


#: Bare verbs of acts, which a that-clause's subject takes in the subjunctive of a demand
#: ("requested that Lotland extradite the men", "urged that police arrest the owners")
_BARE_ACTS = frozenset({"extradite", "deport", "repatriate", "arrest", "detain", "rescue", "raid", "expel", "free",
                        "release", "prosecute", "charge", "investigate", "sanction", "return"})
#: Verbs of asking or ruling whose that-clause states what must be done
_DEMANDING_THAT = DEMANDS | frozenset({"ordered", "ruled", "insisted", "recommended", "directed", "requires",
                                       "required", "stipulated", "decreed"})


def _demanded_clause(lower: list[str], verb: int, start: int) -> bool:
    """The bare verb at ``verb`` has a subject that "that" opens, right after a verb of asking or
    ruling, with no verb of the clause's own between ("asked that the Varnok authorities deport")."""
    for m in range(verb - 1, max(start, verb - 8) - 1, -1):
        if lower[m] == "that":
            return m < verb - 1 and m - 1 >= start and lower[m - 1] in _DEMANDING_THAT
        if lower[m] in _NOT_A_SUBJECT:
            return False
    return False


def _asked_of_others(lower: list[str], i: int, start: int, asking: frozenset[str] = ASKING_OTHERS) -> bool:
    """"asked Laos to soon deport three more men": the event word ends an infinitive
    ("to" and light words only: "to take concrete steps to secure our rescue and") whose subject
    a verb asking someone to act named before it, with no clause opened between them. A participle
    after an article describes people ("to bring the arrested workers back"): that act was done."""
    if lower[i - 1] in _DETERMINERS and lower[i].endswith("ed"):
        return False
    k, saw_to = i - 1, False
    while k > start and i - k <= 10 and (lower[k] in _INFINITIVE_WORDS or lower[k] in _FILLERS
                                         or lower[k].endswith("ly")):
        saw_to = saw_to or lower[k] == "to"
        k -= 1
    if not saw_to:
        # "urged the ministry to issue travel papers and repatriate them": the act shares the first
        # verb's "to", and with it the asking ("asked police to help, and officers rescued 20" has
        # a subject of its own after "and": told, not asked)
        shared = _shared_to(lower, i, start)
        return shared is not None and _asked_of_others(lower, shared + 1, start, asking)
    for m in range(k, max(start, k - 14) - 1, -1):
        if lower[m] in _CLAUSE_BREAKS:
            return False
        if lower[m] in _STRIVING:
            # "working with Thai officials to repatriate them": the aim; "working with the embassy to
            # ensure the repatriation on Monday" tells a return already set, read as the act
            return _ENSURING.isdisjoint(lower[m:i])
        if lower[m] in asking:
            # "called on Thailand to", "called for all of them to be repatriated", not "an operation
            # called Sweep to rescue": naming, no asking
            return lower[m] not in _CALLING or lower[m + 1] in {"on", "upon", "for"}
    return False


#: Words that end the first verb of a pair joined by "and": a clause of its own begins after them
_PAIR_BREAKS = _CLAUSE_BREAKS | {".", "and"}


def _shared_to(lower: list[str], i: int, start: int) -> int | None:
    """The "to" of the infinitive whose verb the word at ``i`` is joined to by "and" (past "then" or
    "also"): "to house them, pay their fares and | repatriate them" gives the first "to"; None
    where "and" does not stand right before, or no such "to" stands within 14 words."""
    k = i - 1
    while k > start and lower[k] in {"then", "also"}:
        k -= 1
    if k <= start or lower[k] != "and":
        return None
    return infinitive_before(lower, k, start, _PAIR_BREAKS, lambda j: lower[j].isalpha() and lower[j] not in _NOT_VERBS)


def asked_of_others(lower: list[str], i: int, start: int, asking: frozenset[str]) -> bool:
    """The event word at ``i`` ends an infinitive whose subject a verb of ``asking`` (one that
    asks someone to act: "ordered police to raid ...") named before it (see ``_asked_of_others``)."""
    return _asked_of_others(lower, i, start, asking)


def asked_for_directly(lower: list[str], i: int, start: int, asking: frozenset[str]) -> bool:
    """The act at ``i`` is the object of a word of ``asking`` ("ordered the deportation of", past
    the fillers of a demand: "ordered a nationwide crackdown on")."""
    return _asked_for_directly(lower, i, start, asking)


def _asked_for_directly(lower: list[str], i: int, start: int, asking: frozenset[str]) -> bool:
    """"called for the repatriation of", "efforts to repatriate them": the act is the asking's object."""
    if _a_concern(lower, i, start):
        return True
    k = i - 1
    while k > start and i - k < 7 and (lower[k] in _FILLERS or _an_owner(lower, k, start)):
        k -= 2 if _an_owner(lower, k, start) else 1
    if lower[k] in {"in", "with", "for"} and k - 2 >= start and lower[k - 1] in HELP_ASKED \
            and (lower[k - 2] in SEEKING or lower[k - 2] in asking):
        return True  # "sought cooperation in arresting the rest", "requested help with the return of"
    if lower[k] in {"in", "with", "for"} and k - 2 > start and lower[k - 1] in HELP_ASKED and lower[k - 2] == "for":
        k -= 2  # "the need for assistance in | the rescue"
    if lower[k] in {"for", "to", "of"} and k > start and lower[k - 1] in _EFFORTS:
        return True  # "efforts to rescue and repatriate them", "an effort for the return of"
    if lower[k] == "to" and any(lower[j] == "by" and lower[j - 1] in _EFFORTS for j in range(max(start + 1, k - 8), k)):
        return True  # "efforts by the government to free them": still an aim
    if lower[k] == "at" and k > start and lower[k - 1] in _AIMED:
        return True  # "aimed at rescuing its nationals": a purpose
    if lower[k] in {"in", "on"} and k > start and lower[k - 1] in _DESIRING:
        return True  # "China is interested in mass arrests": a wish
    if lower[k] == "for":
        k -= 1
        if k >= start and lower[k] in _STRIVING:
            return True  # "striving for the swift release of the crew", "works for their return": the aim
        if k >= start and lower[k] in _SWELLING and not (DEMANDS | {"pressure"}).isdisjoint(lower[max(start, k - 4):k]):
            return True  # "calls are growing for the extradition of", "pressure is mounting for their return"
    return k >= start and lower[k] in asking


def _an_owner(lower: list[str], k: int, start: int) -> bool:
    """The word at ``k`` ends a one-word owner's name before the act ("requested Vong's
    extradition"): the owner is the act's person, not the asking's end."""
    return lower[k] in POSSESSIVE_S and k - 1 > start


#: Nouns of worry, and what may stand between one and the act it is about: "voiced concern over
#: the welfare, rescue and return of the captives" (an act hoped for, not done)
_CONCERNS = frozenset({"concern", "concerns", "worry", "worries", "fear", "fears"})
_CONCERNED_WITH = _FILLERS | {"safety", "welfare", "wellbeing", "well-being", ","}


def _a_concern(lower: list[str], i: int, start: int) -> bool:
    """The event word at ``i`` is what a worry is about: "concern over the rescue of"."""
    k = i - 1
    while k > start and i - k < 9 and lower[k] in _CONCERNED_WITH:
        k -= 1
    return lower[k] in {"about", "over", "for", "regarding"} and k > start and lower[k - 1] in _CONCERNS
