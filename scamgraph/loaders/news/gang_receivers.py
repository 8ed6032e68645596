"""People handed to criminals: "were sold on to another company", "were passed on to a fraud
ring in Myawaddy". A handover is read as a state sending people home or
passing them between authorities; when the receiver is a gang, a scam company or a trafficker,
the words tell of the trafficking itself, so neither an event nor a count of people moved comes
of them. Shared by the event words (asides) and the count verbs (words.no_act_done)."""

from __future__ import annotations

#: Verbs of passing people on
_PASSING = frozenset({"handed", "handing", "hands", "hand", "handover", "transferred", "transferring", "delivered",
                      "turned", "sold", "selling", "resold"})
#: Words that may stand between "to" and the receiver: "to a Chinese scam company", "to another gang"
_FILLERS = frozenset({"a", "an", "the", "another", "other", "different", "new", "their", "scam", "fraud", "criminal",
                      "crime", "gambling", "online", "chinese", "armed", "local", "illegal", "same", "telecom",
                      "telecoms", "phone", "cyber", "investment", "romance", "betting"})
#: Receivers that are the criminals' own outfit or people
_CRIMINAL_RECEIVERS = frozenset({"company", "companies", "group", "groups", "gang", "gangs", "syndicate", "syndicates",
                                 "ring", "rings", "compound", "compounds", "boss", "bosses", "employer", "employers",
                                 "trafficker", "traffickers", "scammers", "firm", "firms", "operator", "operators",
                                 "casino", "casinos", "brokers", "broker", "recruiter", "recruiters"})
#: Most filler words before the receiver
_FILLER_SPAN = 4


def to_criminals(lower: list[str], j: int, end: int) -> bool:
    """Whether the verb at ``j`` passes people "(over) to" a gang, a scam company or traffickers."""
    if lower[j] == "over" and j > 0 and lower[j - 1] in _PASSING:
        j -= 1  # (a phrase "handed over" may be found at either word)
    if lower[j] not in _PASSING:
        return False
    k = j + 1
    if k < end and lower[k] == "over":
        k += 1
    if k >= end or lower[k] != "to":
        return False
    k += 1
    stop = min(end, k + _FILLER_SPAN)
    while k < stop and lower[k] in _FILLERS:
        k += 1
    return k < end and lower[k] in _CRIMINAL_RECEIVERS
