"""A number that stands alone as a sentence's subject: "Four had been detained by the Thai
police", "The four had been taken into custody". English drops the noun when the people were just
counted; the number then names a part (or all) of them, so it takes their nationality.

Only the subject that opens the sentence is read this way, and only where the people told before
are of one nationality, at least as many, and on the same side of the law (victims told before
are not the suspects of a later arrest)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.described import DescribedPeople
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import _BE, _COUNT_VERBS
from scamgraph.model import RelType

#: Words that may open the sentence before the number: "The four", "All four", "These two".
_LEADS = frozenset({"the", "all", "these", "those"})
#: Words of a passive phrase before the act's own word: "were taken into | custody", "placed under | arrest".
_PHRASE_WORDS = frozenset({"taken", "into", "placed", "put", "under", "safely", "successfully", "since", "later", "then"})
#: Acts done to people harmed by a scam, and acts done to suspects: a number told with one of each
#: is not the same people.
_VICTIM_ACTS = frozenset({RelType.RESCUED, RelType.REPATRIATED, RelType.AFFECTED, RelType.FOUND})
_SUSPECT_ACTS = frozenset({RelType.ARRESTED, RelType.CHARGED, RelType.DEPORTED, RelType.EXTRADITED})
#: The act told under each count key ("arrested" -> ARRESTED).
_KEY_ACTS = {key: rel for rel, key, _kind in _COUNT_VERBS.values() if rel is not None}


class BareNumbers(DescribedPeople):
    """The nationality of a number told with no noun as the subject opening a sentence."""

    def _bare_subject(self, count: _Count, sent: Span) -> str:
        """The nationality code of the people a bare number at the opening of ``sent`` points back
        to ("" where it names none)."""
        lead = self.lower[sent.start:count.start]
        if lead and (len(lead) > 2 or not set(lead) <= _LEADS):
            return ""  # not the subject that opens the sentence
        act = self._act_after_bare(count.end, sent)
        if act is None:
            return ""
        told = self._people_told_before()
        if told is None:
            return ""
        code, key, value = told
        before = _KEY_ACTS.get(key)
        crossed = {act, before} & _VICTIM_ACTS and {act, before} & _SUSPECT_ACTS
        return "" if count.value > value or crossed else code

    def _act_after_bare(self, k: int, sent: Span) -> RelType | None:
        """The act told right after the number ("had been detained", "were taken into custody")."""
        while k < sent.end and (self.lower[k] in _BE or self.lower[k] in _PHRASE_WORDS):
            k += 1
        told = _COUNT_VERBS.get(self.lower[k]) if k < sent.end else None
        if told is None or told[0] is None or not self._told_as_done(k, sent):
            return None
        return told[0]

    def _people_told_before(self) -> tuple[str, str, int] | None:
        """(code, count key, number) of the people the story told last: those the sentence before
        counted, where they are of one nationality; else those of the one nationality counted so far."""
        keys = {key for key, _value in self._told_people}
        codes = [code for code, node in self.nationality_nodes.items() if node.key in keys and code in self._counted_before]
        if len(keys) != 1 or len(codes) != 1:
            codes = list(self._counted_before) if not keys and len(self._counted_before) == 1 else []
        if len(codes) != 1:
            return None
        key, value = self._counted_before[codes[0]]
        return codes[0], key, value
