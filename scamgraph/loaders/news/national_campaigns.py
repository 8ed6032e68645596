"""A country's or a government's crackdown, told with the possessive ("Beijing's crackdown on
cybercriminals at home", "the government's ongoing crackdown on gaming firms", "Thailand's
crackdown on call centres"), is a national campaign: a policy the story tells as background or as
a cause, not one operation on a day and a place. An agency's or a force's crackdown ("the
police's crackdown", "their crackdown on the gang") is left to be read as an operation."""

from __future__ import annotations

from spacy.tokens import Doc
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S

_CRACKDOWNS = frozenset({"crackdown", "crackdowns"})
#: Words that may stand between the possessive and the word: "Cambodia's online scam crackdown"
_FILLERS = frozenset({"ongoing", "continuing", "continued", "recent", "latest", "largest", "biggest", "ever",
                      "online", "scam", "nationwide", "sweeping", "wider", "broader", "own", "intensified",
                      "years-long", "months-long", "harsh", "tough", "anti-scam", "fraud"})
#: Owners that are a whole state, not one of its forces
_STATES = frozenset({"government", "nation", "country", "state", "kingdom", "administration", "junta", "regime"})
_STATE_ENTS = frozenset({"COUNTRY", "GPE"})


def national_campaign(doc: Doc, lower: list[str], i: int, start: int) -> bool:
    """Whether the crackdown word at ``i`` is owned by a country or a government (sentence from ``start``)."""
    if lower[i] not in _CRACKDOWNS:
        return False
    k = i - 1
    while k > start and lower[k] in _FILLERS:
        k -= 1
    if k <= start or lower[k] not in POSSESSIVE_S:
        return False
    owner = k - 1
    return lower[owner] in _STATES or doc[owner].ent_type_ in _STATE_ENTS or _capital(doc, owner)


def _capital(doc: Doc, k: int) -> bool:
    """A capital standing for its government ("Beijing's crackdown"): a place name that opens no
    longer name (the tokenizer's PLACE entity of one word)."""
    return doc[k].ent_type_ == "PLACE" and doc[k].ent_iob_ == "B" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")
