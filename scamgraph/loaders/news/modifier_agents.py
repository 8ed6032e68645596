"""A body named as the modifier of an event noun: "a joint Lao and Thai police sweep", "the navy
raid on the island" (made-up examples). The body did the event its noun tells, not another event
the sentence tells with a verb ("returned home with eight suspects caught in a joint police sweep")."""

from __future__ import annotations

from scamgraph.loaders.news.words import EVENT_TRIGGERS

__all__ = ["names_another_events_doer"]


def names_another_events_doer(lower: list[str], end: int, event_type: str) -> bool:
    """The word right after the agency (ending at ``end``) is an event noun (no verb form) of a
    type other than ``event_type``."""
    if end >= len(lower):
        return False
    noun = lower[end]
    kind = EVENT_TRIGGERS.get(noun)
    return kind is not None and kind != event_type and not noun.endswith(("ed", "ing"))
