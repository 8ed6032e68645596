"""Sentence starts, and the token texts every later component reads.

spaCy's rule-based sentencizer's rule, written once over plain lists, plus one rule news needs:
a headline, a dateline or a list item ends at its line break, full stop or not.
"""

from __future__ import annotations

import calendar

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from scamgraph.loaders.numbers import number_value, written_year
from scamgraph.loaders.periods import MONTHS
from scamgraph.resolve import demonym_table

__all__ = ["sentence_starts", "sentences", "token_lowers", "token_spaces", "token_texts"]

_TEXTS_KEY = ("scamgraph", "token_texts")
_LOWERS_KEY = ("scamgraph", "token_lowers")
_SPACES_KEY = ("scamgraph", "token_spaces")
_STARTS_KEY = ("scamgraph", "sentence_starts")
#: Words no sentence or headline ends on: a line break after one is a hard wrap inside a sentence
_NEVER_LAST = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "from", "with", "by", "their",
                         "its", "his", "her", "our", "into", "as", "than", "were", "was", "are", "is", "have", "has", "had"})
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
        if "-" in kept:
            spaces = token_spaces(doc)
            for k in range(1, len(kept) - 1):
                if kept[k] == "-" and spaces[k] and spaces[k - 1]:
                    kept[k] = "–"  # a hyphen set off by spaces is a dash: "20 suspects - 16 Malaysians, ... - were"
    return list(kept)


def token_lowers(doc: Doc) -> list[str]:
    """Every token's text in lower case, kept on the doc like ``token_texts`` (the name finder and
    the news reader both read it; a copy is returned)."""
    kept = doc.user_data.get(_LOWERS_KEY)
    if kept is None or len(kept) != len(doc):
        kept = doc.user_data[_LOWERS_KEY] = [word.lower() for word in token_texts(doc)]
    return list(kept)


def token_spaces(doc: Doc) -> list[int]:
    """1 where a space follows the token, else 0; kept on the doc like ``token_texts`` (the name
    finder read the array twice: a flag array costs some 200 instructions a token)."""
    kept = doc.user_data.get(_SPACES_KEY)
    if kept is None or len(kept) != len(doc):
        kept = doc.user_data[_SPACES_KEY] = doc.to_array(SPACY).tolist()
    return list(kept)


def sentence_starts(doc: Doc) -> list[bool]:
    """True where a sentence starts, as this component wrote them: taken off the doc by the first
    reader (the name finder, two components on, before anything could set them again), so a
    later one reads the document's own (a flag array costs some 200 instructions a token)."""
    kept = doc.user_data.pop(_STARTS_KEY, None)
    if kept is None or len(kept) != len(doc):
        return (doc.to_array(SENT_START) == 1).tolist()  # type: ignore[no-any-return]  # (-1 reads as 2**64 - 1)
    return kept  # type: ignore[no-any-return]


def _name_ends_sentence(words: list[str], i: int) -> bool:
    """"... former Prime Minister Hun Sen. According to ...": the tokenizer keeps "Sen." whole as
    the senator's title, but a title stands before a name, never after a name word; after one
    (not a people's name: "Philippine Sen. X") it is the name's last part and its full stop."""
    if words[i] != "Sen." or i == 0 or i + 1 >= len(words) or not words[i + 1][:1].isupper():
        return False
    before = words[i - 1]
    return before.isalpha() and before.istitle() and before.lower() not in demonym_table()


def _wrapped(words: list[str], starts: list[int], i: int) -> bool:
    """A hard-wrapped text breaks its lines inside sentences ("... raided a house,\\narresting six"):
    a single line break after a line with no end mark, before a word in lower case, goes on with the
    same sentence (no sentence opens with a lower-case word, nor does one end on "in" or on a
    number before a word, a year aside: a dateline ends on one, "Velmor, May 3 (AFP) May 3,
    2025"; a blank line still ends one)."""
    if words[i].count("\n") != 1 or starts[i] == 1 or i == 0:
        return False
    # (a line that ends on a word no sentence or headline ends on goes on: "government in\nMyanmar", "25 Ghanaians, 4\nTogolese")
    return words[i + 1][:1].islower() and words[i + 1][:1].isalpha() or words[i - 1].lower() in _NEVER_LAST \
        or words[i - 1].isdigit() and not written_year(words[i - 1]) and words[i + 1][:1].isalpha()


_WEEKDAYS = frozenset(name.lower() for name in calendar.day_name)
#: the most words a clause between semicolons is read for its day and its number
_CLAUSE_WORDS = 40


def _dated_clause(words: list[str], start: int, stop: int) -> bool:
    """The words ``start:stop`` tell a day of their own ("on March 4", "on Tuesday") and a number
    besides the day's."""
    lower = [w.lower() for w in words[start:stop]]
    dated = sum(w.rstrip(".") in MONTHS and k + 1 < len(lower) and lower[k + 1][:1].isdigit() for k, w in enumerate(lower))
    named = sum(w in _WEEKDAYS and lower[k - 1:k] == ["on"] for k, w in enumerate(lower))
    numbers = sum(w[:1].isdigit() or w.isalpha() and number_value(w) is not None for w in lower)
    return (dated or named) > 0 and numbers > dated


def _semicolon_splits(words: list[str], starts: list[int]) -> list[int]:
    """Semicolons between clauses that each tell their own day and count: "30 suspects were held on
    March 3; 11 were detained on March 4; and 40 were arrested on March 5" is three events, each
    with its day, so each clause is read as a sentence of its own (a semicolon in a list of names,
    or between clauses with no day of their own, stays inside its sentence)."""
    marks = [i for i, word in enumerate(words) if word == ";"]
    found = []
    for i in marks:
        start = max([k for k in range(max(0, i - _CLAUSE_WORDS), i) if starts[k] == 1 or words[k] == ";"], default=max(0, i - _CLAUSE_WORDS))
        stop = next((k for k in range(i + 1, min(len(words), i + 1 + _CLAUSE_WORDS))
                     if words[k] == ";" or words[k] in _SENTENCE_ENDS or starts[k] == 1), min(len(words), i + 1 + _CLAUSE_WORDS))
        if i + 1 < len(words) and _dated_clause(words, start, i) and _dated_clause(words, i + 1, stop):
            found.append(i + 1)
    return found


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
    starts = [-1] * n
    starts[0] = 1
    after = 0  # (end marks before this are inside the run of end punctuation already read)
    ends = [i for i, word in enumerate(words) if word in _SENTENCE_ENDS or word == "Sen." and _name_ends_sentence(words, i)]
    for end in ends:
        if end < after:
            continue
        k = end + 1
        while k < n and (words[k] in _SENTENCE_ENDS or doc[k].is_punct):  # (a Token at a few places only)
            k += 1  # the run of end punctuation and closing marks goes with the sentence it ends
        if k == n:
            break
        after, starts[k] = k, 1
    if ";" in words:
        for k in _semicolon_splits(words, starts):
            starts[k] = 1
    for i in [i for i, word in enumerate(words) if "\n" in word]:
        if i + 1 < n and doc[i].is_space and not _wrapped(words, starts, i):  # (a Token for the few line breaks)
            starts[i + 1] = 1
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    doc.user_data[_STARTS_KEY] = [start == 1 for start in starts]  # (for the name finder, next but one)
    return doc
