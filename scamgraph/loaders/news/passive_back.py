"""People counted before, told again as the passive subject that opens a sentence: "The suspects
were (reportedly) arrested", "They were placed under arrest", "The Thai nationals were charged",
past a phrase fronted before a comma ("After questioning, the suspects were formally charged") and
an aside that describes them ("The deportees, including 9 women, were"). Read for the people told
again (``told_again.py``)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.fronted import fronted_end
from scamgraph.loaders.news.governing import _EVENT_PEOPLE
from scamgraph.loaders.news.sex_asides import sex_aside
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.news.words import BACK_NOUNS as _BACK_NOUNS

#: Words between a passive subject and its act: "were (reportedly) placed under arrest", "had been taken into".
_PASSIVE_LEADS = frozenset({"been", "reportedly", "later", "then", "also", "all", "subsequently", "immediately",
                            "taken", "into", "placed", "put", "under", "in"})
#: Words opening an aside that names the people: not a description of those counted before.
_NAMING = frozenset({"identified", "named", "namely", "known", "who", "which"})
#: The most words of an aside between the people and their verb.
_ASIDE_SPAN = 14


class PassiveBack(_State):
    """Reads a sentence that opens on the people told before as its passive subject (mixed into
    the rules of people told again)."""

    def _passive_back(self, sent: Span, j: int, code: str) -> bool:
        """"The suspects were (reportedly) arrested | taken into custody | placed under arrest", "The
        Thai nationals were arrested": the sentence opens with the people told before (of nationality
        ``code``, where it names one) as the passive subject of the act at ``j``, after any phrase
        fronted before a comma ("After questioning, the suspects were formally charged")."""
        start = fronted_end(self.lower, sent.start, j)
        k = start + 1
        if self.lower[start] == "they":
            k -= 1  # "They were placed under arrest"
        elif self.lower[start] != "the" or k >= j:
            return False
        else:
            while k < j and self.doc[k].ent_type_ == "NORP":
                k += 1  # "The South Korean nationals were ..."
            if k > start + 1 and self.doc[k - 1].ent_id_ != code:
                return False  # "The Vietnamese were arrested": other people than those counted
            if self.lower[k] not in _BACK_NOUNS and self.lower[k] not in _EVENT_PEOPLE \
                    and not (self.lower[k] == "victims" and k == start + 1):  # ("The victims were repatriated")
                return False  # ("The deportees were detained": the people of an act told before)
            aside = sex_aside(self.lower, self.like_num, k + 1, j)
            k = aside.stop - 1 if aside else self._set_off(k + 1, j)  # "The deportees, including 9 women, were"
        singular = self.lower[k] == "group"  # ("the group was detained": the people counted, as one)
        if k + 1 >= j or self.lower[k + 1] not in ({"were", "had", "have"} | ({"was", "has"} if singular else set())):
            return False
        return all(w in _PASSIVE_LEADS or w.endswith("ly") and w.isalpha() for w in self.lower[k + 2:j])

    def _set_off(self, k: int, j: int) -> int:
        """"The suspects, accused in 40 cases, were detained": the comma closing an aside set off by
        commas at ``k`` that describes the people (``k - 1`` where there is none); an aside naming
        people ("The suspects, identified as A and B,") tells of others than those counted."""
        if self.lower[k] != "," or self.lower[k + 1] in _NAMING:
            return k - 1
        close = next((m for m in range(k + 1, min(j, k + _ASIDE_SPAN)) if self.lower[m] == ","), None)
        if close is None or any(self.doc[m].ent_type_ == "PERSON" for m in range(k + 1, close)):
            return k - 1
        return close
