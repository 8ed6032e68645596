"""A count told as the new size of "the number of" people an act was done to: "The number of
Bolivians freed rose from a first 18 to 140", "the number of Bolivians sent home has reached
500". The number after "to" (or right after "reached") counts the people of that act, with the
nationality named after "number of"; the first figure ("from a first 18") is the old size, told
only to be outgrown."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Event
from scamgraph.model import Evidence

__all__ = ["GrownCounts", "number_of_act"]

#: Verbs of a figure growing to its new size, and those after which the size follows at once
_GROWING = frozenset({"rose", "risen", "rises", "increased", "increases", "climbed", "climbs", "jumped", "grew",
                      "grown", "reached", "reaches", "hit", "hits", "swelled"})
_REACHING = frozenset({"reached", "reaches", "hit", "hits"})
#: The most words from "number of" to the count
_SPAN = 20


def number_of_act(lower: list[str], doc: Doc, start: int, floor: int) -> tuple[str, str] | None:
    """(the participle of the act, the people's nationality code) for the count at ``start`` (its
    sentence opens at ``floor``) where "the number of <people> <participle> ... rose to" comes
    before it, else None. The participle must be a verb of the count rules."""
    lead = lower[start - 1] if start > floor else ""
    if lead != "to" and lead not in _REACHING:
        return None
    grown = next((k for k in range(start - 1, max(floor, start - 8) - 1, -1) if lower[k] in _GROWING), None)
    if grown is None:
        return None
    at = next((k for k in range(grown - 1, max(floor, start - _SPAN) - 1, -1)
               if lower[k] == "number" and lower[k + 1] == "of"), None)
    if at is None or at + 3 >= grown:
        return None
    people = at + 2
    if doc[people].ent_type_ not in {"NORP", "COUNTRY"}:
        return None
    k = people
    while k < grown and doc[k].ent_type_ in {"NORP", "COUNTRY"} or k < grown and lower[k] in {"nationals", "citizens"}:
        k += 1
    participle = lower[k] if k < grown else ""
    if participle not in _COUNT_VERBS or not participle.endswith(("ed", "sent")):
        return None
    return participle, doc[people].ent_id_


class GrownCounts:
    """Counts told as a number grown to its new size (mixed into the count rules, which supply the
    document's words, its numbers, its nationalities and its events)."""

    lower: list[str]
    like_num: list[bool]
    doc: Doc
    _number_at: Any
    _nationality: Any
    _host: Any
    _edge: Any

    def _grown_to(self, sent: Span, events: list[_Event], dates: list[DateMention], ev: Evidence) -> None:
        """"The number of Bolivians freed rose from 18 to 140": the new size counts the people of
        the act, with their nationality (``number_of_act``)."""
        if "number" not in self.lower[sent.start:sent.end]:
            return  # (most sentences)
        for k in range(sent.start + 4, sent.end):
            grown = number_of_act(self.lower, self.doc, k, sent.start) if self.like_num[k] else None
            value = self._number_at(k, sent.end)[0] if grown else None
            nat = self._nationality(grown[1]) if grown else None
            if grown is None or value is None or nat is None:
                continue
            rel, key, kind = _COUNT_VERBS[grown[0]]
            if rel is None or not kind:
                continue
            event = self._host(kind, events, dates[0] if dates else None, at=k)
            if event not in events:
                events.append(event)
            event.counts[key] = max(value, event.counts.get(key, 0))
            self._edge(rel, event.node.key, nat.key, ev, count=value)
