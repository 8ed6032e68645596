"""The press's own work, no act of a state: "An investigation by AFP found ...", "A recent
Bloomberg investigation highlighted ...", "A Nation TV reporter visited a detention centre".
A newsroom's inquiry or a reporter's trip is how the story learned its facts; the reader makes
events of what bodies did to people, so an investigation or a visit whose doer is a wire service,
an outlet or a reporter is told in passing. The doer is read from the words right around the event
word: after "by", before it as its modifier, or as its subject (a closed class of press nouns, the
wire services' one-word names, and the outlets the entity rules found)."""

from __future__ import annotations

from spacy.tokens import Doc

from scamgraph.loaders.nlp.outlets import NEWS_WIRES
from scamgraph.loaders.nlp.picture_credits import PICTURE_WIRES
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS

__all__ = ["press_reports_of", "press_work"]

#: Nouns of newsrooms and the people who work in them
_PRESS_NOUNS = frozenset({"reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents",
                          "newspaper", "newspaper's", "outlet", "media", "newsroom", "documentary", "broadcaster",
                          "reporting", "journalism", "press"})
#: One-word names of wire services and agencies of pictures (not a picture library's)
_WIRE_NAMES = (NEWS_WIRES | PICTURE_WIRES) - {"Getty", "EPA"}
#: Event kinds a newsroom can be said to do
_PRESS_KINDS = frozenset({"investigation", "visit"})


def press_work(doc: Doc, i: int, start: int, kind: str) -> bool:
    """Whether the event word at ``i`` (of ``kind``, sentence from ``start``) is a newsroom's own
    investigation or a reporter's visit."""
    if kind not in _PRESS_KINDS:
        return False
    after = i + 1 + (i + 2 < len(doc) and doc[i + 1].lower_ == "by" and doc[i + 2].lower_ == "the")
    if i + 1 < len(doc) and doc[i + 1].lower_ == "by" and after + 1 < len(doc) and _press(doc, after + 1):
        return True  # "an investigation by AFP", "a probe by the newspaper"
    k = i - 1
    if k > start and (doc[k].lower_ in POSSESSIVE_MARKS or doc[k].lower_.endswith("ly")):
        k -= 1  # "the newspaper's investigation", "a reporter recently visited"
    return k >= start and _press(doc, k)  # "A Bloomberg investigation", "a reporter visited"


def _press(doc: Doc, k: int) -> bool:
    """The word at ``k`` names a newsroom or its people."""
    token = doc[k]
    return token.lower_ in _PRESS_NOUNS or token.text in _WIRE_NAMES \
        or token.ent_type_ == "ORG" and token.ent_id_.split("|")[1:2] == ["media"]


#: Verbs of the press telling news
_REPORTING = frozenset({"report", "reports", "reported", "reporting"})
#: How far before an act word the press and its verb may stand
_REPORT_REACH = 6


def press_reports_of(lower: list[str], i: int, start: int) -> bool:
    """"..., while the press reports further arrests and raids": acts in the
    plural, with no number, that the press is said to report: news of others told in passing, no
    event of this story."""
    if not lower[i].endswith("s") or i > start and lower[i - 1][:1].isdigit():
        return False
    lead = lower[max(start, i - _REPORT_REACH):i]
    return not _REPORTING.isdisjoint(lead) and not _PRESS_NOUNS.isdisjoint(lead)
