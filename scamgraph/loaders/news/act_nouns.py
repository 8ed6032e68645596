"""Nouns of acts done to people ("the deportations of six men", "the extradition of two
suspects") and the words that make such a noun an act planned or asked for rather than done
(``PLANNED``; ``ASKING_ACTS``, which ``demands.asked_for`` reads).

News names an act by its noun as often as by its verb: the people after "of" are the act's people,
counted as its verb's object would be, in any of the noun's forms (singular or plural). An act
noun that a writ, a demand, a request or a plan governs ("warrants for the arrest of", "called for the
extradition of", "preparing the deportations of") names people sought, not people it was done to."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.demands import DEMANDS

#: Nouns of acts done to people, and the count verb each stands for: a verb of involving counts
#: their people ("the deportations involved 209").
EVENT_NOUNS = {"deportations": "deported", "deportation": "deported", "repatriations": "repatriated",
               "repatriation": "repatriated", "arrests": "arrested", "rescues": "rescued", "rescue": "rescued",
               "extraditions": "extradited", "extradition": "extradited", "expulsion": "deported",
               "expulsions": "deported"}
#: Those of them that send people to another country, which "of" names the people of ("the
#: extradition of two Chileans", "the deportations of 40 workers"): such an act is an event of its
#: own. (An arrest or a rescue so named is most often part of a raid told beside it; "the arrest of"
#: and "the rescue of" are count verbs already, see words.py.)
_SENDING_NOUNS = {noun: verb for noun, verb in EVENT_NOUNS.items() if verb in {"deported", "repatriated", "extradited"}}
#: The nouns whose people "of" names (``act_named``): those of sending, and the plural of an act
#: whose singular is a count verb already ("the arrests of seven men", as "the arrest of seven men";
#: "rescues" is a count verb itself), and a detention ("resulted in the detention of 500 foreigners",
#: "the interception of 4 victims at the airport").
_OF_NOUNS = {**_SENDING_NOUNS, "arrests": "arrested", "detention": "detained", "detentions": "detained",
             "interception": "intercepted", "interceptions": "intercepted"}  # ("reported the interception of 4")
#: Nouns for an act whose plan the words of the sentence may tell (``PLANNED``).
ACT_NOUNS = frozenset({"return", "handover", "release", "custody", *EVENT_NOUNS})
PLANNED = frozenset({"expected", "scheduled", "planned", "plan", "plans", "planning", "preparing", "prepare",
                     "prepares", "talks", "negotiations", "negotiate", "negotiating", "arrangements", "arranging",
                     "upcoming", "awaiting", "will", "would", "soon", "seeking", "sought", "requested", "request",
                     "discussed", "discussing", "discuss",
                     # an act put off or called off is still to come, or never came ("the deportation of 17 has been delayed")
                     "delayed", "postponed", "cancelled", "canceled", "suspended", "stalled"})
#: Words that ask for an act noun's act (``demands.asked_for``): the demands, a writ for it, or
#: seeking it ("warrants for the arrest of 9", "sought the expulsion of"). The last two not for
#: event words: a warrant's arrest may be told as made.
ASKING_ACTS = DEMANDS | {"warrant", "warrants", "writ", "writs", "sought", "seek", "seeks", "seeking"}


def act_named(lower: Sequence[str], j: int) -> str:
    """The word at ``j``, or the count verb it stands for where it is a noun of sending people
    abroad, or the plural "arrests", with "of" after it ("the extraditions of 12": "extradited";
    "the arrests of 12": "arrested")."""
    word = lower[j]
    return _OF_NOUNS.get(word, word) if j + 1 < len(lower) and lower[j + 1] == "of" else word
