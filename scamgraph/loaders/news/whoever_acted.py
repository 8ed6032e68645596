"""An act told of whoever it may befall, with what then awaits them: "Suspects arrested under the
new law will face up to 15 years in prison", "under the pact, suspects arrested in either country
will be handed over within 30 days", "anyone detained at the border must be screened". The people
are named by the act in a participle after a bare plural noun (no article, number or owner: not
"the suspects arrested on Monday") or after "those", "anyone", "whoever", and the clause's verb is a
modal or a threat ("will", "could", "face"): a rule or a warning about people yet to be acted on,
never a happening. A day, a number or another act in the phrase makes them people of an act told
("Those arrested on Monday will face charges", "those detained in the raid"). Shared by the event words (``asides``) and the count verbs (``acts_not_done``)."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.words import _PEOPLE_WORDS
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS

__all__ = ["told_of_whoever"]

#: Words for whoever an act may befall, standing right before its participle
_ANYONE = frozenset({"those", "anyone", "anybody", "whoever", "everyone"})
#: Words before a bare plural noun that leave it bare: "all suspects arrested", "any foreigners caught"
_ANY = frozenset({"all", "any", "foreign", "new"})
#: Where a bare noun phrase may open: the sentence's start, or after an opening phrase's comma
_OPENINGS = frozenset({",", ":", ";"})
#: The clause's verb of what awaits the people: a modal, or a threat in the present
_AWAITING = frozenset({"will", "would", "could", "can", "may", "might", "shall", "must", "face", "faces", "risk",
                       "risks"})
#: Verbs that tell the clause in the past or present of a group told: the people are known ones
_TOLD = frozenset({"was", "were", "is", "are", "had", "has", "have", "said", "included", "include", "includes"})
#: How far after the participle the clause's verb may stand
_REACH = 12


def told_of_whoever(lower: Sequence[str], i: int, start: int, end: int) -> bool:
    """The participle at ``i`` (sentence ``start:end``) names whoever an act may befall, and its
    clause's verb is a modal or a threat (see the module)."""
    if not lower[i].endswith(("ed", "en")) or i - 1 < start:
        return False
    if not _whoever_before(lower, i - 1, start):
        return False
    for k in range(i + 1, min(end, i + _REACH)):
        if lower[k] in _AWAITING:
            return True
        if lower[k] in _TOLD or lower[k] in {".", "!", "?"} or lower[k] in CALENDAR_WORDS or lower[k] in EVENT_TRIGGERS \
                or lower[k][:1].isdigit():
            return False  # ("Those arrested on Monday will face charges", "in the raid": people of an act told)
    return False


def _whoever_before(lower: Sequence[str], j: int, start: int) -> bool:
    """The word at ``j`` names whoever: "those", "anyone", or a bare plural people noun that opens
    its noun phrase (past "all", "any" or an adjective of kind) at the sentence's start or after a
    comma ("Under the pact, suspects ...")."""
    if lower[j] in _ANYONE:
        return True
    if lower[j] not in _PEOPLE_WORDS or not lower[j].endswith("s"):
        return False
    k = j - 1
    while k >= start and lower[k] in _ANY:
        k -= 1
    return k < start or lower[k] in _OPENINGS
