"""An act noun told with the people it covered ("The deportation was completed on April 6 for a
total of 150 foreigners, including 41 Filipinos and 109 Laotians", "The deportation covered 150
foreigners") counts them, and their parts. Tests in made-up words."""

import pytest

from tests.unit.test_news_extraction import events, facts, run


@pytest.mark.parametrize("told", ["was completed on April 6 for a total of", "on April 6 covered"])
def test_the_people_an_act_covered_are_its_count(told: str) -> None:
    batch = run(f"The deportation {told} 150 foreigners, including 41 Filipinos and 109 Laotians.")
    assert [e.get("count_deported") for e in events(batch).values()] == [150]
    assert {("DEPORTED", "deportation@2026-04-06", "PH", 41), ("DEPORTED", "deportation@2026-04-06", "LA", 109)} <= facts(batch)


def test_a_list_sent_back_after_a_deportation_is_the_deportations() -> None:
    found = facts(run("The deportation was completed on April 6, 2026, for a total of 150 foreigners, including 41 "
                      "Filipinos and 109 Laotians, sent back to their home countries to face proceedings."))
    assert ("DEPORTED", "deportation@2026-04-06", "LA", 109) in found
    assert not any(f[0] == "REPATRIATED" for f in found)
