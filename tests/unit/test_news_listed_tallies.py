"""A running tally told after a list of counted peoples ("90 Indians and 25 Chinese have been
arrested so far") is every item's tally, not only the last one's: none of them is one arrest, and
none joins an arrest told later with its day and place."""

from tests.unit.test_news_extraction import counts_of



def test_the_first_item_of_a_tallied_list_is_no_arrest() -> None:
    text = ("Police said 90 Indians and 25 Chinese have been arrested so far. Detectives arrested the Chinese group "
            "at a hotel in Lotown yesterday.\n")
    assert not any(rel == "ARRESTED" and count in {90, 25} for rel, _, count in counts_of(text))


def test_a_longer_list_is_tallied_whole() -> None:
    text = "Police said 90 Indians, 12 Nepalis and 25 Chinese nationals have been arrested so far.\n"
    assert not any(rel == "ARRESTED" for rel, _, _ in counts_of(text))


def test_a_list_with_no_tally_word_is_one_arrest() -> None:
    counted = counts_of("Police arrested 90 Indians and 25 Chinese on Monday.\n")
    assert {("ARRESTED", "IN", 90), ("ARRESTED", "CN", 25)} <= counted
