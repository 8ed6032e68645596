"""Parts counted of acts told with no number ("ended in thousands of arrests, among them more than
300 Chinese nationals and 41 Koreans") are the act's people, as the parts of "freed hundreds of
workers, including 40 Thais" are (audits 39G, 39H lost them); a part told as "more than" or
"about" a number is found past those words."""

from tests.unit.test_news_extraction import facts, run


def test_parts_of_thousands_of_arrests_are_arrested() -> None:
    batch = run("A sweep by Cambodian police on Tuesday ended in thousands of arrests, "
                "among them more than 300 Chinese nationals and 41 Koreans.")
    assert {("ARRESTED", "raid@2026-10-13", "CN", 300), ("ARRESTED", "raid@2026-10-13", "KR", 41)} <= facts(batch)


def test_an_approximate_part_of_a_vague_whole_keeps_its_act() -> None:
    batch = run("Soldiers freed hundreds of workers on Tuesday, including about 60 Ethiopians.")
    assert ("RESCUED", "rescue@2026-10-13", "ET", 60) in facts(batch)
