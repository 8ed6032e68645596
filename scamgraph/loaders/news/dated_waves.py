"""An act told by its noun, then in dated waves with no verb of their own: "The expulsions were
carried out in batches, with 12 Zorvanians on 3 May, 8 Quellish nationals on 4 May and 5 Laotians
on 6 May". Each wave is a count told right before its day, after the "with" that opens the list;
the act is the one the sentence's subject noun names, so each wave counts the people of that act
(its own day is read by own_day), where no verb beside the count would count them."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["wave_act"]

#: The subject nouns that name an act done in waves, and the participle whose count they mean
_ACT_NOUNS = {
    "deportations": "deported", "expulsions": "deported", "deportation": "deported", "expulsion": "deported",
    "repatriations": "repatriated", "repatriation": "repatriated", "returns": "repatriated",
    "arrests": "arrested", "rescues": "rescued",
}
#: Words that may open the sentence before its act noun: "The expulsions", "These deportations"
_OPENERS = frozenset({"the", "these", "those", "its", "their", "such"})
#: How many words may stand between the act noun and the "with" opening its waves
_WITH_REACH = 10
#: How many words a wave may hold between its number and its "on": "12 | Quellish nationals | on"
_WAVE_REACH = 4


def wave_act(lower: Sequence[str], like_num: Sequence[bool], sent_start: int, start: int, end: int) -> str | None:
    """The participle ("deported") of the act named by the sentence's subject noun, where the count
    at tokens ``start:end`` is a wave of it: a list opened by "with" after the noun, the count told
    right before "on" a day ("with 12 Zorvanians on 3 May") or in a pair that is ("8 Zorvanians and 5
    Laotians on 4 May"); else None."""
    k = sent_start
    while k < start and lower[k] in _OPENERS:
        k += 1
    act = _ACT_NOUNS.get(lower[k]) if k < start else None
    if act is None or not like_num[start]:
        return None
    opened = next((w for w in range(k + 1, min(start, k + _WITH_REACH)) if lower[w] == "with"), None)
    if opened is None or lower[opened - 1] != ",":
        return None  # (not "The deportations with 12 Zorvanians ..." a noun's own phrase, no wave list)
    if any(w in {"were", "was"} and lower[w + 1] in _ACT_NOUNS for w in range(opened, start)):
        return None
    return act if _before_a_day(lower, like_num, end) else None


def _before_a_day(lower: Sequence[str], like_num: Sequence[bool], end: int) -> bool:
    """"on" follows the count, or follows the one it is paired with by "and" ("18 Zorvanians and 9
    Quellish on 4 May")."""
    if end < len(lower) and lower[end] == "on":
        return True
    if end + 1 < len(lower) and lower[end] == "and" and like_num[end + 1]:
        return any(lower[w] == "on" for w in range(end + 2, min(len(lower), end + 2 + _WAVE_REACH)))
    return False
