"""People counted after "the release of" that an operation or a state won ("secured the release
of 20 citizens", "facilitated the release of 12 Peruvians on May 3"): the release is their rescue
(``releases`` makes the event), so the number is the rescue's count. A release asked for, sought in
an infinitive or granted by the law is no rescue and gives no count (``releases`` decides)."""

from __future__ import annotations

from scamgraph.loaders.news.releases import release_won

__all__ = ["released_count"]

#: Words between "of" and the number: "the release of (more than | about | some) 20".
_ROUGH = frozenset({"more", "than", "over", "about", "around", "some", "nearly", "almost", "at", "least", "the",
                    "another", "a", "further", "up", "to"})


def released_count(lower: list[str], start: int, floor: int) -> bool:
    """Whether the number at ``start`` (no earlier than ``floor``, the sentence's start) counts the
    people of a release won: "secured the release of (about) 20 ..."."""
    k = start - 1
    while k > floor and lower[k] in _ROUGH:
        k -= 1
    return k - 3 >= floor and lower[k] == "of" and lower[k - 1] == "release" and release_won(lower, k - 1)
