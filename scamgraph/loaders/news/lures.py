"""Scam types told by how victims were drawn in: "lured to Cambodia with the promise of well-paid
jobs", "lured ... with promises of work on a project". A promise of a job that the sentence says
lured or deceived its victims is how a job scam recruits, whatever the adjectives between
("high-paying", "easy", "well-paid but easy"), which the scam-type table's fixed phrases cannot
all list. A promise told without deceit ("recruited with promises of work as translators") is
only how people were hired. Callers who "posed as phone company staffers", "falsely presented
themselves as law enforcement officials" or "claimed to be the superintendent" of a police station
ran an impersonation scam, whoever they claimed to be. People taken abroad "under the pretext of
employment" or "under the false pretense of work opportunities" were drawn by a job that was a
pretext: the noun itself says the offer deceived them."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.news.state import _State
from scamgraph.loaders.news.words import _Screened
from scamgraph.model import Label, Node

#: "promise(s) of" a job, work or employment, with up to three words between
_JOB_PROMISE = _Screened(
    re.compile(r"\bpromises? of (?:an? )?(?:[\w,-]+ ){0,3}?(?:jobs?|work|employment)\b", re.I),
    needs=("promise",))
#: Words that make a promise a lure
_DECEIT = frozenset({"lured", "lure", "lures", "luring", "tricked", "deceived", "duped", "enticed", "false",
                     "fake", "bogus", "fraudulent"})

#: A job, work or employment given as a pretext: "under the pretense of employment", "under the
#: pretext of offering high-paying jobs", "under the false pretense of work opportunities"
_JOB_PRETEXT = _Screened(re.compile(
    r"\bunder (?:the )?(?:false )?(?:pretexts?|pretenses?|pretences?|guise) of (?:offering (?:them )?)?(?:an? )?"
    r"(?:[\w-]+ ){0,2}?(?:jobs?|work|employment)\b", re.IGNORECASE), needs=("under",))

#: Posing as someone with an office or a post: a verb of false identity, then up to five words and
#: a noun for officials or staff
_IMPERSONATION = _Screened(re.compile(
    r"\b(?:pos(?:ed|ing|es?) as|pretend(?:ed|ing|s)? to be|impersonat(?:ed|ing|es?)|present(?:ed|ing|s)? themselves as"
    r"|claim(?:ed|ing|s)? to be|masquerad(?:ed|ing|es?) as)(?:\s+[\w'’-]+){0,5}?\s+(?:police|policemen|officers?"
    r"|officials?|staff(?:ers)?|employees?|agents?|prosecutors?|superintendents?|investigators?|representatives?"
    r"|inspectors?|judges?|soldiers)\b", re.I),
    needs=("pos", "pretend", "impersonat", "themselves as", "claim", "masquerad"))

#: The anchor words of the two patterns, as the reader's word list holds them
_PROMISES = frozenset({"promise", "promises"})
_PRETEXTS = frozenset({"pretext", "pretexts", "pretense", "pretenses", "pretence", "pretences", "guise"})
_POSING = frozenset({"pose", "posed", "poses", "posing", "pretend", "pretended", "pretending", "pretends", "impersonate",
                     "impersonated", "impersonates", "impersonating", "present", "presented", "presenting", "presents",
                     "claim", "claimed", "claiming", "claims", "masquerade", "masqueraded", "masquerades", "masquerading"})


class LureRules(_State):
    """The job scam a promise of work tells of; the impersonation scam a false identity tells of."""

    def _lures(self, sent: Span) -> None:
        words = self.lower[sent.start:sent.end]  # (the anchor words are looked up in the word list, in C)
        promised, posed = not _PROMISES.isdisjoint(words), not _POSING.isdisjoint(words)
        if promised and not _DECEIT.isdisjoint(words) and _JOB_PROMISE.search(self._text(sent)) \
                or not _PRETEXTS.isdisjoint(words) and _JOB_PRETEXT.search(self._text(sent)):
            self._add(Node(Label.SCAM_TYPE, "job scam"))
        if posed and _IMPERSONATION.search(self._text(sent)):
            self._add(Node(Label.SCAM_TYPE, "impersonation scam"))
