"""Compiled patterns for noun phrases of people by nationality that the number reader does not
close by itself: the nationality told after the noun ("45 people, all Chinese", "209 foreigners,
73 of them South Koreans") and people told with no number at all, as the object or the passive
subject of the verb that governs them ("deported the Chinese suspects", "Thai nationals were rescued").

The patterns run once per document; the readers ask them by token position.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.sex_pairs import SEXES
from scamgraph.loaders.news.words import _COUNT_VERBS, _PLURAL_DEMONYMS, PARTY_NOUNS, things_of
from scamgraph.loaders.nlp.pattern_words import can_match, required_words
from scamgraph.loaders.nlp.sentences import token_lowers, token_texts
from scamgraph.model import RelType

#: Words that say every counted person has the nationality told next.
_WHOLE = ["all", "both", "each", "every", "entirely"]
#: Words that join a nationality to the one before it: then no single nationality is everyone's.
_JOINING = {"and", "or", "/", "&"}

#: "…, all (of them) Chinese": the count before the comma is wholly of that nationality.
_ALL_OF: list[dict[str, Any]] = [{"ORTH": {"IN": [",", "(", "—", "–", "-"]}}, {"LOWER": {"IN": _WHOLE}},
           {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": ["them", "whom"]}, "OP": "?"},
           {"LOWER": {"IN": ["were", "are"]}, "OP": "?"}, {"ENT_TYPE": "NORP", "OP": "+"}]
#: "…, believed to be (all) Vietnamese": the same, told as what those who report it believe (set off
#: by a comma or not: "detained 18 people believed to be Japanese")
_BELIEVED_OF: list[dict[str, Any]] = [{"ORTH": {"IN": [",", "("]}, "OP": "?"},
                                      {"LOWER": {"IN": ["believed", "thought", "said", "suspected"]}}, {"LOWER": "to"}, {"LOWER": "be"}, {"LOWER": {"IN": _WHOLE}, "OP": "?"},
                                      {"ENT_TYPE": "NORP", "OP": "+"}]
#: "73 of them (were) South Koreans": a part of the people counted before, with its nationality
#: ("of whom" opens a clause that often tells the part of a different event; left to the reader).
#: Verbs whose people a demonym names even with no number: what the state did to them.
_ACTS = sorted(w for w, (rel, _k, _kind) in _COUNT_VERBS.items() if w.endswith("ed") and rel in {
    RelType.ARRESTED, RelType.DETAINED, RelType.RESCUED, RelType.REPATRIATED, RelType.DEPORTED,
    RelType.EXTRADITED, RelType.CHARGED} and w not in {"held", "handed", "returned", "received", "found", "accused", "escaped", "saved", "rounded"})
#: Verbs of taking people into custody, which troops or police may tell of "them" counted before
_TAKINGS = [w for w in _ACTS if _COUNT_VERBS[w][0] in {RelType.ARRESTED, RelType.DETAINED}]
#: "12 of them Chinese", "Sixty of those (rescued) were Indonesians": part of the people told
#: before, by nationality ("those" with the participle of what was done to them names them again).
_PART_OF: list[dict[str, Any]] = [{"LIKE_NUM": True}, {"LOWER": "of"}, {"LOWER": {"IN": ["them", "those"]}},
            {"LOWER": {"IN": _ACTS}, "OP": "?"},
            {"LOWER": {"IN": ["were", "are", "being"]}, "OP": "?"}, {"ENT_TYPE": "NORP", "OP": "+"}]  # ("20 of them being Chinese")
#: "handed over" (not "handed" alone, which hands over things as often as people).
_HANDED_OVER: list[dict[str, Any]] = [{"LOWER": {"IN": ["handed", "hands"]}}, {"LOWER": "over"}]
#: Words that may stand between the verb and the demonym without a number ("the", "several").
_UNCOUNTED_LEADS = ["the", "these", "those", "several", "some", "other", "more", "dozens", "hundreds", "thousands", "of", "suspected",
                    "many", "numerous", "scores", "a", "large", "great", "number", *sorted(PARTY_NOUNS)]  # ("a large number of")
#: Words of an unstated number before people named by a plural demonym alone: "Several Nepalis were freed".
_VAGUE_NUMBERS = ["several", "some", "many", "numerous", "dozens", "hundreds", "thousands", "scores", "of", "other",
                  "more"]

#: Words before the larger group some people were among: "among (a total of | several | hundreds of) ...".
_GROUP_LEADS = ["a", "the", "total", "of", "several", "some", "hundreds", "thousands", "dozens", "more", "than", "over"]
#: An aside between commas, with no number in it: ", accused of defrauding citizens,".
_ASIDE: list[dict[str, Any]] = [{"ORTH": ","}, {"ORTH": {"NOT_IN": [",", ".", ";", ":"]}, "LIKE_NUM": False, "OP": "+"},
                                {"ORTH": ","}]
#: Words that may follow people named by a plural demonym: no noun of their own.
_AFTER_PEOPLE = {"and", "or", "on", "in", "at", "from", "who", "to", "for", "after", "during", "with", "were", "was",
                 "across", "near", "inside", "last", "this", "earlier", "later", "by"}
#: Verbs that open a breakdown of the people counted before: "They included 45 Chinese"; English's
#: verbs of composition ("consisted of", "were composed of", "were made up of") open one the same way.
#: (read by ``count_phrases`` too: a breakdown's first item may be one person)
BREAKDOWN_VERBS = ["included", "include", "includes", "comprised", "comprise", "comprises"]
_COMPOSED_OF: list[list[dict[str, Any]]] = [[{"LOWER": {"IN": ["consisted", "consist", "consists", "composed"]}}, {"LOWER": "of"}],
                [{"LOWER": "made"}, {"LOWER": "up"}, {"LOWER": "of"}]]
#: A make-up set off by a comma after its subject: "The group, | comprising | made up of | 120 Chinese ...".
_APPOSED_MAKEUP: list[list[dict[str, Any]]] = [[{"LOWER": {"IN": ["comprising", "comprised"]}}], [{"LOWER": "consisting"}, {"LOWER": "of"}],
                   *_COMPOSED_OF[1:], [{"LOWER": "composed"}, {"LOWER": "of"}]]
#: Words that report what someone said, after which a breakdown may open mid-sentence:
#: "Ortiz said the 40 foreigners were composed of ...".
_REPORTING = frozenset({"said", "says", "added", "noted", "stated", "explained", "claimed", "claiming", "claims", "reported",
                        "reporting", "showed", "shows", "confirmed", "revealed"})
#: Adverbs of hearsay between a breakdown's subject and its verb: "This group reportedly included
#: ...": the source is unsure of the telling, not of the parts, so the breakdown opens as without one.
_HEARSAY = ["reportedly", "allegedly", "reputedly", "apparently"]
#: Relative pronouns that open a breakdown of the people just named: "the 29 foreigners, which include".
_RELATIVE = frozenset({"which", "who"})
#: Words of a ranking of peoples by their number: "China made up the largest group, with 1,950,
#: followed by Laos (260)"; a sentence holding one breaks down the people counted before.
_RANKING = frozenset({"followed", "largest", "biggest"})
#: Nouns after "the largest": "the largest group", "the biggest contingent".
_RANKED_NOUNS = ["group", "groups", "share", "number", "contingent", "cohort", "nationality", "portion", "proportion"]
#: Words between a people and its number in a ranking: "Chinese, with 1,950", "Indians at 399".
_RANKED_LEADS = ["with", "at", "numbering", "totalling", "totaling"]
#: "(now) face (fraud) charges" after people referring back: their charge
_FACING_CHARGES: list[dict[str, Any]] = [{"LOWER": {"IN": ["now", "each", "also", "all", "still", "jointly"]}, "OP": "*"},
                                         {"LOWER": {"IN": ["face", "faces"]}}, {"IS_ALPHA": True, "OP": "?"},
                                         {"IS_ALPHA": True, "OP": "?"}, {"LOWER": {"IN": ["charges", "charge", "counts"]}}]
#: Words between an auxiliary and its verb: "were (all) later deported".
#: The state's doers that open a sentence telling an act on people counted before: "Troops detained them"
_BACK_DOERS = frozenset({"police", "officers", "troops", "soldiers", "authorities", "agents", "guards"})
_LATER = ["been", "later", "then", "also", "all", "subsequently", "eventually", "since", "successfully", "safely"]


def _people_nouns() -> list[str]:
    return sorted({*gz.people_nouns(), "national", "citizen", "man", "woman", "suspect", "worker"} - {"more", "others"})


def _breakdown_tails() -> list[list[dict[str, Any]]]:
    """The rest of a breakdown's opening after its determiner: "(the) 50 suspects comprised",
    "(those) involved include", "(the group) was made up of", "(they) consisted of"."""
    return [[*_breakdown_subject(), *aside, {"LOWER": {"IN": _HEARSAY}, "OP": "?"}, *verb]
            for verb in [[{"LOWER": {"IN": BREAKDOWN_VERBS}}], *_COMPOSED_OF] for aside in ([], _AGES_ASIDE)] \
        + [[*_breakdown_subject(), {"ORTH": ","}, *verb] for verb in _APPOSED_MAKEUP]  # "The group, made up of ..., crossed"


#: Their ages set off by commas between the people and their breakdown: "The suspects, aged 20 to 45, comprised"
_AGES_ASIDE: list[dict[str, Any]] = [{"ORTH": ","}, {"LOWER": "aged"}, {"LOWER": {"IN": ["between", "from"]}, "OP": "?"},
                                     {"LIKE_NUM": True}, {"LOWER": {"IN": ["and", "to", "-"]}}, {"LIKE_NUM": True}, {"ORTH": ","}]


def _breakdown_subject() -> list[dict[str, Any]]:
    """The people a breakdown opens on, after the determiner: "(the) 50 suspects (were)"."""
    return [{"LIKE_NUM": True, "OP": "?"},
            {"LOWER": {"IN": [*_people_nouns(), "group", "individuals", "arrested", "detained", "rescued",
                              "deported", "repatriated", "involved", "concerned", "affected", "nationalities",
                              "foreign", "overseas", "trafficked", "freed", "returned"]},  # ("the 140 foreign nationals")
             "OP": "*"},  # ("Those involved include ...": the people of the story; "The nationalities included")
            {"LOWER": {"IN": ["were", "was", "are", "is"]}, "OP": "?"}]


def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    people: dict[str, Any] = {"LOWER": {"IN": _people_nouns()}}
    norp: dict[str, Any] = {"ENT_TYPE": "NORP", "OP": "+"}
    subject: list[dict[str, Any]] = [{"IS_SENT_START": True, "LOWER": {"IN": ["they", "these", "those", "all"]}},
               {"ENT_TYPE": "NORP", "OP": "*"},  # ("These Indonesian nationals were apprehended")
               {"LOWER": {"IN": [*_people_nouns(), "of", "them", "group", "individuals"]}, "OP": "*"}]
    definite: list[dict[str, Any]] = [{"IS_SENT_START": True, "LOWER": "the"}, {"ENT_TYPE": "NORP", "OP": "*"},
                                      {"LOWER": {"IN": [*_people_nouns(), "individuals", "detainees", "victims"]}, "OP": "+"}]
    demonyms: list[dict[str, Any]] = [{"IS_SENT_START": True, "LOWER": "the"}, {"ENT_TYPE": "NORP", "OP": "*"},
                                      {"ENT_TYPE": "NORP", "LOWER": {"IN": _plural_ends()}}]
    tail: list[dict[str, Any]] = [{"LOWER": {"IN": ["were", "have", "had"]}}, {"LOWER": {"IN": _LATER}, "OP": "*"}, {"LOWER": {"IN": _ACTS}}]
    leads: dict[str, Any] = {"LOWER": {"IN": _UNCOUNTED_LEADS}, "OP": "*"}
    acts: list[list[dict[str, Any]]] = [[{"LOWER": {"IN": _ACTS}}], _HANDED_OVER]
    return {
        "ALL_OF": [_ALL_OF, _BELIEVED_OF],
        "PART_OF": [_PART_OF],
        # "deported (the) Chinese suspects"
        # "deported (the) Chinese suspects" ("handed over Thai nationals to Thai authorities": the
        # sending the sentence tells, handover or deportation, is read where the verb is)
        "OBJECT": [[*verb, {"LIKE_NUM": True, "OP": "?"}, leads, norp, people] for verb in acts],
        # "deported hundreds of Chinese", "rescued Kenyans, Ugandans and Ethiopians": plural demonyms, no noun
        "OBJECT_PLURAL": [[*verb, leads, {"ENT_TYPE": "NORP", "OP": "*"},
                           {"ENT_TYPE": "NORP", "LOWER": {"IN": _plural_ends()}}] for verb in acts],
        # "They were later deported", "These individuals were arrested": the people counted just before
        "TOLD_AGAIN": [[*subject, *tail], [*subject, *_ASIDE, *tail], [*definite, *tail], [*definite, *_ASIDE, *tail],
                       [*demonyms, *tail], [*demonyms, *_ASIDE, *tail]],
        # "They now face fraud charges", "The suspects face charges of ...": charged (``facing_charges``)
        "TOLD_AGAIN_FACING": [[*subject, *_FACING_CHARGES], [*definite, *_FACING_CHARGES]],
        # "Soldiers detained them", "Police later arrested them": the state's doers open the sentence
        # and the act's object is the people counted just before
        "TOLD_AGAIN_OBJECT": [[{"IS_SENT_START": True, "LOWER": {"IN": sorted(_BACK_DOERS)}},
                               {"LOWER": {"IN": _LATER}, "OP": "*"}, {"LOWER": {"IN": _TAKINGS}}, {"LOWER": "them"}]],
        # (", accused of fraud,": an aside; "The (Laotian) workers were deported": a definite noun of
        # people; "The Malaysians were arrested": a plural demonym, no noun)
        # "Chinese (45), Vietnamese (30)", "China (45)": a table of people by nationality
        "IN_BRACKETS": [[{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {"ORTH": "("}, {"LIKE_NUM": True},
                         {**people, "OP": "?"}, {"ORTH": ")"}]],  # ("Peru (400 people)")
        # "Vietnam (511 men and 61 women)": a table row by sex, one people's two parts
        "BY_SEX": [[{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {"ORTH": "("}, {"LIKE_NUM": True},
                    {"LOWER": {"IN": sorted(SEXES)}}, {"LOWER": "and"}, {"LIKE_NUM": True}, {"LOWER": {"IN": sorted(SEXES)}},
                    {"ORTH": ")"}]],
        # "They included 45 Chinese", "The group comprised ...": a breakdown of the people counted just before
        # ("This group included ...", "The 50 suspects comprised ...": a determiner, a number told before)
        "PARTS_NEXT": [*([{"IS_SENT_START": True, "LOWER": {"IN": ["they", "these", "those", "the", "this"]}}, *tail]
                         for tail in _breakdown_tails()),
                       *([{"LOWER": {"IN": sorted(_REPORTING)}}, {"LOWER": "that", "OP": "?"},
                          {"LOWER": {"IN": ["they", "these", "those", "the", "this"]}}, *tail]
                         for tail in _breakdown_tails()),
                       [{"IS_SENT_START": True, "LOWER": {"IN": ["among", "of"]}},
                        {"LOWER": {"IN": ["them", "these", "those"]}}],
                       # ("Local police said of those detained 140 were ...": the breakdown reported)
                       [{"LOWER": {"IN": sorted(_REPORTING)}}, {"LOWER": "that", "OP": "?"}, {"LOWER": {"IN": ["among", "of"]}},
                        {"LOWER": {"IN": ["them", "these", "those"]}}],
                       # "By nationality: 120 Chinese, ...", "They were 120 Chinese, 80 Thais ...": a list
                       # of counted demonyms with no act of its own, parting the people counted before
                       [{"IS_SENT_START": True, "LOWER": "by"}, {"LOWER": {"IN": ["nationality", "nationalities"]}}],
                       [{"IS_SENT_START": True, "LOWER": {"IN": ["they", "these", "those", "the"]}},
                        {"LOWER": {"IN": [*_people_nouns(), "detainees", "arrested", "rescued"]}, "OP": "*"},
                        {"LOWER": {"IN": ["were", "are"]}}, {"LIKE_NUM": True}, {"ENT_TYPE": "NORP"}],
                       # "Most of those held were foreigners, including some 90 ...": what
                       # the people counted before were, then its parts (no number of its own before them)
                       [{"IS_SENT_START": True, "LOWER": {"IN": ["they", "the", "most", "many"]}},
                        {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["who", "which", "that", *_ACTS]}, "OP": "*"},
                        {"LOWER": {"IN": ["were", "are"]}}, {"LOWER": {"IN": ["foreign", "mostly", "mainly", "all"]}, "OP": "*"},
                        {"LOWER": {"IN": _people_nouns()}}, {"ORTH": {"IN": [",", "-", "–", "—"]}, "OP": "?"},
                        {"LOWER": "including"}]],
        # "followed by Ugandans, 96", "from China, with 1,950 people", "Indians formed the largest
        # group at 399": a people and its number in a ranking (kept only in a sentence that ranks)
        "RANKED": [[{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {**people, "OP": "?"}, {"ORTH": ",", "OP": "?"},
                    {"LOWER": {"IN": _RANKED_LEADS}}, {"LIKE_NUM": True}],
                   [{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {**people, "OP": "?"}, {"ORTH": ","}, {"LIKE_NUM": True}],
                   [{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {**people, "OP": "?"},
                    {"LOWER": {"IN": ["made", "formed", "were", "was", "are", "is", "constituted", "comprised"]}},
                    {"LOWER": {"IN": ["up", "the"]}, "OP": "*"}, {"LOWER": {"IN": ["largest", "biggest"]}},
                    {"LOWER": {"IN": _RANKED_NOUNS}}, {"ORTH": ",", "OP": "?"}, {"LOWER": {"IN": [*_RANKED_LEADS, "of"]}},
                    {"LIKE_NUM": True}]],
        # ", followed by", "the largest group": the sentence ranks the people counted before
        "RANKING": [[{"ORTH": ","}, {"LOWER": "followed"}, {"LOWER": "by"}],
                    [{"LOWER": {"IN": ["largest", "biggest"]}}, {"LOWER": {"IN": _RANKED_NOUNS}}]],
        # "... an inquiry into the 29 foreigners, which include 23 Bolivians": a relative clause parts
        # the people its antecedent names by their number, whatever else the sentence tells
        "PARTS_RELATIVE": [[{"LOWER": "the"}, {"LIKE_NUM": True}, {"LOWER": {"IN": [*_people_nouns(), "aliens"]}, "OP": "+"},
                            {"ORTH": ","}, {"LOWER": {"IN": sorted(_RELATIVE)}}, {"LOWER": {"IN": BREAKDOWN_VERBS}}]],
        # "The Peruvians were among dozens of foreign workers freed": the people of a group an act was done to
        "AMONG": [[{"LOWER": "the"}, norp, {**people, "OP": "?"}, {"LOWER": {"IN": ["were", "was"]}}, {"LOWER": "among"},
                   {"LOWER": {"IN": _GROUP_LEADS}, "OP": "*"}, {"LIKE_NUM": True, "OP": "?"},
                   {"LOWER": {"IN": ["foreign", "other"]}, "OP": "?"}, people, {"LOWER": {"IN": _ACTS}}]],
        # "(the) Chinese suspects were (later) deported", "Several Nepalis were (also) freed"
        "SUBJECT": [[norp, people, {"LOWER": {"IN": ["were", "was", "have", "has", "had"]}},
                     {"LOWER": {"IN": _LATER}, "OP": "*"},
                     {"LOWER": {"IN": _ACTS}}],
                    [{"LOWER": {"IN": _VAGUE_NUMBERS}, "OP": "+"}, {"ENT_TYPE": "NORP", "OP": "*"},
                     {"ENT_TYPE": "NORP", "LOWER": {"IN": _plural_ends()}}, {"LOWER": {"IN": ["were", "have", "had"]}},
                     {"LOWER": {"IN": _LATER}, "OP": "*"}, {"LOWER": {"IN": _ACTS}}]],
    }


#: The patterns of each matcher, by the word one of which every match holds: a verb of what was
#: done to people (OBJECT, OBJECT_PLURAL, SUBJECT, AMONG), a word of apposition ("all" of ALL_OF, "them" of
#: PART_OF, the bracket of IN_BRACKETS), or an opening word referring back (TOLD_AGAIN, PARTS_NEXT).
_GROUPS = {"acts": frozenset({"OBJECT", "OBJECT_PLURAL", "SUBJECT", "AMONG"}),
           "apposed": frozenset({"ALL_OF", "PART_OF", "IN_BRACKETS", "BY_SEX"}),
           "opening": frozenset({"TOLD_AGAIN", "TOLD_AGAIN_OBJECT", "TOLD_AGAIN_FACING", "PARTS_NEXT", "PARTS_RELATIVE"}),
           "ranked": frozenset({"RANKED", "RANKING"})}


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab, group: str) -> Matcher:
    """The patterns of one group; each group runs only on the sentences holding one of its words,
    and a Matcher pays for every pattern on every token it reads."""
    matcher = Matcher(vocab)
    for name, patterns in _patterns().items():
        if name in _GROUPS[group]:
            matcher.add(name, patterns, greedy="LONGEST")
    return matcher


@dataclass
class PeopleMatches:
    """What the patterns found in one document, by the position the count reader asks about."""

    apposed: dict[int, tuple[str, str, int]] = field(default_factory=dict)  # position -> (kind, nationality, end)
    uncounted: list[tuple[int, int, str, int]] = field(default_factory=list)  # (start, end, nationality, verb)
    told_again: dict[int, int] = field(default_factory=dict)  # sentence start -> its verb
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
    if group == "ranked":  # (a sentence holding none of _RANKING is never a candidate: see ``_candidates``)
        return _RANKING | frozenset([*_RANKED_LEADS, ","])
    return frozenset([*_WHOLE, "them", "those", "(", "be"])  # ("be" of "believed to be")


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


def _candidates(doc: Doc, ents: tuple[Span, ...], sentences: list[Span]) -> list[tuple[Span, tuple[str, ...]]]:
    """The sentences a pattern can match, each with the groups of patterns that can match it.
    Matching only these reads about a third of a story's sentences. Every pattern of nationalities
    holds a NORP token but "China (45)", which holds a bracket, and one of its group's anchor
    words: a sentence without them needs none of that group's patterns."""
    lower, texts = token_lowers(doc), token_texts(doc)  # (the document's words, made once by the pipeline)
    acts, apposed, opening_anchors = _anchor_words("acts"), _anchor_words("apposed"), _anchor_words("opening")
    starts = [sent.start for sent in sentences]  # (Span.sent searches the document for each entity)
    marked: set[int] = set()  # sentences in which a demonym or a country begins
    held: dict[str, set[int]] = {"NORP": set(), "COUNTRY": set()}  # sentences holding a word of one
    for ent in ents:
        label = ent.label_
        if label == "NORP" or label == "COUNTRY":
            index = bisect.bisect_right(starts, ent.start) - 1
            marked.add(starts[index])
            held[label].update(starts[index:bisect.bisect_right(starts, ent.end - 1)])
    found = []
    for sent in sentences:
        first = lower[sent.start]
        opening = first in _OPENERS or first in _BACK_DOERS and "them" in lower[sent.start:sent.start + 5]
        if sent.start in marked or opening:
            words = lower[sent.start:sent.end]
            opening = opening or not _REPORTING.isdisjoint(words) or not _RELATIVE.isdisjoint(words)  # ("Ortiz said the 40 ... comprised")
            of_people = sent.start in held["NORP"] or sent.start in held["COUNTRY"] and "(" in words
            groups = (("acts",) if of_people and not acts.isdisjoint(words) else ()) \
                + (("apposed",) if of_people and not apposed.isdisjoint(words) else ()) \
                + (("opening",) if opening and (first in {"among", "of"} or not opening_anchors.isdisjoint(words)
                                                or _reported_part(words)) else ()) \
                + (("ranked",) if not _RANKING.isdisjoint(words) else ())
            # (and only where some pattern of the group finds every word it needs: most do not)
            groups = tuple(g for g in groups if can_match(_needs(g), words, texts[sent.start:sent.end]))
            found.append((sent, groups))
    return found


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
               for group in groups
               for match_id, start, end in _matcher(doc.vocab, group)(sent)]
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
        elif name == "TOLD_AGAIN_FACING":
            found.told_again[start] = next(k for k in range(start, end) if doc[k].lower_ in {"face", "faces"})
        elif name == "TOLD_AGAIN_OBJECT":
            found.told_again[start] = end - 2  # (the verb before "them")
        elif name == "IN_BRACKETS" and doc[start].ent_type_ == doc[(at := _bracket_number(doc, end)) - 2].ent_type_ \
                and not (start > 0 and doc[start - 1].like_num):  # ("120 Thais (60 women)": a part of those counted)
            found.apposed[at] = (name, doc[at - 2].ent_id_, end)  # (keyed by the number)
        elif name == "BY_SEX":
            found.apposed[end - 6] = (name, doc[end - 8].ent_id_, end)  # (keyed by the first number; the pair is summed later)
        elif name == "RANKED":
            found.apposed[end - 1] = (name, next(t.ent_id_ for t in doc[start:end] if t.ent_type_), end)  # (keyed by the number)
        elif name == "RANKING" and any(t.ent_type_ in {"NORP", "COUNTRY"} for t in doc[sent_start:doc[start].sent.end]):
            found.parts_next.add(sent_start)
            found.unnamed.add(sent_start)
        elif name == "PARTS_NEXT" or name == "PARTS_RELATIVE":
            found.parts_next.add(sent_start)  # (a reported breakdown opens after "X said")
            if name == "PARTS_RELATIVE":
                found.relative.add(sent_start)
            if doc[sent_start].lower_ == "by":  # ("By nationality, 120 were Chinese")
                found.unnamed.add(sent_start)
    return found


def _bracket_number(doc: Doc, end: int) -> int:
    """Where the number of an IN_BRACKETS match ending at ``end`` stands: "(400)" or "(400 people)"."""
    return end - 2 if doc[end - 2].like_num else end - 3


def _one_nationality(doc: Doc, end: int) -> bool:
    """Not "all Chinese and Vietnamese" (no one nationality is everyone's), nor "all Chinese-speaking"."""
    last = doc[end - 1]
    if end < len(doc) - 1 and doc[end].lower_ in _JOINING and doc[end + 1].ent_type_ == "NORP":
        return False
    return not (end < len(doc) and doc[end].text in {"-", "–"} and doc[end].idx == last.idx + len(last.text))


def _plural_ends() -> list[str]:
    """The last words of plural demonyms ("koreans" of "South Koreans", "chinese")."""
    return sorted({form.split()[-1] for form in _PLURAL_DEMONYMS})


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
