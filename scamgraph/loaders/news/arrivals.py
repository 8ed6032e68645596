"""Arrests at the end of a journey home: people deported or flown back and arrested "upon their
arrival", "on board", "mid-flight", "once they boarded", or arrested as people "deported from" or
"extradited from" another country. Such an arrest is the receiving country's own act at the
journey's end, never part of a raid told before it (a raid abroad, or the raid that first caught
them), and no raid or operation word told later takes it over."""

from __future__ import annotations

from itertools import pairwise

#: Words of a journey's end told beside an arrest: the arrival, the plane, boarding it
_JOURNEY_END = frozenset({"arrival", "arriving", "landed", "landing", "aboard", "plane", "airplane", "aircraft",
                          "flight", "mid-flight", "midflight", "airspace", "boarded", "boarding"})
#: Participles of a sending home that describe the arrested people when "from" follows them
_SENT_FROM = frozenset({"deported", "extradited", "repatriated", "expelled", "returned"})
_KINDS = frozenset({"arrest", "detention"})


def arrested_on_arrival(lower: list[str], i: int, start: int, end: int, kind: str) -> bool:
    """The arrest word at ``i`` (in the sentence ``start``..``end``) is told with a journey's end
    within its clause (eight words before it or ten after), or its people are described as sent
    from abroad ("arrested 13 people sent back from Cambodia", "arrest 8 suspects deported from
    the Philippines")."""
    if kind not in _KINDS:
        return False
    window = lower[max(start, i - 8):min(end, i + 11)]
    if not _JOURNEY_END.isdisjoint(window) or any(a == "on" and b == "board" for a, b in pairwise(window)):
        return True
    after = lower[i + 1:min(end, i + 10)]
    return any((w in _SENT_FROM or w == "back") and after[k + 1:k + 2] == ["from"] for k, w in enumerate(after))
