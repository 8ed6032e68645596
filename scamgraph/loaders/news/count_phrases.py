"""Noun phrases that carry a number of people or things ("57 South Korean nationals", "50 of the 64
Chinese", "a Thai man", "45 Indonesian passports"): where each starts and ends, its nationality, its
people noun or the thing it counts, and what the words around it tell of it. Read once per sentence
for the count rules (``counts``), which give each phrase its verb and its event.

Read apart: the noun a phrase ends on and whose people it names (``counted_nouns.py``), people
counted with no number written (``unnumbered_people.py``), a number with no noun whose people are
told around it (``nounless_counts.py``), and numbers that count no people (``uncounted_numbers.py``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import _COUNTED_THINGS, _COUNT_VERBS
from scamgraph.loaders.news.counted_nouns import _POSSESSIVE, CountedNouns
from scamgraph.loaders.news.each_counted import each_second
from scamgraph.loaders.news.governing import _EVENT_PEOPLE
from scamgraph.loaders.news.joined_modifiers import joined_modifier
from scamgraph.loaders.news.nounless_counts import NounlessCounts, _opens_on_a_part
from scamgraph.loaders.news.number_places import NUMBERED, among_the_counted, numbered_after, part_of_a_whole
from scamgraph.loaders.news.sex_pairs import joined_by_sex, paired_sex_noun
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.uncounted_numbers import _MEASURES, _SPANS_OF_TIME, UncountedNumbers, _things_end
from scamgraph.loaders.news.unnumbered_people import UnnumberedPeople
from scamgraph.loaders.news.written_numbers import age_words
from scamgraph.loaders.news.words import _ABOUT, _BE, _PEOPLE_WORDS, _QUOTES, PARTY_NOUNS, POSSESSIONS
from scamgraph.model import RelType

#: Words that end a counted noun phrase before any noun: "45 in Phnom Penh", "12 and ...".
_PHRASE_STOPS = {"in", "at", "on", "and", "to", "by", "for", "along", "across", "near", "during", "through"}  # ("four operations along the Lao border")
#: Wholes written as words that make "N out of <whole>" a proportion, not a part of people told.
_RATE_BASES = frozenset({"ten", "hundred", "thousand"})
#: The articles that may open "a dozen" or "a Thai man" (one person) where no number is written.
_ARTICLES = frozenset({"a", "an"})


#: Acts counted by their plural noun right after a number, one person each: "resulting in 281 arrests"
ACTS_COUNTED = {"arrests": "arrested", "detentions": "detained", "deportations": "deported", "repatriations": "repatriated",
                "extraditions": "extradited"}
#: Carriers counted before "of" or a place: "two special flights of the air force", "three buses
#: from the border": vehicles, whoever they carry.
_CARRIERS = frozenset({"flights", "flight", "planes", "plane", "aircraft", "buses", "bus", "boats", "vans", "trucks",
                       "trips", "sorties", "aircrafts", "jets"})


#: How far past the whole's participle its copula may stand ("arrested in the east of Lorvia on Friday were")
_PAST_THE_ACT = 10


class CountPhrases(UnnumberedPeople, CountedNouns, NounlessCounts, UncountedNumbers):
    """The counted noun phrases of a sentence (mixed into the count rules, which supply the
    document's words and the reader's state, and the other rules these read: a nationality's
    place, a breakdown's whole, a person listed)."""

    ents: tuple[Span, ...]
    _hyphen_after: Callable[[Span], bool]
    _by_sex: Callable[[list[_Count]], list[_Count]]
    _place_reached: Callable[[int, int, dict[int, Span]], bool]
    _place_left: Callable[[_Count, int, dict[int, Span], Span], bool]
    _named_by_copula: Callable[[_Count, Span, dict[int, Span]], None]
    _among_them_after: Callable[[_Count, Span], None]
    _share_told: Callable[[_Count], None]
    _apposed: Callable[..., Any]
    _breakdown: Callable[..., Any]
    _bare_subject: Callable[[_Count, Span], str]
    _whole_acted: Callable[..., Any]

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
            elif self._rough_suffix(end, sent.end):
                end += 2  # "300-plus Vietnamese", "40-odd Thais": about that many, counted as told
            count = _Count(number, k, end)
            self._read_noun(count, sent, ents, norp, phrases)
            after = max(self._settle(count, end, sent, ents, norp, phrases), each_second(self.lower, phrases, count, norp, sent))
        return self._by_sex(joined_by_sex(self.lower, phrases))

    def _whole_of_the_part_before(self, count: _Count, phrases: list[_Count]) -> bool:
        """The count is the larger whole right after "N of the" ("Forty of the | 52 deported suspects")."""
        return bool(phrases) and phrases[-1].noun_role == "of" and phrases[-1].end == count.start \
            and self.lower[count.start - 1] == "the" and phrases[-1].value < count.value

    def _part_named_past_the_act(self, end: int, sent: Span, norp: dict[int, Span]) -> str:
        """The one people the copula names after the whole's participle and its place or day ("of the 52
        people | arrested in Lorvia on Friday were Chinese"); "" where no participle follows the whole, a
        comma or number comes first, or the copula names more than one people."""
        if end >= sent.end or not (self.lower[end].endswith("ed") and self.lower[end] in _COUNT_VERBS):
            return ""
        for j in range(end + 1, min(sent.end - 1, end + _PAST_THE_ACT)):
            if self.lower[j] in {",", ";"} or self.like_num[j] or self.lower[j] in _COUNT_VERBS:
                return ""
            if self.lower[j] in {"were", "are"}:
                ent = norp.get(j + 1)
                if ent is None or ent.start != j + 1 or ent.end in norp \
                        or ent.end + 1 in norp and self.lower[ent.end] in {"and", "or", ","}:
                    return ""  # (none named, or "were Chinese and Thai": a mix, no one people's part)
                return ent.id_
        return ""

    def _rough_suffix(self, end: int, limit: int) -> bool:
        """"-plus" or "-odd" joined to the number that ends at ``end`` ("300-plus", "40-odd")."""
        return end + 1 < limit and self.words[end] == "-" and self.lower[end + 1] in {"plus", "odd"} \
            and not self.doc[end - 1].whitespace_ and not self.doc[end].whitespace_

    def _tokens_within(self, date: DateMention, sent: Span) -> range:
        """The sentence's tokens that start inside the date's text, found by bisection: the offsets
        in ``idx`` only grow, so they are one run (as a scan of every token would find them)."""
        first = bisect_left(self.idx, date.start, sent.start, sent.end)
        return range(first, bisect_left(self.idx, date.end, first, sent.end))


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
            if j == limit and self.like_num[j] and (aged := age_words(self.lower, j)):
                j = limit = j + 1 + aged  # "three 25-year-old Vietnamese men": their age, then the people the three
                continue  # are (read from there as right after the number)
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
            if j == limit and (things := _things_end(self.lower, j, sent.end) or (j + 1 if word in POSSESSIONS else 0)) \
                    and not (things < sent.end and self._people_word(things)):  # (not "11 money mules": people)
                count.thing, count.end = "objects", things  # "120 passports of Indonesian workers", "40 bank books of
                return  # Thai victims": the people's things, counted; the people after "of" are not
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
            self._share_told(count)  # "Chinese nationals accounted for 19"
            self._among_them_after(count, sent)  # "Two Chinese nationals were among them."
        if not count.nationality and not count.thing:
            self._breakdown(count, norp, sent.end)
            if self._whole_of_the_part_before(count, phrases):
                code = count.nationality or self._part_named_past_the_act(count.end, sent, norp)
                phrases[-1].nationality, count.nationality = phrases[-1].nationality or code, ""  # "Forty of the 52
                # deported suspects were Chinese", "40 of the 52 people arrested on Friday were Chinese": the copula
                # tells the forty, the part, never the whole
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
        if count.end == end and not count.thing and phrases and self._dated_batch(k, sent):
            count.nationality = phrases[-1].nationality  # "38 Thais on July 4 and 95 on July 11": more of them
            phrases.append(count)
            return end
        if count.noun_role == "of" and count.end + 1 < sent.end and self.lower[count.end] in _COUNT_VERBS \
                and self.lower[count.end + 1] in gz.people_nouns():
            count.end += 1  # "Six of the detained men were charged": the participle is the whole's, the verb the part's
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
        ranked = count.nationality and self._matches.apposed.get(k, ("",))[0] in {"RANKED", "IN_DASHES", "SHARE"}  # type: ignore[attr-defined]
        # ("followed by Ugandans, 96", "Chinese – 45, Thai – 6", "Thais numbered 31": the number alone, its
        # people named before it)
        if count.end > end or count.thing or ranked:
            if count.nationality:
                self.last_nationality = count.nationality
            phrases.append(count)
            return max(count.end, k + 1)
        return end

    #: Tokens of the date expressions of the sentence being read
    _dated_now: set[int] = set()


    def _people_word(self, k: int) -> bool:
        """The word at ``k`` names people ("mules", "holders", "workers")."""
        return self.lower[k] in _PEOPLE_WORDS or self.lower[k] in gz.people_nouns()

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


