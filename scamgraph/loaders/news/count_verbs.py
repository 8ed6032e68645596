"""The verbs next to a count and what each tells: the edge, the key in the event's counts and the
event it implies ("arrested 40": arrested, an arrest), with the two-word verbs, the verbs of acts
still under way, and the things (not people) a count may be of. Apart from ``words`` because it
is the count readers' own table."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.model import RelType


#: Verb next to a count -> (edge type or None, key in the event's counts, event type it implies).
_COUNT_VERBS: dict[str, tuple[RelType | None, str, str]] = {
    **dict.fromkeys(["arrested", "arresting", "arrest", "apprehended", "nabbed", "captured", "rounded", "apprehend", "netted",
                     "apprehending", "nabbing", "capturing", "seized", "seizing", "collared",
                     "arrests", "nabs", "nab"],  # ("seized 318 suspects": people; a headline's present: "Thailand arrests 12")
                    (RelType.ARRESTED, "arrested", "arrest")),
    **dict.fromkeys(["detained", "detaining", "detain", "detains", "held", "holding", "custody", "intercepted", "remanded",
                     "secured"],  # ("41 people were secured" in a raid: taken into custody)
                    (RelType.DETAINED, "detained", "detention")),
    **dict.fromkeys(["found", "discovered", "located", "inside", "uncovering", "uncovered", "discovering"],
                    (RelType.FOUND, "found", "raid")),
    "busted": (RelType.ARRESTED, "arrested", "arrest"),  # ("12 Laotians were busted by police": arrested)
    **dict.fromkeys(["rescued", "rescuing", "rescues", "freed", "freeing", "frees", "liberated", "saved", "rescue", "free", "evacuated",
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


#: Participles of reaching a place that, set after an evacuation, tell the people's arrival
_ARRIVING = frozenset({"arriving", "landing"})


def evacuated_home(lower: Sequence[str], j: int, end: int) -> bool:
    """The word at ``j`` is a verb or noun of evacuating told with the people's home as where they
    went ("evacuated home", "evacuated to the homeland"), or with their arrival right after it
    ("were evacuated, arriving at the capital's airport on Monday": told where they landed, not
    where they were freed): a return home, no rescue."""
    if not lower[j].startswith("evacuat"):
        return False
    after = [w for w in lower[j + 1:min(end, j + 5)] if not w.endswith("ly")]
    return not _HOMELAND_WORDS.isdisjoint(lower[j + 1:min(end, j + 4)]) or after[:1] == [","] and after[1:2] != [] \
        and after[1] in _ARRIVING
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
