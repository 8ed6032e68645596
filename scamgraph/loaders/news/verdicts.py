"""A court's verdict told with "found": "the judges found nine men guilty" finds no people, it
judges them. Kept apart from ``words`` (which asks it) so that the object's reading has one home.
A court that reads out, announces or makes public its ruling gives it by telling it: "the Amber Wren
court on Tuesday read out its ruling, jailing X for life" is a sentencing (the golds' charge) that the
court conducted on that Tuesday, not a statement about one."""

from __future__ import annotations

import re

from scamgraph.loaders.numbers import number_value

#: Verdict words that close the object of "found": "found the two Bolivians guilty", "found all nine innocent".
_VERDICTS = frozenset({"guilty", "innocent"})
#: Words that end the object of "found" before any verdict: a clause break, a relative pronoun, a verb of its own.
_OBJECT_ENDS = frozenset({",", ";", ":", "(", "—", "–", "who", "which", "whom", "that", "after", "before", "when",
                          "while", "but", "found", "were", "was", "are", "is", "had", "have", "has"})


def verdict_after(lower: list[str], j: int, end: int) -> bool:
    """The "found" at ``j`` is a court's verdict: a verdict word ("guilty", "innocent") closes its
    object ("the judges found nine Laotians and four Peruvian helpers innocent") before any clause
    break, relative pronoun or verb of its own ("found 20 Laotians in a flat, who were later
    found guilty": the people were found, and the verdict is another clause's)."""
    return _verdict(lower, j, end) is not None


def _verdict(lower: list[str], j: int, end: int) -> str | None:
    """The verdict word that closes the object of the "found" at ``j``, if one does."""
    for k in range(j + 1, min(end, j + 16)):
        if lower[k] in _VERDICTS:
            return lower[k]
        if lower[k] in _OBJECT_ENDS:
            return None
    return None


def guilty_verdicts(lower: list[str], start: int, end: int) -> list[int]:
    """Where a sentence tells a conviction with "found": "the court found Chen Bao and Liu Ming
    guilty", "two were found guilty" (a conviction, which the golds count as a charge; "found
    innocent" is none), or with a plea: "four men pleaded guilty"."""
    if "guilty" not in lower[start:end]:
        return []  # (nearly every sentence)
    return [j for j in range(start, end) if lower[j] == "found" and _verdict(lower, j, end) == "guilty"
            and not _anyone_found(lower, j, end)  # ("those found guilty face up to 10 years": a threat, no verdict)
            or lower[j] in _PLEADED and lower[j + 1:j + 2] == ["guilty"]  # ("four men pleaded guilty": convicted on their plea;
            and _BACKGROUND.isdisjoint(lower[max(start, j - 3):j])  # not "reduced after some pleaded guilty": its background;
            and _PLEADED_TO.isdisjoint(lower[j + 2:j + 6])]  # nor "pleaded guilty to certain charges": the plea's matter)


#: Words for whoever an act may befall, and words of what may then await them: "Those found guilty
#: face up to 10 years", "anyone found guilty will be jailed" speak of a verdict still to come
_ANYONE = frozenset({"those", "anyone", "anybody", "whoever", "offenders", "violators"})
_AWAITS = frozenset({"face", "faces", "facing", "will", "would", "could", "can", "may", "shall"})


def _anyone_found(lower: list[str], j: int, end: int) -> bool:
    """The "found" at ``j`` describes whoever may be found guilty, with what may await them after it."""
    return j > 0 and lower[j - 1] in _ANYONE and not _AWAITS.isdisjoint(lower[j:end])


#: Words that make a plea the background of another act: "reduced after some pleaded guilty"
_BACKGROUND = frozenset({"after", "before", "since", "when", "because", "once", "as"})
#: Words after a plea that make the charges its matter, told before: "pleaded guilty to certain charges"
_PLEADED_TO = frozenset({"charge", "charges", "count", "counts"})
#: Verbs of a plea: "pleaded guilty" is a conviction on the accused's own word
_PLEADED = frozenset({"pleaded", "pled", "pleads", "plead"})
#: Words between people counted and the "found" of their verdict: "Four Chinese were found guilty"
_BEFORE_FOUND = frozenset({"were", "was", "have", "has", "had", "been", "also", "later", "all"})


def found_guilty(lower: list[str], start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """The people counted at ``start``..``end`` were found guilty, a conviction: "Four Chinese were
    found guilty", "the court found four Chinese nationals guilty". (Found innocent, they were not.)"""
    k = end
    while k < sent_end and lower[k] in _BEFORE_FOUND:
        k += 1
    passive = k > end and k + 1 < sent_end and lower[k] == "found" and lower[k + 1] == "guilty" \
        or k + 1 < sent_end and lower[k] in _PLEADED and lower[k + 1] == "guilty" \
        and _PLEADED_TO.isdisjoint(lower[k + 2:k + 6])  # "Four men pleaded guilty" (to a crime, not "to the charges")
    j = start - 1
    while j > sent_start and lower[j] in {"the", "all", "a", "total", "of"}:
        j -= 1
    active = j >= sent_start and lower[j] == "found" and end < sent_end and lower[end] == "guilty"
    return passive or active


#: Words of a prison term: "received 8 years and 6 months", "received a life sentence"
TERMS = frozenset({"years", "year", "months", "sentence", "life"})
#: Verbs of a term received: "received 8 years"
_RECEIVING = frozenset({"received", "receives"})


def terms_received(lower: list[str], start: int, end: int) -> list[int]:
    """Where a sentence tells a prison term someone "received" ("Vo Thi Lanh received 8 years for the
    same offence") or was handed: a sentencing, which the golds count as a charge."""
    words = lower[start:end]
    if _RECEIVING.isdisjoint(words) and _GIVEN.isdisjoint(words):
        return []  # (nearly every sentence: neither verb)
    received = [j for j in range(start, end) if lower[j] in _RECEIVING
                and not TERMS.isdisjoint(lower[j + 1:min(end, j + 7)])
                and any(w in {"life", "a", "an"} or number_value(w) is not None for w in lower[j + 1:min(end, j + 3)])]
    return received + [term for j in range(start, end) if (term := _handed_terms(lower, j, start, end)) is not None]


#: Verbs of a penalty given, in the passive of the people who got it: "were handed prison terms"
_GIVEN = frozenset({"handed", "given"})
#: Nouns of a prison term, a few words after such a verb
_PRISON_TERMS = frozenset({"term", "terms", "sentence", "sentences", "jail", "prison"})


def _handed_terms(lower: list[str], j: int, start: int, end: int) -> int | None:
    """"The 12 men were handed prison terms of up to 12 years", "was given a life sentence": the
    people got their sentences (not "were handed over", "were given food"). Where the term's noun
    stands (the verb of handing is read as a handing of things), or None."""
    if lower[j] not in _GIVEN or j <= start or lower[j - 1] not in {"were", "was", "been"} or lower[j + 1:j + 2] == ["over"]:
        return None
    return next((k for k in range(j + 1, min(end, j + 5)) if lower[k] in _PRISON_TERMS), None)


#: Verbs a court gives its sentences with: "imposed death sentences on four", "handed down ... terms"
#: ("announced its verdict", "read out its ruling", "made public its ruling at first instance": given by being told)
_GIVING = frozenset({"imposed", "imposes", "handed", "hands", "meted", "passed", "issued", "delivered",
                     "announced", "announces", "read", "reads", "made", "makes", "pronounced", "pronounces"})
#: Nouns of what a court gives when it sentences
_SENTENCES = frozenset({"sentence", "sentences", "penalty", "penalties", "term", "terms", "verdict", "verdicts", "ruling", "rulings",
                        "judgment", "judgement"})
#: Words of the court that gives them, before the verb ("the new law imposed penalties" is no sentencing)
_COURTS = frozenset({"court", "courts", "judge", "judges", "tribunal", "bench", "it"})


#: Words before a verb that make its act one still to come: "is due to read out its ruling"
_TO_COME = frozenset({"to", "will", "would", "shall", "should", "could", "may", "might", "can", "must"})
#: How far past the verb its noun may stand: "announced the first - instance verdict", "handed a 12 -
#: year prison term"
_GIVEN_REACH = 7


def sentences_given(lower: list[str], start: int, end: int) -> list[int]:
    """Where a court gives its sentences ("imposed death sentences on four of the clan's members",
    "handed down prison terms to 11", "delivered its verdict"): a sentencing, which the
    golds count as a charge (the sentence's day is the event's)."""
    if _SENTENCES.isdisjoint(lower[start:end]) or _GIVING.isdisjoint(lower[start:end]):
        return []  # (nearly every sentence)
    return [next(k for k in range(j + 1, end) if lower[k] in _SENTENCES)  # (the noun: a verb of handing hands things)
            for j in range(start, end) if gives_sentences(lower, j, end) and not _COURTS.isdisjoint(lower[start:j])]


def gives_sentences(lower: list[str], j: int, end: int) -> bool:
    """The word at ``j`` (sentence up to ``end``) is a verb that gives a court's sentences or verdict:
    "read out its ruling", "imposed death sentences": the body it is told of passed them."""
    between = lower[j + 1:min(end, j + _GIVEN_REACH)]
    return lower[j] in _GIVING and not _SENTENCES.isdisjoint(between) and "no" not in between \
        and (j == 0 or lower[j - 1] not in _TO_COME)  # (not "is expected to read out its ruling": still to come;
    # nor "made no ruling on bail")


#: A verb that gives a verdict by telling it, between a day and the verdict's noun: "on Friday
#: announced the first-instance verdict", "on 3 May read out its ruling"
_GIVEN_ON = re.compile(r"\s+(?:announced|announces|read\s+out|reads\s+out|read|made\s+public|makes\s+public|pronounced)"
                       r"\s+(?:[\w-]+\s+){0,4}?", re.I)


def verdict_word(word: str) -> bool:
    """The word is a noun of what a court gives when it sentences ("verdict", "ruling")."""
    return word in _SENTENCES


def verdict_told_on(text: str, day_end: int, at: int) -> bool:
    """A day that ends at ``day_end`` comes right before the verb that tells the verdict whose noun
    starts at ``at``: "the court on Friday announced its verdict". A verdict is given by telling it,
    so that day is its own, not only the telling's."""
    return day_end <= at and bool(_GIVEN_ON.fullmatch(text, day_end, at))


#: Verbs by which counted people get a court's terms ("received", "were handed", "were given", "got")
_GOT = frozenset({"received", "receive", "receives", "handed", "given", "got", "get", "gets", "awarded", "served"})
#: Nouns of the terms they get: "prison terms", "jail sentences", "eight years in prison"
_TERM_NOUNS = TERMS | frozenset({"terms", "term", "sentences", "penalties", "penalty", "jail", "prison"})
#: Words between counted people and the verb they get terms by: "were (each) handed", "have been given"
_BEFORE_GOT = frozenset({"were", "was", "have", "has", "had", "been", "each", "also", "all", "later", "respectively"})
#: How far past the verb the terms' noun may stand: "received prison sentences of", "were handed jail terms"
_TERMS_REACH = 4


def terms_given(lower: list[str], start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """The people counted at ``start``..``end`` got a court's terms, a sentencing (the golds' charge):
    "Fourteen Zorvanians received prison sentences", "were handed jail terms of up to 12 years", "The
    court imposed death sentences on four Zorvanians", "handed prison terms to 14", "gave 14 Zorvanians
    jail terms". A term is told by its noun ("years", "sentences", "jail"), not by the verb alone."""
    k = end
    while k < sent_end and lower[k] in _BEFORE_GOT:
        k += 1
    if k < sent_end and lower[k] in _GOT and (k > end or lower[k] in {"received", "got", "receive", "receives", "get", "gets"}) \
            and not _TERM_NOUNS.isdisjoint(lower[k + 1:min(sent_end, k + 1 + _TERMS_REACH)]):
        return True  # (the passive "were handed" needs its auxiliary: "handed 14 Thais" hands the people over)
    j = start - 1
    while j > sent_start and (lower[j] in {"the", "all", "a", "total", "of", "some", "about", "over"}):
        j -= 1
    if j > sent_start and lower[j] in {"to", "on"}:
        given = range(max(sent_start, j - _TERMS_REACH - 1), j)
        return any(lower[g] in _GIVING | {"gave", "gives", "give"} and not _TERM_NOUNS.isdisjoint(lower[g + 1:j])
                   for g in given) and not _COURTS_TO_COME.intersection(lower[max(sent_start, j - 8):j])
    return j >= sent_start and lower[j] in {"gave", "gives"} \
        and not _TERM_NOUNS.isdisjoint(lower[end:min(sent_end, end + 3)])


#: Words of a sentencing still to come before its verb: "is expected to hand terms to"
_COURTS_TO_COME = frozenset({"will", "would", "expected", "due", "shall"})
