"""Noun phrases that carry a number of people or things ("57 South Korean nationals", "50 of the 64
Chinese", "a Thai man", "45 Indonesian passports"): where each starts and ends, its nationality, its
people noun or the thing it counts, and what the words around it tell of it. Read once per sentence
for the count rules (``counts``), which give each phrase its verb and its event."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import GOODS_VERBS, _COUNT_VERBS, _COUNTED_THINGS
from scamgraph.loaders.news.people_patterns import BREAKDOWN_VERBS
from scamgraph.loaders.news.each_counted import each_pair, each_second
from scamgraph.loaders.news.governing import _EVENT_PEOPLE
from scamgraph.loaders.news.sex_asides import sex_aside
from scamgraph.loaders.news.joined_modifiers import joined_modifier
from scamgraph.loaders.news.number_places import (LEARNERS, NUMBERED, SCHOOL_YEARS, among_the_counted, numbered_after,
                                                    part_of_a_whole)
from scamgraph.loaders.news.one_opening import ONE_AFTER_A_VERB, POSTS_OF, one_opening, past_school
from scamgraph.loaders.news.possessed_people import owned_people_noun
from scamgraph.loaders.news.sex_pairs import SEXES, joined_by_sex, paired_sex_noun
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import (
    PARTY_NOUNS,
    POSSESSIONS,
    _ABOUT,
    _BE,
    _PEOPLE_WORDS,
    _PHRASE_ENDS,
    _PLURAL_DEMONYMS,
    _QUOTES,
    _SUBSET_WORDS,
)
from scamgraph.loaders.news.written_numbers import WrittenNumbers
from scamgraph.model import RelType

#: Words that end a counted noun phrase before any noun: "45 in Phnom Penh", "12 and ...".
_PHRASE_STOPS = {"in", "at", "on", "and", "to", "by", "for", "along", "across", "near", "during", "through"}  # ("four operations along the Lao border")
_POSSESSIVE = {"its", "their", "our"}
#: Wholes written as words that make "N out of <whole>" a proportion, not a part of people told.
_RATE_BASES = frozenset({"ten", "hundred", "thousand"})
#: The articles that may open "a dozen" or "a Thai man" (one person) where no number is written.
_ARTICLES = frozenset({"a", "an"})
#: Things a demonym may describe after a number ("45 Indonesian passports", "four Vietnamese firms"):
#: the number counts them, no people
_OBJECTS = frozenset({"passport", "passports", "phones", "cards", "accounts", "firms", "companies", "websites",
                      "sim", "banks", "vessels", "boats", "vehicles", "licences", "licenses", "documents", "ids",
                      "permits", "visas", "papers", "numbers", "plates", "flags", "banknotes", "notes", "coins"})
#: Words naming the kind of a thing before its noun: "Lao identity cards", "Thai bank accounts"
_OBJECT_KINDS = frozenset({"identity", "id", "bank", "mobile", "sim", "credit", "debit", "travel", "national", "phone",
                           "identification", "registration", "work", "residence", "driving", "driver's"})


def _things_end(lower: list[str], at: int, end: int) -> int:
    """Where the things a demonym ending before ``at`` describes end ("passports", "identity cards"), or 0."""
    if at < end and lower[at] in _OBJECTS:
        return at + 1
    return at + 2 if at + 1 < end and lower[at] in _OBJECT_KINDS and lower[at + 1] in _OBJECTS else 0


#: What may follow a bare number done to people: "deported 3,900 to their countries", "freed 40 on Monday"
#: Nouns of acts done to people whose "of" and a bare number count them ("the deportation of 3,900")
_ACT_NOUNS_OF_PEOPLE = frozenset({"deportation", "repatriation", "rescue", "evacuation", "extradition"})
_AFTER_A_BARE_OBJECT = frozenset({"to", "back", "home", "on", "in", "from", ",", ".", ";", "and"})
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


#: Bodies that take their own citizens out of a country: "the government rescued 46 citizens from Myanmar"
_STATE_SUBJECTS = frozenset({"government", "embassy", "ministry", "consulate", "mission", "state"})
#: Acts counted by their plural noun right after a number, one person each: "resulting in 281 arrests"
ACTS_COUNTED = {"arrests": "arrested", "detentions": "detained", "deportations": "deported", "repatriations": "repatriated",
                "extraditions": "extradited"}
#: Carriers counted before "of" or a place: "two special flights of the air force", "three buses
#: from the border": vehicles, whoever they carry.
_CARRIERS = frozenset({"flights", "flight", "planes", "plane", "aircraft", "buses", "bus", "boats", "vans", "trucks",
                       "trips", "sorties", "aircrafts", "jets"})

#: Months' names: a number right after one and a comma is its day ("flew back on March, 14 has been ...")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec"})
#: Units of time: a number before one counts a span, never people ("three weeks after the US ...")
_SPANS_OF_TIME = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades", "nights"})

#: Units of size: a number before one measures a place, counts nothing ("a 12ha complex")
_MEASURES = frozenset({"ha", "hectare", "hectares", "acre", "acres", "sqm", "km", "km2", "kilometre", "kilometres",
                       "kilometer", "kilometers", "square", "metre", "metres", "meter", "meters", "storey", "story",
                       "storeys", "stories", "floors"})


class CountPhrases(WrittenNumbers):
    """The counted noun phrases of a sentence (mixed into the count rules, which supply the
    document's words and the reader's state, and the other rules these read: a nationality's
    place, a breakdown's whole, a person listed)."""

    ents: tuple[Span, ...]
    _hyphen_after: Callable[[Span], bool]
    _by_sex: Callable[[list[_Count]], list[_Count]]
    _place_reached: Callable[[int, int, dict[int, Span]], bool]
    _place_left: Callable[[_Count, int, dict[int, Span], Span], bool]
    _named_by_copula: Callable[[_Count, Span, dict[int, Span]], None]
    _group_told: Callable[[], str]
    _possessive_owner: Callable[[_Count, list[Span]], str]
    _listed: Callable[[Span, Span], bool]
    _apposed: Callable[..., Any]
    _breakdown: Callable[..., Any]
    _bare_subject: Callable[[_Count, Span], str]
    _whole_acted: Callable[..., Any]
    _one_listed: Callable[[int, Span, dict[int, Span]], _Count | None]

    def _count_phrases(self, sent: Span, ents: list[Span], written: list[DateMention]) -> list[_Count]:
        """Numbers of people or things, each read with its noun phrase in ``_read_noun``; the numbers
        inside date expressions (``written``) are not counts."""
        like_num, lower, after = self.like_num, self.lower, sent.start  # (after: where the last phrase read ends)
        # (most words are neither a number, nor "a dozen", nor "a Thai man", nor "arrested the Thai owner of":
        # only the others are visited, and a sentence with none has no count)
        openings = [i for i in range(sent.start, sent.end) if like_num[i] or lower[i] in _ARTICLES
                    or lower[i] == "the" and lower[i - 1] in _COUNT_VERBS or lower[i] == "both" and self._both_people(i, sent)]
        if not openings:
            return []
        norp = {i: e for e in ents if e.label_ in {"NORP", "COUNTRY"} and not self._hyphen_after(e)
                for i in range(e.start, e.end)}
        dated = {i for d in written for i in self._tokens_within(d, sent)}
        self._dated_now = dated
        phrases: list[_Count] = []
        for k in openings:
            if k < after:
                continue
            if self._both_people(k, sent):  # "both men were charged": two
                count = _Count(2, k, k + 1)
                self._read_noun(count, sent, ents, norp, phrases)
                after = self._settle(count, k + 1, sent, ents, norp, phrases)
                continue
            if not like_num[k] and not self._a_dozen(k, sent.end):  # (what _number_at would say first)
                one = self._one_person(k, sent, norp)
                if one is not None:
                    phrases.append(one)
                continue
            number, end = self._number_at(k, sent.end)
            if number is None or k in dated or self.doc[k].ent_type_ in {"PERSON", "AGENCY", "ORG", "SITE"} \
                    or k > sent.start and self.lower[k - 1] in NUMBERED or self._school_year(k, end, sent) \
                    or self._day_after_month(k, sent) \
                    or numbered_after(self.lower, self.like_num, k, sent.start):
                continue
            if end + 2 < sent.end and self.words[end] == "(" and self.words[end + 2] == ")" and like_num[end + 1] \
                    and self._number_at(end + 1, end + 2)[0] == number:
                end += 3  # "Thirty-two (32) Sierra Leoneans": the number written again in figures
            if end < sent.end and self.words[end] == "+" and not self.doc[end - 1].whitespace_:
                end += 1  # "300+ Vietnamese": at least that many, counted as told
            count = _Count(number, k, end)
            self._read_noun(count, sent, ents, norp, phrases)
            after = max(self._settle(count, end, sent, ents, norp, phrases), each_second(self.lower, phrases, count, norp, sent))
        return self._by_sex(joined_by_sex(self.lower, phrases))

    def _tokens_within(self, date: DateMention, sent: Span) -> range:
        """The sentence's tokens that start inside the date's text, found by bisection: the offsets
        in ``idx`` only grow, so they are one run (as a scan of every token would find them)."""
        first = bisect_left(self.idx, date.start, sent.start, sent.end)
        return range(first, bisect_left(self.idx, date.end, first, sent.end))

    def _both_people(self, k: int, sent: Span) -> bool:
        """"both men", "both suspects": two people (not "both Thai and Lao police", "both of them")."""
        return self.lower[k] == "both" and k + 1 < sent.end and self.lower[k + 1] in _PEOPLE_WORDS \
            and self.lower[k + 1] not in POSSESSIONS

    def _day_after_month(self, k: int, sent: Span) -> bool:
        """"flew back on March, 14 has been arrested": a day of the month written in figures after
        its month and a stray comma (not "In June, four more suspects were held")."""
        return k - 2 >= sent.start and self.lower[k - 1] == "," and self.lower[k - 2] in _MONTHS \
            and self.words[k].isdigit() and int(self.words[k]) <= 31 and self.lower[k - 3:k - 2] != ["in"]

    def _school_year(self, k: int, end: int, sent: Span) -> bool:
        """"a senior three student", "grade 5 pupils": the number names their year at school; "aged
        between 18 and 35", "aged 20 to 40", "between the ages of 18 and 30": both ends of an age range are ages."""
        if k > sent.start and self.lower[k - 1] in SCHOOL_YEARS and end < sent.end and self.lower[end] in LEARNERS:
            return True
        j = k - 1
        while j - 1 > sent.start and self.lower[j] in {"and", "to", "-", ","} and self.like_num[j - 1]:
            j -= 2  # the range's upper end, or a later age of a list ("aged 19, 22 and 25"): the first one's word decides
        if j >= sent.start and self.lower[j] == "between":
            j -= 1
        return j >= sent.start and (self.lower[j] == "aged" or self.lower[j] == "of" and self.lower[j - 1] in {"ages", "age"})

    def _read_noun(self, count: _Count, sent: Span, ents: list[Span], norp: dict[int, Span], phrases: list[_Count]) -> None:
        """The noun phrase after a number: its nationality, its people noun or the thing counted."""
        j = limit = count.end  # (the end of the number: the phrase is read at most six words past it)
        while j < sent.end and j < limit + 6:
            word = self.lower[j]
            if word in _SPANS_OF_TIME:
                return  # "more than three weeks after the US indicted X": a span of time, no people
            if j == limit and self._owned_people(count, j, sent, ents, norp):
                return  # "41 of Zorvania's citizens", "41 Zorvania's citizens": 41 Zorvanian citizens
            if j == limit and (word in _MEASURES or word == "-" and self.lower[j + 1:j + 2] != [] and self.lower[j + 1] in _MEASURES):
                count.thing, count.end = "objects", j + 1  # "a 12ha complex", "the 12-hectare compound": a size
                return
            if j == limit and word in ACTS_COUNTED and self.lower[j + 1:j + 2] == ["of"] and j + 2 in norp \
                    and norp[j + 2].label_ == "NORP":
                count.nationality = norp[j + 2].id_  # "40 arrests of Chinese nationals": the people were Chinese
            if j == limit and word in ACTS_COUNTED:
                count.end, count.noun_role = j + 1, "acts"  # "resulting in 281 arrests": 281 people arrested
                return
            if word in _QUOTES or word in _COUNT_VERBS and word.endswith("ed") and j + 1 < sent.end \
                    and (j + 1 in norp or self.lower[j + 1] in _PEOPLE_WORDS and _COUNT_VERBS[word][0] is not RelType.CHARGED):
                if word not in _QUOTES:
                    count.done_to = j
                j += 1  # 'rescuing 215 "victims"', "45 trafficked Indonesians", "the 200 rescued workers": the phrase goes on
                # ("Four convicted accomplices": the court's word stays their act, read as before)
                continue
            if j in norp and (self._place_reached(count.end, j, norp) or self._place_left(count, j, norp, sent)):
                return  # "800 entering Thailand", "2,265 from Cambodia" (Indians): where the people went or were
            if j in norp and (things := _things_end(self.lower, norp[j].end, sent.end)):
                count.thing, count.end = "objects", things  # "seized 45 Indonesian passports", "58 Lao identity cards": things
                return
            if word == "foreign" and self.lower[j + 1:j + 2] == ["and"] and j + 2 in norp and norp[j + 2].start == j + 2:
                count.nationality, count.mixed = "", True  # "64 foreign and Filipino workers": no one's count
                j = norp[j + 2].end
                continue
            if j in norp:
                j = self._demonym_in_phrase(count, j, sent, norp)
                if j < 0:
                    return
                continue
            if word in _COUNTED_THINGS and not count.nationality:
                if word != "countries" or self._from_before(count.start, sent.start):
                    count.thing, count.end = _COUNTED_THINGS[word], j + 1  # not "talks between the two countries"
                return
            if word in _CARRIERS or j == limit and word in PARTY_NOUNS:
                count.thing, count.end = "objects", j + 1  # "with two special flights of the air force": no people
                return  # ("handed two groups of Malaysians to ...": how many parties, not how many people)
            if self._part_words(count, j, sent, phrases):
                self._named_by_copula(count, sent, norp)  # "25 of them were Nepali"
                return
            if word == "more" and (j + 1 in norp or j + 2 in norp and self._noun_at(j + 1, sent.end)
                                   or j + 1 < sent.end and self.lower[j + 1] in _PEOPLE_WORDS):
                j += 1  # "200 more (overseas) Indonesian citizens", "40 more people": the words after "more" name them
                continue
            if word in _PEOPLE_WORDS or word in gz.people_nouns() or self._the_accused(count, j) or self._its_own(j, sent) \
                    or j == count.end and paired_sex_noun(self.lower, self.like_num, j):  # "12 males and 9 females"
                self._people_noun(count, j, sent, ents, norp)
                return
            if joined_modifier(self.lower, self.words, self.like_num, j, count.end, sent.end):
                j += 1  # "214 fraud and gambling suspects": the noun phrase goes on
                continue
            if not self.words[j].isalpha() or word in _BE or word in _COUNT_VERBS or word in _PHRASE_STOPS \
                    or self.like_num[j] or word == "with":  # "127 arrests of four nationalities": its own noun; "300 with Lao the most": a share
                return
            if word == "from" and (j > count.end or not any(k in norp for k in range(j + 1, j + 4))):
                return  # 'the rescue of 47 "cyber slaves" from Myanmar': where they were, read no further
                # ("freed 310 from the same compounds": people; "seven from Uganda", "50 from the Chinese
                # mainland" read on to the people)

            j += 1

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
                count.end = after  # "41 Chinese and Taiwanese and three Vietnamese": the pair's number ends there
                return -1
            return after
        if nxt not in _PEOPLE_WORDS and nxt not in gz.people_nouns() \
                and (ent.text.lower() in _PLURAL_DEMONYMS or not self._noun_at(j, sent.end)):
            count.end = j  # "29 Chinese", "13 Nepalese,", not "29 Chinese nationals"
            return -1
        return j

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

    def _acted_on_bare(self, k: int, end: int, sent: Span) -> bool:
        """A number with no noun right after a verb done to people ("and deported 3,900 to their
        countries of origin"), before a preposition or the clause's end."""
        verb = self.lower[k - 1]
        if verb == "of" and k - 2 >= sent.start and self.lower[k - 2] in _ACT_NOUNS_OF_PEOPLE:
            verb = self.lower[k - 2]  # "and the deportation of 3,900 to their countries of origin"
        return verb in _COUNT_VERBS and _COUNT_VERBS[verb][0] is not None and verb not in GOODS_VERBS \
            and (end >= sent.end or self.lower[end] in _AFTER_A_BARE_OBJECT)

    def _settle(self, count: _Count, end: int, sent: Span, ents: list[Span], norp: dict[int, Span],
                phrases: list[_Count]) -> int:
        """What the words after the phrase and the phrases before tell of it; keeps it when it is a
        count; the position to read on from."""
        k = count.start
        if self._scale_of_an_amount(count.start):
            return end  # "transferred HK$25 million": money, the scale word of an amount the tokenizer kept whole
        if self._paired_respectively(end, sent.end):
            return end  # "the Malaysians and Indonesians with 64 and 51 respectively": each number some item's, unread
        if not count.thing:
            self._apposed(count)
        if not count.nationality and not count.thing:
            self._breakdown(count, norp, sent.end)
        if not count.nationality and self.lower[count.end - 1] in {"nationals", "citizens"} \
                and "other" in self.lower[count.start:count.end] and "foreign" not in self.lower[count.start:count.end] \
                and phrases and phrases[-1].nationality:  # (not "30 Indonesians and 4 other foreign nationals")
            count.nationality = phrases[-1].nationality  # "22 Vietnamese nationals ..., along with four other citizens"
        if not count.nationality and self.lower[count.end - 1] in {"nationals", "citizens"} \
                and self.lower[count.end - 2] != "foreign" and self.lower[count.end - 2] not in _POSSESSIVE:  # (its owner is read apart)
            # "South Korea has repatriated 50 of the 64 nationals": its nationals
            count.nationality = next((e.id_ for e in ents if e.label_ in {"COUNTRY", "NORP"} and e.end <= k), "")
        # ("Among the 92 citizens, | 20 were rescued": the only count before is the opening's own)
        opening = self.lower[sent.start]
        if opening == "according" and "," in self.lower[sent.start:k]:  # ("According to the paper, among the 90 ...")
            opening = self.lower[sent.start + self.lower[sent.start:k].index(",") + 1]
        if count.end == end and not count.thing and (not phrases or opening in {"among", "of"}
                                                     and all("," in self.lower[p.end:k] for p in phrases)) \
                and (code := self._bare_subject(count, sent)):
            count.nationality = code  # "Four had been detained": the people counted just before
            phrases.append(count)
            return end
        if count.end == end and not count.thing and self._verb_follows(end, sent.end, _opens_on_a_part(self.lower, sent.start, k)) \
                and not (phrases and phrases[-1].noun_role == "of" and phrases[-1].end == k):  # (not "Ten of the 111 were")
            count.nationality = phrases[-1].nationality \
                if phrases and not among_the_counted(self.lower, self.like_num, k, sent.start) else ""
            phrases.append(count)  # "..., 50 were repatriated": those before (not "Six Zorvanians among 320 freed":
            return end  # the whole they are part of, of no one nationality)
        if count.end == end and not count.thing and phrases and k > sent.start and self._acted_on_bare(k, end, sent):
            count.nationality = phrases[-1].nationality  # "arrested 4,200 suspects ... and deported 3,900 to their
            phrases.append(count)  # countries": the people of the count before, some of them sent on
            return end
        if count.end == end and not count.thing and phrases and phrases[-1].nationality and self._further_group(k, sent):
            count.nationality = phrases[-1].nationality  # "27 Chinese on Monday and another 13 on Tuesday": more of them
            phrases.append(count)
            return end
        if count.noun_role == "of" and count.end + 1 < sent.end and self.lower[count.end] in _COUNT_VERBS \
                and self.lower[count.end + 1] in gz.people_nouns():
            count.end += 1  # "Six of the detained suspects were arrested": the participle is the whole's, the verb the part's
        if count.noun_role == "of" and count.end < sent.end and not self.like_num[count.end - 1] \
                and (self.lower[count.end] in gz.people_nouns() or self.lower[count.end] in _EVENT_PEOPLE):
            # "repatriated 87 of the workers": the "Indonesian workers" told before
            count.nationality, count.end = self._told_with(self.lower[count.end], count.start), count.end + 1
            if not count.nationality and self.lower[count.end - 1] in _EVENT_PEOPLE:
                self._breakdown(count, norp, sent.end)  # "40 of the deportees were Thai nationals"
        if count.noun_role == "of" and not count.nationality and count.end in norp and norp[count.end].start == count.end \
                and norp[count.end].label_ == "NORP" and self.lower[count.end - 1] == "the":
            ent = norp[count.end]  # "Some 200 of the Chinese suspects were flown to Kunming": Chinese, a part of them
            count.nationality = ent.id_
            count.end = ent.end + (ent.end < sent.end and (self.lower[ent.end] in gz.people_nouns()
                                                          or self.lower[ent.end] in _PEOPLE_WORDS))
        if phrases and phrases[-1].noun_role == "of" and not phrases[-1].nationality:
            phrases[-1].nationality = count.nationality
        if k - 3 >= sent.start and self.lower[k - 3:k] == ["one", "of", "the"] and count.nationality and count.value > 1 \
                and not (phrases and phrases[-1].end > k - 3):
            phrases.append(_Count(1, k - 3, k, nationality=count.nationality, noun_role="of"))  # "one of the four Chinese"
        if phrases and phrases[-1].noun_role == "of" and phrases[-1].end == k and self.lower[k - 1] == "the" \
                and phrases[-1].value < count.value and not self._whole_acted(count, sent):
            count.noun_role = "whole"  # "Two of the five Chinese were charged": the five are not the ones charged
        if part_of_a_whole(self.lower, k, sent.start) and not (self._whole_acted(count, sent) and not _BE.isdisjoint(
                self.lower[count.end + 1:sent.end])):  # ("the rest of 15 Thais returned": the part's own verb)
            count.noun_role = "part of"  # "The last of 15 Thais were rescued": a part of the 15, uncounted
        if phrases and phrases[-1].noun_role == "out of" and phrases[-1].end == k and self._whole_acted(count, sent):
            phrases[-1].noun_role = ""  # "45 of 59 individuals deported ...": the participle is the whole's
        elif phrases and phrases[-1].noun_role == "out of" and phrases[-1].end == k:
            phrases[-1].nationality = phrases[-1].nationality or count.nationality
            count.noun_role = "whole"  # "13 out of 17 Sri Lankans ... were rescued": the 17 are not the ones rescued
            if self.lower[k] in _RATE_BASES or self.lower[k - 1] == "every":
                phrases[-1].noun_role = "whole"  # "Four out of ten Thais": a proportion, no people counted
        ranked = count.nationality and self._matches.apposed.get(k, ("",))[0] == "RANKED"  # type: ignore[attr-defined]
        # ("followed by Ugandans, 96": the number alone, its people named before it)
        if count.end > end or count.thing or ranked:
            if count.nationality:
                self.last_nationality = count.nationality
            phrases.append(count)
            return max(count.end, k + 1)
        return end

    #: Tokens of the date expressions of the sentence being read
    _dated_now: set[int] = set()

    def _subject_of_next_clause(self, ent: Span, sent: Span) -> bool:
        """"Laos deported 200 Chinese and | Myanmar deported 300 Thais": a country after "and" with a
        verb of its own opens the next clause; it pairs with no demonym before it."""
        return ent.label_ == "COUNTRY" and ent.end < sent.end \
            and (self.lower[ent.end] in _COUNT_VERBS or self.lower[ent.end] in _BE or self.lower[ent.end] in {"has", "had"})

    def _further_group(self, k: int, sent: Span) -> bool:
        """"... and another | a further | an additional 13 on Tuesday": a number with no noun that adds
        a group, on a day of its own, to the people the sentence counted before it."""
        j = k - 1
        if j <= sent.start or self.lower[j] not in {"another", "further", "additional"}:
            return False
        j -= 1 + (self.lower[j - 1] in {"a", "an"})
        own_day = any(i in self._dated_now for i in range(k + 1, min(sent.end, k + 4)))  # "another 13 on Tuesday"
        return own_day and j >= sent.start and self.lower[j] in {"and", ","}

    def _told_with(self, noun: str, before: int) -> str:
        """The nationality of the last demonym told right before ``noun`` ahead of ``before``."""
        return next((e.id_ for e in reversed(self.ents) if e.end < before and e.label_ == "NORP"
                     and e.end < len(self.lower) and self.lower[e.end] == noun), "")

    def _from_before(self, k: int, start: int) -> bool:
        """"people from (more than) 20 countries": the countries are where the people counted are
        from (not "police from three countries", nor "talks between the two countries")."""
        k -= 1
        while k > start and self.lower[k] in _ABOUT:
            k -= 1
        people = self.lower[k - 1] if k > start else ""
        return self.lower[k] == "from" and (people in _PEOPLE_WORDS or people in gz.people_nouns()) \
            and people not in POSSESSIONS  # ("210 passports from nine countries": papers, not people)

    def _one_person(self, k: int, sent: Span, norp: dict[int, Span]) -> _Count | None:
        """"charging a Cambodian national", "arrested a Thai man": one person of that nationality."""
        if k == sent.start or k == self._past_dateline(sent):
            return one_opening(self.lower, k, sent, norp, k)  # "A Thai man was freed": the subject
        if self.lower[k] == "the" and k + 1 in norp and norp[k + 1].start == k + 1 \
                and self.lower[norp[k + 1].end:norp[k + 1].end + 2] in ([p, "of"] for p in POSTS_OF) \
                and self.lower[k - 1] in _COUNT_VERBS:  # "arrested the Chinese manager of a casino"
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
        aged = k + 1 < sent.end and self.like_num[k + 1] and self.lower[k + 2:k + 6] == ["-", "year", "-", "old"]
        at = k + 6 if aged else k + 1  # "a 29-year-old Thai man"
        at += not aged and at < sent.end and self.lower[at] in _ORDINAL_ONES  # "rescued a second Japanese teenager"
        at += at < sent.end and self.lower[at] in _ONES_STATE  # "rescued a captive Korean man"
        if at not in norp or norp[at].start != at:
            return None
        told = self.lower[k - 1] in _COUNT_VERBS and self.lower[k - 1] not in GOODS_VERBS or self.lower[k - 1] == "and" and bool(
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
        listed = self.lower[k - 1] in {"and", ","} and k - 2 > sent.start and self.doc[k - 2].ent_type_ == "NORP" \
            and end < sent.end and self.lower[end] in _AFTER_A_LISTED_ONE  # "11 Nigerians and a Liberian in ..."
        if listed:
            return _Count(1, k, end, nationality=norp[at].id_)
        if end >= sent.end or self.lower[end] not in ONE_AFTER_A_VERB:
            return None
        return _Count(1, k, end + 1, nationality=norp[at].id_)

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

    def _noun_at(self, k: int, limit: int) -> bool:
        """A common noun goes on the phrase at ``k`` ("Thai police"); a comma, "and" or a verb ends it."""
        if k >= limit or not self.words[k].isalpha() or not self.words[k].islower():
            return False
        return self.lower[k] not in _BE and self.lower[k] not in _COUNT_VERBS and self.lower[k] not in _PHRASE_ENDS

    def _scale_of_an_amount(self, k: int) -> bool:
        """The word at ``k`` is "million" (or another scale) right after an amount written in one
        token with its currency ("HK$25", "RM3"): no number of people of its own."""
        before = self.words[k - 1] if k > 0 else ""
        return self.lower[k] in _SCALES and any(ch.isdigit() for ch in before) \
            and any(ch.isalpha() or ch in "$€£¥₱฿₫₩" for ch in before)  # (not "1.3 billion")

    def _paired_respectively(self, k: int, limit: int) -> bool:
        """The numbers from ``k`` on run, past "and" and commas, into "respectively" (within eight words)."""
        for j in range(k, min(limit, k + 8)):
            if self.lower[j] == "respectively":
                return True
            if not (self.like_num[j] or self.lower[j] in {",", "and", "%", "per", "cent", "percent"}):
                return False
        return False

    def _verb_follows(self, k: int, limit: int, part: bool = False) -> bool:
        """A verb of an act follows the number at ``k``; in a part of the people told before ("Among
        them, 18 had already returned") "already" tells what befell that part, no tally."""
        aside = sex_aside(self.lower, self.like_num, k, limit)
        if aside and aside.start == k:
            k = aside.stop  # "48 – including seven women – were charged"
        while k < limit and (self.lower[k] in _BE or self.lower[k] in _BEFORE_THE_VERB or part and self.lower[k] == "already"):
            k += 1  # ("72 had previously been detained")
        return k < limit and self.lower[k] in _COUNT_VERBS and _COUNT_VERBS[self.lower[k]][0] is not None

#: Words that scale a number: "25 million"
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})
#: Adverbs between a bare number's auxiliary and its verb: "had previously been detained"
_BEFORE_THE_VERB = frozenset({"previously", "earlier", "also", "later", "then", "all", "subsequently"})  # (not "already": a tally)
#: Words that open a sentence on a part of the people told before: "Among them, 18 ...", "Of the 30, 25 ..."
_PART_OPENINGS = frozenset({"among", "of"})


def _opens_on_a_part(lower: list[str], start: int, k: int) -> bool:
    """The number at ``k`` follows a short opening that parts the people told before and a comma
    ("Among them, | 18", "Of the 30, | 25"), not a tally of its own ("So far, 300 had already ...")."""
    return k - start <= 5 and lower[start] in _PART_OPENINGS and k - 1 > start and lower[k - 1] == ","


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
