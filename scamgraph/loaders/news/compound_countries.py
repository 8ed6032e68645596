"""A country that opens a compound adjective of backing or origin ("an Atlantis-backed militia",
"an Atlantis-born tycoon", "an Atlantis-origin kingpin") tells who backs a thing or where a
person was born, not a place where anything in the story happens, so that mention makes no
place node; "-based" and "-bound" do say where things are or go, and stay places."""

from __future__ import annotations

from collections.abc import Sequence

#: Second halves of the compounds whose country names no place of the story (a closed class).
_BACKING = frozenset({"backed", "born", "origin", "funded", "sponsored", "supported", "allied", "aligned",
                      "affiliated", "linked", "controlled", "owned", "led", "run", "made"})
_HYPHENS = frozenset({"-", "\u2013"})


def backing_compound(lower: Sequence[str], end: int) -> bool:
    """True when the country ending at ``end`` is joined by a hyphen to a word of backing or origin."""
    return end + 1 < len(lower) and lower[end] in _HYPHENS and lower[end + 1] in _BACKING
