"""A span of a few days told for an act ("in joint operations on May 3 and 4", "from 12 to 15
June", "last week"): one operation over those days, not a campaign or a running total. An act
the story told before without a day ("Police have rescued 40 workers ...") is that operation told
again, so it takes the span as its date instead of standing beside it as a second, undated event
with its own agencies and counts. A span of months ("between March and November") stays apart:
it is a wave of raids or a tally, and the undated act may be one of many inside it."""

from __future__ import annotations

from datetime import date

#: The longest span of days read as one operation: a week, counted with both ends
_ONE_OPERATION_DAYS = 7


def days_of_one_operation(value: str) -> bool:
    """The period ``value`` ("2025-04-10/2025-04-11") runs from one day to another at most a week
    later, both ends written as days."""
    first, _, last = value.partition("/")
    if len(first) != 10 or len(last) != 10:
        return False
    try:
        return 0 <= (date.fromisoformat(last) - date.fromisoformat(first)).days < _ONE_OPERATION_DAYS
    except ValueError:
        return False
