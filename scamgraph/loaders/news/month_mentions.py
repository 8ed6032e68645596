"""An act named again by its month: "187 were arrested on March 14 when police raided the resort ...
Of those arrested in the March raid, 52 are awaiting deportation". The second telling reads as an
event of the month; it is the raid of March 14, the only one of its kind that month, told again."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from scamgraph.loaders.news.state import _Event


def fold_month_mentions(events: Sequence[_Event], told_apart: Collection[int],
                        fold: Callable[[_Event, _Event], None]) -> None:
    """Fold an event dated only by a month into the one event of its kind dated to a day of that
    month, where it is the only event of its kind dated to that month, is not told apart ("another
    raid in March") and counts no more people under any word than the day's event does (a part of
    its people, or none): one act, told first on its day and then by its month."""
    for told in [e for e in events if len(e.date) == 7 and not e.period and id(e) not in told_apart]:
        month = [e for e in events if e.type == told.type and e.date == told.date]
        days = [e for e in events if e.type == told.type and len(e.date) == 10 and not e.period
                and e.date.startswith(told.date + "-")]
        if len(month) != 1 or len(days) != 1:
            continue
        kept = days[0]
        if all(name in kept.counts and value <= kept.counts[name] for name, value in told.counts.items()):
            fold(told, kept)
