"""An aside that counts a part of a subject by sex: "The returnees, including 14 women, were ...".

The number in it is a part of the people the subject names, not other people with an act of
their own: the subject's act is told past the aside, and the people the subject points back to
keep their own number.
"""

from __future__ import annotations

#: Words of sex that part a group of people ("including 9 women").
_SEX_WORDS = frozenset({"men", "women", "males", "females", "boys", "girls", "minors", "children"})
#: Marks that open an aside, and the mark that closes it
ASIDE_MARKS = {",": ",", "–": "–", "—": "—", "-": "-", "(": ")"}
#: Words that may stand before the sex word: "including two young women", "including 9 foreign women".
_BEFORE_SEX = frozenset({"young", "foreign", "adult", "underage"})


def sex_aside(lower: list[str], like_num: list[bool], start: int, end: int) -> range:
    """The tokens of the first ", including N (young) women," aside found from ``start`` (at most
    three words on) before ``end`` (also set off by dashes or brackets: "– including seven women –",
    "(including seven women)"); an empty range where there is none."""
    for at in range(start, min(end, start + 3)):
        if lower[at] not in ASIDE_MARKS or at + 4 >= end or lower[at + 1] != "including" or not like_num[at + 2]:
            continue
        k = at + 3
        while k < end and lower[k] in _BEFORE_SEX:
            k += 1
        if k + 1 < end and lower[k] in _SEX_WORDS and lower[k + 1] == ASIDE_MARKS[lower[at]]:
            return range(at, k + 2)
        return range(0)
    return range(0)
