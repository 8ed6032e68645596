"""A name told as another name of the person named just before ("Saw Chit Thu (aka San Myint)",
"Li Wei, also known as 'Boss Li'", "Mara Venn, identified in court papers as Lin Sa", "Tony Zhang,
whose real name is Zhang Wenli") is that person again, not another one; "a recruiter known as X"
names X itself, as does "the man, identified by police as X" (no name before it to be another name
of)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.nlp.vocabulary import ALIAS_WORDS, POSSESSIVE_S

__all__ = ["after_alias_word", "an_alias"]


#: Nouns of a national that may stand between "known as" and the name: "known as Chinese national X"
_NATIONAL_NOUNS = frozenset({"national", "citizen", "businessman", "businesswoman"})


#: Participles of naming in an apposition: "Mara Venn, identified in court papers as Lin Sa"
_NAMING = frozenset({"identified", "named", "listed", "registered"})
#: How many words a phrase between the participle and "as" may have ("in the indictment's annex")
_NAMING_REACH = 6


#: What joins the names of a list of them, quotes around each included
_LIST_GLUE = frozenset({",", "and", '"', "”", "“", "'", "’", "‘"})
#: How a list of other names opens after "known": "known by aliases such as", "known by the names"
_NAMES_OPENING = (["aliases", "such", "as"], ["aliases", "including"], ["names", "such", "as"], ["aliases"], ["names"],
                  ["the", "aliases"], ["the", "names"])


def an_alias(lower: Sequence[str], doc: Doc, start: int) -> bool:
    """"Saw Chit Thu (aka San Myint)", "Li Wei, also known as 'Boss Li'": the same person, not
    another; and so is each later name of a list of them that a singular verb closes ("X, also
    known as A, B and C, was arrested", "known by aliases such as A, B, and C, was"; not "X, also
    known as A, and Y were arrested", where Y is another person)."""
    k = _before_listed_names(lower, doc, start - 1)
    if k != start - 1 and not _closed_by_one_persons_verb(lower, doc, start):
        return False
    while k >= 0 and lower[k] in {'"', "“", "'", "‘"}:
        k -= 1
    for opening in _NAMES_OPENING:
        width = len(opening)
        if k - width >= 1 and lower[k - width + 1:k + 1] == opening and lower[k - width - 1:k - width + 1] == ["known", "by"]:
            k -= width + 2  # "X, also known by aliases such as A": past the words to the one they name
            while k >= 0 and (lower[k] in {"also", ",", "(", ")"} or doc[k].like_num):
                k -= 1
            return k >= 0 and doc[k].ent_type_ == "PERSON"
    return _alias_after(lower, doc, k)


def _closed_by_one_persons_verb(lower: Sequence[str], doc: Doc, start: int) -> bool:
    """The list of names the name at ``start`` stands in ends in a comma and a verb of one person."""
    k = start
    while k < len(lower) and (doc[k].ent_type_ == "PERSON" or lower[k] in _LIST_GLUE):
        k += 1
    return k < len(lower) and lower[k - 1] == "," and lower[k] in {"was", "is", "has", "had"}


def _before_listed_names(lower: Sequence[str], doc: Doc, k: int) -> int:
    """Back from ``k`` over the names listed before a name (each a person's tokens, joined by
    commas and "and", quotes around them): where the list opens."""
    j = k
    while j >= 0:
        m = j
        while m >= 0 and lower[m] in _LIST_GLUE:
            m -= 1
        if m == j or m < 0 or doc[m].ent_type_ != "PERSON":
            return j
        while m >= 0 and doc[m].ent_type_ == "PERSON" and doc[m].ent_iob_ == "I":
            m -= 1
        j = m - 1
    return j


def _alias_after(lower: Sequence[str], doc: Doc, k: int) -> bool:
    """The word at ``k`` (back from a name) is an alias word or "known as", right after a person."""
    if k >= 1 and lower[k] in _NATIONAL_NOUNS and doc[k - 1].ent_type_ == "NORP":
        k -= 2  # "also known as Chinese national Lin Meihua": the people and the noun before the name
    if k >= 0 and lower[k] in ALIAS_WORDS:
        k -= 1
    elif k >= 1 and lower[k - 1:k + 1] in (["known", "as"], ["goes", "by"], ["went", "by"]):
        k -= 2  # ("X, who also goes by Y")
    elif (named := _whose_name_is(lower, k)) >= 0:
        k = named - 1  # ("Tony Zhang, whose real name is Zhang Wenli", "X, whose Chinese name is Y")
    elif (named := _naming_before(lower, k)) >= 1 and lower[named - 1] == ",":
        k = named - 1  # ("Mara Venn, identified in court papers as Lin Sa": past the comma to the name)
    else:
        return False
    while k >= 0 and (lower[k] in {"also", ",", "(", ")", "who"} or doc[k].like_num):
        k -= 1  # ("Hao Wen, 27, also known as Leo Fang": past the age)
    return k >= 0 and doc[k].ent_type_ == "PERSON"  # "a recruiter known as X" names X itself


def _whose_name_is(lower: Sequence[str], k: int) -> int:
    """Where "whose" stands in "whose (real, legal, Chinese ...) name is | Y" ending at ``k``; -1 if
    the words before the name are not such a clause. The name after it is the person's other name."""
    if k < 3 or lower[k] not in {"is", "was"} or lower[k - 1] != "name":
        return -1
    if lower[k - 2] == "whose":
        return k - 2
    return k - 3 if lower[k - 3] == "whose" and lower[k - 2].isalpha() else -1


def _naming_before(lower: Sequence[str], k: int) -> int:
    """Where the participle of naming stands whose "as" is at ``k`` ("identified in court papers
    | as"), with no mark of a clause between; -1 if none."""
    if k < 1 or lower[k] != "as":
        return -1
    for j in range(k - 1, max(k - 1 - _NAMING_REACH, -1), -1):
        if lower[j] in _NAMING:
            return j
        if not lower[j].isalpha() and lower[j] not in POSSESSIVE_S:
            return -1
    return -1


def after_alias_word(lower: Sequence[str], start: int) -> bool:
    """The name at ``start`` follows "alias", "aka" or "known as" (past an opening quote): a
    nickname ('alias "Lao Fan"', 'alias "Jordan"'), never a place or a people."""
    k = start - 1
    while k >= 0 and lower[k] in {'"', "“", "'", "‘"}:
        k -= 1
    return k >= 0 and lower[k] in ALIAS_WORDS or k >= 1 and lower[k - 1:k + 1] == ["known", "as"] and start - k > 1
