"""Acts told as still to come (convention 8 of tests/corpus/README.md): "the agency plans to deport
the men", "the 30 are set to be repatriated on Friday", "the suspects are to be deported",
"preparations are under way to bring them home", "a warrant will soon be issued", "the
repatriation flight is expected to land", "a plane carrying 45 Zorvanians is due to fly out".
Each tells a plan or a schedule, not a happening; an investigator reads an event as something
that happened. Where the story later tells the act done ("were deported on Tuesday"), that
telling makes the event. (Modals before the act word, "will be deported", are read with the
other modals in ``asides``; a promise's clause, "vowed they would be sent home", there too.)"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

__all__ = ["FUTURE", "carried_ahead", "future_between", "planned"]

#: Words of a future: "will", the reported "would" and their contractions tell a plan, not an act
FUTURE = frozenset({"will", "would", "'ll", "shall"})
#: Words that set an act for later: "set to be", "due to be", "scheduled for Friday"
_SCHEDULED = frozenset({"set", "due", "scheduled", "slated", "expected", "planned", "going", "about"})
#: Verbs after "will" that tell the act itself still to come ("a warrant will be issued", "the
#: return will take place"), not a thing the act will do ("the sanctions will freeze assets")
_COMING_ABOUT = frozenset({"be", "take", "begin", "start", "proceed", "happen", "commence", "follow", "go"})
#: Words of getting ready for an act: what they lead to is still to come
_READYING = frozenset({"preparing", "prepares", "prepare", "preparations", "preparation", "arrangements", "arranging",
                       "arrange", "arranges"})
#: Nouns after an act's noun that stand for the act ("the repatriation flight", "the deportation process")
_CARRIERS = frozenset({"flight", "flights", "process", "operation", "procedure", "procedures"})
#: Present and past of "be", as in "are to be deported"
_IS = frozenset({"is", "are", "was", "were"})
#: Words before a noun that make the act word one ("a warrant will be issued", "their return is set";
#: "more deportations are scheduled", "further raids are being lined up")
_DETERMINERS = frozenset({"a", "an", "the", "their", "his", "her", "its", "our", "more", "further"})
#: Participles of promising and asking that, in the passive, make their subject an act meant, not done
_PROMISED = frozenset({"promised", "pledged", "vowed", "proposed", "sought", "requested", "urged", "demanded",
                       "recommended"})
#: Participles that, in the progressive passive, tell an act being readied: "more deportations
#: are being lined up", "the return of the 40 Zorvanians is being arranged" (the plain passive,
#: "the return was arranged by the embassy", may tell it done)
_BEING_READIED = frozenset({"lined", "arranged", "prepared", "organised", "organized", "finalised", "finalized",
                           "worked", "mapped", "considered", "eyed", "mulled", "studied"})
#: Words after which a clause, and its subject, begins: "officials said the repatriation will take place"
_CLAUSE_OPENERS = frozenset({",", ";", ":", "that", "said", "says", "and", "but", "—", "–", "\n"})
#: Participles of a craft's load: the people it carries reach home when it lands
_CARRYING = frozenset({"carrying", "bringing", "ferrying", "transporting"})
#: Words that end a clause: a future after one belongs to another clause
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "and", "but", "after", "before", "while", "when", "which", "who"})


def planned(lower: Sequence[str], i: int, start: int, end: int, meaning: Collection[str]) -> bool:
    """The act word at ``i`` is one still to come: the infinitive of a verb of ``meaning`` (plans,
    promises) or of a schedule ("are set to be sent home", "are to be deported"), the aim of
    preparations, or a noun with its future after it ("a warrant will be issued")."""
    k = i - 1
    while k > start and (lower[k] in {"be", "soon", "also", "then", "now", "all"} or lower[k].endswith("ly")):
        k -= 1
    if k > start and lower[k] == "to":
        lead = lower[k - 1]
        if lead in meaning or lead in _SCHEDULED or lead in _IS and lower[k + 1:k + 2] == ["be"]:
            return True  # "plans to deport", "promised to arrest", "are due to be repatriated", "are to be deported"
        readying = lower[max(start, k - 6):k]
        if not _READYING.isdisjoint(readying) and _CLAUSE_ENDS.isdisjoint(readying):
            return True  # "preparations are under way to repatriate", "arrangements are being made to bring ... home"
        if lower[k + 1:k + 2] == ["be"] and _moved_for(lower, k, start):
            return True  # "were taken to the border camp to be deported": why they were moved, not yet done
        if lower[k + 1:k + 2] == ["be"] and _headline_future(lower, k, start):
            return True  # "Over 70 Zorvanians to be deported from Lotland": a headline's "are to be"
    after = _verb_group(lower, _past_contact_clause(lower, i + 1, end), end, 5)
    if after and after[0] in _CARRIERS:
        after = after[1:]  # "the repatriation flight is expected to land on Friday"
    # a noun that opens its clause, the clause's subject: "a warrant", "their return" (not "the 30
    # arrested in the raid will be deported": the raid is told, the people's future is another act's)
    subject = any(lower[d] in _DETERMINERS and (d == start or lower[d - 1] in _CLAUSE_OPENERS)
                  for d in range(max(start, i - 2), i))
    if after[:1] in (["of"], ["against"]):  # "more deportations of Zorvanian workers are ..."
        after = _past_its_object(lower, i + 1, end)
    readied = after[:2] in (["is", "being"], ["are", "being"]) and after[2:3] and after[2] in _SCHEDULED | _BEING_READIED
    # "the swift deportation was promised by the Zorvanian envoy": a passive of promising on the noun
    promised = after[:1] and after[0] in _IS and after[1:2] and after[1] in _PROMISED
    if (readied or promised) and (subject or i - start <= 2 and all(w.isalpha() for w in lower[start:i])):
        return True  # ("Mass deportations are being lined up": the bare noun opens the sentence)
    return subject and len(after) > 1 and (after[0] in FUTURE and after[1] in _COMING_ABOUT
                                         or after[0] in _IS and after[1] in _SCHEDULED or bool(readied))


#: Words a headline's counted subject may hold before its people noun ("Over 70 South Zorvanians")
_COUNTED_LEAD = frozenset({"over", "some", "about", "around", "nearly", "almost", "more", "than", "up", "to", "the",
                           "all", "dozens", "hundreds", "thousands", "of", "another", "north", "south", "east", "west"})
#: People nouns a headline counts: "40 workers to be repatriated"
_HEADLINE_PEOPLE = frozenset({"nationals", "citizens", "workers", "victims", "suspects", "people", "foreigners",
                              "migrants", "fishermen", "women", "men", "scammers", "returnees"})


def _headline_future(lower: Sequence[str], k: int, start: int) -> bool:
    """The "to be" at ``k`` follows a bare counted subject that opens its sentence, with no verb
    of its own: the headline's "Over 70 Zorvanians to be deported from Lotland" is the plain
    "are to be deported", an act still to come. Only numbers, quantifiers, demonyms and the
    people noun (a plural demonym or a word like "workers") may stand before it, so "the first 40 to be
    freed", "asked for 40 workers to be sent home" and "helped 12 women to be rescued" are left
    to the other readings."""
    lead = lower[k - 1]
    if not (lead in _HEADLINE_PEOPLE or lead.endswith(("ans", "ese", "ines", "ians", "is"))) or k - start > 8:
        return False
    return all(w in _COUNTED_LEAD or w.replace(",", "").isdigit() or w.endswith(("an", "ese", "i"))
               for w in lower[start:k - 1]) \
        and any(w.replace(",", "").isdigit() for w in lower[start:k - 1])


#: Participles of moving or keeping people, whose passive infinitive after them tells what for:
#: "were taken to the border camp to be deported", "are held at the depot to be sent home"
_MOVED = frozenset({"sent", "taken", "transferred", "moved", "brought", "escorted", "transported", "bused", "bussed",
                    "driven", "flown", "held", "kept", "housed", "detained", "handed"})


def _moved_for(lower: Sequence[str], k: int, start: int) -> bool:
    """The "to be" at ``k`` opens the purpose of a passive of moving or keeping a few words before
    it, past only its place ("sent to Lotville to be deported"): the act is what they were moved
    for, still to come where the story does not tell it done elsewhere."""
    for m in range(k - 1, max(start, k - 8) - 1, -1):
        if lower[m] in _CLAUSE_ENDS:
            return False
        if lower[m] in _MOVED:
            return m > start and lower[m - 1] in _IS | {"been", "being", "be", "now", "then", "later", "first"}
    return False


def _past_its_object(lower: Sequence[str], j: int, end: int) -> list[str]:
    """The words after an act noun's "of" phrase, up to six past it, where the verb group follows
    within eight words and no clause ends between ("more deportations of Zorvanian workers | are
    being lined up"); empty where it does not."""
    for k in range(j + 1, min(end, j + 8)):
        if lower[k] in _CLAUSE_ENDS:
            return []
        if lower[k] in _IS or lower[k] in FUTURE:
            return _verb_group(lower, k, end, 6)
    return []


#: Pronouns that open a relative clause with no "that" after a noun: "the sanctions they will receive"
_CLAUSE_PRONOUNS = frozenset({"they", "he", "she", "we", "you", "i"})


def _past_contact_clause(lower: Sequence[str], j: int, end: int) -> int:
    """Where the noun's own verb group starts when a relative clause with no "that" stands at
    ``j``: "the sanctions | they will face | will be laid on by X", "the penalty | he faces |
    is set": past the pronoun, its helpers and its verb (``j`` itself where none stands)."""
    if lower[j:j + 1] == [] or lower[j] not in _CLAUSE_PRONOUNS:
        return j
    k = j + 1
    while k < end and (lower[k] in FUTURE or lower[k] in _IS or lower[k] in {"have", "has", "had", "may", "might"}):
        k += 1
    return k + 1 if k + 1 < end and (lower[k + 1] in FUTURE or lower[k + 1] in _IS) else j


def _verb_group(lower: Sequence[str], j: int, end: int, width: int) -> list[str]:
    """The ``width`` words from ``j`` (within the sentence ending at ``end``) without adverbs ("is
    now expected", "will soon be"): where a verb group tells a future or a schedule."""
    return [w for w in lower[j:min(end, j + width)] if not w.endswith("ly") and w not in {"soon", "also"}]


def carried_ahead(lower: Sequence[str], j: int, end: int) -> bool:
    """A participle of carrying whose clause goes on in the future: "a military plane carrying 45
    Zorvanians is expected to land on Sunday", "a ship bringing 30 workers will dock": the people
    are not home yet (but "a plane carrying 45 Zorvanians landed on Sunday" brought them)."""
    if lower[j] not in _CARRYING:
        return False
    for k in range(j + 1, min(end, j + 16)):
        if lower[k] in _CLAUSE_ENDS:
            return False
        if lower[k] in FUTURE or lower[k] in _IS and lower[k + 1:k + 2] and lower[k + 1] in _SCHEDULED:
            return True
    return False


#: A future or a schedule that opens a clause of its own after the act word: "have been sent home,
#: and they are expected to reach Lotland tomorrow", "were freed and will fly home on Friday"
_FUTURE_CLAUSE = re.compile(
    rf"(?:,|\band\b|\bbut\b|;)[^,;]*?\b(?:{'|'.join(sorted(FUTURE))}|(?:{'|'.join(sorted(_IS))})\s+(?:\w+ly\s+)?"
    rf"(?:{'|'.join(sorted(_SCHEDULED))})\s+to)\b", re.I)


def future_between(between: str) -> bool:
    """The text ``between`` an act word told done and a day after it opens a clause told as still
    to come: the day is that plan's ("were repatriated on the bus, and they are expected to reach
    Lotland tomorrow (May 9)": the arrival, still to come, takes the day; convention 8), not the act's."""
    return bool(_FUTURE_CLAUSE.search(between))
