"""Counts of people sent home told as done before the story's own sending home."""

from tests.unit.test_news_extraction import facts, run

_STORY = "Officials flew 240 Chileans home from Vientiane on Monday. Police freed 30 Peruvians in a raid. "


def test_people_who_had_previously_gone_back_are_not_counted_on_the_dated_return() -> None:
    found = facts(run(_STORY + "Twelve of them had previously returned to Cusco."))
    assert ("REPATRIATED", "repatriation@2026-10-12", "PE", 12) not in found
    assert ("REPATRIATED", "repatriation@", "PE", 12) in found
    assert ("REPATRIATED", "repatriation@2026-10-12", "CL", 240) in found


def test_a_return_told_plainly_is_still_the_story_s_own() -> None:
    found = facts(run(_STORY + "Twelve of them had returned to Cusco."))
    assert ("REPATRIATED", "repatriation@", "PE", 12) not in found
