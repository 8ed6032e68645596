"""A sentence that goes on with the scene the sentence before set: "On August 20, officials
travelled to the border. | There, police handed over 55 ...", "On February 12, officials gathered
at the bridge. | At 3:45 pm, the army received 260 ...". Opening on "There," or on an hour, it
tells what happened on the one day the sentence before named, though it names none itself."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["opens_on_the_scene"]

#: Words of an hour after "At": "At 3:45 pm,", "At around 10 a.m.,", "At noon,"
_HOURS = frozenset({"pm", "am", "p.m.", "a.m.", "noon", "midnight", "dawn", "hours", "hrs"})
#: The most words from "At" to the comma after its hour ("At around 10 a.m. local time,")
_REACH = 7


def opens_on_the_scene(lower: Sequence[str], start: int, end: int) -> bool:
    """The sentence from ``start`` opens on "There," or on an hour set off by a comma."""
    if lower[start:start + 2] == ["there", ","]:
        return True
    if lower[start] != "at":
        return False
    comma = next((k for k in range(start + 1, min(end, start + _REACH)) if lower[k] == ","), None)
    return comma is not None and not _HOURS.isdisjoint(lower[start + 1:comma])
