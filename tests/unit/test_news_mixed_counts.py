"""A number of two peoples together ("40 Chinese and Taiwanese suspects") is no one's number: no
nationality is guessed for it afterwards, not even the country the people were sent back to."""

from tests.unit.test_news_extraction import counts_of


def test_a_number_of_two_peoples_sent_back_gives_neither_the_number() -> None:
    found = counts_of("Immigration officers on Monday sent 62 Chinese and Taiwanese suspects back to China.")
    assert not [f for f in found if f[2] == 62]


def test_a_number_of_one_people_sent_back_is_still_theirs() -> None:
    assert ("REPATRIATED", "CN", 62) in counts_of("Immigration officers on Monday sent 62 Chinese suspects back to China.")
