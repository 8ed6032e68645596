"""Nouns of acts done to people ("the deportations of six men", "the extradition of two
suspects") and the words that make such a noun an act asked for or planned rather than done.

News names an act by its noun as often as by its verb: the people after "of" are the act's people,
counted as its verb's object would be, in any of the noun's forms (singular or plural). An act
noun that a writ, a demand, a request or a plan governs ("warrants for the arrest of", "called for the
extradition of", "preparing the deportations of") names people sought, not people it was done to."""

from __future__ import annotations

from collections.abc import Sequence

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
#: Nouns for an act whose plan the words of the sentence may tell (``PLANNED``).
ACT_NOUNS = frozenset({"return", "handover", "release", "custody", *EVENT_NOUNS})
PLANNED = frozenset({"expected", "scheduled", "planned", "plan", "plans", "planning", "preparing", "prepare",
                     "prepares", "talks", "negotiations", "negotiate", "negotiating", "arrangements", "arranging",
                     "upcoming", "awaiting", "will", "would", "soon", "seeking", "sought", "requested", "request",
                     "discussed", "discussing", "discuss"})
#: Words just before an act noun that ask for the act: a writ for it, a call, a request or a demand for it.
_ASKING = frozenset({"warrant", "warrants", "writ", "writs", "called", "calls", "calling", "call", "urged", "urges",
                     "urging", "demanded", "demands", "demanding", "pressed", "pressing", "pushed", "pushing",
                     "sought", "seek", "seeks", "seeking", "requested", "request", "requests", "requesting"})


def act_named(lower: Sequence[str], j: int) -> str:
    """The word at ``j``, or the count verb it stands for where it is a noun of sending people
    abroad with "of" after it ("the extraditions of 12": "extradited")."""
    word = lower[j]
    return _SENDING_NOUNS.get(word, word) if j + 1 < len(lower) and lower[j + 1] == "of" else word


def act_asked_for(lower: Sequence[str], j: int, start: int) -> bool:
    """"warrants for the arrest of 12", "called for the extradition of", "urged the expulsion of":
    the act noun at ``j`` is asked for (up to "for" and "the" between), not told as done."""
    k = j - 1
    while k >= start and lower[k] in {"the", "for", "their", "his", "her", "its", "immediate"}:
        k -= 1
    return (lower[j] in ACT_NOUNS or lower[j] == "arrest") and k >= start and lower[k] in _ASKING
