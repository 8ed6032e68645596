"""Acts a sentence tells after an opening stretch of recent time with no number ("In the past months,
12 Malawians were rescued", "Over the past few weeks,", "In recent months,") are earlier acts, an
event apart from the dated one the story tells, as "Earlier, ..." makes them (audit 39B: a second,
earlier count of the same people was folded into the story's rescue and lost)."""

import pytest

from tests.unit.test_news_extraction import facts, run

TOLD = "Police rescued 31 Malawians from a compound on Tuesday. "


@pytest.mark.parametrize("opening", ["In the past months", "Over the past few weeks", "In recent months"])
def test_an_act_told_over_recent_months_is_another_event(opening: str) -> None:
    batch = run(TOLD + opening + ", 14 Malawians were rescued from similar compounds.")
    assert {("RESCUED", "rescue@2026-10-13", "MW", 31), ("RESCUED", "rescue@", "MW", 14)} <= facts(batch)


def test_a_stretch_of_time_inside_the_sentence_opens_nothing() -> None:
    batch = run(TOLD + "The 31 Malawians, held in the past months at the compound, were rescued by police.")
    assert ("RESCUED", "rescue@", "MW", 31) not in facts(batch)
