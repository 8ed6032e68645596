"""A number with no noun after it whose people are told around it: a verb of an act right after it
(", 50 were repatriated", "Among them, 18 had already returned"), a verb done to people right
before it ("and deported 3,900 to their countries", "the deportation of 3,900"), or a further group
on a day of its own ("and another 13 on Tuesday"). Apart from ``count_phrases.py``, which gives such
a number the nationality of the people counted before it."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS, GOODS_VERBS
from scamgraph.loaders.news.sex_asides import sex_aside
from scamgraph.loaders.news.words import _BE
from scamgraph.loaders.news.written_numbers import WrittenNumbers


#: What may follow a bare number done to people: "deported 3,900 to their countries", "freed 40 on Monday"
#: Nouns of acts done to people whose "of" and a bare number count them ("the deportation of 3,900")
_ACT_NOUNS_OF_PEOPLE = frozenset({"deportation", "repatriation", "rescue", "evacuation", "extradition"})
_AFTER_A_BARE_OBJECT = frozenset({"to", "back", "home", "on", "in", "from", ",", ".", ";", "and"})
#: Adverbs between a bare number's auxiliary and its verb: "had previously been detained"
_BEFORE_THE_VERB = frozenset({"previously", "earlier", "also", "later", "then", "all", "subsequently"})  # (not "already": a tally)
#: Words that join a dated batch to the one told before it: "on July 4 and 95 on July 11", "on 5 August, 18 on ..."
_BATCH_JOINS = frozenset({"and", ","})
#: Words that open a sentence on a part of the people told before: "Among them, 18 ...", "Of the 30, 25 ..."
_PART_OPENINGS = frozenset({"among", "of"})


def _opens_on_a_part(lower: list[str], start: int, k: int) -> bool:
    """The number at ``k`` follows a short opening that parts the people told before and a comma
    ("Among them, | 18", "Of the 30, | 25"), not a tally of its own ("So far, 300 had already ...")."""
    return k - start <= 5 and lower[start] in _PART_OPENINGS and k - 1 > start and lower[k - 1] == ","


class NounlessCounts(WrittenNumbers):
    """Numbers with no noun that count people all the same."""

    _dated_now: set[int]  # (the date tokens of the sentence being read, kept by ``count_phrases``)

    def _acted_on_bare(self, k: int, end: int, sent: Span) -> bool:
        """A number with no noun right after a verb done to people ("and deported 3,900 to their
        countries of origin"), before a preposition or the clause's end."""
        verb = self.lower[k - 1]
        if verb == "of" and k - 2 >= sent.start and self.lower[k - 2] in _ACT_NOUNS_OF_PEOPLE:
            verb = self.lower[k - 2]  # "and the deportation of 3,900 to their countries of origin"
        return verb in _COUNT_VERBS and _COUNT_VERBS[verb][0] is not None and verb not in GOODS_VERBS \
            and (end >= sent.end or self.lower[end] in _AFTER_A_BARE_OBJECT)

    def _further_group(self, k: int, sent: Span) -> bool:
        """"... and another | a further | an additional 13 on Tuesday": a number with no noun that adds
        a group, on a day of its own, to the people the sentence counted before it."""
        j = k - 1
        if j <= sent.start or self.lower[j] not in {"another", "further", "additional"}:
            return False
        j -= 1 + (self.lower[j - 1] in {"a", "an"})
        own_day = any(i in self._dated_now for i in range(k + 1, min(sent.end, k + 4)))  # "another 13 on Tuesday"
        return own_day and j >= sent.start and self.lower[j] in {"and", ","}

    def _dated_batch(self, k: int, sent: Span) -> bool:
        """"38 were flown home on July 4 and 95 on July 11", ", followed by 180 on Sept. 9": a number with
        no noun right after a day told of the count before it and a joining word, with "on" or "in" and a
        day of its own right after it: a further batch of those people, on that day (not the batches
        listed after a colon under their total, parts of one act over the days: ``batch_days``)."""
        j = k - 1 - (self.lower[k - 2:k] == ["followed", "by"])  # (the joining word)
        j -= j < k - 1 and self.lower[j - 1] == ","  # (", followed by")
        if j - 1 <= sent.start or k + 2 >= sent.end or k in self._dated_now or ":" in self.lower[sent.start:k]:
            return False  # ("A total of 90 were flown home: 50 on 2 June, 25 on 3 June": one act over the days)
        joined = self.lower[j] in _BATCH_JOINS or self.lower[j:k] in (["followed", "by"], [",", "followed", "by"])
        return joined and j - 1 in self._dated_now and self.lower[k + 1] in {"on", "in"} \
            and k + 2 in self._dated_now

    def _verb_follows(self, k: int, limit: int, part: bool = False) -> bool:
        """A verb of an act follows the number at ``k``; in a part of the people told before ("Among
        them, 18 had already returned") "already" tells what befell that part, no tally."""
        aside = sex_aside(self.lower, self.like_num, k, limit)
        if aside and aside.start == k:
            k = aside.stop  # "48 – including seven women – were charged"
        while k < limit and (self.lower[k] in _BE or self.lower[k] in _BEFORE_THE_VERB or part and self.lower[k] == "already"):
            k += 1  # ("72 had previously been detained")
        return k < limit and self.lower[k] in _COUNT_VERBS and _COUNT_VERBS[self.lower[k]][0] is not None
