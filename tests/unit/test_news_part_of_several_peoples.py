"""A part of counted people told as several peoples ("186 foreigners are Chinese, Malaysians and
Thais", "40 of them were Chinese, Thais and Lao") is a mix: no one people's count; a part told as
one people beside it ("while 14 are Filipinos") still counts them."""

from tests.unit.test_news_extraction import counts_of


def test_a_part_told_as_a_list_of_peoples_counts_none_of_them() -> None:
    text = ("Police freed 200 workers from a gaming compound in Lipa on Monday. Of the 200 workers freed, 186 "
            "foreigners are Chinese, Malaysians, Thais and Laotians, while 14 are Filipinos.\n")
    counted = counts_of(text)
    assert ("RESCUED", "PH", 14) in counted
    assert not any(c[2] == 186 for c in counted)
    text = "Police arrested 60 people in Lipa on Monday. 40 of them were Chinese, Thais and Lao.\n"
    assert not any(c[2] == 40 for c in counts_of(text))


def test_a_part_told_as_one_people_still_counts_them() -> None:
    text = "Police arrested 60 people in Lipa on Monday. 40 of them were Chinese.\n"
    assert ("ARRESTED", "CN", 40) in counts_of(text)
