"""The noun a counted phrase ends on and whose people it names: a demonym ("29 Chinese", "12 Chinese
and Vietnamese nationals": no one's), a people noun and the country after it ("57 people from
Vietnam", "46 citizens from Myanmar": the state's own citizens, taken out), a possessive ("41 of
Zorvania's citizens", "45 of its own"), a part of other people ("54 of whom", "50 of the 64", "17
of the more than 40"). Apart from ``count_phrases.py``, which walks the phrase word by word and
settles what the words around it tell."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.each_counted import each_pair
from scamgraph.loaders.news.possessed_people import owned_people_noun
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import _BE, _PEOPLE_WORDS, _PHRASE_ENDS, _PLURAL_DEMONYMS, _SUBSET_WORDS
from scamgraph.loaders.news.written_numbers import WrittenNumbers


_POSSESSIVE = {"its", "their", "our"}
#: Bodies that take their own citizens out of a country: "the government rescued 46 citizens from Myanmar"
_STATE_SUBJECTS = frozenset({"government", "embassy", "ministry", "consulate", "mission", "state"})
#: Words that round the whole a part is told of: "17 of the more than 40", "out of nearly 25"
_APPROXIMATING = frozenset({"more", "than", "about", "nearly", "around", "some", "over", "at", "least", "almost",
                            "roughly", "approximately", "the"})


def _approximated_whole(lower: list[str], like_num: list[bool], k: int, end: int) -> int | None:
    """Where the number of a rounded whole starts after "of the" / "out of" ("more than | 40"), or
    None where no rounding word comes first (a plain whole is read as before)."""
    j = k
    while j < end and lower[j] in _APPROXIMATING:
        j += 1
    return j if j > k and j < end and like_num[j] else None


class CountedNouns(WrittenNumbers):
    """The noun of a counted phrase, and whose people it names."""

    ents: tuple[Span, ...]
    _group_told: Callable[[], str]
    _possessive_owner: Callable[[_Count, list[Span]], str]
    _listed: Callable[[Span, Span], bool]

    def _owned_people(self, count: _Count, j: int, sent: Span, ents: list[Span], norp: dict[int, Span]) -> bool:
        """"41 of Zorvania's citizens", "12 of the Republic of Korea's nationals", "64 Zorvania's
        citizens" (``possessed_people``): the country's own people; True when read."""
        at = j if j in norp else j + 1 + (self.lower[j + 1:j + 2] == ["the"])
        ent = norp.get(at)
        if ent is None or ent.start != at:
            return False
        noun = owned_people_noun(self.words, self.lower, self.like_num, j, at, ent.end, sent.end)
        if noun < 0:
            return False
        count.nationality = ent.id_
        self._people_noun(count, noun, sent, ents, norp)
        return True

    def _its_own(self, j: int, sent: Span) -> bool:
        """"with Ghana repatriating 45 of its own": "own" after "of" and a possessive, with no noun
        after it, stands for the owner's people (as "of its citizens" does)."""
        return self.lower[j] == "own" and j >= 2 and self.lower[j - 1] in _POSSESSIVE and self.lower[j - 2] == "of" \
            and (j + 1 >= sent.end or not self.words[j + 1].isalpha() or self.lower[j + 1] in {"on", "in", "from", "to", "back", "home"})

    def _the_accused(self, count: _Count, j: int) -> bool:
        """"accused" at ``j`` is the noun of "arrested six accused", said as Indian police say it; not
        the participle of "45 South Koreans accused of fraud", "12 accused of running a call centre"."""
        return self.lower[j] == "accused" and not count.nationality and self.lower[j + 1:j + 2] != ["of"]

    def _demonym_in_phrase(self, count: _Count, j: int, sent: Span, norp: dict[int, Span]) -> int:
        """Reads the demonym at ``j``; the position to read on from, or -1 where it ends the phrase."""
        ent = norp[j]
        count.nationality = ent.id_
        j = ent.end
        nxt = self.lower[j] if j < sent.end else ""
        if nxt in {"and", "or", ",", "/"} and j + 1 < len(self.lower) and each_pair(self.lower, j, norp, sent) < 0 \
                and (j + 1 in norp and norp[j + 1].start == j + 1 and not self._subject_of_next_clause(norp[j + 1], sent)
                     or self.lower[j + 1] in {"foreign", "other", "foreigners"}):
            # "12 Chinese and Vietnamese nationals", "114 Korean and foreign members", "800 Filipinos and
            # foreigners": no one's count (not "... each")
            count.nationality, count.mixed = "", True
            if self.lower[j + 1] == "foreigners":
                count.end = j + 2  # ("800 Filipinos and foreigners": the phrase ends on its people noun)
                return -1
            if j + 1 not in norp:
                return j + 2
            second, after = norp[j + 1], norp[j + 1].end
            if (self.lower[after] if after < sent.end else "") not in _PEOPLE_WORDS | set(gz.people_nouns()) \
                    and (second.text.lower() in _PLURAL_DEMONYMS or not self._noun_at(after, sent.end)):
                count.end = after  # "33 Japanese and Vietnamese and two Burmese": the pair's number ends there
                return -1
            return after
        if nxt not in _PEOPLE_WORDS and nxt not in gz.people_nouns() \
                and (ent.text.lower() in _PLURAL_DEMONYMS or not self._noun_at(j, sent.end)):
            count.end = j  # "29 Chinese", "13 Nepalese,", not "29 Chinese nationals"
            return -1
        return j

    def _subject_of_next_clause(self, ent: Span, sent: Span) -> bool:
        """"Laos deported 200 Chinese and | Myanmar deported 300 Thais": a country after "and" with a
        verb of its own opens the next clause; it pairs with no demonym before it."""
        return ent.label_ == "COUNTRY" and ent.end < sent.end \
            and (self.lower[ent.end] in _COUNT_VERBS or self.lower[ent.end] in _BE or self.lower[ent.end] in {"has", "had"})

    def _noun_at(self, k: int, limit: int) -> bool:
        """A common noun goes on the phrase at ``k`` ("Thai police"); a comma, "and" or a verb ends it."""
        if k >= limit or not self.words[k].isalpha() or not self.words[k].islower():
            return False
        return self.lower[k] not in _BE and self.lower[k] not in _COUNT_VERBS and self.lower[k] not in _PHRASE_ENDS

    def _part_words(self, count: _Count, j: int, sent: Span, phrases: list[_Count]) -> bool:
        """"54 of whom", "50 of the 64 nationals", "13 (out) of 17": a part of other people; True when read."""
        word, nxt = self.lower[j], self.lower[j + 1] if j + 1 < sent.end else ""
        if word == "of" and nxt in {"them", "those", "whom", "these"}:
            count.end = j + 2
            rest = [w for w in self.lower[j + 2:min(sent.end, j + 5)] if w not in _BE]
            subset = bool(rest) and rest[0] in _SUBSET_WORDS  # "(606 of them female)", "54 of whom were women"
            told = phrases[-1].nationality if phrases else self._group_told()
            count.nationality = count.nationality or ("" if subset else told)
        elif word == "of" and nxt == "the" and self.lower[j + 2:j + 3] in (["group"], ["batch"]) \
                and (j + 3 >= sent.end or self.lower[j + 3] != "of"):
            count.end = j + 3  # "arrested 25 of the group": a part of the people told before, as "25 of them"
            count.nationality = count.nationality or (phrases[-1].nationality if phrases else self._group_told())
        elif (word == "of" and nxt == "the" or word == "out" and nxt == "of") \
                and (whole := _approximated_whole(self.lower, self.like_num, j + 2, sent.end)) is not None:
            count.end, count.noun_role = whole, "out of"  # "17 of the more than 40 Indonesians": a part of them
        elif word == "of" and nxt == "the":
            count.end, count.noun_role = j + 2, "of"  # "50 of the 64 nationals": theirs, read next
        elif word == "out" and nxt == "of":
            every = j + 2 < sent.end and self.lower[j + 2] in {"every", "these", "those"}  # ("three out of every ten",
            count.end, count.noun_role = j + 2 + every, "out of"  # "nine out of these 64"); "13 out of 17 Sri Lankans"
        elif word == "of" and j == count.end and j + 1 < sent.end and self.like_num[j + 1]:
            count.end, count.noun_role = j + 1, "out of"  # "seven of 32 South Africans": the same part
        else:
            return False
        return True

    def _people_noun(self, count: _Count, j: int, sent: Span, ents: list[Span], norp: dict[int, Span]) -> None:
        """"86 people", "64 of its citizens", "57 people from Vietnam", "people of Chinese nationality"."""
        count.noun_role = gz.people_nouns().get(self.lower[j], "suspect" if self.lower[j] == "accused" else "")
        count.end = j + 1
        if self.lower[count.end - 2] in _POSSESSIVE and not count.nationality:
            count.nationality = self._possessive_owner(count, ents)  # "Indonesia brought home 64 of its citizens"
        elif (owner := self._citizens_taken_from(count, j, sent, norp)) is not None:
            count.came_from, count.nationality, count.end = True, owner, norp[j + 2].end  # "Kenya rescued 46 citizens from Myanmar"
        elif j + 2 < sent.end and self.lower[j + 1] in {"from", "of"} and (k := self._country_after(j + 2, sent, norp)) \
                and not self._listed(norp[k], sent) and not self._counted_after(norp[k], sent) \
                and not (self.lower[j + 1] == "from" and self._place_left(count, k, norp, sent)):  # type: ignore[attr-defined]
            # (not "60 people from Laos and 90 from Cambodia" parting the Nepalis told before: where they were)
            count.came_from = not count.nationality and self.lower[j + 1] == "from"
            count.nationality = count.nationality or norp[k].id_
            count.end = norp[k].end

    def _country_after(self, at: int, sent: Span, norp: dict[int, Span]) -> int:
        """Where the country or people after "of"/"from" at ``at - 1`` starts, past a "the" that opens
        a state's formal name ("9 citizens of the Kyrgyz Republic"); 0 where none does."""
        if at in norp:
            return at
        if self.lower[at] == "the" and at + 1 < sent.end and (at + 1) in norp and norp[at + 1].label_ == "COUNTRY":
            return at + 1
        return 0

    def _citizens_taken_from(self, count: _Count, j: int, sent: Span, norp: dict[int, Span]) -> str | None:
        """"Kenya has rescued 46 citizens from Myanmar", "the embassy rescued 14 nationals from
        Cambodia": a state's (or its body's) own citizens taken out of a country; the country after
        "from" is where they were. The code of the state that opens the sentence ("" for a body
        that names none), or None where the words are no such phrase."""
        if self.lower[j] not in {"citizens", "nationals"} or j + 2 >= sent.end or self.lower[j + 1] != "from" \
                or (j + 2) not in norp or norp[j + 2].label_ != "COUNTRY" or self._listed(norp[j + 2], sent):
            return None
        subject = next((e for e in self.ents if sent.start <= e.start < count.start), None)
        if subject is not None and subject.label_ == "COUNTRY" and subject.id_ != norp[j + 2].id_:
            return subject.id_
        lead = self.lower[sent.start:count.start]
        return "" if _STATE_SUBJECTS.intersection(lead) else None

    def _counted_after(self, country: Span, sent: Span) -> bool:
        """"150 foreigners from Ethiopia (95), Kenya (31) ...": the country has its own number in
        brackets after it, so it opens a list of peoples counted apart, no nationality of the whole."""
        k = country.end
        return k + 2 < sent.end and self.words[k] == "(" and self.like_num[k + 1] and self.words[k + 2] == ")"
