"""The number of an act told only as a list of people by nationality ("arrested 30 Bolivians and
four Chileans"): the act counts every item of the list, so its number is their sum (34), not the
largest item, unless a word of inclusion opens the list ("those held included 310 Chinese, 95 ...")
where the act's people were counted already ("arrested 900"): then it names only some of them, and
their sum is no second total. A total told beside the list is never lowered: the larger number stands. A share
and its whole of one nationality told side by side ("240 Laotian workers, including 31 Laotian
recruiters"; "31 Laotian recruiters, totalling 240 Laotian citizens with their staff") are one
group, no list: the whole stands (``share_of``, ``total_of``)."""

from __future__ import annotations

from scamgraph.loaders.news.state import _Count, _Event

__all__ = ["INCLUDED", "ListSums", "OPENS_PARTS", "share_of", "total_of"]

#: Words before a number that make its people a further group, not the next item of a list.
_ANOTHER = frozenset({"another", "other", "further", "more"})
#: Words just before a count that make it a part of the total counted before it: "73 foreigners,
#: including | comprising | consisting of | made up of 55 Vietnamese".
OPENS_PARTS = frozenset({"including", "among", "comprising", "consisting", "composed", "up", "namely"})
#: Keys of things counted, not people: a count of them is no total of people
_THINGS = frozenset({"sites", "provinces", "cities", "nationalities", "warrants", "targets", "objects", "pending"})
#: Words that open a list of only some of the people: beside a total told of them ("arrested 900 ...
#: those held included ..."), its sum is no second total
INCLUDED = frozenset({"included", "include", "includes", "including"})
#: Words that open a total after a part of it: "31 Laotian recruiters, totalling 240 Laotian citizens".
_TOTALLING = frozenset({"totalling", "totaling", "totalled", "totaled"})


class ListSums:
    """The items of the lists one sentence tells, by the event and count key they were counted on."""

    def __init__(self) -> None:
        self._runs: list[tuple[_Event, str, list[int]]] = []
        self._partial: dict[int, int] = {}  # runs a word of inclusion opens ("Those held included 310 Chinese, 95
        # ..."), with the number their act had before them

    def add(self, event: _Event, key: str, value: int, listed: bool, before: str) -> None:
        """One item; ``listed`` when it follows the item before with no verb of its own between
        (people no act is told of, keyed "people", count on no event); ``before`` is the word before
        its number: "and another 15" tells a second group, perhaps of a second act, not an item."""
        if key == "people":
            return
        if listed and before not in _ANOTHER and self._runs and self._runs[-1][0] is event and self._runs[-1][1] == key:
            self._runs[-1][2].append(value)
        else:
            if before in INCLUDED:
                self._partial[len(self._runs)] = event.counts.get(key, 0)  # (the whole told before the list, if
                # larger than this first item, which the act has counted already)
            self._runs.append((event, key, [value]))

    def settle(self) -> None:
        """Each run of two items or more counts their sum on its event, where that is larger."""
        for run, (event, key, values) in enumerate(self._runs):
            if run in self._partial and (self._partial[run] > values[0]
                                         or any(other != key and other not in _THINGS for other in event.counts)):
                self._no_first_item_total(run)
                continue  # ("arrested 900 ... Those detained included 310 Chinese, 95 ...": the 900 is the total,
                # even where the parts told add up to more: the number the story gives as the whole stands)
            if len(values) > 1:
                event.counts[key] = max(sum(values), event.counts.get(key, 0))

    def _no_first_item_total(self, run: int) -> None:
        """"arrested 12 ... the group held includes five Lao men, four Thai men and a Thai woman": the
        list names some of the people its act counted under another word, so its first item (five) is
        no count of the act's held people; it was taken as one before the list was seen whole."""
        event, key, values = self._runs[run]
        if self._partial[run] <= values[0] and len(values) > 1 and event.counts.get(key) == values[0]:
            del event.counts[key]


def share_of(lower: list[str], whole: _Count, part: _Count) -> bool:
    """"arrested 240 Laotian workers, including 31 Laotian recruiters": a share that a word of
    inclusion opens right after a whole of the same nationality, no larger than it, is among the
    people the whole counts; it adds none to them (not "30 people, including 12 Laotians", whose
    whole tells no nationality, nor "12 Laotians and three Laotian women", a list)."""
    return bool(whole.nationality) and whole.nationality == part.nationality and part.value <= whole.value \
        and not OPENS_PARTS.isdisjoint(lower[whole.end:part.start]) and part.start - whole.end <= 4


def total_of(lower: list[str], part: _Count, total: _Count) -> bool:
    """"31 Laotian recruiters, totalling 240 Laotian citizens": a count a word of totalling opens
    right after a count of the same nationality, no smaller, is the whole the first is part of,
    not a further item to add to it (a closed class: the forms of "total" as a verb)."""
    return part.nationality == total.nationality and total.value >= part.value \
        and not _TOTALLING.isdisjoint(lower[part.end:total.start]) and total.start - part.end <= 4
