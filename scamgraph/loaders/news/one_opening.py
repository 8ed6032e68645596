"""One person of a nationality who opens a sentence as its subject: "A Peruvian woman was
freed ...", "An Estonian national, held since May, was deported ...". The indefinite article is
the number one (grammar), as "arrested a Thai man" already is after a verb (``counts``); the
sentence's own verb tells what was done to that person, read as for any counted subject. Only a
passive act counts them: one person who opens a sentence is as often a witness ("A Thai man said
police arrested ...") as the one an act was done to."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.told_again import _ONE_PERSON

__all__ = ["ONE_AFTER_A_VERB", "POSTS_OF", "one_opening", "past_school"]

#: Nouns for one person after an opening "A <demonym>", beside ``_ONE_PERSON``'s
_OPENING_NOUNS = _ONE_PERSON | {"worker", "student", "victim", "teenager", "teen", "youth", "boy", "girl"}
#: Nouns for the one person "a Thai man" names after an act's verb: "arrested a Japanese teenager"
ONE_AFTER_A_VERB = _ONE_PERSON | {"teenager", "teen", "boy", "girl", "student", "youth"} | {
    # the one person's place in a business or a crime: "arrested a Chinese manager", "the Korean owner of"
    "manager", "boss", "owner", "ringleader", "operator", "recruiter", "supervisor", "employee", "worker",
    "mastermind", "fugitive",
    "victim"}  # ("rescued a stranded Malaysian victim": the one person the act freed)
#: Of them, the nouns of a post in a business or a crime that "the" may open after a verb when "of"
#: names the business: "arrested the Zorvanian manager of a karaoke bar" (one person, whoever else is told)
POSTS_OF = frozenset({"manager", "boss", "owner", "ringleader", "operator", "supervisor", "mastermind"})
#: Words of the school a student attends, between the demonym and "student": "a Thai high-school student"
_SCHOOL_WORDS = frozenset({"high", "middle", "secondary", "-", "school", "university", "college"})
#: How an age in years is written before the demonym: "a 17-year-old (Thai girl)"
_YEARS_OLD = ["-", "year", "-", "old"]
#: Auxiliaries of a passive verb, and the words that may stand between them and it
_PASSIVE = frozenset({"was", "been", "is", "being", "were"})
_BETWEEN = frozenset({"later", "then", "also", "subsequently", "since"})
#: Words right after a demonym that make it the noun for one person: "A Peruvian in his 40s"
_AGE_LEADS = (["in", "his"], ["in", "her"], ["in", "their"])
#: Words before a decade of age: "in her early 30s"
_AGE_HEDGES = frozenset({"early", "mid", "late", "mid-"})
#: A decade of age: "20s", "40s", "teens", "twenties"
_AN_AGE = re.compile(r"'?\d0s|teens|(twent|thirt|fort|fift|sixt)ies")


def one_opening(lower: list[str], k: int, sent: Span, norp: dict[int, Span], first: int | None = None) -> _Count | None:
    """"A Peruvian woman ..." at ``k``, the start of ``sent`` (or ``first``, where its words start
    after a dateline): one person of that nationality.
    A demonym alone is a person only before "who" or an age ("A Peruvian in her 30s"); one
    before another noun ("A Peruvian syndicate", "A Thai court") names no one."""
    at = _past_years_old(lower, k + 1, sent.end)  # ("A 17-year-old Thai girl")
    ent = norp.get(at)
    if k != (sent.start if first is None else first) or lower[k] not in {"a", "an"} or ent is None or ent.start != at \
            or ent.label_ != "NORP":
        return None
    if ent.end + 1 >= sent.end:
        return None
    noun_at = past_school(lower, ent.end, sent.end)
    noun = lower[noun_at] in _OPENING_NOUNS
    end = _past_age(lower, noun_at + 1 if noun else ent.end, sent.end)
    if not (noun or end > ent.end or lower[ent.end] == "who"):  # "A Peruvian in her 30s who ...": the demonym is the noun
        return None
    return _Count(1, k, end, nationality=ent.id_) if _done_to(lower, end, sent.end) else None


def _past_years_old(lower: list[str], k: int, limit: int) -> int:
    """Where the words after an age in years told at ``k`` start ("a 17-year-old Thai girl": at
    "Thai"), else ``k``: the age stands between the article and the person's demonym."""
    return k + 5 if k + 5 < limit and lower[k].isdigit() and lower[k + 1:k + 5] == _YEARS_OLD else k


def past_school(lower: list[str], k: int, limit: int) -> int:
    """Where "student" stands after the school it names at ``k`` ("a Japanese high-school student",
    "a Thai university student"), else ``k``: the school is no noun of the person, "student" is."""
    j = k
    while j < limit and lower[j] in _SCHOOL_WORDS:
        j += 1
    return j if j > k and j < limit and lower[j] == "student" else k


def _done_to(lower: list[str], start: int, end: int) -> bool:
    """The first verb of an act after the person is passive ("was freed", "has been safely
    deported"): an act done to that person. An active act after another verb ("A Peruvian man said
    police arrested ...") is someone else's act on other people: one witness is no count."""
    j = next((j for j in range(start, end) if lower[j] in _COUNT_VERBS), end)
    k = j - 1
    while k > start and (lower[k].endswith("ly") or lower[k] in _BETWEEN):
        k -= 1
    return j < end and lower[k] in _PASSIVE


def _past_age(lower: list[str], k: int, limit: int) -> int:
    """Where an age told after the person ends ("in his 40s", "in her early 30s"), else ``k``:
    the person's own verb is read after it."""
    if lower[k:k + 2] not in _AGE_LEADS:
        return k
    j = k + 2 + (k + 2 < limit and lower[k + 2] in _AGE_HEDGES)
    return j + 1 if j < limit and _AN_AGE.fullmatch(lower[j]) else k
