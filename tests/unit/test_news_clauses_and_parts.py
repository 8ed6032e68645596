"""A country after "and" with a verb of its own opens the next clause ("Laos deported 200 Chinese
and Myanmar deported 300 Thais"): the Chinese keep their count, no pair of peoples is read; a
number "of the" people of a demonym ("Some 200 of the Chinese suspects were flown to Kunming") is
a part of them, of that nationality."""

from tests.unit.test_news_extraction import counts_of



def test_a_country_opening_the_next_clause_is_no_pair() -> None:
    counted = counts_of("Laos deported 200 Chinese and Myanmar deported 300 Thais last week.\n")
    assert {("DEPORTED", "CN", 200), ("DEPORTED", "TH", 300)} <= counted


def test_a_pair_of_peoples_still_shares_a_number() -> None:
    counted = counts_of("Police arrested 12 Chinese and Vietnamese nationals in Lotown.\n")
    assert ("ARRESTED", "CN", 12) not in counted


def test_a_number_of_the_demonyms_is_theirs() -> None:
    assert ("REPATRIATED", "CN", 200) in counts_of("Some 200 of the Chinese suspects were flown to Kunming on Tuesday.\n")


def test_a_number_of_a_number_stays_a_part_of_the_whole() -> None:
    assert ("CHARGED", "CN", 2) in counts_of("Two of the five Chinese were charged in Lotown.\n")
