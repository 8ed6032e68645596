"""Compiled patterns for noun phrases of people by nationality that the number reader does not
close by itself: the nationality told after the noun ("45 people, all Chinese", "209 foreigners,
73 of them South Koreans") and people told with no number at all, as the object or the passive
subject of the verb that governs them ("deported the Chinese suspects", "Thai nationals were rescued").

The patterns run once per document; the readers ask them by token position. The patterns
themselves are kept as data in ``people_patterns``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from scamgraph.loaders.news.people_patterns import (
    _ACTS,
    _BACK_DOERS,
    _RANKED_LEADS,
    _RANKING,
    _RELATIVE,
    _REPORTING,
    _WHOLE,
    BREAKDOWN_VERBS,
    SHARE_ANCHORS,
    TABLE_MARKS,
    TABLE_ROW_ENDS,
    _patterns,
)
from scamgraph.loaders.news.words import PARTY_NOUNS, things_of
from scamgraph.loaders.nlp.pattern_words import matchable, required_words
from scamgraph.loaders.nlp.sentences import token_lowers, token_texts
from scamgraph.loaders.numbers import written_year

#: Words after a number that make it a rate, no people: "Chinese accounted for 60 percent"
_RATES = frozenset({"percent", "%", "per", "pc", "percentage"})
#: Words that join a nationality to the one before it: then no single nationality is everyone's.
_JOINING = {"and", "or", "/", "&"}
#: Words that may follow people named by a plural demonym: no noun of their own.
_AFTER_PEOPLE = {"and", "or", "on", "in", "at", "from", "who", "to", "for", "after", "during", "with", "were", "was",
                 "across", "near", "inside", "last", "this", "earlier", "later", "by"}


#: The patterns of each matcher, by the word one of which every match holds: a verb of what was
#: done to people (OBJECT, OBJECT_PLURAL, SUBJECT, AMONG), a word of apposition ("all" of ALL_OF, "them" of
#: PART_OF, the bracket of IN_BRACKETS), or an opening word referring back (TOLD_AGAIN, PARTS_NEXT).
_GROUPS = {"acts": frozenset({"OBJECT", "OBJECT_PLURAL", "SUBJECT", "AMONG"}),
           "apposed": frozenset({"ALL_OF", "PART_OF", "IN_BRACKETS", "BY_SEX", "IN_DASHES", "SHARE", "PART_OPENING"}),
           "opening": frozenset({"TOLD_AGAIN", "TOLD_AGAIN_OBJECT", "TOLD_AGAIN_FACING", "PARTS_NEXT", "PARTS_RELATIVE"}),
           "reported": frozenset({"TOLD_AGAIN_REPORTED"}),
           "ranked": frozenset({"RANKED", "RANKING"})}


@lru_cache(maxsize=1024)  # (one Matcher per set of patterns a sentence keeps; bounded for long runs)
def _matcher(vocab: Vocab, group: str, kept: tuple[int, ...]) -> Matcher:
    """The patterns of one group that can match a sentence (``kept``: their places in the group, as
    ``_needs`` lists them). Each group runs only on the sentences holding one of its words, and a
    Matcher pays for every pattern on every token it reads; a pattern left out could have found
    nothing there, so the matches and their order are the full group's."""
    matcher = Matcher(vocab)
    at = 0
    for name, patterns in _patterns().items():
        if name in _GROUPS[group]:
            own = [pattern for k, pattern in enumerate(patterns, at) if k in kept]
            at += len(patterns)
            if own:
                matcher.add(name, own, greedy="LONGEST")
    return matcher


@dataclass
class PeopleMatches:
    """What the patterns found in one document, by the position the count reader asks about."""

    apposed: dict[int, tuple[str, str, int]] = field(default_factory=dict)  # position -> (kind, nationality, end)
    uncounted: list[tuple[int, int, str, int]] = field(default_factory=list)  # (start, end, nationality, verb)
    told_again: dict[int, int] = field(default_factory=dict)  # sentence start -> its verb
    reported: dict[int, int] = field(default_factory=dict)  # sentence start -> where its reported subject opens
    parts_next: set[int] = field(default_factory=set)  # starts of sentences that break down the count before
    relative: set[int] = field(default_factory=set)  # those of them whose breakdown is a relative clause
    unnamed: set[int] = field(default_factory=set)  # those of them naming no whole: "By nationality, ...", a ranking


@lru_cache(maxsize=4)
def _anchor_words(group: str) -> frozenset[str]:
    """Words one of which every pattern of a group holds (in lower case): the verb of OBJECT,
    OBJECT_PLURAL and SUBJECT ("acts"); the "all" of ALL_OF, the "them" or "those" of PART_OF, the bracket
    of IN_BRACKETS, the "be" of "believed to be" ("apposed"); the verb of TOLD_AGAIN, the "included" of PARTS_NEXT ("opening":
    its "Among them" needs none, it opens with it)."""
    if group == "opening":
        return frozenset([*_ACTS, *BREAKDOWN_VERBS, "consisted", "consist", "consists", "composed", "made", "comprising",
                          "consisting",
                          "nationality", "nationalities", "were", "are", "face", "faces"])
    if group == "acts":
        return frozenset([*_ACTS, "handed", "hands"])
    if group == "reported":  # (the verb of saying before the subject told again)
        return _REPORTING
    if group == "ranked":  # (a sentence holding none of _RANKING is never a candidate: see ``_candidates``)
        return _RANKING | frozenset([*_RANKED_LEADS, ","])
    return frozenset([*_WHOLE, "them", "those", "(", "be", *TABLE_MARKS, *SHARE_ANCHORS])  # ("be" of "believed to be")


@lru_cache(maxsize=4)
def _anchor_ids(group: str) -> frozenset[int]:
    """``_anchor_words`` as lower-case string ids, as a pattern's LOWER values are compared."""
    return frozenset(get_string_id(word) for word in _anchor_words(group))


@lru_cache(maxsize=4)
def _needs(group: str) -> tuple[tuple[tuple[str, frozenset[str]], ...], ...]:
    """The words each pattern of a group cannot match without (``nlp.pattern_words``)."""
    return required_words(pattern for name, patterns in _patterns().items() if name in _GROUPS[group] for pattern in patterns)


#: First words of the sentences a pattern without a nationality in it can match.
_OPENERS = {"they", "these", "those", "the", "this", "all", "among", "of", "by", "most", "many"}


def _candidates(doc: Doc, ents: tuple[Span, ...], sentences: list[Span]) -> list[tuple[Span, tuple[tuple[str, tuple[int, ...]], ...]]]:
    """The sentences a pattern can match, each with the groups of patterns that can match it (and
    which of their patterns can: ``_matchable_groups``).
    Matching only these reads about a third of a story's sentences. Every pattern of nationalities
    holds a NORP token but "China (45)" and "China – 45", which hold a bracket or a table's mark, and one of its group's anchor
    words: a sentence without them needs none of that group's patterns."""
    lower, texts = token_lowers(doc), token_texts(doc)  # (the document's words, made once by the pipeline)
    acts, apposed, opening_anchors = _anchor_words("acts"), _anchor_words("apposed"), _anchor_words("opening")
    starts = [sent.start for sent in sentences]  # (Span.sent searches the document for each entity)
    marked: set[int] = set()  # sentences in which a demonym or a country begins
    held: dict[str, set[int]] = {"NORP": set(), "COUNTRY": set()}  # sentences holding a word of one
    rowed: set[int] = set()  # sentences in which a number follows a country right away ("Malaysia 60,")
    for ent in ents:
        label = ent.label_
        if label == "NORP" or label == "COUNTRY":
            index = bisect.bisect_right(starts, ent.start) - 1
            marked.add(starts[index])
            held[label].update(starts[index:bisect.bisect_right(starts, ent.end - 1)])
            if ent.end < len(doc) and doc[ent.end].like_num:
                rowed.add(starts[index])
    found = []
    for sent in sentences:
        first = lower[sent.start]
        opening = first in _OPENERS or first in _BACK_DOERS and "them" in lower[sent.start:sent.start + 5]
        if sent.start in marked or opening:
            words = lower[sent.start:sent.end]
            opening = opening or not _REPORTING.isdisjoint(words) or not _RELATIVE.isdisjoint(words)  # ("Ortiz said the 40 ... comprised")
            of_people = sent.start in held["NORP"] or sent.start in held["COUNTRY"] and (
                "(" in words or not TABLE_MARKS.isdisjoint(words) or sent.start in rowed)  # ("China (45)", "China – 45, Laos – 9")
            groups = (("acts",) if of_people and not acts.isdisjoint(words) else ()) \
                + (("apposed",) if of_people and (not apposed.isdisjoint(words) or sent.start in rowed) else ()) \
                + (("opening",) if opening and (first in {"among", "of"} or not opening_anchors.isdisjoint(words)
                                                or _reported_part(words)) else ()) \
                + (("ranked",) if not _RANKING.isdisjoint(words) else ())
            # (and only where some pattern of the group finds every word it needs: most do not)
            found.append((sent, _matchable_groups(groups, words, texts[sent.start:sent.end])))
        if not _REPORTING.isdisjoint(lower[sent.start:sent.end]) \
                and (reported := _matchable_groups(("reported",), lower[sent.start:sent.end], texts[sent.start:sent.end])):
            found.append((sent, reported))  # "He said all suspects were charged" (after the sentence's
            # other groups: a subject that opens the sentence is the one told again)
    return found


def _matchable_groups(groups: tuple[str, ...], lower: list[str], texts: list[str]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each group with the places of its patterns that find every word they need among a
    sentence's words (``lower``, ``texts``: their lower-case and written forms); a group none of
    whose patterns can match is left out (most are)."""
    lower_words, written = frozenset(lower), frozenset(texts)  # (made once for every group)
    return tuple((group, kept) for group in groups if (kept := matchable(_needs(group), lower_words, written)))


def _reported_part(words: list[str]) -> bool:
    """"Local police said of those detained ...": a reported "of" or "among" that opens a breakdown."""
    return any(w in {"of", "among"} and (words[k - 1] in _REPORTING or words[k - 1] == "that" and words[k - 2] in _REPORTING)
               for k, w in enumerate(words) if k >= 2)


def people_matches(doc: Doc, ents: tuple[Span, ...], sentences: list[Span]) -> PeopleMatches:
    """Runs each group of patterns once over the sentences that can hold one of its matches (``ents``
    and ``sentences`` are the document's own, built once by the reader). Every kind of match
    lands in its own group's table (appositions, people with no number, sentences referring
    back), so running the groups apart keeps each table as one matcher made it."""
    found = PeopleMatches()
    matches = [(match_id, sent.start + start, sent.start + end, sent.start)
               for sent, groups in _candidates(doc, ents, sentences)
               for group, kept in groups
               for match_id, start, end in _matcher(doc.vocab, group, kept)(sent)]
    for match_id, start, end, sent_start in matches:
        name = doc.vocab.strings[match_id]
        if name in {"ALL_OF", "PART_OF"} and _one_nationality(doc, end):
            found.apposed[start] = (name, doc[end - 1].ent_id_, end)
        elif name in {"OBJECT", "SUBJECT"} and _uncounted(doc, start, end, name):
            norp = next(t for t in doc[start:end] if t.ent_type_ == "NORP")
            found.uncounted.append((start, end, norp.ent_id_, start if name == "OBJECT" else end - 1))
        elif name == "AMONG":  # (the number after "among" counts the whole group, not these people; the
            found.uncounted.append((start + 1, end, doc[start + 1].ent_id_, end - 1))  # match starts after "the")
        elif name == "OBJECT_PLURAL" and _uncounted(doc, start, end, name):
            found.uncounted.extend((start, end, code, start) for code in _listed_after(doc, end))
        elif name == "TOLD_AGAIN":
            found.told_again[start] = end - 1
        elif name == "TOLD_AGAIN_REPORTED" and sent_start not in found.told_again:
            found.told_again[sent_start] = end - 1  # (keyed by its sentence, as the subject that opens one)
            found.reported[sent_start] = next(k for k in range(start, end) if doc[k].lower_ in {"the", "all"})
        elif name == "TOLD_AGAIN_FACING":
            found.told_again[start] = next(k for k in range(start, end) if doc[k].lower_ in {"face", "faces"})
        elif name == "TOLD_AGAIN_OBJECT":
            found.told_again[start] = end - 2  # (the verb before "them")
        elif name == "IN_BRACKETS" and doc[start].ent_type_ == doc[(at := _bracket_number(doc, end)) - 2].ent_type_ \
                and not (start > 0 and doc[start - 1].like_num):  # ("120 Thais (60 women)": a part of those counted)
            found.apposed[at] = (name, doc[at - 2].ent_id_, end)  # (keyed by the number)
        elif name == "IN_DASHES" and _a_table_row(doc, start, end):
            found.apposed[end - 1] = (name, doc[_row_name_end(doc, end) - 1].ent_id_, end)  # (keyed by the number)
        elif name == "SHARE" and not (end < len(doc) and doc[end].lower_ in _RATES):
            found.apposed[end - 1] = (name, doc[start].ent_id_, end)  # (keyed by the number)
        elif name == "BY_SEX":
            found.apposed[end - 6] = (name, doc[end - 8].ent_id_, end)  # (keyed by the first number; the pair is summed later)
        elif name == "RANKED":
            found.apposed[end - 1] = (name, next(t.ent_id_ for t in doc[start:end] if t.ent_type_), end)  # (keyed by the number)
        elif name == "RANKING" and any(t.ent_type_ in {"NORP", "COUNTRY"} for t in doc[sent_start:doc[start].sent.end]):
            found.parts_next.add(sent_start)
            found.unnamed.add(sent_start)
        elif name == "PARTS_NEXT" or name == "PARTS_RELATIVE" or name == "PART_OPENING":
            found.parts_next.add(sent_start)  # (a reported breakdown opens after "X said")
            if name == "PARTS_RELATIVE":
                found.relative.add(sent_start)
            if doc[sent_start].lower_ == "by":  # ("By nationality, 120 were Chinese")
                found.unnamed.add(sent_start)
    return found


def _a_table_row(doc: Doc, start: int, end: int) -> bool:
    """"Chinese – 45," or "China – 45," in a sentence holding another such row of the same kind: a table
    of people by demonym or by country (a lone "Thai - 6" may be a score or a name; "Chinese – 45 people
    were ..." has a phrase of its own; "China – 2023" is a year)."""
    if end < len(doc) and doc[end].text not in TABLE_ROW_ENDS or start > 0 and doc[start - 1].like_num \
            or written_year(doc[end - 1].text):
        return False
    sent, kind = doc[start].sent, doc[_row_name_end(doc, end) - 1].ent_type_
    marked = doc[end - 2].text in TABLE_MARKS
    rows = [k for k in range(sent.start + 1, sent.end - 1) if _row_number(doc, k, kind, marked)]
    return len(rows) >= 2


def _row_name_end(doc: Doc, end: int) -> int:
    """Where the people's name of a table row ending at ``end`` ends: before its mark, if any."""
    return end - 2 if doc[end - 2].text in TABLE_MARKS else end - 1


def _row_number(doc: Doc, k: int, kind: str, marked: bool) -> bool:
    """A row's number of the same kind of name stands at ``k + 1``: after a mark at ``k`` ("China –
    45"), or for a row with no mark, right after the name ending at ``k`` ("China 45,"), which then
    must end on a row's end (not "Vietnam 2024 census", "Japan 211 million")."""
    if marked:
        return doc[k].text in TABLE_MARKS and doc[k - 1].ent_type_ == kind and doc[k + 1].like_num \
            and not written_year(doc[k + 1].text)
    return doc[k].ent_type_ == kind and doc[k + 1].ent_type_ != kind and doc[k + 1].like_num \
        and not written_year(doc[k + 1].text) and (k + 2 >= len(doc) or doc[k + 2].text in TABLE_ROW_ENDS)


def _bracket_number(doc: Doc, end: int) -> int:
    """Where the number of an IN_BRACKETS match ending at ``end`` stands: "(400)" or "(400 people)"."""
    return end - 2 if doc[end - 2].like_num else end - 3


def _one_nationality(doc: Doc, end: int) -> bool:
    """Not "all Chinese and Vietnamese" (no one nationality is everyone's), nor "all Chinese-speaking"."""
    last = doc[end - 1]
    if end < len(doc) - 1 and doc[end].lower_ in _JOINING and doc[end + 1].ent_type_ == "NORP":
        return False
    return not (end < len(doc) and doc[end].text in {"-", "–"} and doc[end].idx == last.idx + len(last.text))



def _listed_after(doc: Doc, end: int) -> list[str]:
    """The nationality ending at ``end`` and those listed after it ("Kenyans, Ugandans and Ethiopians"),
    none when a noun follows the list (then it is "Chinese police", not people by nationality)."""
    codes, k = [doc[end - 1].ent_id_], end
    while k + 1 < len(doc) and doc[k].lower_ in {",", "and", "or"} and doc[k + 1].ent_type_ == "NORP":
        k += 1
        while k < len(doc) and doc[k].ent_type_ == "NORP" and not doc[k].lower_ in {",", "and"}:
            k += 1
        codes.append(doc[k - 1].ent_id_)
    if k < len(doc) and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in _AFTER_PEOPLE:
        return []
    return codes


def _uncounted(doc: Doc, start: int, end: int, name: str) -> bool:
    """No number in or just before the phrase: a number makes it a count, which the number reader reads;
    nor people whose things are what the verb acts on ("the data of 3,000 Vietnamese and Thai
    individuals were seized")."""
    k = start - 1
    while k > 0 and (doc[k].like_num or doc[k].ent_type_ == "NORP" or doc[k].lower_ in {"and", ","}):
        k -= 1
    if k > 0 and things_of(token_lowers(doc), k):
        return False
    if any(t.like_num and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in PARTY_NOUNS)
           for t in doc[start:end]):
        return False  # ("deported two batches of Vietnamese workers": parties counted, the people not)
    return not (name == "SUBJECT" and start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in {"a", "an", "one"}))
