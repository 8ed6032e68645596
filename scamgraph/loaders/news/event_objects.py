"""What stands around an event word that changes the act it tells: people as the object of a verb
of seizing ("gunmen seized 20 Kenyans": a kidnapping, no seizure of goods), and a participle
phrase right after counted people ("50 Chinese nationals arrested in a raid"), whose act is their
past and takes no day told before them."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.held_captive import _STATE_AGENTS
from scamgraph.loaders.news.sending_edges import SENT_AS
from scamgraph.loaders.news.words import _PEOPLE_WORDS, FINITE_AUXILIARIES
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS

__all__ = ["described_past", "people_taken"]

#: Words the people nouns hold that name papers, not people: "seized nearly 100 passports"
_PAPERS = frozenset({"passport", "passports", "job", "nationality", "descent"})
#: Auxiliaries before a participle that make it the clause's own passive verb, not a description
_BE_WORDS = frozenset({"were", "was", "been", "be", "are", "is", "being"})


def described_past(doc: Doc, words: Sequence[str], lower: Sequence[str], like_num: Sequence[bool], idx: Sequence[int],
                   sentence: Span | None, at: int, when: DateMention) -> bool:
    """The act word at ``at`` stands in a participle phrase that describes counted people
    ("50 Chinese nationals | arrested in a raid in Mae Sot", "64 nationals | detained in
    Cambodia") and the day was told before those people: the day is the main clause's act's,
    the participle's act their past (read back from the act word to the count, through plain
    words only)."""
    if sentence is None:
        return False
    k = at  # (the act word may be the participle itself: "64 nationals | detained in Cambodia")
    while k > sentence.start and (words[k].isalpha() or words[k] in {"-"}) \
            and not (lower[k] in _COUNT_VERBS and lower[k].endswith("ed")):
        k -= 1
    participle = k
    set_off = participle > sentence.start + 2 and words[participle - 1] == ","  # ("Nine Peruvians, freed in X,")
    noun = participle - 1 - set_off
    if participle <= sentence.start + 1 or not lower[participle].endswith("ed") \
            or lower[participle] not in _COUNT_VERBS or lower[participle - 1] in _BE_WORDS \
            or not (doc[noun].ent_type_ == "NORP" or lower[noun] in _PEOPLE_WORDS):
        return False  # (the participle right after the people's noun: "50 Chinese nationals | arrested")
    if set_off:  # "Nine Peruvians, freed in X, were met today": the day is the main verb's;
        return _main_verb_before(lower, participle, idx, when)  # ("Nine Peruvians, freed on May 2, ...": its own)
    if when.start > idx[participle] and at <= participle + 6 and _main_verb_before(lower, at, idx, when, _JOURNEY_VERBS) \
            and not (_COUNT_VERBS[lower[participle]][2] in SENT_AS and _main_verb_before(lower, at, idx, when, _ARRIVALS)):
        return True  # "a flight carrying 40 nationals detained in Cambodia ... plans to depart early Saturday"
        # (the act word in the phrase, before the main verb: not "40 detained in X were flown home Saturday";
        # nor a sending home that the arrival ends: "40 Zorvanians deported from Lotland landed on Monday")
    j = noun  # back over the people's noun phrase to its number
    while j > sentence.start and (doc[j].ent_type_ == "NORP" or lower[j] in _PEOPLE_WORDS
                                  or words[j].isalpha() and words[j].islower() and j > participle - 4):
        if like_num[j]:
            break
        j -= 1
    if j > sentence.start and (lower[j - 1] == "among" or lower[j - 1] in _ROUGHLY and lower[j - 2:j - 1] == ["among"]) \
            and not any(w in _COUNT_VERBS for w in lower[sentence.start:j - 1]):
        return False  # "Last month, 12 Malaysians were among 240 people freed in X": the rescue is what is told
        # (not "In May, Laos deported 95 Malaysians - among 180 detained in raids": the deportation is)
    m = j - 1
    while m > sentence.start and lower[m] in _ROUGHLY | {"more", "than", "almost", "at", "least", "roughly", "up", "to"}:
        m -= 1
    if m - 3 > sentence.start and lower[m - 2:m + 1] == ["a", "total", "of"]:
        m -= 3  # ("with a total of 3,100 suspects handed over")
    if like_num[j] and lower[m] == "with" and _COUNT_VERBS[lower[participle]][2] in SENT_AS:
        return False  # "..., with more than 3,200 suspects repatriated": the clause's own act, no people's past
        # (a rescue or an arrest so told is the raid's, dated as the raid is)
    if lower[participle] in _HANDED_BACK and j > sentence.start and lower[j - 1] in _RECEIVING:
        return False  # "on Thursday received 48 workers handed over by the Cambodian side": one handover, that day
        # ("On September 30, guards received 26 citizens repatriated from X": receiving them is their return)
    if like_num[j] and all(when.start <= idx[t] < when.end or words[t] in {",", "the"} for t in range(sentence.start, j)):
        return False  # "On Sunday, 31 Indians returned home": the count opens the clause after its day, its verb
        # is the sentence's own (no act before it whose past the "participle" could tell)
    return like_num[j] and (when.start < idx[j] or _object_of_an_act(lower, like_num, doc, j, sentence.start))


#: Participles of sending people back that the side receiving them tells as its own act
_HANDED_BACK = frozenset({"handed", "repatriated", "deported", "returned"})


def _main_verb_before(lower: Sequence[str], participle: int, idx: Sequence[int], when: DateMention,
                      verbs: frozenset[str] | None = None) -> bool:
    """A finite verb ("have been", "were", "was") stands between the set-off participle and the day:
    "Nine Peruvians, freed in X, were met today" dates the meeting, not the rescue."""
    k = participle + 1
    while k < len(lower) and idx[k] < when.start:
        if lower[k] in (verbs or FINITE_AUXILIARIES):
            return True
        k += 1
    return False


#: Finite verbs that open a main clause after a set-off participle phrase
#: Main verbs of a journey or its plan after people a participle describes: "40 nationals detained in
#: Cambodia ... plans to depart early Saturday" (the day is the flight's)
_JOURNEY_VERBS = frozenset({"plans", "planned", "departs", "departed", "arrives", "arrived", "lands", "landed", "left",
                            "flew", "will"})
#: Of them, the arrivals, which end the journey of people described as sent home
_ARRIVALS = frozenset({"arrives", "arrived", "lands", "landed"})
#: Words of a rough number after "among": "among some 260 people rescued"
_ROUGHLY = frozenset({"some", "about", "around", "nearly", "over", "the"})
#: Verbs of taking in people another body hands over: the receiving and the handing are one act
_RECEIVING = frozenset({"received", "receives", "accepted", "welcomed", "took"})


def _object_of_an_act(lower: Sequence[str], like_num: Sequence[bool], doc: Doc, j: int, start: int) -> bool:
    """The people counted at ``j`` (or the list they end: "38 Chinese, nine Filipinos and three
    Indonesians") are the object of an act told before them ("deported 38 Chinese ... convicted of
    fraud on Monday"): a day after the participle phrase is the main act's, the participle their past."""
    k = j - 1
    while k > start and (like_num[k] or lower[k] in {",", "and"} or doc[k].ent_type_ == "NORP" or lower[k] in _PEOPLE_WORDS):
        k -= 1
    return lower[k] in _COUNT_VERBS and lower[k].endswith("ed")


def people_taken(doc: Doc, words: Sequence[str], lower: Sequence[str], like_num: Sequence[bool], i: int, sent: Span,
                 ents: list[Span]) -> str | None:
    """The act a verb of seizing tells when its object is people (a number and a people noun or a
    demonym right after it), else None: "gunmen seized 20 Kenyans" a kidnapping, "police seized 318
    suspects" (a state body before the verb) an arrest told so. "Police seized 20 phones": None."""
    if lower[i - 1] in _BE_WORDS and i - 1 > sent.start:  # "30 suspects, including six Thais, were seized"
        subject = [lower[k] for k in range(max(sent.start, i - 12), i - 1)]
        counted = any(like_num[k] for k in range(max(sent.start, i - 12), i - 1))
        return "arrest" if counted and any(gz.people_nouns().get(w) == "suspect" for w in subject) else None
    k = i + 1
    while k < sent.end and (lower[k] in {"the", "some", "about", "at", "least", "more", "than", "over", "nearly"}
                            or like_num[k] or k > i + 1 and lower[k] in _PEOPLES_ADJECTIVES):  # ("940 foreign nationals")
        k += 1
    owner = k + 1 < sent.end and words[k + 1] in POSSESSIVE_MARKS  # ("the workers' passports")
    if not (k > i + 1 and k < sent.end and not owner and lower[k] not in _PAPERS
            and (doc[k].ent_type_ == "NORP" or lower[k] in _PEOPLE_WORDS)):
        return None
    by_state = any(e.label_ == "AGENCY" and e.end <= i for e in ents) or not _STATE_AGENTS.isdisjoint(lower[sent.start:i])
    # ("Troops checked the town. It seized 140 Chinese": the pronoun is the forces)
    pronoun = lower[sent.start] in {"it", "they"} \
        and not (_STATE_AGENTS | {"forces"}).isdisjoint(lower[max(0, sent.start - 30):sent.start])
    return "arrest" if by_state or pronoun else "kidnapping"


#: Adjectives between a number and a people noun: "seized 940 foreign nationals"
_PEOPLES_ADJECTIVES = frozenset({"foreign", "local", "undocumented", "illegal", "suspected", "alleged"})
#: Participles of a decision about an act, which a day after them dates: "an extradition approved by
#: a Thai court in 2024", "the deportation ordered in March", "a transfer requested by Beijing last year"
#: (not "announced" or "issued": "sanctions announced on October 7", "a warrant issued in May" are made by them)
_DECIDED = frozenset({"approved", "ordered", "requested", "sought", "granted", "authorised", "authorized", "demanded"})


#: How far (characters) after the participle its day may stand: "approved by a Thai court in 2024"
_DECISION_REACH = 60


def dated_decision(lower: Sequence[str], idx: Sequence[int], at: int, end: int, when: DateMention) -> bool:
    """The day ``when`` stands a few words after the act's noun at ``at``, behind a participle of a
    decision about it right after the noun ("completing an extradition approved by a Thai court in
    2024", "the deportation formally ordered last year"): the day of the decision, not of the act."""
    decided = next((k for k in range(at + 1, min(end, at + 3)) if lower[k] in _DECIDED), None)
    return decided is not None and 0 < when.start - idx[decided] < _DECISION_REACH
