"""Two acts one subject does to the same people, joined by "and": "Zorvanian police detained Ivo
Marek and handed him over to Erlandian officers".

Each verb is an act of its own. The first verb's object is the person it names: "detained Ivo
Marek" detains him, whatever the verb after "and" does; the second verb's pronoun ("him", "her",
"them") points back at that person, so the second act takes the person too. A date told before the
first verb ("On 4 May, police detained ... and handed him over ...") is then the second act's as
well, which the second verb gets once it is read as an event word: "handed <them> over" with the
people between the verb and its particle is the "handed over" of ``event_phrases.tsv``, split.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.model import Evidence, Node

__all__ = ["HANDING_VERBS", "JoinedActs", "handed_people_over", "second_verb_of_the_subject", "takes_the_people_again"]

#: Forms of the verb whose particle "over" may stand after its object: "handed him over"
HANDING_VERBS = frozenset({"handed", "hands", "handing"})
#: Object pronouns of people told before, which a second verb takes: "... and deported them"
PEOPLE_PRONOUNS = frozenset({"him", "her", "them"})
#: The most words a named person may take between "handed" and "over": "handed Ivo Marek Dusan over"
_NAME_REACH = 5
#: Words for a party of people handed over together: "handed the group over"
_PARTY = frozenset({"group", "batch", "contingent"})
#: The most words "the" may take before the people's word: "the eight Zorvanian men"
_PARTY_REACH = 4


def handed_people_over(lower: Sequence[str], doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """(the verb, the word after "over") of each "handed <people> over" in the sentence
    ``start:end``, where the people are a pronoun ("handed them over to Erlandian police") or a
    named person ("hands Ivo Marek over to ..."): the split phrase of a hand-over (not "handed the
    files over", whose object is things)."""
    found = []
    words = lower[start:end]
    if "over" not in words or HANDING_VERBS.isdisjoint(words):
        return found  # (most sentences: no verb of handing, or no "over")
    for k in range(start, end - 2):
        if lower[k] not in HANDING_VERBS:
            continue
        j = k + 1
        if lower[j] in PEOPLE_PRONOUNS:
            j += 1
        elif doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
            j += 1
            while j < end and j - k <= _NAME_REACH and doc[j].ent_iob_ == "I":
                j += 1
        elif (party := _people_told_before(lower, j, end)) is not None:
            j = party
        else:
            continue
        if j < end and lower[j] == "over":
            found.append((k, j + 1))
    return found


def _people_told_before(lower: Sequence[str], j: int, end: int) -> int | None:
    """The word after "the group", "the eight men", "the 12 Zorvanians" that opens at ``j``: people
    the story told of, named again by "the" and a word for people or their party (a few words
    between), so "handed the group over" hands people over; None for anything else ("the files")."""
    if lower[j] != "the":
        return None
    for k in range(j + 1, min(end, j + 1 + _PARTY_REACH)):
        if lower[k] in _PARTY or lower[k] in gz.people_nouns():
            return k + 1
    return None


def second_verb_of_the_subject(after: Sequence[str], verb: str | None, acted_on: bool) -> bool:
    """Whether ``verb``, read from the words ``after`` a person as the act done to them, is instead
    the subject's second act joined by "and", while the verb right before the person already acted
    on them (``acted_on``): "police detained Ivo Marek | and handed him over" detained him first.
    (A passive, "Ivo Marek was detained and handed over", puts its verb right after the name.)"""
    return acted_on and verb is not None and list(after[:2]) == ["and", verb]


def takes_the_people_again(lower: Sequence[str], verb_at: int, end: int) -> bool:
    """The second verb at ``verb_at`` takes a pronoun for the people just named as its object
    ("... and deported them", "... and handed him over"), not people of its own ("... and rescued
    40 workers")."""
    return verb_at + 1 < end and lower[verb_at + 1] in PEOPLE_PRONOUNS


class JoinedActs(_State):
    """The person of the first of two joined verbs, given to the second's act as well."""

    def _subjects_second_act(self, verb: str, tail: int, sent: Span, events: list[_Event], first: _Event,
                             person: Node, ev: Evidence) -> None:
        """"detained X and deported them": the second verb after the person (read from ``tail``) takes
        them again by a pronoun, so its act was done to them too. A verb that names no event of its own
        ("arrested X and transferred him to Erlandian custody") tells an act of the ``first`` one's
        day, unless the sentence gives a day after it; "handed him over" that names none handed him
        to the police of the same state, no sending home."""
        at = next((k for k in range(tail, min(sent.end, tail + 3)) if self.lower[k] == verb), None)
        rel, _key, kind = _COUNT_VERBS[verb]
        if at is None or rel is None or not takes_the_people_again(self.lower, at, sent.end):
            return
        own = next((e for e in events if e.type == kind and at in self.event_words.get(id(e), ())), None)
        if own is None and verb in HANDING_VERBS:
            return
        if own is None:
            later = any(d.start > self.idx[at] for d in self.days_before)
            told = first.date and not first.period and id(first) not in self.said_dated
            day = first.date if told and not later else ""
            own = self._host(kind, events, DateMention(0, 0, "", day) if day else None)  # type: ignore[attr-defined]
        self._edge(rel, own.node.key, person.key, ev)
