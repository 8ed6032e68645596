"""The same word attributes as spaCy's, computed with fewer Python calls.

The first time the vocabulary meets a word, spaCy computes some twenty attributes for it (lower
form, norm, prefix, suffix, shape, the ``is_*`` and ``like_*`` flags), each by calling a Python
function. An article read once brings a few dozen such words, and on articles read once each
this was a tenth of the reader's work. Where spaCy's function only calls one ``str`` method or
slices the text, that method or an ``operator.itemgetter`` gives the same value without a
Python frame, a test of a few marks is a set's membership test; the norm is one table look-up with the lower form as the fall-back. The shape of
a word of one case or of digits is written without a loop over its characters. The other
functions (stop words, numbers, punctuation, currency signs, URLs, e-mail) are kept as they are.
``tests/unit/test_nlp_lexemes.py`` compares every attribute with spaCy's own functions.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from functools import partial
from typing import Any

from spacy.attrs import (
    IS_ALPHA,
    IS_ASCII,
    IS_BRACKET,
    IS_DIGIT,
    IS_LEFT_PUNCT,
    IS_LOWER,
    IS_QUOTE,
    IS_RIGHT_PUNCT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LANG,
    LOWER,
    NORM,
    PREFIX,
    SHAPE,
    SUFFIX,
)
from spacy.lang import lex_attrs
from spacy.vocab import Vocab

__all__ = ["quicker_getters"]

#: spaCy's function -> the C-level callable that returns the same value for every string.
_SAME_VALUE: dict[Callable[[str], Any], Callable[[str], Any]] = {
    lex_attrs.lower: str.lower,
    lex_attrs.prefix: operator.itemgetter(0),
    lex_attrs.suffix: operator.itemgetter(slice(-3, None)),
    lex_attrs.is_alpha: str.isalpha,
    lex_attrs.is_digit: str.isdigit,
    lex_attrs.is_lower: str.islower,
    lex_attrs.is_space: str.isspace,
    lex_attrs.is_title: str.istitle,
    lex_attrs.is_upper: str.isupper,
    lex_attrs.is_ascii: str.isascii,  # (every character below 128)
    # a word that is one of a few marks: a set's membership test in place of a tuple's
    lex_attrs.is_bracket: frozenset("()[]{}<>").__contains__,
    lex_attrs.is_quote: frozenset([*"\"'`«»‘’‚‛“”„‟‹›❮❯", "''", "``"]).__contains__,
    lex_attrs.is_left_punct: frozenset([*"([{<\"'«‘‚‛“„‟‹❮", "``"]).__contains__,
    lex_attrs.is_right_punct: frozenset([*")]}>\"'»’”›❯", "''"]).__contains__,
}
_ATTRS = (LOWER, PREFIX, SUFFIX, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_SPACE, IS_TITLE, IS_UPPER, IS_ASCII,
          IS_BRACKET, IS_QUOTE, IS_LEFT_PUNCT, IS_RIGHT_PUNCT)


class _Norms(dict[str, str]):
    """spaCy's norm table; a word it does not list is its own lower form (not stored)."""

    def __missing__(self, word: str) -> str:
        return word.lower()


def quicker_getters(vocab: Vocab) -> None:
    """Swap, in place and in the same order, the attribute functions of ``vocab`` that have a
    same-valued C-level form; a function that is not spaCy's known one is left alone."""
    getters = vocab.lex_attr_getters  # type: ignore[attr-defined]  # (not in spaCy's stubs)
    for attr in _ATTRS:
        if (spacy_getter := getters.get(attr)) in _SAME_VALUE:
            getters[attr] = _SAME_VALUE[spacy_getter]
    lang = getters.get(LANG)
    if isinstance(lang, partial) and lang.func is lex_attrs.get_lang and not lang.args:
        getters[LANG] = str(lang.keywords.get("lang", "")).format  # ("en".format(word) is "en")
    if NORM in getters:
        getters[NORM] = _norm_getter(getters[NORM])
    if getters.get(SHAPE) is lex_attrs.word_shape:
        getters[SHAPE] = _shape


def _norm_getter(norm: Any) -> Any:
    """One table's ``__getitem__`` in place of spaCy's look-up-then-lower-case partial."""
    if isinstance(norm, partial) and len(norm.args) == 2 and not norm.keywords and norm.args[0] is lex_attrs.lower \
            and getattr(norm.func, "__name__", "") == "_get_attr_unless_lookup":
        tables = norm.args[1]
        if len(tables) == 1 and type(tables[0]) is dict:  # (string keys; spaCy's Table hashes them)
            return _Norms(tables[0]).__getitem__
    return norm


def _shape(text: str) -> str:
    """spaCy's ``word_shape`` ("Xxxxx", "dddd": a character's class, at most four of one class in
    a row): for a word of lower-case letters, of a capital and lower-case letters, of ASCII
    capitals or of digits the shape is one or two runs, written without visiting each character."""
    n = len(text)
    if n >= 100 or not (text.isalpha() or text.isdigit()):
        return lex_attrs.word_shape(text)
    if text.isdigit():
        return "d" * min(n, 4)
    if text.islower():  # (no capital among its letters: each is "x")
        return "x" * min(n, 4)
    if text[0].isupper() and (n == 1 or text[1:].islower()):
        return "X" + "x" * min(n - 1, 4)
    if text.isascii() and text.isupper():
        return "X" * min(n, 4)
    return lex_attrs.word_shape(text)
