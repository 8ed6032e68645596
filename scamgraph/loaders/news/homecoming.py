"""People arriving home, told after their sending home: "... have been rescued and repatriated, the
bureau said. The victims arrived at the airport on August 23." The arrival is the return's day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.words import SENDING_HOME

#: Who arrives home: the people just sent back, named by a plural noun or a pronoun
_ARRIVING_PEOPLE = frozenset({"victims", "workers", "nationals", "citizens", "returnees", "survivors", "detainees",
                              "they", "group", "men", "women", "individuals", "people", "migrants"})
_ARRIVING = frozenset({"arrived", "landed", "reached"})  # ("They reached Chennai on Thursday")
#: How long before its telling a return can have happened and still be the news: a trafficked
#: person's arrival abroad ("the victims arrived in Bangkok in May 2024") is told months later
_NEWS_DAYS = 14


def arrived_home(lower: Sequence[str], start: int, end: int, day: str, published: date | None) -> bool:
    """The sentence (tokens ``start:end``) opens with the people ("The victims", "They", "The group,
    made up of 24 men and 9 women,") whose verb is an arrival, and its one day lies in the fortnight
    before the story was published."""
    if published is None or len(day) != 10:
        return False
    opening = lower[start:min(end, start + 3)]
    verb = next((k for k in range(start, min(end, start + 5)) if lower[k] in _ARRIVING), None)
    if verb is not None:
        opening = opening[:verb - start]
    elif "," in opening[1:]:  # "The group, made up of 24 men and 9 women, landed in Entebbe": past the aside
        opening = opening[:opening.index(",", 1)]
        verb = _verb_after_aside(lower, start + len(opening), end)
    if verb is None or _ARRIVING_PEOPLE.isdisjoint(opening):
        return False
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return False
    return published - timedelta(days=_NEWS_DAYS) <= when <= published


def _verb_after_aside(lower: Sequence[str], comma: int, end: int) -> int | None:
    """The arrival word right after the aside the comma at ``comma`` opens, or None."""
    close = next((k for k in range(comma + 1, min(end, comma + 14)) if lower[k] == ","), None)
    return None if close is None else next((k for k in range(close + 1, min(end, close + 3)) if lower[k] in _ARRIVING), None)


def sending_of_another_kind(lower: Sequence[str], start: int, end: int, kind: str) -> bool:
    """"... facilitated the rescue of 14 Sri Lankans. The 14 Sri Lankans are scheduled to be
    repatriated on Tuesday": the sentence's day is the sending home it tells (done or still to come),
    not the day of the rescue whose people it counts again."""
    return any(EVENT_TRIGGERS.get(w) in SENDING_HOME and EVENT_TRIGGERS[w] != kind for w in lower[start:end])


#: The verbs of a journey's end that a sentence about people described as sent home may have:
#: "... arrived in", "landed at", "reached", "returned to", "flew into", "have arrived"
_JOURNEY_ENDS = frozenset({"arrived", "landed", "reached", "returned", "flew", "touched"})
_PERFECT = frozenset({"have", "has", "had"})


def arrival_ends_the_sending(lower: Sequence[str], i: int, group: int) -> bool:
    """"Forty Zorvanians repatriated from Lotland arrived in Zorvan City on 3 March": the participle
    at ``i`` that describes the people is a sending home, and the sentence's own verb (its group
    starting at ``group``) is their arrival, which ends that journey: the day of the arrival is the
    sending's (where the participle's phrase gives no day of its own). Not a holding or a rescue
    ("Forty Zorvanians rescued from a compound arrived in ..." came free earlier)."""
    if EVENT_TRIGGERS.get(lower[i]) not in SENDING_HOME:
        return False
    verb = group + 1 if lower[group] in _PERFECT else group
    return verb < len(lower) and lower[verb] in _JOURNEY_ENDS
