"""People handed to criminals: "were sold on to another company", "were passed on to a fraud
ring in Myawaddy". A handover is read as a state sending people home or
passing them between authorities; when the receiver is a gang, a scam company or a trafficker,
the words tell of the trafficking itself, so neither an event nor a count of people moved comes
of them. Shared by the event words (asides) and the count verbs (words.no_act_done).

The receiver may be counted ("handed over to three brokers") or named by whom it serves ("to two
drivers who worked for the syndicate"). And people counted right after the "to" of a handing verb
are its receivers, never the people handed ("gave bus tickets to four job seekers", "was handed
over to two brokers"): ``counted_receivers`` tells the count verbs (governing) so."""

from __future__ import annotations

from scamgraph.loaders.numbers import number_words

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
                                 "casino", "casinos", "brokers", "broker", "recruiter", "recruiters",
                                 "middleman", "middlemen", "smuggler", "smugglers", "kidnappers", "captors"})
#: Counts of the receivers, which may stand among the fillers: "to two middlemen"
_COUNT_WORDS = number_words(1, 10) | {"several", "some", "few"}
#: Words after a receiver of people that tie it to the criminals' outfit: "a driver who worked for
#: the gang", "two men working for a syndicate"
_SERVING = frozenset({"who", "worked", "works", "work", "working", "for", "of", "from", "with", "linked", "to", "tied"})
#: Verbs whose "to" names who got what was handed ("handed flyers to five women"): not "sent", whose
#: "to" is a place
_GIVING = frozenset({"handed", "handing", "hands", "hand", "gave", "giving", "gives", "give", "given", "passed"})
#: Words of a tally, whose "to" gives the new total: "bringing the number handed over to 7,000"
_TALLY = frozenset({"number", "total", "tally", "figure", "bringing", "brings", "rose", "risen", "rising"})
#: Words that end the handing's clause before its "to" is reached
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "and", "but", "who", "which", "while", "after", "before", "when"})
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
    while k < stop and (lower[k] in _FILLERS or lower[k] in _COUNT_WORDS or lower[k].isdigit()):
        k += 1
    return k < end and (lower[k] in _CRIMINAL_RECEIVERS or _serving_criminals(lower, k + 1, end))


def _serving_criminals(lower: list[str], k: int, end: int) -> bool:
    """Whether the words from ``k`` tie the receiver before them to criminals ("two men who worked
    for a scam ring", "a driver working for the gang")."""
    if k >= end or lower[k] not in {"who", "working", "linked", "tied"}:
        return False
    stop = min(end, k + 4)
    while k < stop and lower[k] in _SERVING:
        k += 1
    while k < end and lower[k] in _FILLERS:
        k += 1
    return k < end and lower[k] in _CRIMINAL_RECEIVERS


def counted_receivers(lower: list[str], start: int, sent_start: int) -> bool:
    """Whether the people counted from ``start`` stand right after the "to" of a handing verb a few
    words before ("handed leaflets to six students", "was handed over to three brokers"): they got
    what was handed, no one handed them over (not a tally's new total: "bringing the total handed
    over to 900")."""
    if start - 2 < sent_start or lower[start - 1] != "to":
        return False
    for j in range(start - 2, max(sent_start, start - 8) - 1, -1):
        if lower[j] in _GIVING:
            return _TALLY.isdisjoint(lower[max(sent_start, j - 5):j])
        if lower[j] in _CLAUSE_ENDS or lower[j].isdigit():
            return False
    return False
