"""The tokenizer skips its prefix, suffix, infix and URL patterns on a word of letters only
(``nlp/affixes.py``): that holds only while none of the pipeline's patterns can match such a word,
and the tokens must be the ones the unwrapped patterns give."""

from __future__ import annotations

import pickle
import random
import sys
from pathlib import Path

import spacy
from spacy.lang.en import English
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from scamgraph.loaders import nlp as nlp_module
from scamgraph.loaders.nlp.vocabulary import ABBREVIATIONS
from scamgraph.loaders.text import read_article

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    return [read_article(p).text for folder in (ROOT / "corpus", ROOT / "holdout") for p in sorted(folder.iterdir())
            if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]


def _letter_words(texts: list[str]) -> list[str]:
    """Every letter of Unicode, two and three letters of many scripts, the corpus's words of letters."""
    letters = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalpha()]
    rng = random.Random(5)
    mixed = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 3))) for _ in range(20000)]
    units = ["km", "kmh", "mph", "s", "S", "MB", "кг", "кПа", "كم", "ft", "in", "US", "C", "A"]  # (after a digit; "US$")
    return letters + mixed + units + sorted({w for text in texts for w in text.split() if w.isalpha()})


def test_no_pattern_of_the_pipeline_matches_letters_alone() -> None:
    tokenizer = nlp_module.build().tokenizer
    prefix, suffix = tokenizer.prefix_search.__wrapped__, tokenizer.suffix_search.__wrapped__
    url, infix = tokenizer.url_match.__wrapped__, tokenizer.infix_finditer.__wrapped__
    for word in _letter_words(_texts()):
        assert prefix(word) is None and suffix(word) is None and url(word) is None and not list(infix(word)), word
        assert tokenizer.suffix_search(word) is None and not list(tokenizer.infix_finditer(word))


def test_the_wrapped_patterns_answer_as_the_patterns_do() -> None:
    tokenizer = nlp_module.build().tokenizer
    words = {w for text in _texts() for w in text.split()} | {"U.S.", "(Xinhua)—Police", "5km", "www.example.com", "'s",
                                                              "US$5", "+Police", "§2", "…and"}
    for word in sorted(words):
        for name in ("prefix_search", "suffix_search", "url_match"):
            mine, theirs = getattr(tokenizer, name)(word), getattr(tokenizer, name).__wrapped__(word)
            assert (mine and mine.span()) == (theirs and theirs.span()), (name, word)
        spans = [m.span() for m in tokenizer.infix_finditer(word)]
        assert spans == [m.span() for m in tokenizer.infix_finditer.__wrapped__(word)], word


def _set_one_by_one() -> Tokenizer:
    """The tokenizer built as before: spaCy's less its number emoticons, a special case at a time,
    then the infix pattern."""
    tokenizer = spacy.blank("en").tokenizer
    tokenizer.rules = {text: cases for text, cases in tokenizer.rules.items() if text not in nlp_module._NUMBER_EMOTICONS}
    for abbreviation in ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    tokenizer.infix_finditer = compile_infix_regex([*English.Defaults.infixes, nlp_module._DASH_INFIX]).finditer
    return tokenizer


def test_same_tokens_as_the_tokenizer_built_one_setting_at_a_time() -> None:
    nlp = nlp_module.build()
    plain = _set_one_by_one()
    # the same special cases (spaCy loads them in sorted order either way: the same matcher), less
    # those that only keep as one token a text the patterns keep whole anyway (they stop the cache)
    dropped = {text: cases for text, cases in plain.rules.items() if text not in nlp.tokenizer.rules}
    assert sorted(nlp.tokenizer.rules.items()) == sorted(case for case in plain.rules.items() if case[0] not in dropped)
    assert {"\n", "\t", "\u2014", "'"} <= dropped.keys() and all(len(cases) == 1 for cases in dropped.values())
    texts = _texts()
    texts += [f"a {text} b{text} ({text}) “{text}, {text}{text} c{text}\n  {text}." for text in dropped]
    rng = random.Random(11)
    words = [w for text in texts for w in text.split()]
    texts += [" ".join(rng.sample(words, 400)) for _ in range(20)]  # words after an abbreviation: not cached
    for text in texts:
        assert [(t.text, t.whitespace_) for t in nlp.make_doc(text)] == [(t.text, t.whitespace_) for t in plain(text)]


def test_the_tokenizer_still_saves_its_patterns() -> None:
    tokenizer = nlp_module.build().tokenizer
    restored = spacy.blank("en").tokenizer.from_bytes(tokenizer.to_bytes())
    assert restored.suffix_search.__self__.pattern == tokenizer.suffix_search.__wrapped__.__self__.pattern
    assert [t.text for t in restored("Police raided 5km of the (Xinhua)—zone.")] == \
        [t.text for t in tokenizer("Police raided 5km of the (Xinhua)—zone.")]


def test_the_tokenizer_still_pickles() -> None:
    """``nlp.pipe(n_process=2)`` sends the pipeline to its processes by pickling it."""
    tokenizer = nlp_module.build().tokenizer
    copy = pickle.loads(pickle.dumps(tokenizer))
    text = "Mr. Lim said 5km of the (Xinhua)—police were U.S.-based, at www.example.com."
    assert [t.text for t in copy(text)] == [t.text for t in tokenizer(text)]
    assert copy.suffix_search("police") is None and copy.suffix_search("police,").group() == ","


def _tailed_words(texts: list[str]) -> list[str]:
    """Letters then one or two characters that are no letter (every one of Unicode's, after a few
    letters of many scripts), numbers (with commas and full stops or not), and the corpus's words."""
    others = [chr(c) for c in range(sys.maxunicode + 1) if not chr(c).isalpha() and not 0xD800 <= c <= 0xDFFF]
    letters = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalpha()]
    rng = random.Random(7)
    heads = ["said", "police", "US", "C", "km", "A", "m", "Mr", "ßá", "кг", "x"] + rng.sample(letters, 40)
    tails = others + ["".join(rng.sample(others, 2)) for _ in range(40000)] + ["’s", "'s", "'S", ".,", ".)", "),"]
    digits = [str(n) for n in range(100000)] + [f"{n:,}" for n in range(0, 10**7, 7)] + [f"{n / 100:.2f}" for n in range(20000)] \
        + ["1.2.3", "1,2.3", "1..2", "1,,2", "1.", ",1", "1,", "1-2", "1/2", "1.5km", "²", "١٢", "1,500.", "(1,500)"]
    return [rng.choice(heads) + tail for tail in tails] + digits + sorted({w for text in texts for w in text.split()})


def test_the_shortcuts_answer_as_the_patterns_do() -> None:
    """The suffix pattern searched from the first non-letter, and no pattern run on digits only:
    the same answers as the patterns on letters with every tail of one or two characters."""
    tokenizer = nlp_module.build().tokenizer
    for word in _tailed_words(_texts()):
        for name in ("prefix_search", "suffix_search", "url_match"):
            mine, theirs = getattr(tokenizer, name)(word), getattr(tokenizer, name).__wrapped__(word)
            assert (mine and mine.span()) == (theirs and theirs.span()), (name, word)
        spans = [m.span() for m in tokenizer.infix_finditer(word)]
        assert spans == [m.span() for m in tokenizer.infix_finditer.__wrapped__(word)], word
