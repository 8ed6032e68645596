"""A name told as another name of the person named just before ("Saw Chit Thu (aka San Myint)",
"Li Wei, also known as 'Boss Li'") is that person again, not another one; "a recruiter known as
X" names X itself."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph.loaders.nlp.vocabulary import ALIAS_WORDS

__all__ = ["after_alias_word", "an_alias"]


#: Nouns of a national that may stand between "known as" and the name: "known as Chinese national X"
_NATIONAL_NOUNS = frozenset({"national", "citizen", "businessman", "businesswoman"})


def an_alias(lower: Sequence[str], doc: Doc, start: int) -> bool:
    """"Saw Chit Thu (aka San Myint)", "Li Wei, also known as 'Boss Li'": the same person, not another."""
    k = start - 1
    while k >= 0 and lower[k] in {'"', "“", "'", "‘"}:
        k -= 1
    if k >= 1 and lower[k] in _NATIONAL_NOUNS and doc[k - 1].ent_type_ == "NORP":
        k -= 2  # "also known as Chinese national Lin Meihua": the people and the noun before the name
    if k >= 0 and lower[k] in ALIAS_WORDS:
        k -= 1
    elif k >= 1 and lower[k - 1:k + 1] == ["known", "as"]:
        k -= 2
    else:
        return False
    while k >= 0 and (lower[k] in {"also", ",", "(", ")"} or doc[k].like_num):
        k -= 1  # ("Hao Wen, 27, also known as Leo Fang": past the age)
    return k >= 0 and doc[k].ent_type_ == "PERSON"  # "a recruiter known as X" names X itself


def after_alias_word(lower: Sequence[str], start: int) -> bool:
    """The name at ``start`` follows "alias", "aka" or "known as" (past an opening quote): a
    nickname ('alias "Lao Fan"', 'alias "Jordan"'), never a place or a people."""
    k = start - 1
    while k >= 0 and lower[k] in {'"', "“", "'", "‘"}:
        k -= 1
    return k >= 0 and lower[k] in ALIAS_WORDS or k >= 1 and lower[k - 1:k + 1] == ["known", "as"] and start - k > 1
