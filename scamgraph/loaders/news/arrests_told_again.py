"""An arrest told apart from the raid that made it is that raid's arrest told again.

Two ways a story tells one operation twice:

- an arrest the story never dates, of as many people as a raid of the same story arrested or
  detained: "Police raided a farmhouse in Kampot and held 40 Bolivians ... Officers arrested 40
  Bolivians at dawn" is one operation, not a raid and an arrest;
- people counted as arrested or detained first, and the raid they were taken in told after, with
  no one counted of its own: "Police have detained 60 Peruvians this week ... Officers searched
  three buildings in a raid on Tuesday", "Police arrested 60 Peruvians ... A tip-off from a bank
  had led to the raids". The raid is the event and the people its arrests, on the raid's day,
  which lies in the arrest's (or neither has one), or the raid's sentence opens on the people
  taken ("Officers have held 40 people, a spokesman said on Friday. They were rounded up in raids on
  Thursday"): the undated taking is the raid's, on its day;
- a dated taking, and the story's one raid named after it only by pointing back ("Police arrested
  50 people on Monday ... Twenty Ruritanians and 30 Freedonians were held during the raid"): the
  raid is the event, on the taking's day (``raid_pointed_back``).

The guidelines keep arrests told with a raid on the raid; told apart from it, they are still its.
An arrest or a detention on a day of the week of raids that took as many people ("arrested 60
people in raids this week ... On Wednesday, officers held 60") is those raids' too. An
arrest of another number, another day, or told as an earlier act ("Earlier, ...") stays its own;
so does any arrest where two raids or two arrests could be the pair.

A story's one undated arrest and one undated detention are one taking told with two words
("Dozens were arrested at the border ... Soldiers detained the individuals in a village"): the
arrest is the act, and the people detained are its arrested (``detention_of_the_arrested``), unless
the two were done by the bodies of two states (``held_by_another_state``): "Zorvanian police
arrested a student ... he came home after being taken into custody by Belmarian authorities"
tells a custody abroad and an arrest at home, two acts."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date

from scamgraph.loaders.news.in_the_raid import _POINTING_BACK
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.words import _BACK_PRONOUNS
from scamgraph.model import Node, RelType

__all__ = ["arrests_told_again", "detention_of_the_arrested", "held_by_another_state", "opens_on_the_taken",
           "raid_pointed_back"]

#: Counts of a raid that name the people it took
_TAKEN = ("arrested", "detained")
#: The acts of taking people that a raid's story can tell before it tells the raid
_TAKING = {"arrest": "arrested", "detention": "detained"}
#: Counts of people a raid took or freed: a raid that has them told its own people
_PEOPLE = ("arrested", "detained", "rescued")
#: Nouns that name the people told before after "the": "The suspects were held"
_PEOPLE_TOLD = frozenset({"suspects", "detainees", "foreigners", "nationals", "men", "women", "people", "workers"})
#: Words that set a raid as the time of the taking: "(rounded up) during raids", "in a raid", "in raids"
_DURING = frozenset({"during", "in"})


def opens_on_the_taken(lower: Sequence[str], start: int, end: int) -> bool:
    """The sentence opens on people told before, taken during a raid: "They were rounded up during
    raids on Thursday", "The suspects were held in a raid on four hotels" (its raid is where they were
    taken, ``arrests_told_again``)."""
    if lower[start] in _BACK_PRONOUNS:
        k = start + 1
    elif lower[start] == "the" and start + 1 < end and lower[start + 1] in _PEOPLE_TOLD:
        k = start + 2
    else:
        k = _taken_again(lower, start, end)  # "Police detained the suspects in a raid on March 4"
        if k < 0:
            return False
    if k >= end or lower[k] not in {"were", "had"} | _PEOPLE_TOLD | {"them"}:
        return False
    window = lower[k + 1:min(end, k + 9)]  # ("were picked up on Wednesday during a raid")
    return any(w in _DURING and any(x.startswith("raid") for x in window[i + 1:i + 3]) for i, w in enumerate(window))


#: Verbs of taking people into custody that a story tells again of the people it counted before
_TAKING_VERBS = frozenset({"detained", "arrested", "held", "nabbed", "apprehended", "caught"})


def _taken_again(lower: Sequence[str], start: int, end: int) -> int:
    """Where the back-reference stands (its last word) in a sentence opening on a body taking the
    people told before ("Police detained the suspects", "Officers arrested them"), or -1."""
    verb = next((j for j in range(start + 1, min(end, start + 4)) if lower[j] in _TAKING_VERBS), -1)
    if verb < 0:
        return -1
    if lower[verb + 1:verb + 2] == ["them"]:
        return verb + 1
    return verb + 2 if lower[verb + 1:verb + 2] == ["the"] and lower[verb + 2:verb + 3] and lower[verb + 2] in _PEOPLE_TOLD else -1


def arrests_told_again(events: Sequence[_Event], told_apart: Collection[int],
                       fold: Callable[..., None], on_arrival: Collection[int] = (),
                       taking: Collection[int] = (), fled: Collection[int] = ()) -> None:
    """Fold each arrest told apart from its raid into that raid (see the module's docstring); an
    arrest at the end of a journey home (``on_arrival``) is the receiving country's, no raid's;
    ``taking``: raids told as where the people told before were taken; ``fled``: raids told as
    what drove people to flee, which took none of the story's arrested (``fled_raids.py``)."""
    raids = [e for e in events if e.type == "raid" and id(e) not in fled]
    for arrest in [e for e in events if e.type == "arrest" and not e.date]:
        number = arrest.counts.get("arrested")
        if not number or id(arrest) in told_apart:
            continue
        raid = next((r for r in raids if any(r.counts.get(name) == number for name in _TAKEN)), None)
        if raid is not None:
            fold(arrest, raid)
    for held in [e for e in events if e.type in _TAKING and not e.period and id(e) not in told_apart]:
        number = held.counts.get(_TAKING[held.type])
        # ("arrested 60 people in raids this week ... On Wednesday, officers held 60"):
        # the people the raids of the week took, on one of its days (or neither dated, in a story
        # with no day of publication)
        same = [r for r in raids if (r.period or "/" in r.date) and number
                and any(r.counts.get(name) == number for name in _TAKEN)
                and (_within(held.date, r) if held.date else not r.date)]
        if len(same) == 1:
            raid = same[0]
            if held.type == "detention" and raid.counts.get("arrested") == number:
                held.counts.pop("detained", None)  # (the raids arrested them: one act, the arrest's word)
                fold(held, raid, {RelType.DETAINED: RelType.ARRESTED})
            else:
                fold(held, raid)
    _fold_into_bare_raid(events, {*told_apart, *on_arrival, *fled}, fold, taking)


def detention_of_the_arrested(events: Sequence[_Event], told_apart: Collection[int],
                              fold: Callable[[_Event, _Event, dict[RelType, RelType]], None],
                              headlined: Collection[int] = ()) -> None:
    """Fold the one undated detention into the one undated arrest (see the module's docstring),
    unless both count people and the numbers differ (two groups taken); an arrest the headline
    told takes the one detention the story dates, and its day ("Nine arrested" over "detained
    on Monday")."""
    arrests = [e for e in events if e.type == "arrest" and not e.date and id(e) not in told_apart]
    held = [e for e in events if e.type == "detention" and not e.period and id(e) not in told_apart
            and (not e.date or any(id(a) in headlined for a in arrests))]
    if len(arrests) != 1 or len(held) != 1:
        return
    arrest, detention = arrests[0], held[0]
    taken, kept = arrest.counts.get("arrested"), detention.counts.get("detained")
    if taken is not None and kept is not None and taken != kept:
        return
    if kept is not None:
        arrest.counts.setdefault("arrested", detention.counts.pop("detained"))
    arrest.date = detention.date
    fold(detention, arrest, {RelType.DETAINED: RelType.ARRESTED})


def held_by_another_state(events: Sequence[_Event], edges: Mapping[tuple, object],
                          nodes: Mapping[str, Node]) -> set[int]:
    """The ids of undated detentions whose bodies are all of other states than every body that
    conducted the story's undated arrests: a custody abroad told beside an arrest at home is no
    second word for that arrest, and its body did not make it. A body of no known state, or an
    act with no body, tells nothing (the fold goes on)."""
    arrests = [e for e in events if e.type == "arrest" and not e.date]
    takers = set().union(*(_states_of(e, edges, nodes) for e in arrests))
    if not takers:
        return set()
    return {id(e) for e in events if e.type == "detention" and not e.date
            and (held := _states_of(e, edges, nodes)) and held.isdisjoint(takers)}


def _states_of(event: _Event, edges: Mapping[tuple, object], nodes: Mapping[str, Node]) -> set[str]:
    """The countries of the bodies that CONDUCTED ``event`` (none where one of them has no country)."""
    bodies = [nodes.get(source) for source, rel, target in edges
              if rel is RelType.CONDUCTED and target == event.node.key]
    states = {str(b.properties.get("country") or "") for b in bodies if b is not None}
    return set() if "" in states else states


def _fold_into_bare_raid(events: Sequence[_Event], told_apart: Collection[int],
                         fold: Callable[[_Event, _Event], None], taking: Collection[int] = ()) -> None:
    """The one raid that counts no people of its own takes the one arrest or detention that counted
    them: told before the raid where neither is dated (a raid told first, "During the crackdown,
    ...", and an arrest after it is the story's background, another act), or in any order where
    the raid's day lies in the arrest's days ("detained this week ... picked up on Monday"). An
    undated arrest that is the story's first act is its lead, which sums up the operation the body
    then tells on its day ("Police have shut two call centres and arrested four people ... On
    Thursday officers searched both flats, where they found 25 workers"): the dated raid's too, where the raid
    found people (one that took no one, "Officers were hurt during raids on June 9", is no taking)."""
    bare = [e for e in events if e.type == "raid" and not any(name in e.counts for name in _PEOPLE)
            and id(e) not in told_apart and "date_text" not in e.node.properties]
    if len(bare) != 1:
        return
    raid = bare[0]
    before = events.index(raid)
    taken = [e for k, e in enumerate(events) if e.type in _TAKING and e.counts.get(_TAKING[e.type])
             and id(e) not in told_apart and "date_text" not in e.node.properties
             and (_within(raid.date, e) or (id(raid) in taking or k == 0 and "found" in raid.counts) and not e.date and k < before
                  if raid.date else not e.date and k < before)]
    if len(taken) == 1:
        fold(taken[0], raid)


def _within(day: str, arrest: _Event) -> bool:
    """The day is the event's date, or a day inside the event's period ("this week")."""
    if day == arrest.date:
        return True
    if len(day) != 10 or "/" not in arrest.date:
        return False
    first, _, last = arrest.date.partition("/")
    try:
        return date.fromisoformat(first) <= date.fromisoformat(day) <= date.fromisoformat(last)
    except ValueError:
        return False


#: Words that point back at a raid already told: "the raid", "the noon raid", "these raids"
_POINTING = _POINTING_BACK - {"such"}  # ("such raids" are others of the kind, not this one)
#: Words that tell a raid as news of its own, not pointed back at: "a raid", "raided", "another raid"
_FRESH_RAID = frozenset({"a", "an", "another", "raided", "raiding", "two", "three", "several", "multiple"})
#: Words that set a raid apart from the act told before it, as another or earlier one
_OTHER_RAID = frozenset({"earlier", "previous", "last", "first", "second", "other", "similar", "recent", "past"})


def raid_pointed_back(events: Sequence[_Event], told_apart: Collection[int], fold: Callable[[_Event, _Event], None],
                      lower: Sequence[str], born_in: Mapping[int, tuple[int, int]]) -> None:
    """A story that tells a taking on its day, then names its raid only by pointing back ("Police
    arrested 90 people at two hotels on Monday. ... were held during the morning raid", "The raids
    were carried out with the army"): the raid is the operation that took them, one event on the
    taking's day (as the guidelines keep arrests told with their raid on it). Read alone, the raid's
    sentence had no day, so it stayed an undated event beside a dated arrest. Only for the story's one
    raid, first told by "the"/"this" before the raid word and by no fresh telling ("a raid", "raided"),
    and its one dated taking told before it, of no fewer people than the raid counts (its total stands)."""
    raids = [e for e in events if e.type == "raid"]
    if len(raids) != 1:
        return
    raid = raids[0]
    if raid.date or raid.period or id(raid) in told_apart or "date_text" in raid.node.properties \
            or id(raid) not in born_in or not _points_back(lower, *born_in[id(raid)]):
        return
    before = events.index(raid)
    taken = [e for e in events[:before] if e.type in _TAKING and len(e.date) == 10 and not e.period
             and e.counts.get(_TAKING[e.type]) and id(e) not in told_apart]
    if len(taken) != 1:
        return
    taking = taken[0]
    whole = taking.counts[_TAKING[taking.type]]
    if any(raid.counts[name] > whole for name in _TAKEN if name in raid.counts):
        return
    for name in _TAKEN:  # (a part counted in the raid's sentence, "27 Chinese and 134 Malaysians": the lede's total stands)
        raid.counts.pop(name, None)
    raid.date = taking.date
    fold(taking, raid)


def _points_back(lower: Sequence[str], start: int, end: int) -> bool:
    """The sentence names a raid only by pointing back at it ("during the noon raid", "The raids
    were"): a pointing word at most two words before each raid word, none of them setting it apart."""
    found = False
    for k in range(start, end):
        if lower[k] in _FRESH_RAID and any(w.startswith("raid") for w in lower[k:min(end, k + 3)]):
            return False
        if lower[k] not in {"raid", "raids"}:
            continue
        window = lower[max(start, k - 3):k]
        pointer = max((i for i, w in enumerate(window) if w in _POINTING), default=-1)
        if pointer < 0 or any(w in _OTHER_RAID or w in {",", "."} for w in window[pointer + 1:]):
            return False
        found = True
    return found
