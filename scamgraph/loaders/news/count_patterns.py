"""Compiled patterns for the words that tell the nationality of counted people after their noun:
"45 people, all Chinese", "209 foreigners, 73 of them South Koreans", "(all of them Thai nationals)".

The patterns run once per document; the count reader asks them by token position.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Words that say every counted person has the nationality told next.
_WHOLE = ["all", "both", "each", "every", "entirely"]
#: Words that join a nationality to the one before it: then no single nationality is everyone's.
_JOINING = {"and", "or", "/", "&"}

#: "…, all (of them) Chinese": the count before the comma is wholly of that nationality.
_ALL_OF = [{"ORTH": {"IN": [",", "(", "—", "–", "-"]}}, {"LOWER": {"IN": _WHOLE}},
           {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": ["them", "whom"]}, "OP": "?"},
           {"LOWER": {"IN": ["were", "are"]}, "OP": "?"}, {"ENT_TYPE": "NORP", "OP": "+"}]
#: "73 of them (were) South Koreans": a part of the people counted before, with its nationality
#: ("of whom" opens a clause that often tells the part of a different event; left to the reader).
_PART_OF = [{"LIKE_NUM": True}, {"LOWER": "of"}, {"LOWER": "them"},
            {"LOWER": {"IN": ["were", "are"]}, "OP": "?"}, {"ENT_TYPE": "NORP", "OP": "+"}]


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("ALL_OF", [_ALL_OF], greedy="LONGEST")
    matcher.add("PART_OF", [_PART_OF], greedy="LONGEST")
    return matcher


def apposed_nationalities(doc: Doc) -> dict[int, tuple[str, str, int]]:
    """Token position -> (kind, nationality id, end of the phrase). ``ALL_OF`` is keyed by the
    comma that closes the counted noun; ``PART_OF`` by the number of the part."""
    found: dict[int, tuple[str, str, int]] = {}
    for match_id, start, end in _matcher(doc.vocab)(doc):
        last = doc[end - 1]
        if end < len(doc) - 1 and doc[end].lower_ in _JOINING and doc[end + 1].ent_type_ == "NORP":
            continue  # "all Chinese and Vietnamese": no one nationality is everyone's
        if end < len(doc) and doc[end].text in {"-", "–"} and doc[end].idx == last.idx + len(last.text):
            continue  # "all Chinese-speaking": a language, not a nationality
        found[start] = (doc.vocab.strings[match_id], last.ent_id_, end)
    return found
