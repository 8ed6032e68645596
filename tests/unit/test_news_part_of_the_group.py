""""arrested 25 of the group" is a part of the people told before, as "25 of them" is: their
nationality is the group's (audit 39C: 25 and 59 Koreans arrested before their return had none)."""

from tests.unit.test_news_extraction import facts, run

TOLD = "Thirty South Koreans were repatriated from Cambodia on Tuesday. "


def test_a_part_of_the_group_is_of_the_group_s_people() -> None:
    batch = run(TOLD + "Cambodian police had earlier arrested 25 of the group during raids on scam compounds.")
    assert ("ARRESTED", "raid@", "KR", 25) in facts(batch)


def test_a_group_of_other_people_is_not_the_group_told() -> None:
    batch = run(TOLD + "Cambodian police had earlier arrested 25 of the group of guards during raids on scam compounds.")
    assert ("ARRESTED", "raid@", "KR", 25) not in facts(batch)
