"""Arrests at the end of a journey home: people deported or flown back and arrested "upon their
arrival", "on the plane", "mid-flight", "once they boarded". Such an arrest is the receiving
country's own act at the journey's end, never part of a raid told before it (a raid abroad, or
the raid that first caught them), and no raid takes it over."""

from __future__ import annotations

#: Words of a journey's end told beside an arrest: the arrival, the plane, boarding it
_JOURNEY_END = frozenset({"arrival", "arriving", "landed", "landing", "aboard", "plane", "airplane", "aircraft",
                          "flight", "mid-flight", "airspace", "boarded", "boarding"})
_KINDS = frozenset({"arrest", "detention"})


def arrested_on_arrival(lower: list[str], i: int, start: int, end: int, kind: str) -> bool:
    """The arrest word at ``i`` (in the sentence ``start``..``end``) is told with a journey's end
    within its clause: eight words before it or ten after, no full stop between."""
    if kind not in _KINDS:
        return False
    return not _JOURNEY_END.isdisjoint(lower[max(start, i - 8):min(end, i + 11)])
