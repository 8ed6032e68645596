"""A sentence opening with a time reckoned back ("A few days ago, ...") steps back to another
happening: its act is a second event of its kind, not more of the story's own."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _arrests(text: str) -> dict[str, int]:
    """Count per arresting event (no day of publication: "A few days ago" then gives no date that
    could part two events by itself)."""
    return {e.source: e.properties["count"] for e in run(text, None).edges if e.type is RelType.ARRESTED}


def test_an_act_told_days_ago_is_another_event() -> None:
    found = _arrests("Fijian police have arrested 45 Korean nationals staying on tourist visas. "
                     "A few days ago, over 90 Korean nationals were arrested in Samoa.")
    assert sorted(found.values()) == [45, 90]


def test_ago_after_the_act_leaves_the_story_event_alone() -> None:
    assert list(_arrests("Fijian police arrested 45 Korean nationals two days ago, officials said.").values()) == [45]
