"""A dated act that counts other people than the undated act of its kind told before: "85 Kenyans
were repatriated ... In January 2024, the army handed over 4,100 suspects to China". A later day
often dates an act the story told first without one ("They were flown home on Friday"), so an
undated act takes the next day its kind is given; but a mention that counts its own people, a
number the act told before never counted, is another act (background, most often), and taking its
day would date the story's act by it and pile both counts on one event. Only a day that opens its
sentence ("In January 2024, ...") is read so: a later day of the act told before is most often
told after its verb ("were flown home on Friday"), and a story with no date of its own keeps its
undated acts as one."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from scamgraph.loaders.numbers import number_value

#: How far from the act's word its number of people may stand: "handed over 4,100 suspects",
#: "4,100 suspected fraudsters were handed over"
_REACH = 6
#: Words between a number and the people it counts: "4,100 suspected fraudsters", "60 Malaysian nationals"
_BEFORE_PEOPLE = 2


def counts_others(lower: Sequence[str], like_num: Sequence[bool], people: Collection[int], in_a_date: Collection[int],
                  start: int, end: int, at: int, told_counts: Collection[int]) -> bool:
    """The act word at ``at`` has, in its sentence (``start``..``end``) and within a few words, a
    number of people (a number, not part of a date, with a word for people or a demonym right
    after it), and no number in the sentence is one ``told_counts`` holds. ``people``: the positions of
    words for people and of demonyms."""
    def numbers(first: int, last: int, of_people: bool) -> set[int]:
        found = set()
        for k in range(first, last):
            if like_num[k] and k != at and k not in in_a_date and (
                    not of_people or any(j in people for j in range(k + 1, min(end, k + 2 + _BEFORE_PEOPLE)))):
                value = number_value(lower[k])
                if value is not None and value > 1:
                    found.add(value)
        return found

    # (any number of the sentence that the act told before counted makes it that act: "90 were held in
    # all, 38 from Taiwan and the rest from Macau" after "38 Taiwanese were arrested")
    return bool(numbers(max(start, at - _REACH), min(end, at + _REACH + 1), True)) \
        and numbers(start, end, False).isdisjoint(told_counts)
