"""Counted people with no number written: one person told by "a" or "an" and a demonym ("arrested a
Thai man", "rescued a captive Korean man", "a man from Turkiye" in a list of counted people, an item
of a list a count verb opens: "held six Lao men, a Peruvian woman and a Chilean man"), "the Chinese
manager of", "a man and a woman" (two) and "both men" (two). Apart from ``count_phrases.py``, which
reads the phrases that open on a number."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.act_nouns import act_named
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS, GOODS_VERBS
from scamgraph.loaders.news.one_opening import ONE_AFTER_A_VERB, POSTS_OF, one_opening, past_school
from scamgraph.loaders.news.people_patterns import BREAKDOWN_VERBS
from scamgraph.loaders.news.sex_pairs import SEXES
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import _PEOPLE_WORDS, POSSESSIONS
from scamgraph.loaders.news.written_numbers import WrittenNumbers, age_words


#: What may follow a bare demonym that closes a list of counted people ("11 Nigerians and a Liberian in a raid")
_AFTER_A_LISTED_ONE = frozenset({",", ".", "in", "on", "at", "from", "were", "was", "who", "during", "after", ";", "and"})
#: Words of a list of people between its verb and a later item: "detained | five Thai men, a Kenyan woman and"
_LIST_ITEM_WORDS = frozenset({",", "and", "a", "an"})
#: Verbs that open a breakdown of people counted before: its first item may be one person
_BREAKING_DOWN = frozenset([*BREAKDOWN_VERBS, "comprising"])
_LONGEST_LIST = 30
#: Verbs that open a list of people another verb took: "the group taken into custody includes five Thai men, a ..."
_INCLUDING = frozenset({"includes", "included", "include", "including", "comprising", "comprised"})
#: Words between "a" and a demonym that still tell one person ("a second Japanese teenager")
_ORDINAL_ONES = frozenset({"second", "third", "fourth", "fifth", "further"})
#: Words of a state one person is in, between "a" and the demonym: "rescued a captive Korean man"
_ONES_STATE = frozenset({"captive", "trafficked", "kidnapped", "abducted", "missing", "stranded", "young", "teenage"})


class UnnumberedPeople(WrittenNumbers):
    """Counted people with no number written: one person, a man and a woman, both men."""

    _one_listed: Callable[[int, Span, dict[int, Span]], _Count | None]

    def _both_people(self, k: int, sent: Span) -> bool:
        """"both men", "both suspects": two people (not "both Thai and Lao police", "both of them")."""
        return self.lower[k] == "both" and k + 1 < sent.end and self.lower[k + 1] in _PEOPLE_WORDS \
            and self.lower[k + 1] not in POSSESSIONS

    def _one_person(self, k: int, sent: Span, norp: dict[int, Span]) -> _Count | None:
        """"charging a Cambodian national", "arrested a Thai man": one person of that nationality."""
        if k == sent.start or k == self._past_dateline(sent):
            return one_opening(self.lower, k, sent, norp, k)  # "A Thai man was freed": the subject
        if self.lower[k] == "the" and k + 1 in norp and norp[k + 1].start == k + 1 \
                and self.lower[norp[k + 1].end:norp[k + 1].end + 2] in ([p, "of"] for p in POSTS_OF) \
                and self.lower[k - 1] in _COUNT_VERBS:  # "arrested the Zorvanian manager of a karaoke bar"
            return _Count(1, k, norp[k + 1].end + 1, nationality=norp[k + 1].id_)
        if self.lower[k] not in {"a", "an"}:
            return None
        if self.lower[k - 1] in {",", "and", ":"} and k + 3 < sent.end and self.lower[k + 1] in {"man", "woman"} \
                and self.lower[k + 2] == "from" and self.doc[k + 3].ent_type_ == "COUNTRY" and self.doc[k + 3].ent_iob_ == "B" \
                and any(self.like_num[j] for j in range(max(sent.start, k - 8), k)):
            country = self.doc[k + 3]
            end = k + 4
            while end < sent.end and self.doc[end].ent_iob_ == "I":
                end += 1
            return _Count(1, k, end, nationality=country.ent_id_)  # "six Chinese, a man from Turkiye and ...": one
        if self.lower[k + 1:k + 5] in (["man", "and", "a", "woman"], ["woman", "and", "a", "man"]) \
                and self.lower[k - 1] in _COUNT_VERBS and self.lower[k - 1] not in GOODS_VERBS:
            return _Count(2, k, k + 5)  # "arrested a man and a woman on Monday": two people
        if self.lower[k + 1:k + 2] in (["woman"], ["man"], ["girl"], ["boy"]) and self.lower[k - 1] == "and" \
                and k - 2 > sent.start and self.lower[k - 2] in SEXES and self.like_num[k - 4]:
            return _Count(1, k, k + 2)  # "five Ethiopian men and a woman": one more, of the pair (sex_pairs)
        aged = age_words(self.lower, k + 1) if k + 1 < sent.end and self.like_num[k + 1] else 0
        at = k + 2 + aged if aged else k + 1  # "a 29-year-old Thai man", "a 29 year old Thai man"
        at += not aged and at < sent.end and self.lower[at] in _ORDINAL_ONES  # "rescued a second Japanese teenager"
        at += at < sent.end and self.lower[at] in _ONES_STATE  # "rescued a captive Korean man"
        if at not in norp or norp[at].start != at:
            return None
        told = self.lower[k - 1] in _COUNT_VERBS and self.lower[k - 1] not in GOODS_VERBS or self._act_noun_of(k, sent) \
            or self.lower[k - 1] == "and" and bool(
            set(self.lower[max(sent.start, k - 8):k]) & _COUNT_VERBS.keys()) \
            or self.lower[k - 1] == "including" and any(self.like_num[max(sent.start, k - 9):k - 1]) \
            or self.lower[k - 1] in _BREAKING_DOWN
        # ("arrested two Chinese men and a Thai woman"; "arrested 11 people, including a Korean man": one of them;
        # "The arrested suspects included a Ghanaian man, two Kenyan men and ...": the first of the breakdown)
        if not told:
            one = self._one_listed(k, sent, norp) if at == k + 1 else None
            if one is not None or not self._listed_after_a_verb(k, sent, norp):
                return one
        end = past_school(self.lower, norp[at].end, sent.end)  # ("arrested a Thai university student")
        listed = self.lower[k - 1] in {"and", ","} and k - 2 > sent.start and self._people_item_ends(k - 2) \
            and end < sent.end and self.lower[end] in _AFTER_A_LISTED_ONE  # "11 Nigerians and a Liberian in ..."
        # ("12 Zorvanian nationals and a Velmaran in ...": the item before ends on its people noun)
        if listed or at == k + 1 and end == norp[at].end and self._bare_one_opens_a_list(k, end, sent):
            return _Count(1, k, end, nationality=norp[at].id_)  # ("arrested a Velmaran and 3 Zorvanians")
        if end >= sent.end or self.lower[end] not in ONE_AFTER_A_VERB:
            return None
        return _Count(1, k, end + 1, nationality=norp[at].id_)

    def _people_item_ends(self, k: int) -> bool:
        """The list item before ends at ``k`` on a demonym or on a people noun right after one
        ("11 Nigerians", "11 Nigerian nationals")."""
        return self.doc[k].ent_type_ == "NORP" or (self.lower[k] in _PEOPLE_WORDS or self.lower[k] in gz.people_nouns()) \
            and self.doc[k - 1].ent_type_ == "NORP"

    def _bare_one_opens_a_list(self, k: int, end: int, sent: Span) -> bool:
        """"arrested a Velmaran and 3 Zorvanians": a bare demonym right after a count verb's "a",
        followed by "and" and the next counted item (a number or another "a"), is one person of the
        list the verb takes (not "a Velmaran and Zorvanian gang", whose demonyms describe a noun)."""
        return self.lower[k - 1] in _COUNT_VERBS and self.lower[k - 1] not in GOODS_VERBS and end + 1 < sent.end \
            and self.lower[end] == "and" and (self.like_num[end + 1] or self.lower[end + 1] in {"a", "an"})

    def _act_noun_of(self, k: int, sent: Span) -> bool:
        """"the rescue of a stranded Malaysian victim", "the arrest of a Chinese national": the "a" at
        ``k`` follows the "of" of an act's noun, which names the one person it was done to as its
        verb's object would ("rescued a Malaysian victim")."""
        if k - 2 < sent.start or self.lower[k - 1] != "of":
            return False
        word = act_named(self.lower, k - 2)
        return word in _COUNT_VERBS and word not in GOODS_VERBS

    def _past_dateline(self, sent: Span) -> int:
        """Where the sentence's own words start after a dateline ("VIENTIANE — A Thai man ..."), else its start."""
        k = sent.start
        while k < sent.end and k - sent.start < 3 and self.words[k].isalpha() and self.words[k].isupper():
            k += 1
        return k + 1 if sent.start < k < sent.end and self.words[k] in {"—", "–", "-", ":"} else sent.start

    def _listed_after_a_verb(self, k: int, sent: Span, norp: dict[int, Span]) -> bool:
        """"held six Lao men, a Peruvian woman and a Chilean man": the "a" at ``k`` opens an item
        of a list of people (after its comma or its "and") that a count verb opens: every item of
        the list is one the verb took."""
        if self.lower[k - 1] not in {",", "and"}:
            return False
        j = k - 1
        while j > sent.start and j > k - _LONGEST_LIST and (
                self.lower[j] in _LIST_ITEM_WORDS or self.like_num[j] or j in norp or self.doc[j].ent_type_ == "NORP"
                or self.lower[j] in ONE_AFTER_A_VERB or self.lower[j] in _PEOPLE_WORDS or self.lower[j] in gz.people_nouns()):
            j -= 1
        return j < k - 3 and (self.lower[j] in _COUNT_VERBS or self.lower[j] in _INCLUDING) and self.like_num[j + 1]
