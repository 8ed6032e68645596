"""The spaCy pipeline behind the news loader. It needs no downloaded model.

``pipeline()`` builds, once per process (``build()`` every time): a blank English tokenizer
(with the title abbreviations news uses, so "Pol. Lt. Gen." does not end a sentence), sentence
starts (``sentences``), a PhraseMatcher compiled from the gazetteers (``gazetteer_ents``, cached
on disk by ``nlp_cache``), and ``scamgraph_names`` (``names``), which reads capitalized word runs
and decides, from the words around them, whether each is a person, an agency, an organization, a
site or a place.

Entity labels it sets on ``doc.ents`` (``ent_id_`` carries the canonical value):

=========  ==========================================================
COUNTRY    a country name; id = ISO alpha-2
NORP       a demonym ("South Korean", "Filipinos"); id = ISO alpha-2
PLACE      province, city, town, district; id = ``canonical|kind|ISO``
AGENCY     a state body; id = ``canonical|kind|ISO`` when known
ORG        a company, group, NGO or party; id = ``|kind|``
SITE       a named compound, building, casino, zone
PERSON     a person (full name or a later reference to one)
ROLE       a title or role word; id = ``role|class``
SCAM       a scam type; id = canonical name
ABUSE      an abuse (torture, confinement, ...); id = canonical name
=========  ==========================================================

A statistical model is optional: ``pipeline("en_core_web_sm")`` adds its PERSON, ORG and GPE
entities where the rules found none (``statistical``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

# the components register themselves with spaCy when their modules are imported
from scamgraph.loaders.nlp import gazetteer_ents, names, sentences  # noqa: F401
from scamgraph.loaders.nlp import statistical as _statistical  # noqa: F401
from scamgraph.loaders.nlp.affixes import skipping_letter_words
from scamgraph.loaders.nlp.lexemes import quicker_getters
from scamgraph.loaders.nlp.sentences import token_texts
from scamgraph.loaders.nlp.vocabulary import (
    ABBREVIATIONS,
    HONORIFICS,
    PLACE_RANK,
    SPEECH_VERBS,
)
from scamgraph.loaders.text import MAX_TEXT_CHARS

__all__ = ["HONORIFICS", "PLACE_RANK", "SPEECH_VERBS", "build", "pipeline", "token_texts"]


#: A dash written without spaces (or as two hyphens), and a bracket closing right before it, split
#: off the words around it: "(Xinhua)—Police said", "(Jiji Press)--Japanese police" are a wire tag,
#: a dash and a sentence, not one word.
_DASH_INFIX = r"(?<=\w)\)(?=[—–]|--)|(?<=[\w)])(?:[—–]+|--)(?=[\w\"“])"


#: spaCy's emoticons made of a digit and a bracket ("8)"), which split "(8)" in "eight (8) Laotians"
_NUMBER_EMOTICONS = ("8)", "8-)", "(-8")

def pipeline(statistical: str | None = None) -> Language:
    """The news pipeline, built once per process; pass a spaCy model name to add its entities
    (it must be installed). ``pipeline()`` and ``pipeline(None)`` are the same pipeline."""
    return _shared(statistical or None)


@lru_cache(maxsize=4)
def _shared(statistical: str | None) -> Language:
    """Build once, then move everything alive (the pipeline, the rule modules' tables, spaCy and
    its imports: some 100,000 tracked objects) out of the collector's reach: they live until the process
    ends, so walking them in every full collection, and once more at exit, is wasted time. The
    walk at exit alone cost ``scamgraph extract`` a quarter of its wall time (0.25-0.4 s)."""
    nlp = build(statistical)
    gc.freeze()
    return nlp


def build(statistical: str | None = None) -> Language:
    """A new news pipeline. The gazetteer's compiled phrases come from the on-disk cache
    (``nlp_cache``) when it holds them for these gazetteer files and this code."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "scamgraph_news_tokenizer.v1"}}})
    nlp.max_length = MAX_TEXT_CHARS + 1
    nlp.add_pipe("scamgraph_sentences")
    nlp.add_pipe("scamgraph_gazetteer")
    nlp.add_pipe("scamgraph_names")
    if statistical:
        nlp.add_pipe("scamgraph_statistical", config={"model": statistical}, last=True)
    return nlp


@spacy.registry.tokenizers("scamgraph_news_tokenizer.v1")
def _news_tokenizer() -> Callable[[Language], Tokenizer]:
    """English's tokenizer with the news abbreviations, the dash infix and no number emoticons,
    built once in place of the language's own (``affixes.skipping_letter_words``)."""
    def make(nlp: Language) -> Tokenizer:
        quicker_getters(nlp.vocab)  # a new word's attributes, same values, fewer Python calls
        infixes = [*nlp.Defaults.infixes, _DASH_INFIX]  # "(Jiji Press)—Japanese police"
        return skipping_letter_words(nlp.vocab, nlp.Defaults, {abbreviation: [{"ORTH": abbreviation}] for abbreviation in ABBREVIATIONS},
                                     compile_infix_regex(infixes).finditer,  # (a word of letters only never matches them)
                                     dropped=_NUMBER_EMOTICONS)  # ("eight (8) Laotians": a number in brackets, no face)
    return make
