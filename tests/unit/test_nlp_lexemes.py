"""The pipeline's vocabulary computes a new word's attributes with quicker functions
(``nlp/lexemes.py``): every attribute must equal what spaCy's own functions give, on the words of
the corpus and on odd strings (other scripts, digits, signs, title case, the norm table's keys)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import spacy
from spacy import attrs

from scamgraph.loaders import nlp as nlp_module
from scamgraph.loaders.nlp.lexemes import quicker_getters
from scamgraph.loaders.text import read_article

ROOT = Path(__file__).resolve().parents[1]
_ODD = ["", "I", "A.", "U.S.", "Mr.", "'s", "’S", "US$", "E£", "——", "…", "ǅungla", "ΣΑΣ", "ß", "İstanbul",
        "ﬁne", "Ⅻ", "²", "١٢٣", "12th", "3/4", "+1,000", "ស្រុក", "中国", "😀", "\u200b", " ", "\t\n", "x" * 120,
        "x" * 99, "x" * 100, "Ab" * 50, "ABCDEF", "Abcdefgh", "A", "a", "1234567", "Ǆabc", "ǅ", "Aあ", "あい", "aあ", "ΣΑΣ"]


def _words() -> list[str]:
    texts = [read_article(p).text for folder in (ROOT / "corpus", ROOT / "holdout") for p in sorted(folder.iterdir())
             if p.suffix in {".txt", ".md", ".html"} and not p.name.startswith("README")]
    words = {t.text for text in texts for t in spacy.blank("en").tokenizer(text)}
    rng = random.Random(3)
    alphabet = "aZ9.,'’-$€ \u00e9\u0130\u01c5\u03a3\u1780\u4e2d"
    odd = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(3000)}
    marks = {chr(c) for c in [*range(0x21, 0x30), *range(0x3a, 0x41), *range(0x5b, 0x61), *range(0x7b, 0x7f),
                              0xab, 0xbb, *range(0x2010, 0x2040), 0x276e, 0x276f]}
    marks |= {a + b for a in marks for b in marks}  # "''", "``", "‘‘"
    norms = set(spacy.blank("en").vocab.lex_attr_getters[attrs.NORM].args[1][0])
    letters = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalpha() or chr(c).isdigit()]
    shaped = {w for c in letters for w in (c, c + "bcdef", "A" + c, c * 6, c + "12")}  # (shapes of one or two runs)
    return sorted(words | odd | marks | norms | shaped | set(_ODD))


def test_every_attribute_is_spacys_value() -> None:
    vocab = spacy.blank("en").vocab
    spacys = dict(vocab.lex_attr_getters)
    quicker_getters(vocab)
    ours = vocab.lex_attr_getters
    assert list(ours) == list(spacys)  # same attributes, same order
    swapped = [attr for attr in ours if ours[attr] is not spacys[attr]]
    assert len(swapped) == 17  # lower, norm, prefix, suffix, shape, eleven flags and the language
    names = {number: name for name, number in attrs.IDS.items()}
    for word in _words():
        for attr in swapped:
            mine, theirs = _value(ours[attr], word), _value(spacys[attr], word)
            assert mine == theirs and type(mine) is type(theirs), (word, names[attr])


def _value(getter: object, word: str) -> object:
    """What a getter returns, or the kind of error it raises ("" has no first letter)."""
    try:
        return getter(word)  # type: ignore[operator]
    except IndexError as error:
        return type(error)


def test_the_pipeline_reads_tokens_as_spacy_would() -> None:
    plain = spacy.blank("en")
    nlp = nlp_module.build()
    text = read_article(min((ROOT / "corpus").glob("*.txt"))).text
    names = ["lower_", "norm_", "prefix_", "suffix_", "shape_", "is_alpha", "is_digit", "is_lower", "is_space",
             "is_title", "is_upper", "is_ascii", "is_stop", "is_punct", "like_num", "like_url", "lang_"]
    for word in {t.text for t in nlp.make_doc(text)} | {"Zyxwvut", "ZYXW-9"}:
        ours, theirs = nlp.vocab[word], plain.vocab[word]
        assert [getattr(ours, n) for n in names] == [getattr(theirs, n) for n in names], word
