"""Events the story tells twice, folded into one (``EventsToldTwice._fold_into``): a headline's act
that the story tells on its day, an undated act that counts what a dated one counts, a return told
beside the deportation it is. Run once the story is read; apart from ``identity.py``, which finds
the event a mention names while the story is being read."""

from __future__ import annotations

from datetime import date

from scamgraph.loaders.news.state import HELD_KINDS, _Event, _State
from scamgraph.model import RelType


#: How far above a round number an exact one may be and still count the same people ("over 500": 512)
_ROUGH_SHARE = 0.1
#: A lede's count of the held this far from the one dated raid's (and no smaller than the floor) is
#: that raid's, told first roughly: "arresting 48" over "apprehended 47" (not "arrested 3" over "arrested 2")
_NEAR_GAP, _NEAR_FLOOR = 2, 20

#: A removal of people by the state that sends them (its count key and edge): the specific name of
#: a sending home that a story may also tell plainly ("sent back", "returned", "repatriated")
_REMOVALS = {"deportation": ("deported", RelType.DEPORTED), "extradition": ("extradited", RelType.EXTRADITED)}


#: Acts a raid frees people by, with the count key it counts them under: a headline's act of this
#: kind, told by the story only as the raid's, is the raid's. (Not arrests: a headline's arrest is as
#: often a later act of its own, the raid having only detained.)
_RAID_PARTS = {"rescue": "rescued"}
#: Acts of taking people into custody, which a headline and a story may name with each other's word,
#: and the edge each gives its people
_TAKINGS = {"arrest": RelType.ARRESTED, "detention": RelType.DETAINED}


#: The longest span between two written days that a headline's one act may take ("handed over
#: between May 3 and May 15"): a month; longer, the story tells a campaign of its own
_ONE_ACTS_DAYS = 31


def _between_two_days(value: str) -> bool:
    """The period ``value`` ("2025-05-03/2025-05-15") runs from one full day to another at most a
    month later (a span of months or a year has no day at either end: a campaign)."""
    first, _, last = value.partition("/")
    if len(first) != 10 or len(last) != 10:
        return False
    try:
        return 0 <= (date.fromisoformat(last) - date.fromisoformat(first)).days <= _ONE_ACTS_DAYS
    except ValueError:
        return False


class EventsToldTwice(_State):
    """Folding an event told again into the one it tells."""

    def _fold_headlines(self) -> None:
        """A headline's event that the story goes on to tell, on its day, as the only other event of
        its kind ("Cambodia extradites 130 Chinese" over "... flown back to China on April 13") is
        that event: its edges and counts move there. So is the story's only one told over days it
        names ("handed over between May 3 and May 15"): one act done in batches, not a campaign of
        months ("between March and November")."""
        for told in [e for e in self.events if id(e) in self.headlined and not e.date and not e.period]:
            others = [e for e in self.events if e.type == told.type and e is not told]
            # (not when the story's event counts other people: "13 rescued" over "250 ... rescued on Feb 13")
            if len(others) == 1 and others[0].date and (not others[0].period or _between_two_days(others[0].date)) \
                    and all(others[0].counts.get(k, v) == v for k, v in told.counts.items()):
                self._fold_into(told, others[0])
            elif not others and told.type in _TAKINGS and (taken := self._taking_told_again(told)) is not None:
                # "Thai police detain 12 Chinese" over "police arrested 12 Chinese nationals on Saturday": one act
                told.counts.clear()
                self._fold_into(told, taken, retype={_TAKINGS[told.type]: _TAKINGS[taken.type]})
            elif not others and told.type in _RAID_PARTS:
                # "Vietnamese nationals rescued in Pampanga" over "a raid on May 4 rescued 1,000": the raid's rescue
                raids = [e for e in self.events if e.type == "raid" and not e.period
                         and _RAID_PARTS[told.type] in e.counts]
                if len(raids) == 1 and all(raids[0].counts.get(k, v) == v for k, v in told.counts.items()):
                    self._fold_into(told, raids[0])

    def _taking_told_again(self, told: _Event) -> _Event | None:
        """The one dated arrest or detention of the story (of the other kind) that counts the same
        number the headline's counts: the headline's word for the act differs, not the act."""
        numbers = set(told.counts.values())
        found = [e for e in self.events if e is not told and e.type in _TAKINGS and e.type != told.type
                 and e.date and not e.period and numbers and numbers <= set(e.counts.values())]
        return found[0] if len(found) == 1 else None

    def _fold_undated(self) -> None:
        """Two events of one kind the story never dates ("23 of them arrived on Tuesday, while a
        further 65 were returned home on Saturday", in a story with no publication date) cannot be
        told apart: they are one event, the first told, which keeps its own counts (not one the story
        sets apart: "The next day, officers raided ..."). Run once the events are finished: each
        keeps the places it was told at."""
        first: dict[str, _Event] = {}
        for event in [e for e in self.events if not e.date and not e.period and id(e) not in self.told_apart]:
            kept = first.setdefault(event.type, event)
            if kept is not event:
                self._fold_into(event, kept)
                for key, value in kept.counts.items():
                    kept.node.properties[f"count_{key}"] = value

    def _fold_counted_again(self) -> None:
        """An undated event counting what one dated event of its kind counts ("were among 150
        foreigners detained during raids" before "... 150 foreigners detained during raids on May 28
        and 29") is that event, told first without its day: it folds into it (and is never given the
        day of a later sentence's older act, "launched raids in late 2022")."""
        for event in [e for e in self.events if not e.date and not e.period and id(e) not in self.told_apart]:
            twin = _dated_twin(event, [e for e in self.events if e.type == event.type]) or self._raid_that_held(event) \
                or self._raid_that_freed(event)
            if twin is not None:
                self._fold_into(event, twin)

    def _raid_that_held(self, event: _Event) -> _Event | None:
        """The one dated raid that held as many people as an undated arrest or detention counts and
        nothing more ("prosecutors have detained 18 suspects ... raids at 30 sites on Wednesday ... a
        total of 18 were detained"): the raid, told first by its outcome."""
        if event.type not in HELD_KINDS or len(event.counts) != 1:
            return None
        number = event.counts.get("arrested" if event.type == "arrest" else "detained")
        raids = [e for e in self.events if e.type == "raid" and e.date and number is not None
                 and number in (e.counts.get("arrested"), e.counts.get("detained"))]
        if not raids and number is not None and number >= _NEAR_FLOOR:  # "..., arresting 48 Zorvanian suspects"
            # over "During the raid on Friday, officers apprehended 47 Zorvanians": a lede's figure a
            # person or two off the body's exact one is the same act (the raid's number stands)
            raids = [e for e in self.events if e.type == "raid" and e.date and not e.period and 0 < abs(
                number - (e.counts.get("arrested") or e.counts.get("detained") or -_NEAR_FLOOR * 9)) <= _NEAR_GAP]
        if len(raids) != 1:
            return None
        event.counts.clear()  # (the raid counts them already, under its own word)
        return raids[0]

    def _raid_that_freed(self, event: _Event) -> _Event | None:
        """The one dated raid that freed about as many people as an undated rescue counts in a round
        number and nothing more ("police had rescued over five hundred people" before "Officers
        raided the tower on Thursday ... 512 people were rescued"): the raid, told first roughly."""
        number = event.counts.get("rescued")
        if event.type != "rescue" or len(event.counts) != 1 or number is None or number < 100 or number % 50:
            return None
        raids = [e for e in self.events if e.type == "raid" and e.date and not e.period
                 and 0 <= e.counts.get("rescued", -_ROUGH_SHARE * number) - number <= _ROUGH_SHARE * number]
        if len(raids) != 1:
            return None
        event.counts.clear()  # (the raid's exact number stands)
        return raids[0]

    def _fold_returns_into_removals(self) -> None:
        """One act told with two words: "Returned to Hanoi" in a headline over "were deported on
        Friday", or "repatriated" beside "deported" of the same people. A repatriation on the same
        day (or period) as the only deportation or extradition of that day, counting the same people
        where both count ("52 returned", "52 deported"), is that removal: its people and counts
        move there under the removal's own name. One told apart ("Earlier, 40 others were returned")
        or counting other people or other nationals stays an act of its own. A dated repatriation and
        an undated removal counting the same number of people are one act too, on that date ("77
        Chinese were repatriated in 2017 ... the 77 were deported from Nadi")."""
        removals = [e for e in self.events if e.type in _REMOVALS]
        if not removals:
            return  # (most stories: no deportation or extradition)
        for told in [e for e in self.events if e.type == "repatriation" and id(e) not in self.told_apart]:
            # (a removal told apart from the story's own, "the last deportation ... in 2017, when 47 were
            # sent home", is still the one act of a return told on its day)
            same = [e for e in removals if e.date == told.date and e.period == told.period
                    and (id(e) not in self.told_apart or told.date)]
            number = told.counts.get("repatriated")
            if not same and told.date and number is not None:  # "77 ... were repatriated in 2017", "the 77 ... were deported"
                same = [e for e in removals if not e.date and not e.period and id(e) not in self.told_apart
                        and e.counts.get(_REMOVALS[e.type][0]) == number]
            if len(same) != 1:
                continue
            kept = same[0]
            key, rel = _REMOVALS[kept.type]
            ours, theirs = told.counts.get("repatriated"), kept.counts.get(key)
            if not kept.date:
                kept.date, kept.period = told.date, told.period  # (the same people counted: the one act, on its day)
            if (ours is None or theirs is None) and not told.date or ours is not None and theirs is not None and ours != theirs:
                continue  # (undated both, a count must tie them; counted both, the counts must agree)
            if not self._same_nationals(told, kept, rel):
                continue
            if ours is not None:
                kept.counts.setdefault(key, told.counts.pop("repatriated"))
            self._fold_into(told, kept, {RelType.REPATRIATED: rel})

    def _same_nationals(self, told: _Event, kept: _Event, rel: RelType) -> bool:
        """Both acts send home the same nationals, or one names none."""
        ours = {k[2] for k in self.edges if k[0] == told.node.key and k[1] is RelType.REPATRIATED and k[2].startswith("nationality:")}
        theirs = {k[2] for k in self.edges if k[0] == kept.node.key and k[1] is rel and k[2].startswith("nationality:")}
        return not ours or not theirs or ours == theirs

    def _fold_into(self, told: _Event, kept: _Event, retype: dict[RelType, RelType] | None = None) -> None:
        """Move one event's edges and counts onto another and drop it. ``retype`` renames the
        types of the edges the event starts (a repatriation folded into a deportation: its
        REPATRIATED edges become DEPORTED). Where the event kept already counts the same people
        (its own edge to the same nationality), its count stands, as its node's counts do: the
        other telling's number, larger or not, is another day's act or a rougher telling of this
        one ("deported 20 on Tuesday ... on March 3, 45 were deported", in a story with no year)."""
        old, new = told.node.key, kept.node.key
        for key in [k for k in self.edges if old in (k[0], k[2])]:
            edge = self.edges.pop(key)
            source, target = (new if key[0] == old else key[0]), (new if key[2] == old else key[2])
            rel = retype.get(key[1], key[1]) if retype and key[0] == old else key[1]
            held = self.edges.get((source, rel, target))
            props = edge.properties if held is None else {k: v for k, v in edge.properties.items() if k not in held.properties}
            for ev in edge.evidence:
                self._edge(rel, source, target, ev, **props)  # type: ignore[arg-type]
        for name, value in told.counts.items():
            kept.counts.setdefault(name, value)
        self.events.remove(told)
        self.batch.nodes.pop(old, None)


def _dated_twin(event: _Event, same: list[_Event]) -> _Event | None:
    """The one dated event of ``same`` that counts all the undated ``event`` counts, alike."""
    if event.date or not event.counts:
        return None
    twins = [e for e in same if e is not event and e.date and all(e.counts.get(k) == v for k, v in event.counts.items())]
    return twins[0] if len(twins) == 1 else None
