"""Scam types told by how victims were drawn in: "lured to Zorvania with the promise of well-paid
jobs", "lured ... with promises of a post at a factory". A promise of a job that the sentence says
lured or deceived its victims is how a job scam recruits, whatever the adjectives between
("high-paying", "easy", "well-paid but easy"), which the scam-type table's fixed phrases cannot
all list. A promise told without deceit ("recruited with promises of work as translators") is
only how people were hired. Callers who "posed as phone company staffers", "falsely presented
themselves as law enforcement officials" or "claimed to be the superintendent" of a police station
ran an impersonation scam, whoever they claimed to be. People taken abroad "under the pretext of
employment" or "under the false pretense of factory work" were drawn by a job that was a
pretext: the noun itself says the offer deceived them. A lure verb whose means is the job itself
("lured with employment opportunities", "tricked into taking jobs"), or a job promised by the verb
in a sentence of deceit, tells the same scam. So does a job told as both easy and well paid
("high-paying easy jobs", "a well-paid but easy job", "easy work with high pay", "easy work, high
salary"): the bait of a job scam in its own words, an offer too good to be true, whichever verb
brings it. Victims "persuaded to invest", "convinced to invest small sums first" or "tricked into
investing" were drawn into an investment fraud: a verb of deceit or of winning someone over,
then "to invest" or "into investing", is that scam's own step, whatever the money went into
(a neutral "asked" or "urged" to invest, which a minister says to firms, is left)."""

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
#: A lure verb whose means is a job: "lured by high-paying jobs", "enticed ... with false employment
#: opportunities", "tricked with offers of work", "tricked by foreign offers of well-paid jobs", "duped
#: into taking jobs"; or a promise told by its verb: "promised (them) well-paid jobs", "offered (them)
#: lucrative work", "a firm promising good job openings"
_JOB_LURE = _Screened(re.compile(
    r"\b(?:(?:lured|enticed|tricked|duped|deceived)\b[^.;]{0,60}?\b(?:with|by|into(?: taking)?)"
    r"|(?:falsely )?(?:promised|promising|offered|offering)(?: them| him| her)?)"
    r" (?:an? |the )?(?:(?:[\w-]+ )?(?:offers?|promises?) of )?(?:(?!to )[\w'‘’,-]+ ){0,3}?(?:jobs?|employment|work)\b", re.I),
    needs=("lured", "enticed", "tricked", "duped", "deceived", "promised", "promising", "offered", "offering"))
#: Words that make a promise a lure
_DECEIT = frozenset({"lured", "lure", "lures", "luring", "tricked", "deceived", "duped", "enticed", "false",
                     "fake", "bogus", "fraudulent"})

#: A job, work or employment given as a pretext: "under the pretense of employment", "under the
#: pretext of offering high-paying jobs", "under the false pretense of factory work"
_JOB_PRETEXT = _Screened(re.compile(
    r"\bunder (?:the )?(?:false )?(?:pretexts?|pretenses?|pretences?|guise) of (?:offering (?:them )?)?(?:an? )?"
    r"(?:[\w-]+ ){0,2}?(?:jobs?|work|employment)\b", re.IGNORECASE), needs=("under",))

#: A job told as both easy and well paid, in either order: "high-paying easy jobs", "highly-paid but
#: easy jobs", "a 'high-paying, easy job'", "easy, well-paid jobs", "easy jobs with high salaries",
#: "easy work, high salary"
_PAY = r"(?:high(?:ly)?|well|good|big|lucrative)[- ]?(?:pay(?:ing)?|paid|salar(?:y|ied|ies)|income|wages?)"
_TOO_GOOD = _Screened(re.compile(
    rf"\b{_PAY}\W{{1,3}}(?:(?:but|and|yet) )?easy\W{{1,3}}(?:jobs?|work|employment|positions?)\b"
    rf"|\beasy\W{{1,3}}(?:(?:but|and|yet) )?{_PAY}\W{{1,3}}(?:jobs?|work|employment|positions?)\b"
    rf"|\beasy (?:jobs?|work|employment|positions?)\W{{1,3}}(?:(?:with|and|for) )?(?:an? |the )?{_PAY}\b", re.I),
    needs=("easy",))

#: Posing as someone with an office or a post: a verb of false identity, then up to five words and
#: a noun for officials or staff
_IMPERSONATION = _Screened(re.compile(
    r"\b(?:pos(?:ed|ing|es?) as|pretend(?:ed|ing|s)? to be|impersonat(?:ed|ing|es?)|present(?:ed|ing|s)? themselves as"
    r"|claim(?:ed|ing|s)? to be|masquerad(?:ed|ing|es?) as)(?:\s+[\w'’-]+){0,5}?\s+(?:police|policemen|officers?"
    r"|officials?|staff(?:ers)?|employees?|agents?|prosecutors?|superintendents?|investigators?|representatives?"
    r"|inspectors?|judges?|soldiers)\b", re.I),
    needs=("pos", "pretend", "impersonat", "themselves as", "claim", "masquerad"))

#: Victims won over or deceived into investing: "persuaded to invest", "convincing them to invest",
#: "deceive the callers into investing", "stimulated them to invest in larger amounts"
_INVEST_LURE = _Screened(re.compile(
    r"\b(?:persuad|convinc|trick|lur|dup|deceiv|induc|entic|coax|manipulat|stimulat)\w*(?:\s+[\w'’-]+){0,3}?"
    r"\s+(?:to invest|into investing)\b", re.I), needs=("to invest", "into investing"))

#: The anchor words of the two patterns, as the reader's word list holds them
_PROMISES = frozenset({"promise", "promises"})
_LURED = frozenset({"lured", "enticed", "tricked", "duped", "deceived"})
_PROMISED = frozenset({"promised", "promising", "offered", "offering"})
_PRETEXTS = frozenset({"pretext", "pretexts", "pretense", "pretenses", "pretence", "pretences", "guise"})
_POSING = frozenset({"pose", "posed", "poses", "posing", "pretend", "pretended", "pretending", "pretends", "impersonate",
                     "impersonated", "impersonates", "impersonating", "present", "presented", "presenting", "presents",
                     "claim", "claimed", "claiming", "claims", "masquerade", "masqueraded", "masquerades", "masquerading"})


class LureRules(_State):
    """The job scam a promise of work tells of; the impersonation scam a false identity tells of; the
    investment fraud a victim won over to invest tells of."""

    def _lures(self, sent: Span) -> None:
        words = self.lower[sent.start:sent.end]  # (the anchor words are looked up in the word list, in C)
        promised, posed = not _PROMISES.isdisjoint(words), not _POSING.isdisjoint(words)
        if promised and not _DECEIT.isdisjoint(words) and _JOB_PROMISE.search(self._text(sent)) \
                or not _PRETEXTS.isdisjoint(words) and _JOB_PRETEXT.search(self._text(sent)):
            self._add(Node(Label.SCAM_TYPE, "job scam"))
        elif not _LURED.isdisjoint(words) and (not _PROMISED.isdisjoint(words) or "with" in words or "by" in words
                                               or "into" in words) and _JOB_LURE.search(self._text(sent)):
            self._add(Node(Label.SCAM_TYPE, "job scam"))
        elif "easy" in words and _TOO_GOOD.search(self._text(sent)):
            self._add(Node(Label.SCAM_TYPE, "job scam"))  # "lured with high-paying, easy jobs"
        if "invest" in words or ("investing" in words and "into" in words):
            if _INVEST_LURE.search(self._text(sent)):
                self._add(Node(Label.SCAM_TYPE, "investment fraud"))  # "convinced to invest small sums first"
        if posed and _IMPERSONATION.search(self._text(sent)):
            self._add(Node(Label.SCAM_TYPE, "impersonation scam"))
