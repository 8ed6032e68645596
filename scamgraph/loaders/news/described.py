"""Counted people described before their verb: what was done to them in the past, or how they
came to be where they were, told between the number and the sentence's own verb."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.told_again import PeopleToldAgain
from scamgraph.loaders.news.words import _COUNT_VERBS
from scamgraph.model import RelType

_Verb = tuple[RelType | None, str, str]

#: Auxiliaries after which a passive main verb is told: "have been | rescued", "were | repatriated".
_AUXILIARIES = frozenset({"were", "was", "been", "are", "is"})
#: Acts a main verb may tell of described people (a captor's "held" is no state's act here).
_STATE_ACTS = frozenset({RelType.RESCUED, RelType.REPATRIATED, RelType.DEPORTED, RelType.ARRESTED,
                         RelType.EXTRADITED, RelType.CHARGED})
#: Two-word verbs whose first word says nothing alone: "brought home", "set free".
_PHRASAL = {("brought", "home"): "repatriated", ("brought", "back"): "repatriated", ("flown", "home"): "repatriated",
            ("sent", "home"): "repatriated", ("set", "free"): "rescued"}
#: How far past the people the main verb may be told (a relative clause with a place in it).
_REACH = 32


class DescribedPeople(PeopleToldAgain):
    """The verb of counted people, past what describes them as victims."""

    def _past_their_harm(self, count: _Count, sent: Span, verb: _Verb | None) -> _Verb | None:
        """"Five nationals allegedly forced to work for scammers have been brought home", "two
        workers, suspected of being trafficked, were repatriated", "14 nationals who had been lured
        abroad, where they were forced to work, have been rescued": the harm describes the people;
        the sentence's own verb, told after it with an auxiliary, is what was done to them. An
        active harm before the number ("trafficked 88 nationals") stays theirs."""
        if verb is None or verb[1] != "victims":
            return verb
        if not _HARM.isdisjoint(self.lower[max(sent.start, count.start - 3):count.start]):
            return verb
        return self._own_main_verb(count.end, sent) or verb

    def _own_main_verb(self, start: int, sent: Span) -> _Verb | None:
        """The first state's act told after an auxiliary from ``start`` on, before the next counted
        people or a semicolon (None where there is none)."""
        lower, end = self.lower, min(sent.end - 1, start + _REACH)
        for j in range(start, end):
            if self.like_num[j] or lower[j] == ";":
                return None  # "..., and 177 of them were repatriated": other people's verb
            if lower[j] not in _AUXILIARIES:
                continue
            m = self._past_adverbs(j + 1, sent)
            if m + 1 < sent.end and (lower[m], lower[m + 1]) in _PHRASAL:
                return _COUNT_VERBS[_PHRASAL[(lower[m], lower[m + 1])]]
            act = _COUNT_VERBS.get(lower[m]) if m < sent.end else None
            if act is not None and act[0] in _STATE_ACTS and self._told_as_done(m, sent):
                return act
        return None


#: The verbs of harm done to people (counted as victims).
_HARM = frozenset(word for word, (_, key, _kind) in _COUNT_VERBS.items() if key == "victims")
