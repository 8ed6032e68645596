"""A proportion is no count of people: "Four out of ten Thais ... were jailed", "two out of every
100 Nepalis" tell a rate over a round base, not four or two people, while "13 out of 17
Nepalis" still parts seventeen people told."""

from tests.unit.test_news_extraction import facts, run


def test_a_part_out_of_ten_in_words_is_a_rate() -> None:
    found = facts(run("Four out of ten Thais involved in scam gangs in Laos have been sentenced to prison, "
                      "court files show."))
    assert not any(f[2] == "TH" and f[3] in {4, 10} for f in found)


def test_a_part_out_of_every_hundred_is_a_rate() -> None:
    found = facts(run("Officials said two out of every 100 Nepalis were rescued on Monday."))
    assert not any(f[2] == "NP" and f[3] in {2, 100} for f in found)


def test_a_part_of_a_number_of_people_told_is_still_counted() -> None:
    found = facts(run("Officials said 13 out of 17 Nepalis were rescued on Monday."))
    assert ("RESCUED", "rescue@2026-10-12", "NP", 13) in found
