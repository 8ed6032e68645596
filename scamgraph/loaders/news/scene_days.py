"""A sentence that goes on with the scene the sentence before set: "On August 20, officials
travelled to the border. | There, police handed over 55 ...", "On February 12, officials gathered
at the bridge. | At 3:45 pm, the army received 260 ...". Opening on "There," or on an hour, it
tells what happened on the one day the sentence before named, though it names none itself.

So does a sentence that tells only what came of an operation the sentence before told, dated, in
a verb that is no event of its own: "Police dismantled a smuggling ring in June. | Nine members were
arrested and 12 phones seized", "On Friday, officers inspected three villas. | As a result, 40
people were detained": the arrests and seizures are that operation's, on its day."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scamgraph.loaders.dates import DateMention

__all__ = ["opens_on_the_scene", "operation_day", "tells_its_outcome"]

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


#: Verbs that tell a police operation the reader reads as no event: "dismantled a ring", "inspected
#: several villas", "busted a syndicate" (a raid word is an event and dates its own acts)
_OPERATION_VERBS = frozenset({"dismantled", "dismantle", "busted", "bust", "smashed", "inspected", "inspect"})
#: The acts an operation yields, which its day dates when they are told with none
_OUTCOMES = frozenset({"arrest", "detention", "seizure", "rescue"})
#: Words that put an act at another time than the operation told before it
_ANOTHER_TIME = frozenset({"later", "earlier", "previously", "subsequently", "afterwards", "since", "before",
                           "ago", "after", "following", "then", "eventually", "will", "would", "could"})
#: The most characters from the operation's verb to its date ("dismantled a ring based in Lotland in March")
_DATE_REACH = 80


def operation_day(lower: Sequence[str], idx: Sequence[int], text: str, start: int, end: int,
                  days: Sequence[DateMention]) -> DateMention | None:
    """The day of the operation a sentence that told no event tells in a verb of its own: the
    one day or month it gives (not its telling's, which ``days`` leaves out), else the one told
    right after the verb in the same clause ("said on Monday it had dismantled a ring in March")."""
    verb = next((k for k in range(start, end) if lower[k] in _OPERATION_VERBS), None)
    if verb is None or not days:
        return None
    if len({d.value for d in days}) == 1:
        return days[0] if days[0].value and not days[0].period else None
    after = [d for d in days if 0 <= d.start - idx[verb] <= _DATE_REACH and not re.search(r"[,;]", text[idx[verb]:d.start])]
    return after[0] if len(after) == 1 and after[0].value and not after[0].period else None


def tells_its_outcome(lower: Sequence[str], start: int, end: int, kinds: Sequence[str]) -> bool:
    """A sentence whose acts are all of those an operation yields, told with no other time."""
    return bool(kinds) and _OUTCOMES.issuperset(kinds) and _ANOTHER_TIME.isdisjoint(lower[start:end])
