"""People released by those who held them: "secured the release of the 9 workers", "led to
the release of over 3,000 people who were kept locked in compounds", "held captive for almost three
weeks before being released", "the workers were released during a month-long sweep", "have released 7,000 people from scam centres",
"were released from scam gangs", "the 40 foreigners released on Monday came from ...".
A release won by
an operation, or told of people held captive, is their rescue. A release by the law is not ("released
on bail", "released from custody"), nor a thing released ("released a statement"), nor one asked
for ("called for the release of"), nor one still sought in an infinitive ("to secure the release
of") or only possible ("could secure the release of")."""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.served_aims import only_possible
from scamgraph.loaders.news.shared_infinitives import infinitive_before
from scamgraph.loaders.news.words import _PLURAL_DEMONYMS
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS
from scamgraph.loaders.numbers import number_value

__all__ = ["freed_at", "let_out_of", "release_won", "released_a_paper"]

#: Verbs before "the release of" that tell a release obtained
_OBTAINED = frozenset({"secured", "secure", "led", "negotiated", "won", "facilitated", "obtained", "brought",
                       # a release told as done: "reported the release of two nationals", "welcomed the release of"
                       "reported", "announced", "confirmed", "welcomed", "hailed"})
#: Words that tell the released people were held by captors
_CAPTIVITY = frozenset({"captive", "captivity", "captors", "compound", "compounds", "trafficked", "crackdown",
                        "abducted", "kidnapped", "locked", "trapped", "held"})
#: People held by captors, whom being released frees, as the subject: "The other six victims were released"
_HELD_PEOPLE = frozenset({"victims", "hostages", "captives"})
#: Places captors hold people in, after "released ... from"
_HELD_IN = frozenset({"compound", "compounds", "centre", "centres", "center", "centers", "captivity", "captors", "camp",
                      "camps", "hub", "hubs", "den", "dens", "parks", "park",
                      # the captors themselves: "were released from scam gangs in Myanmar"
                      "gangs", "syndicates", "traffickers", "kidnappers"})
#: Words for people a participle after them may describe: "nationals | released from", "Thais | released"
_PEOPLE_AFTER = _PLURAL_DEMONYMS | {"nationals", "foreigners", "citizens", "workers", "victims", "people", "persons"}
#: Words after "released" that make it the law letting someone go
_BY_LAW = frozenset({"bail", "custody", "prison", "jail", "detention", "parole", "police"})
_BE_WORDS = frozenset({"were", "was", "been", "being", "are", "is"})
#: Verbs before "to secure" that tell the release was won after all ("managed to secure the release of")
_ACHIEVED = frozenset({"managed", "able", "helped"})


def freed_at(lower: list[str], start: int, end: int) -> list[int]:
    """Positions of the words that tell people freed from captivity, in ``lower[start:end]``."""
    if "release" not in lower[start:end] and "released" not in lower[start:end]:
        return []  # (most sentences: no release at all)
    held = bool(_CAPTIVITY.intersection(lower[start:end]))
    return [k for k in range(start + 2, end - 1)
            if _obtained(lower, k) or let_out_of(lower, k, end) or _captors_let_go(lower, k, start, end)
            or _counted_group_released(lower, k, start, end)
            or _let_go(lower, k, end) and (held or not _HELD_PEOPLE.isdisjoint(lower[max(start, k - 6):k]))]


#: Words that tell the day of the release right after the participle: "released (on) Tuesday", "released last week"
_WHEN_AFTER = CALENDAR_WORDS | {"on", "last", "yesterday", "earlier", "this", "today"}
#: Words between the number and what opens the clause: "the (more than) 310 foreigners released"
_BEFORE_NUMBER = frozenset({"the", "more", "than", "over", "about", "around", "some", "nearly", "almost", "all"})
#: What may stand before a counted subject: "the statement said (that) the 310 ...", "..., the 310 ..."
_SUBJECT_OPENS = frozenset({"said", "says", "that", ",", ":"})


def _counted_group_released(lower: list[str], k: int, start: int, end: int) -> bool:
    """"The 310 foreigners released on Tuesday came from 15 countries": a counted group that opens
    its clause, described by the day of its release, was let go by captors (the law's "released on
    bail" is left out); not "received 300 nationals released ...", where the receiving is the act."""
    if lower[k] != "released" or lower[k - 1] not in _PEOPLE_AFTER or k + 1 >= end or lower[k + 1] not in _WHEN_AFTER:
        return False
    if _BY_LAW.intersection(lower[k + 1:min(end, k + 4)]):
        return False
    j = k - 2
    while j > start and not _is_number(lower[j]) and j > k - 4:
        j -= 1  # ("the 310 foreign nationals released": an adjective between)
    if not _is_number(lower[j]):
        return False
    while j > start and lower[j - 1] in _BEFORE_NUMBER:
        j -= 1
    return j == start or lower[j - 1] in _SUBJECT_OPENS


def _is_number(word: str) -> bool:
    """"310", "1,500", "nine": a number of people."""
    return number_value(word) is not None


def let_out_of(lower: list[str], k: int, end: int) -> bool:
    """"have released more than 7,000 people from scam centres": people let out of the places
    their captors held them in (not "released from custody", "released from prison": the law's)."""
    if lower[k] != "released" or k > 0 and (lower[k - 1] in gz.people_nouns() or lower[k - 1] in _PEOPLE_AFTER):
        return False  # ("received 300 foreign nationals released from compounds": who they are, told in passing)
    at = next((j for j in range(k + 1, min(end, k + 9)) if lower[j] == "from"), None)
    if at is None or _BY_LAW.intersection(lower[k + 1:at + 4]):
        return False
    place = lower[at + 1:min(end, at + 7)]  # ("from the illegal Golden Sands scam park": the place's head may come late)
    place = place[:next((i for i, w in enumerate(place) if w in {",", ";", "in", "near", "on", "and", "after"}), len(place))]
    return bool(_HELD_IN.intersection(place))


def release_won(lower: list[str], k: int) -> bool:
    """Whether the word at ``k`` is the "release" of "secured the release of", "led to the release of":
    the people counted after its "of" were freed (rescued)."""
    return k >= 2 and k + 1 < len(lower) and _obtained(lower, k)


def _obtained(lower: list[str], k: int) -> bool:
    """"secured the release of", "led to the release of": a release an operation won."""
    if lower[k] != "release" or lower[k + 1] != "of" or lower[k - 1] != "the" or lower[k - 2] not in _OBTAINED:
        return False
    if k >= 3 and lower[k - 3] in {"not", "never", "n't", "yet"}:
        return False  # "has not confirmed the release of": none told
    return not _sought(lower, k - 2)


def _sought(lower: list[str], verb: int) -> bool:
    """"contacted the authorities to secure the release of": the infinitive tells an aim, not a
    release won; "managed to secure the release of" tells one won."""
    if only_possible(lower, verb, 0):
        return True  # "talks could secure the release of 12": a possibility, no release won
    if lower[verb] == "secure" and verb >= 1 and lower[verb - 1] == "and" and _shares_an_aim(lower, verb - 1):
        return True  # "sent envoys to help the crews and secure the release of 12": the same aim
    return lower[verb] == "secure" and verb >= 2 and lower[verb - 1] == "to" and lower[verb - 2] not in _ACHIEVED


#: Words that end the clause an infinitive of aim governs
_AIM_ENDS = frozenset({".", ";", ":", "!", "?", "but", "after", "before", "while", "when", "said", "says"})


def _shares_an_aim(lower: list[str], conj: int) -> bool:
    """The base form after the "and" at ``conj`` is coordinated with an earlier "to" + verb of aim
    in its clause ("dispatched envoys to assist the crews held there and secure the release of
    12"): the bare "secure" is a second infinitive of the same aim, so no release is told won. A
    "to" after "managed", "able" or "helped" tells an aim reached and is left alone."""
    m = infinitive_before(lower, conj, 0, _AIM_ENDS, lambda j: j < conj and lower[j].isalpha(), reach=15)
    return m is not None and lower[m - 1] not in _ACHIEVED


def _let_go(lower: list[str], k: int, end: int) -> bool:
    """"were released", "before being released": people let go, but not on bail or from custody."""
    return lower[k] == "released" and lower[k - 1] in _BE_WORDS and not _BY_LAW.intersection(lower[k + 1:min(end, k + 4)])


#: Those who hold people captive, as the doers of a release: "the gang released seven", "released by their captors"
_CAPTORS = frozenset({"gang", "gangs", "captors", "kidnappers", "abductors", "bosses", "traffickers", "syndicate",
                      "syndicates", "militia", "employers"})
#: Bodies of the law, which let people go from custody, not from captivity
_OFFICERS = frozenset({"police", "authorities", "court", "officers", "immigration", "prosecutors"})


def _captors_let_go(lower: list[str], k: int, start: int, end: int) -> bool:
    """"Gang bosses at the compound released seven Colombians", "were released by their captors":
    the release is the captors' own, so the people are free of them (not "police released the gang
    members", nor "released on bail")."""
    if lower[k] != "released" or _BY_LAW.intersection(lower[k + 1:min(end, k + 4)]):
        return False
    if lower[k + 1:k + 2] == ["by"]:
        return not _CAPTORS.isdisjoint(lower[k + 2:min(end, k + 8)])  # ("by a call centre scam gang")
    subject = lower[max(start, k - 6):k]
    return lower[k - 1] not in _BE_WORDS and not _CAPTORS.isdisjoint(subject) and _OFFICERS.isdisjoint(subject)


#: What a body releases when it releases no one: "released a study", "released on Wednesday a report"
_PAPERS = frozenset({"study", "report", "statement", "findings", "survey", "video", "paper", "data", "figures", "list",
                     "reports", "statements", "studies", "videos", "footage", "document", "documents", "images"})


def released_a_paper(lower: list[str], like_num: list[bool], i: int, end: int) -> bool:
    """"The group released on Wednesday a study built on talks with 41 survivors": what was
    released, within a few words and before any number, is a paper, no people; so is the noun
    the participle follows ("A report released by the UN said the workers ...")."""
    if lower[i] not in {"released", "releases", "release"}:
        return False
    if lower[i] == "released" and (i >= 1 and lower[i - 1] in _PAPERS or i >= 2 and lower[i - 2] in _PAPERS
                                   and lower[i - 1] in {"newly", "recently", "just", "publicly", "jointly"}):
        return True
    for k in range(i + 1, min(end, i + 7)):
        if lower[k] in _PAPERS:
            return True
        if like_num[k] or lower[k] in {"from", "of"}:
            return False
    return False
