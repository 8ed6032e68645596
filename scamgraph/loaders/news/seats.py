"""A capital named for its government ("Atlantis City said on Monday", "Atlantis City has already
cancelled their passports", "flights arranged by Atlantis City", "handed over to Atlantis City"):
the city acts, speaks or receives people as a state does, and this mention names no place of the
story. News prose writes the seats of government of the region's states and of their partners
this way; the class is closed (the cities below), and the mention must sit in one of four
frames: the subject of a verb of saying or of a state's act, the agent after a participle and
"by" at the end of a clause, the receiver after "handed (over) to", or the owner of a state's
act, claim or ministry ("Atlantis City's crackdown", "Atlantis City's wider campaign",
"Atlantis City's foreign ministry"); a seat is also a government where the story calls it an ally
or a partner ("pressure from key ally Atlantis City", "Atlantis City, a major ally, urged ...",
"one of Atlantis City's closest and most loyal allies"). A seat after a preposition of place ("the embassy in
Atlantis City said") is a place all the same, as is one owning a place ("Atlantis City's airport",
"Atlantis City's district court")."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

#: Seats of government that stories name for their states (lower case; gazetteer/seats.tsv).
SEATS = frozenset(row[0] for row in gz.rows("seats.tsv"))
#: Verbs of saying and of a state's acts whose subject a seat stands for its government.
_STATE_VERBS = frozenset({"said", "says", "announced", "announces", "pledged", "pledges", "cancelled", "canceled",
                          "revoked", "arranged", "urged", "urges", "demanded", "demands", "asked", "asks", "requested",
                          "denied", "denies", "agreed", "agrees", "signed", "provided", "provides", "offered",
                          "promised", "vowed", "warned", "warns", "insisted", "insists", "accused", "blamed",
                          "protested", "condemned", "confirmed", "confirms", "stated", "imposed", "imposes",
                          "sanctioned", "sanctions", "designated", "indicted"})  # ("Washington has sanctioned 40 firms")
#: Words between the seat and its verb: auxiliaries and adverbs of time.
_BETWEEN = frozenset({"has", "had", "have", "already", "also", "later", "then", "previously", "recently", "earlier"})
#: Prepositions of place: a seat after one is where something is ("the embassy in Bangkok said").
_PLACE_WORDS = frozenset({"in", "at", "from", "to", "of", "near", "outside", "inside", "via", "into", "around",
                          "across", "through", "within", "and", "or", "between"})
#: Nouns of a state's acts, stances and bodies: a seat owning one ("Beijing's crackdown") is its government.
_STATE_NOUNS = frozenset({"crackdown", "campaign", "claim", "claims", "investment", "investments", "policy", "policies",
                          "pressure", "request", "requests", "demand", "demands", "decision", "response", "stance",
                          "position", "support", "influence", "efforts", "push", "government", "ministry",
                          "foreign", "embassy", "ally", "allies", "envoy", "diplomats"})
#: Nouns that make a seat a state among states: "key ally Beijing", "Beijing, a close partner".
_ALLY_NOUNS = frozenset({"ally", "allies", "partner", "partners", "backer", "backers", "patron"})
#: Words that may stand between an article or a possessive and an ally noun ("a major ally",
#: "Beijing's closest and most loyal partners"): adjectives of degree and their joints.
_ALLY_WORDS = frozenset({"a", "an", "its", "the", "key", "major", "main", "close", "closer", "closest", "chief",
                         "top", "important", "strategic", "powerful", "long", "longtime", "long-time", "traditional",
                         "staunch", "staunchest", "biggest", "largest", "economic", "military", "political",
                         "most", "more", "and", "dependent", "loyal", "trusted"})
#: Marks that end the clause after an agent ("arranged by Beijing.").
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "and", "—", "–", ")"})


def seat_acting(lower: Sequence[str], start: int, end: int) -> bool:
    """True where the seat ``lower[start:end]`` stands for its government in one of the three frames."""
    if " ".join(lower[start:end]) not in SEATS:
        return False
    return _subject(lower, start, end) or _agent(lower, start, end) or _receiver(lower, start) \
        or _owner(lower, end) or _ally(lower, start, end)


def _subject(lower: Sequence[str], start: int, end: int) -> bool:
    """"(, | after | that) Beijing (has already) cancelled": not after a preposition of place. Two
    seats joined ("Atlantis City and Beijing imposed sanctions") are one subject of two governments."""
    start, end = _first_seat(lower, start), _last_seat(lower, end)
    if start > 0 and lower[start - 1] in _PLACE_WORDS:
        return False
    k = end
    while k < len(lower) and k - end < 3 and lower[k] in _BETWEEN:
        k += 1
    return k < len(lower) and lower[k] in _STATE_VERBS


def _seat_ending(lower: Sequence[str], end: int) -> int:
    """The start of a seat's name that ends at ``end``, or -1."""
    return next((end - n for n in (1, 2) if end - n >= 0 and " ".join(lower[end - n:end]) in SEATS), -1)


def _seat_starting(lower: Sequence[str], start: int) -> int:
    """The end of a seat's name that starts at ``start``, or -1."""
    return next((start + n for n in (1, 2) if " ".join(lower[start:start + n]) in SEATS), -1)


def _first_seat(lower: Sequence[str], start: int) -> int:
    """Where "Beijing and | Hanoi" begins, read back from the second seat (the first alone otherwise)."""
    if start >= 2 and lower[start - 1] == "and" and (before := _seat_ending(lower, start - 1)) >= 0:
        return before
    return start


def _last_seat(lower: Sequence[str], end: int) -> int:
    """Where "Beijing | and Hanoi" ends, read on from the first seat (the first alone otherwise)."""
    if end < len(lower) and lower[end] == "and":
        after = _seat_starting(lower, end + 1)
        if after >= 0:
            return after
    return end


def _agent(lower: Sequence[str], start: int, end: int) -> bool:
    """"flights arranged by Beijing." : a participle, "by", the seat, then the clause ends."""
    return start >= 2 and lower[start - 1] == "by" and lower[start - 2].endswith("ed") \
        and (end >= len(lower) or lower[end] in _CLAUSE_ENDS)


def _receiver(lower: Sequence[str], start: int) -> bool:
    """"handed over to Beijing", "handed to Beijing": people given into a state's hands."""
    before = list(lower[max(0, start - 3):start])
    return before[-2:] == ["handed", "to"] or before == ["handed", "over", "to"] or before == ["turned", "over", "to"]


def _owner(lower: Sequence[str], end: int) -> bool:
    """"Beijing's crackdown", "Beijing's wider campaign": the seat owns a state's act (one word may
    come between), not a place ("Jakarta's airport")."""
    return end < len(lower) and lower[end] in POSSESSIVE_S \
        and any(k < len(lower) and lower[k] in _STATE_NOUNS for k in (end + 1, end + 2))


def _ally(lower: Sequence[str], start: int, end: int) -> bool:
    """"key ally Beijing", "Beijing, a major ally,", "Beijing's most loyal allies":
    the seat named as another state's ally or partner, which only a government is."""
    if start > 0 and lower[start - 1] in _ALLY_NOUNS:
        return True
    if end < len(lower) and lower[end] == ",":
        return _ally_phrase(lower, end + 1, needs_article=True)
    if end < len(lower) and lower[end] in POSSESSIVE_S:
        return _ally_phrase(lower, end + 1, needs_article=False)
    return False


def _ally_phrase(lower: Sequence[str], k: int, *, needs_article: bool) -> bool:
    """Whether an ally noun follows at ``k`` after the adjectives ``_ALLY_WORDS`` allows (an
    apposition must open on an article: "Beijing, a major ally"), within six words."""
    if needs_article and (k >= len(lower) or lower[k] not in {"a", "an", "its", "the"}):
        return False
    for j in range(k, min(len(lower), k + 6)):
        if lower[j] in _ALLY_NOUNS:
            return True
        if lower[j] not in _ALLY_WORDS:
            return False
    return False
