"""A plain number of victims told of an act that already counts the story's one people with
another number ("freed 7 Cambodian citizens ... freed 25 victims in all") counts more people than
theirs: it is the act's total, no count of that people."""

from tests.unit.test_news_extraction import counts_of


def test_a_total_of_victims_beside_a_peoples_count_is_not_theirs() -> None:
    text = ("Police in Takeo province said they had joined Thai officers to rescue 7 Cambodian citizens held by a "
            "fraud gang in Mae Sot. During the wider operation, officers arrested 40 suspects and rescued 25 "
            "victims in total.\n")
    assert ("RESCUED", "KH", 7) in counts_of(text)
    assert ("RESCUED", "KH", 25) not in counts_of(text)


def test_the_same_number_of_victims_told_again_stays_theirs() -> None:
    text = ("Police in Takeo province rescued 7 Cambodian citizens held by a fraud gang in Mae Sot on Monday. "
            "The 7 victims were taken to a shelter.\n")
    assert ("RESCUED", "KH", 7) in counts_of(text)
