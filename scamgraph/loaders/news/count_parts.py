"""A part of counted people named by what it is: "25 of them were Nepali", "Twelve of the rescued were
Kenyan". The copula's demonym is the part's nationality; the part belongs to the act its whole was
counted for. So do the people a verb of share counts ("Thais accounted for 19") and those told as
among the people counted before ("Two Malaysians were among them")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.own_citizens import _code_of
from scamgraph.loaders.news.state import _Count

_COPULA = frozenset({"were", "are", "was", "is"})
#: "its citizens", "their nationals" after a part's copula: the people of the body that tells it
_ITS_CITIZENS = (["its", "citizens"], ["its", "nationals"], ["their", "citizens"], ["their", "nationals"])
#: Plain people nouns a part is told "of the" (no act's: "of the deportees" is read with the act)
_PARTED_NOUNS = frozenset({"victims", "workers", "people", "foreigners", "suspects", "individuals", "men", "women",
                           "nationals", "persons", "survivors", "youths"})


def _participle(word: str) -> bool:
    """An act's participle that may name people told before: "the suspects arrested", "the rescued victims"."""
    return word.endswith("ed") and word in _COUNT_VERBS


#: Prepositions of the place a participle may take before the copula ("arrested inside the tower were")
_PLACE_WORDS = frozenset({"in", "inside", "at", "from", "during"})


class CountParts:
    """Reads the people a part of counted people is said to be (mixed into the count rules)."""

    lower: list[str]
    doc: Any
    ents: Any
    _matches: Any

    def _named_by_copula(self, count: _Count, sent: Span, norp: dict[int, Span]) -> None:
        """"25 of them were Nepali": the demonym after the copula names the part; a part told of as
        a list of demonyms ("were Lao or Thai") stays unnamed, and so does a copula after any other
        word ("25 of them were later ..."). A part of the people of an act ("64 of the deportees
        were Lao nationals") is read where the act's people nouns are (counts.py, described.py)."""
        k = count.end
        if count.noun_role == "of" and k + 2 < sent.end and _participle(self.lower[k]) and self.lower[k + 1] in _COPULA:
            k += 1  # "Twelve of the rescued were Kenyan": the participle names the people, as "of those rescued"
        elif count.noun_role == "of":
            k += k + 2 < sent.end and _participle(self.lower[k]) and self.lower[k + 1] in _PARTED_NOUNS  # "of the arrested suspects"
            if k + 1 >= sent.end or self.lower[k] not in _PARTED_NOUNS:
                return  # (the people nouns of an act, "of the deportees", are read where the act's are)
            k += 1  # "Sixty of the victims were Indonesians": the part of the people told before
            k += k + 1 < sent.end and _participle(self.lower[k]) and self.lower[k + 1] in _COPULA  # "of the suspects arrested were"
            if k + 2 < sent.end and _participle(self.lower[k]) and self.lower[k + 1] in _PLACE_WORDS:
                # "of the suspects arrested inside the tower were": past the participle's place
                end = next((j for j in range(k + 2, min(sent.end, k + 8)) if self.lower[j] in _COPULA or self.lower[j] == ","), k)
                k = end if self.lower[end] in _COPULA else k
        elif k + 1 < sent.end and self.lower[k].endswith("ed") and self.lower[k + 1] in _COPULA:
            k += 1  # "Sixty of those rescued were Indonesians"
        if k + 2 < sent.end and self.lower[k] in _COPULA and self.lower[k + 1:k + 3] in _ITS_CITIZENS \
                and (code := self._speaking_body_country(count.start, sent)):
            count.nationality, count.noun_role, count.end = code, "breakdown", k + 3  # "the X Embassy said 25 of
            return  # them were its citizens": the body's country's people
        if k + 1 >= sent.end or self.lower[k] not in _COPULA or k + 1 not in norp or norp[k + 1].start != k + 1:
            return
        ent = norp[k + 1]
        if ent.end + 1 < sent.end and self.lower[ent.end] in {"and", "or", "/", ","} and ent.end + 1 in norp:
            return  # "were Chinese or Taiwanese nationals", "are Chinese, Thais and Lao": no one's count
        count.nationality = ent.id_
        count.noun_role = "breakdown"
        count.end = ent.end + (ent.end < sent.end and self.lower[ent.end] in {"nationals", "citizens"})

    def _speaking_body_country(self, start: int, sent: Span) -> str:
        """The country of the state bodies named before ``start`` in the sentence, where they are of
        one country ("The Zorvanian Embassy said ...", "Zorvania's Foreign Ministry said ..."); else ""."""
        codes = {_code_of(e) for e in self.ents if sent.start <= e.start and e.end <= start and (
            e.label_ == "AGENCY" or e.label_ == "COUNTRY" and self.lower[e.end] in {"'s", "’s"})} - {""}
        return codes.pop() if len(codes) == 1 else ""

    def _share_told(self, count: _Count) -> None:
        """"Chinese nationals accounted for 19 (of them)", "Thais numbered 19": the number after a verb of
        share (the number alone, or "19 of them", "19 of those") is a part of the people counted before, of
        the people the verb is told of (``people_patterns``' SHARE)."""
        kind, code, _end = self._matches.apposed.get(count.start, ("", "", 0))
        if kind == "SHARE" and count.end - count.start <= 3:
            count.nationality, count.noun_role = code, "breakdown"
        elif count.end - count.start <= 3 and (code := self._gapped_share(count.start)) \
                and self.lower[count.end:count.end + 1] not in (["percent"], ["%"], ["per"]):  # (not "and Thais 15 percent")
            count.nationality, count.noun_role = code, "breakdown"
            self._matches.apposed[count.start] = ("SHARE", code, count.end)  # (a share as told; the next may follow it)

    def _gapped_share(self, k: int) -> str:
        """"Chinese nationals numbered 31 and Vietnamese 15": a people and its number right after a
        share told with its verb, joined by "and" or a comma, the verb left out: a part of the same
        people, the code of its demonym; else ""."""
        j = k - 1
        j -= j > 0 and self.lower[j] in _PARTED_NOUNS  # ("and Vietnamese nationals 15")
        if j < 1 or self.doc[j].ent_type_ != "NORP":
            return ""
        code = self.doc[j].ent_id_
        while j > 0 and self.doc[j].ent_iob_ == "I":
            j -= 1
        if j < 2 or self.lower[j - 1] not in {"and", ","}:
            return ""
        told = self._matches.apposed.get(j - 2, ("",))[0] == "SHARE"  # (the share's number, right before "and")
        return code if told else ""

    def _among_them_after(self, count: _Count, sent: Span) -> None:
        """"Two Chinese nationals were among them.": people of a nationality told as among the people
        counted before, the clause ending there, are a part of those people (no act of their own)."""
        k = count.end
        tail = self.lower[k:min(sent.end, k + 4)]
        if count.nationality and tail[:1] and tail[0] in _COPULA and tail[1:3] in (["among", "them"], ["among", "these"]) \
                and (len(tail) < 4 or tail[3] in {".", ",", ";"}):
            count.noun_role = "breakdown"
