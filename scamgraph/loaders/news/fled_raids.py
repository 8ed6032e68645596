"""A raid that people fled, or raids told as the times an act happened in, are not an act of the
sentence that tells them: in "workers were arrested at the border as they fled escalating raids
on the compounds" or "... arrested as the army intensifies raids", "... amid raids", the act told is
the arrest; the raids are another story's (told in their own sentence, if at all). "Fled during a
raid" still tells the raid: a preposition stands between; so does "stepped up raids, arresting 40",
with no "as" or "amid" before it.

A raid told as what drove people to flee ("raids on the compounds have pushed hundreds to flee
across the border", made-up) is the raid they escaped: the people a story then tells arrested
where they hid (``drove_people_off``) were taken by others, elsewhere, in an act of its own; the
raid is neither that arrest told again nor the raid its later arrests belong to."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["drove_people_off", "fled_raid", "pressed_raids"]

#: Verbs of running from something
_FLEE = frozenset({"fled", "flee", "flees", "fleeing", "escaped", "escape", "escapes", "escaping", "evaded", "evade",
                   "evading"})
#: Words that may stand between such a verb and the raid it governs: "fled the escalating raids"
_BETWEEN = frozenset({"the", "a", "an", "these", "those", "escalating", "intensifying", "intensified", "ongoing", "recent",
                      "latest", "renewed", "mass", "military", "police", "army"})
#: How many such words may stand between
_REACH = 3
#: Verbs of pressing a campaign harder: "as the army intensifies raids", "as police step up raids"
_PRESSING = frozenset({"intensify", "intensifies", "intensified", "escalate", "escalates", "escalated", "up"})
#: Words that open a clause of the times an act happened in
_CIRCUMSTANCE = frozenset({"as", "amid", "amidst"})


def fled_raid(lower: Sequence[str], at: int, start: int) -> bool:
    """The raid word at ``at`` is the object of a verb of fleeing before it, or told after "amid" or
    after "as" and a verb of pressing ("as forces intensify raids") (sentence from ``start``)."""
    k = _governing(lower, at, start)
    if k < start:
        return False
    if lower[k] in _FLEE or lower[k] in _CIRCUMSTANCE - {"as"}:
        return True
    return lower[k] in _PRESSING and "as" in lower[max(start, k - 4):k]


def pressed_raids(lower: Sequence[str], at: int, start: int) -> bool:
    """The raid word at ``at`` is the object of a verb of pressing a campaign ("has been stepping up
    raids", "intensified raids"): the campaign, never a raid that an arrest told before was."""
    k = _governing(lower, at, start)
    return k >= start and lower[k] in _PRESSING


def _governing(lower: Sequence[str], at: int, start: int) -> int:
    """The word before the raid word at ``at`` past its modifiers ("fled | the escalating | raids")."""
    k = at - 1
    while k >= start and at - k <= _REACH and lower[k] in _BETWEEN:
        k -= 1
    return k


#: Verbs that make people flee, with the people between them and "to flee": "pushed 300 to flee"
_DROVE = frozenset({"pushed", "forced", "drove", "driven", "prompted", "spurred", "compelled", "sent", "led", "caused"})
#: The flight after them
_FLIGHT = frozenset({"flee", "escape", "run"})
#: The most words from the raid word to its driving verb, and from that verb to "to flee"
_DRIVE_REACH = 24
_FLIGHT_REACH = 8


def drove_people_off(lower: Sequence[str], at: int, end: int) -> bool:
    """The raid word at ``at`` is the subject of a verb that made people flee, in the same clause
    ("operations targeting the hubs have pushed hundreds of workers to flee")."""
    for k in range(at + 1, min(end, at + _DRIVE_REACH)):
        if lower[k] in {";", ".", "but", "while", "when", "after"}:
            return False
        if lower[k] in _DROVE:
            return any(lower[j] == "to" and lower[j + 1] in _FLIGHT for j in range(k + 1, min(end - 1, k + _FLIGHT_REACH)))
    return False
