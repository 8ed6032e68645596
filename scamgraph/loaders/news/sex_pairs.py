"""People counted by sex in one breath: "74 men and 26 women were arrested", "a group of 45 men
and 2 women", "nationals - 20 men and seven women - were held". The two numbers joined by "and"
are one group's parts, and what the sentence tells is done to all of them: read apart, the first
number alone took the act (audit 18 page s08; audit pages b38, d38, e02: the men's number as the
count of a rescue, a detention and a deportation). The pair is read as one count, the sum, with
the nationality told after it (the second part's), or before the first part's sex word where the
second tells none ("69 Indonesian men and 15 women"). A closed class of sex words; the numbers must
be joined by "and" alone ("30 Thai men and 20 Lao women" stay two). One person of the other sex
told with an article ("three men and a woman", "a woman and eight men") adds one to the number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from scamgraph.loaders.news.state import _Count

#: Words of sex right after a number that part a group of people
SEXES = frozenset({"men", "women", "males", "females", "boys", "girls", "male", "female"})


#: Sex words that name people only beside the other sex ("12 males and 9 females"); alone they are
#: not read as a count ("intercepted two females", said of people a story is not about)
_PAIRED_ONLY = {"males": "females", "females": "males"}
#: The singular of a sex word, told of the one person who closes a pair: "five men and a woman"
_ONE_OF_A_SEX = frozenset({"man", "woman", "boy", "girl"})
#: Each sex word of one person and the plural of its sex
_PLURAL = {"man": "men", "woman": "women", "boy": "boys", "girl": "girls"}
#: Words that count one person before a sex word ("a woman", "one girl")
_ONE = frozenset({"a", "an", "one"})


def joined_by_sex(lower: Sequence[str], phrases: list[_Count]) -> list[_Count]:
    """``phrases`` with each "<N> <sex> and <M> <sex>" pair read as one count of N + M."""
    joined: list[_Count] = []
    for count in phrases:
        first = joined[-1] if joined else None
        if first is not None and _pair(lower, first, count):
            joined[-1] = replace(first, value=first.value + count.value, end=count.end,
                                 nationality=count.nationality or first.nationality,
                                 noun_role=count.noun_role or first.noun_role,
                                 came_from=count.came_from if count.nationality else first.came_from)  # ("31 men
            # and 9 women from Myanmar": where they were, for a verb of sending them home)
            whole = joined[-2] if len(joined) > 1 else None
            if whole is not None and first.start > 0 and lower[first.start - 1] == "(" and whole.end == first.start - 1 \
                    and whole.value == first.value + count.value:
                joined.pop()  # "214 Chinese (190 men and 24 women)": the whole's parts in brackets, no more people
        else:
            joined.append(count)
    return [_with_one_of_the_other_sex(lower, count) for count in joined]


def _with_one_of_the_other_sex(lower: Sequence[str], count: _Count) -> _Count:
    """"detained three men and a woman": 4, the count running on over the one person; "the arrest
    of a woman and eight men": 9, the count opening at the article. Only where the count's noun is
    a plural sex word and the one person is of the other sex."""
    if count.thing or lower[count.end - 1] not in SEXES or count.value < 2:
        return count
    after = lower[count.end:count.end + 3]
    if len(after) == 3 and after[0] == "and" and after[1] in {"a", "an"} and _other_sex(after[2], lower[count.end - 1]):
        return replace(count, value=count.value + 1, end=count.end + 3)
    before = lower[max(0, count.start - 3):count.start]
    if len(before) == 3 and before[0] in _ONE and before[2] == "and" and _other_sex(before[1], lower[count.end - 1]):
        return replace(count, value=count.value + 1, start=count.start - 3)
    return count


def _other_sex(one: str, plural: str) -> bool:
    return one in _PLURAL and _PLURAL[one] != plural and plural in _PLURAL.values()


def _pair(lower: Sequence[str], first: _Count, second: _Count) -> bool:
    """"20 men and seven women": two numbers, each right before a sex word, "and" between them;
    "69 Indonesian men and 15 women": the first told with a demonym, the second with none."""
    if first.nationality and not second.nationality and not first.thing and not second.thing:
        return lower[first.end - 1] in SEXES and second.start == first.end + 1 and lower[first.end] == "and" \
            and second.start + 1 < len(lower) and lower[second.start + 1] in SEXES | _ONE_OF_A_SEX \
            and lower[second.start + 1] != lower[first.end - 1]  # ("five Ethiopian men and a woman": 6)
    return not first.nationality and not first.thing and not second.thing \
        and second.start == first.start + 3 and lower[first.start + 2] == "and" \
        and None is not _sex_of(lower, first) != _sex_of(lower, second) is not None  # ("three men and one woman")


def _sex_of(lower: Sequence[str], count: _Count) -> str | None:
    """The sex word right after the count's number, a singular one as its plural where the
    number is one ("one woman"); None where no sex word follows."""
    word = lower[count.start + 1] if count.start + 1 < len(lower) else ""
    if word in _PLURAL and count.value == 1:
        return _PLURAL[word]
    return word if word in SEXES else None


def paired_sex_noun(lower: Sequence[str], like_num: Sequence[bool], j: int) -> bool:
    """Whether "males" or "females" at ``j`` (right after a number) parts a group with the other
    sex: "held 12 males and 9 females from Malawi" (both words people's nouns, as "men" and
    "women" are), read from either word of the pair."""
    other = _PAIRED_ONLY.get(lower[j])
    if other is None or j < 1 or not like_num[j - 1]:
        return False
    after = lower[j + 1:j + 4]
    before = lower[max(0, j - 4):j - 1]
    return after[:1] == ["and"] and len(after) == 3 and like_num[j + 2] and after[2] == other \
        or len(before) == 3 and before[1:] == [other, "and"] and like_num[j - 4]
