"""Sentence starts, and the token texts every later component reads.

spaCy's rule-based sentencizer's rule, written once over plain lists, plus one rule news needs:
a headline, a dateline or a list item ends at its line break, full stop or not.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

__all__ = ["sentences", "token_lowers", "token_texts"]

_TEXTS_KEY = ("scamgraph", "token_texts")
_LOWERS_KEY = ("scamgraph", "token_lowers")
#: What ends a sentence for spaCy's rule-based sentencizer
_SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, read from the token array: iterating a Doc builds a Token object per
    token, which costs three times as much. Kept on the doc for the next component (a copy is
    returned; the pipeline never retokenizes, and the length is checked all the same)."""
    kept = doc.user_data.get(_TEXTS_KEY)
    if kept is None or len(kept) != len(doc):
        strings = doc.vocab.strings
        kept = doc.user_data[_TEXTS_KEY] = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    return list(kept)


def token_lowers(doc: Doc) -> list[str]:
    """Every token's text in lower case, kept on the doc like ``token_texts`` (the name finder and
    the news reader both read it; a copy is returned)."""
    kept = doc.user_data.get(_LOWERS_KEY)
    if kept is None or len(kept) != len(doc):
        kept = doc.user_data[_LOWERS_KEY] = [word.lower() for word in token_texts(doc)]
    return list(kept)


@Language.component("scamgraph_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts, written once: a sentence ends after its run of end punctuation, and at
    a line break (a line break is a token of its own or inside one: a token's trailing
    whitespace is one space at most). Only the end marks and the whitespace tokens are visited:
    a token holding a line break is all whitespace (the tokenizer splits text at whitespace)."""
    words = token_texts(doc)
    if not words:
        return doc
    n = len(words)
    punct = doc.to_array(IS_PUNCT).tolist()
    starts = [-1] * n
    starts[0] = 1
    after = 0  # (end marks before this are inside the run of end punctuation already read)
    for end in [i for i, word in enumerate(words) if word in _SENTENCE_ENDS]:
        if end < after:
            continue
        k = end + 1
        while k < n and (punct[k] or words[k] in _SENTENCE_ENDS):
            k += 1  # the run of end punctuation and closing marks goes with the sentence it ends
        if k == n:
            break
        after, starts[k] = k, 1
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in words[i]:
            starts[i + 1] = 1
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    return doc
