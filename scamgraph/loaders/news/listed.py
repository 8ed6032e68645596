"""Counted people listed before the verb they share. In "234 Filipinos, 107 Chinese, six Malaysians
and two Rwandans were rescued" every item of the coordinated subject takes the one predicate told
after the last item; read alone, the first items stand before a comma and find no verb."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

#: Words that may stand inside such a list besides numbers, demonyms and people nouns
#: ("... , a Taiwanese and 13 mainland Chinese nationals").
_ITEM_WORDS = frozenset({"and", ",", "a", "an", "the", "mainland", "nationals", "citizens", "foreign"})
#: Where a list ends: the auxiliary or the passive verb of its predicate.
_PREDICATE_OPENERS = frozenset({"were", "was", "have", "had", "are"})


def list_before_verb(doc: Doc, lower: list[str], like_num: list[bool], people: Collection[str],
                     first: int, end: int, verbs: dict) -> int | None:
    """The index of the last word of a list of counted people that opens at ``first`` (the word
    after the first item) and runs straight into its predicate ("were rescued", "rescued"), or None
    where the words after the item are no such list: another number must come, joined only by
    commas and "and", and the word after the list must open a predicate."""
    if first >= end or lower[first] != ",":
        return None
    numbers, j = 0, first
    while j < end and _in_an_item(doc, lower, like_num, people, j, end):
        numbers += like_num[j]
        j += 1
    if j >= end or numbers == 0 or lower[j - 1] in {",", "and"} or "and" not in lower[first:j]:
        return None  # ("..., 107 Chinese, reports said": no list closed by "and")
    k = _past_ages(lower, like_num, j, end)  # "... and 40 Freedonians | aged between 20 and 30 | were held"
    return j - 1 if k < end and (lower[k] in _PREDICATE_OPENERS or lower[k] in verbs) else None


#: Words between "aged" and the first age: "aged | between 20 and 30", "aged | under 25"
_AGE_LEADS = frozenset({"between", "from", "under", "over", "below", "above", "about", "around"})


def _past_ages(lower: list[str], like_num: list[bool], j: int, end: int) -> int:
    """Past the people's ages told after the last item ("aged between 20 and 30", "aged 19 to 45"):
    they describe the people and part no one, so the predicate after them is the list's. ``j``
    where no ages stand there."""
    if j + 1 >= end or lower[j] != "aged":
        return j
    k = j + 1 + (lower[j + 1] in _AGE_LEADS)
    if k >= end or not like_num[k]:
        return j
    while k + 2 < end and lower[k + 1] in {"and", "to", "-", ","} and like_num[k + 2]:
        k += 2
    return k + 1


def list_before_clause(doc: Doc, lower: list[str], like_num: list[bool], people: Collection[str],
                       first: int, end: int) -> int | None:
    """Where a list of counted people that opens at ``first`` (the word after the first item)
    ends at a relative clause they all share ("140 Chinese and 35 Kenyans | who had crossed
    ... were identified"): the index of "who", or None where no other counted item joined by
    "and" comes first."""
    numbers, j = 0, first
    while j < end and _in_an_item(doc, lower, like_num, people, j, end):
        numbers += like_num[j]
        j += 1
    joined = "and" in lower[first:j] and lower[j - 1] not in {",", "and"} if j > first else False
    return j if j < end and numbers and joined and lower[j] in {"who", "whom"} else None


def last_item_end(doc: Doc, lower: list[str], like_num: list[bool], people: Collection[str], first: int, end: int) -> int | None:
    """Where the last of the counted items that "and" joins to the item ending at ``first`` ends:
    "12 foreigners | and five Filipinos | suspected of ... were arrested" (the participle after the
    last item describes them all); None where no number follows "and" right there."""
    if first < end and lower[first] == "(" and ")" in lower[first:min(end, first + 10)]:
        first = lower.index(")", first) + 1  # "214 Chinese (200 males and 14 females) | and 97 Myanmar nationals"
    if first + 2 >= end or lower[first] != "and" or not like_num[first + 1]:
        return None
    j = first + 1
    while j < end and _in_an_item(doc, lower, like_num, people, j, end) and lower[j] not in {",", "and"}:
        j += 1
    return j if j > first + 2 else None


def _in_an_item(doc: Doc, lower: list[str], like_num: list[bool], people: Collection[str], j: int, end: int) -> bool:
    """A word of a list of counted people: a number, a people's word, the glue between items, or
    the "of" before a country ("five nationals of Turkmenistan")."""
    return like_num[j] or lower[j] in _ITEM_WORDS or lower[j] in people or doc[j].ent_type_ in {"NORP", "COUNTRY"} \
        or lower[j] == "of" and j + 1 < end and doc[j + 1].ent_type_ == "COUNTRY"
