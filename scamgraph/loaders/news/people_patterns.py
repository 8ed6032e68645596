"""The token patterns, as data, of noun phrases of people by nationality that the number reader
does not close by itself: the nationality told after the noun ("45 people, all Chinese"), people
told with no number ("deported the Chinese suspects"), sentences that refer back to people
counted before ("They were later deported") or break them down ("They included 45 Chinese"),
and rankings ("followed by Ugandans, 96"). Apart from ``count_patterns``, which compiles them and
runs them once per document."""

from __future__ import annotations

from typing import Any

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.sex_pairs import SEXES
from scamgraph.loaders.news.words import _PLURAL_DEMONYMS, PARTY_NOUNS
from scamgraph.model import RelType

#: Words that say every counted person has the nationality told next.
_WHOLE = ["all", "both", "each", "every", "entirely"]
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
#: Marks between a demonym and its number in a row of a table: "Chinese – 45", "Thai: 6"
TABLE_MARKS = frozenset({"–", "—", "-", "--", ":"})
#: Words of a table's row may end on: the next row, the end of the list, nothing more of its own
TABLE_ROW_ENDS = frozenset({",", ";", ".", "and", ")"})
#: Verbs of the share a people has of a group counted before: "Chinese nationals accounted for 19"
_SHARE_VERBS: list[list[dict[str, Any]]] = [
    [{"LOWER": {"IN": ["accounted", "accounting", "account", "accounts"]}}, {"LOWER": "for"}],
    [{"LOWER": {"IN": ["made", "make", "makes", "making"]}}, {"LOWER": "up"}],
    [{"LOWER": {"IN": ["numbered", "totalled", "totaled"]}}]]  # (not "Thais numbering 30 were held": their own verb)
#: Words of a rough number between a verb of share and its number: "accounted for about 19"
_SHARE_ROUGH = ["about", "some", "nearly", "almost", "around", "roughly", "approximately", "over", "more", "than",
                "at", "least"]
SHARE_ANCHORS = frozenset({"accounted", "accounting", "account", "accounts", "made", "make", "makes", "making", "numbered",
                           "totalled", "totaled"})
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


def _reported_definite() -> list[dict[str, Any]]:
    """A definite noun of people right after a verb of saying: "(Lee) said (that) the (Laotian)
    suspects", "said all suspects" (never "said three suspects": a number counts people anew)."""
    return [{"LOWER": {"IN": sorted(_REPORTING)}}, {"LOWER": "that", "OP": "?"},
            {"LOWER": {"IN": ["the", "all"]}}, {"LOWER": "the", "OP": "?"}, {"ENT_TYPE": "NORP", "OP": "*"},
            {"LOWER": {"IN": [*_people_nouns(), "individuals", "detainees", "victims"]}, "OP": "+"}]


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
        # ("The suspects, aged 20 to 45, were deported": their ages set off, an aside with numbers)
        "TOLD_AGAIN": [[*subject, *tail], [*subject, *_ASIDE, *tail], [*definite, *tail], [*definite, *_ASIDE, *tail],
                       [*definite, *_AGES_ASIDE, *tail], [*demonyms, *tail], [*demonyms, *_ASIDE, *tail]],
        # "They now face fraud charges", "The suspects face charges of ...": charged (``facing_charges``)
        "TOLD_AGAIN_FACING": [[*subject, *_FACING_CHARGES], [*definite, *_FACING_CHARGES],
                              [*definite, *_AGES_ASIDE, *_FACING_CHARGES]],
        # "Lee said all the accused were later charged", "Lee said that the victims were freed on
        # May 2": the definite subject of a reported clause, told again as it would open the sentence
        "TOLD_AGAIN_REPORTED": [[*_reported_definite(), *tail]],
        # "Soldiers detained them", "Police later arrested them": the state's doers open the sentence
        # and the act's object is the people counted just before
        "TOLD_AGAIN_OBJECT": [[{"IS_SENT_START": True, "LOWER": {"IN": sorted(_BACK_DOERS)}},
                               {"LOWER": {"IN": _LATER}, "OP": "*"}, {"LOWER": {"IN": _TAKINGS}}, {"LOWER": "them"}]],
        # (", accused of fraud,": an aside; "The (Laotian) workers were deported": a definite noun of
        # people; "The Malaysians were arrested": a plural demonym, no noun)
        # "Chinese (45), Vietnamese (30)", "China (45)": a table of people by nationality
        "IN_BRACKETS": [[{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {"ORTH": "("}, {"LIKE_NUM": True},
                         {**people, "OP": "?"}, {"ORTH": ")"}]],  # ("Peru (400 people)")
        # "Chinese – 45, Vietnamese – 12", "Chinese: 45; Thai: 6", "China – 45; Vietnam – 12": a table of people
        # by demonym or country, its number set off by a dash or a colon (kept only where two rows or more share
        # the sentence: ``count_patterns``)
        # ("Chinese 523, Vietnamese 211 and Lao 40", "Indonesia 200, Malaysia 60": the rows with no mark)
        "IN_DASHES": [[{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {"ORTH": {"IN": sorted(TABLE_MARKS)}},
                       {"LIKE_NUM": True}],
                      [{"ENT_TYPE": {"IN": ["NORP", "COUNTRY"]}, "OP": "+"}, {"LIKE_NUM": True}]],
        # "Chinese nationals accounted for 19 (of them)", "Thais numbered 31", "Lao made up 12": a people
        # told as the subject of a verb of share, its number after (a part of the people counted before)
        "SHARE": [[{"ENT_TYPE": "NORP", "OP": "+"}, {"LOWER": {"IN": _people_nouns()}, "OP": "?"}, *verb,
                   {"LOWER": {"IN": _SHARE_ROUGH}, "OP": "*"}, {"LIKE_NUM": True}] for verb in _SHARE_VERBS],
        # "Twenty Zorvanians among them were handed to ...": a sentence opening on a part of the people
        # counted before (as PARTS_NEXT), whatever no act's verb then tells of it
        "PART_OPENING": [[{"IS_SENT_START": True, "LIKE_NUM": True}, {"ENT_TYPE": "NORP", "OP": "+"},
                          {"LOWER": {"IN": _people_nouns()}, "OP": "?"}, {"LOWER": "among"}, {"LOWER": {"IN": ["them", "those"]}}]],
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


def _plural_ends() -> list[str]:
    """The last words of plural demonyms ("koreans" of "South Koreans", "chinese")."""
    return sorted({form.split()[-1] for form in _PLURAL_DEMONYMS})
