"""A number before a noun of parties ("two groups of Malaysian suspects", "three batches of
workers") counts the parties, not the people in them: no people count comes of it."""

from tests.unit.test_news_extraction import counts_of


def test_a_number_of_groups_is_no_number_of_people() -> None:
    found = counts_of("Lao officers handed two groups of Malaysian fraud suspects to Chinese police on Sunday.")
    assert not [f for f in found if f[2] == 2]
    assert counts_of("Police deported three batches of Vietnamese workers on Monday.") == {("DEPORTED", "VN", None)}


def test_the_people_counted_inside_a_group_still_count() -> None:
    assert ("ARRESTED", "CN", 14) in counts_of("Thai police arrested 14 Chinese in two groups on Monday.")
