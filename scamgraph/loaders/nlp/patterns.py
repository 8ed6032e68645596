"""Cue phrases compiled once with the pipeline and matched in one pass over each document.

The name finder used to walk every token of every article looking for a few fixed word
sequences. Those sequences are phrases from the tables, so they are compiled into one spaCy
``PhraseMatcher`` (on lower-case text) when the pipeline is built; each document is matched
once, in C, and the rule modules look the results up by position:

==============  ======================================================================
LOWER_BODY      "the | foreign ministry", "Indonesia's | interior ministry": a state body
                written in lower case (``lower_agencies.tsv``); kept after "the" or "'s"
                and when written exactly as listed
AGENCY_HEAD     "Tak | provincial police", "Thai | authorities", "Myanmar's | military":
                lower-case agency words after a name (``agency_lower_heads.tsv``)
SPEECH          "Setiawan | told", "said | Setiawan": a verb of speech beside a name
==============  ======================================================================

A ``PhraseMatcher`` looks each token up in a hash table, so its cost does not grow with the
number of phrases; the token-pattern ``Matcher`` tries every pattern at every token and, with
these ~100 alternatives, took longer than the scans it replaced. Phrases are written with single
spaces between tokens, as the tables give them; a phrase longer than three tokens is no cue.
Compiling needs no tokenizer and adds nothing to the gazetteer cache (``nlp_cache``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.vocabulary import AGENCY_LOWER_HEADS, AGENCY_MEMBER_NOUNS, POSSESSIVE_S, SPEECH_VERBS

__all__ = ["CueMatches", "CuePatterns"]

_MAX_WORDS = 4
#: A country's mission written with a capital after the country's possessive ("Atlantis's Embassy in
#: X"): one word that, alone, names no one body, and after the possessive names that country's
_TITLED_MISSIONS = frozenset({"Embassy", "Consulate", "Embassies", "Consulates"})


def _phrases(table: Iterable[str], least: int = 1) -> list[list[str]]:
    """Each phrase's words, for phrases of ``least`` to three words."""
    return [phrase.split(" ") for phrase in sorted(table) if least <= len(phrase.split(" ")) <= _MAX_WORDS]


def _rules() -> dict[str, list[list[str]]]:
    """Every cue rule by name, as lists of words."""
    return {
        "LOWER_BODY": _phrases(gz.lower_agencies(), least=2),
        "AGENCY_HEAD": _phrases(AGENCY_LOWER_HEADS),
        "SPEECH": [[verb] for verb in sorted(SPEECH_VERBS)],
    }


class CueMatches:
    """One document's cue matches by rule name, (start, end) pairs in document order, and the
    positions the rules are asked about."""

    def __init__(self, found: dict[str, list[tuple[int, int]]], words: list[str]) -> None:
        self.found = found
        self.words = words
        self._heads: dict[int, int] | None = None

    def spans(self, rule: str) -> list[tuple[int, int]]:
        """The (start, end) of every match of ``rule``."""
        return self.found.get(rule, [])

    def agency_head_end(self, k: int) -> int:
        """Where the lower-case agency words that start at token ``k`` end, or 0: "'s" and a
        one-word head first ("Myanmar | 's military"), else the longest head phrase whose first
        word is written in lower case."""
        if self._heads is None:
            self._heads = self._agency_heads()
        return self._heads.get(k, 0)

    def _agency_heads(self) -> dict[int, int]:
        words, heads = self.words, dict[int, int]()
        for start, end in self.spans("AGENCY_HEAD"):
            if words[start].islower():
                heads[start] = max(heads.get(start, 0), end)
        for start, end in self.spans("AGENCY_HEAD"):
            if start > 0 and words[start - 1] in POSSESSIVE_S and end == start + 1 and words[start] in _TITLED_MISSIONS:
                heads[start - 1] = end  # "Atlantis's Embassy": a mission alone is no name, but the country's
        for start, end in self.spans("AGENCY_HEAD"):
            if start > 0 and words[start - 1] in POSSESSIVE_S and words[start].islower() and heads.get(start) == end \
                    and (end == start + 1 or " ".join(words[start:end]) not in gz.lower_agencies()):
                heads[start - 1] = end  # (the longest: "China's | public security agencies"; a lower-case
                # body of the table, "Laos's | foreign ministry", is read as one with its possessive)
        # "Cambodian immigration officials", like "Thai officials", name a body as written (the
        # officials of a state are its agency: tests/corpus/README.md, convention 5)
        return {start: end + (end < len(words) and words[end] == _OFFICIALS) for start, end in heads.items()
                if not self._modifies(end, heads) and not self._field_before_noun(start, end)}

    def _field_before_noun(self, start: int, end: int) -> bool:
        """"law enforcement" names a state's forces only where it ends its phrase ("handed to
        Atlantean law enforcement", "Atlantean law enforcement raided ..."); before a noun of its
        own it describes that noun ("law enforcement officers", "law enforcement measures",
        "law enforcement authorities"), whose people or acts are told, not one body."""
        words = self.words
        if " ".join(words[max(start, end - 2):end]).lower() != _FIELD or end >= len(words):  # (also "Atlantis's law enforcement")
            return False
        after = words[end]
        return after.isalpha() and after.islower() and after not in _AFTER_A_BODY and not after.endswith("ed")

    def _modifies(self, end: int, heads: dict[int, int]) -> bool:
        """Agency words that end at ``end`` describe the people after them ("Thai military |
        personnel"), also when a second body's words come between ("Thai military | and
        immigration officials")."""
        words = self.words
        if end < len(words) and words[end] in AGENCY_MEMBER_NOUNS and words[end] != _OFFICIALS:
            return True
        other = heads.get(end + 1, 0) if end < len(words) and words[end] == "and" else 0
        return bool(other) and other < len(words) and words[other] in AGENCY_MEMBER_NOUNS


#: The people of a body that news names the body by
_OFFICIALS = "officials"
#: A field of work that names a state's forces when it ends its phrase
_FIELD = "law enforcement"
#: Lower-case words that may follow a body's name: the clause goes on ("Atlantean law enforcement
#: in a case", "... or are facing charges", "... has urged"), none of them a noun the words describe
_AFTER_A_BODY = frozenset({"in", "on", "at", "of", "from", "to", "for", "with", "by", "and", "or", "but", "as", "that",
                           "who", "which", "has", "have", "had", "is", "are", "was", "were", "will", "would", "said",
                           "says", "also", "then", "later", "after", "before", "during", "last", "this", "since"})


class CuePatterns:
    """The cue phrases compiled into one PhraseMatcher for a pipeline's vocabulary."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        rules = _rules()
        for name, phrases in rules.items():
            self.matcher.add(name, [Doc(vocab, words=words) for words in phrases])
        self.names = {vocab.strings[name]: name for name in rules}

    def __call__(self, doc: Doc, words: list[str]) -> CueMatches:
        """The matches in ``doc``, whose token texts are ``words``."""
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for key, start, end in self.matcher(doc):
            found[self.names[key]].append((start, end))
        return CueMatches(found, words)
