"""A part of counted people named by what it is: "25 of them were Nepali", "110 of the deportees
were Lao nationals". The copula's demonym is the part's nationality; the part belongs to the act
its whole was counted for (the act a noun of its people tells: deportees were deported)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import _COUNT_VERBS
from scamgraph.model import RelType

_Verb = tuple[RelType | None, str, str]
#: Nouns for the people of an act, and the verb they stand for (a part of deportees was deported).
_ACT_PEOPLE = {"deportees": "deported", "returnees": "repatriated", "arrestees": "arrested", "detainees": "detained",
               "evacuees": "repatriated"}
_COPULA = frozenset({"were", "are", "was", "is"})
#: Words that may stand between "of the" and the people noun: "of the Chinese | foreign | arrested deportees".
_NOUN_WORDS = 2


class CountParts:
    """Reads the demonym a part of counted people is said to be (mixed into the count rules)."""

    lower: list[str]

    def _named_by_copula(self, count: _Count, sent: Span, norp: dict[int, Span]) -> None:
        """"25 of them were Nepali", "110 of the deportees were Lao nationals": the demonym after the
        copula names the part; a part told of as a list of demonyms ("were Lao or Thai") stays
        unnamed, and so does a copula after any other word ("25 of them were later ...")."""
        k = count.end
        if count.noun_role == "of":  # "of the (two) deportees": only a noun of an act's people is read
            k = next((j for j in range(k, min(sent.end, k + _NOUN_WORDS + 1)) if self.lower[j] in _ACT_PEOPLE), sent.end)
            if k == sent.end or not all(w.isalpha() for w in self.lower[count.end:k]):
                return
            k += 1
        if k + 1 >= sent.end or self.lower[k] not in _COPULA or k + 1 not in norp or norp[k + 1].start != k + 1:
            return
        ent = norp[k + 1]
        if ent.end + 1 < sent.end and self.lower[ent.end] in {"and", "or", "/"} and ent.end + 1 in norp:
            return  # "were Chinese or Taiwanese nationals": no one's count
        count.nationality = ent.id_
        count.noun_role = "" if count.noun_role == "of" else "breakdown"
        count.end = ent.end + (ent.end < sent.end and self.lower[ent.end] in {"nationals", "citizens"})

    def _part_of_act_people(self, count: _Count, sent: Span) -> _Verb | None:
        """"110 of the deportees were Lao nationals": the act the part's people noun stands for."""
        lead = self.lower[count.start + 1:min(sent.end, count.start + 3 + _NOUN_WORDS)]
        if lead[:2] != ["of", "the"] or not count.nationality:
            return None
        noun = next((w for w in lead[2:] if w in _ACT_PEOPLE), None)
        return _COUNT_VERBS[_ACT_PEOPLE[noun]] if noun is not None else None
