"""People counted by nationality in brackets after a whole counted in the same sentence: "arrested 25
foreigners ..., comprising nationals of Zorvania (17), Kestria (5) and Lorvia (3)", "The 23 people deported
were nationals of Zorvania (14) and Kestria (9)". Far from their whole, or past a verb, the bracketed
numbers read as no list of it; where they add up to it exactly, they are its parts, whatever stands
between. Apart from ``parted_counts`` (parts read by the words between), as the sum is the proof here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Count


def bracketed_parts_of(count: _Count, whole: _Count | None, counts: list[_Count],
                       apposed: Mapping[int, tuple[str, str, int]], lower: Sequence[str]) -> bool:
    """``count`` is one of two or more people's numbers in brackets ("Zorvania (17)") after ``whole``,
    a count of no nationality in the same sentence, and all of them add up to the whole. No verb of
    an act stands between (but the whole's own participle: "The 23 deported were ..."): "arrested 25 and
    rescued nationals of ..." tells other people."""
    if whole is None or whole.nationality or whole.thing or not _bracketed(count, apposed):
        return False
    rows = [c for c in counts if c.start > whole.end and _bracketed(c, apposed)]
    if len(rows) < 2 or sum(c.value for c in rows) != whole.value:
        return False
    return not any(word in _COUNT_VERBS for word in lower[whole.end + 1:rows[0].start])


def _bracketed(count: _Count, apposed: Mapping[int, tuple[str, str, int]]) -> bool:
    """The count is a number in brackets after a demonym or a country ("Chinese (58)", "Laos (14)")."""
    return bool(count.nationality) and apposed.get(count.start, ("",))[0] == "IN_BRACKETS"
