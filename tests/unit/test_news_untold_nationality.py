"""People whose nationality the story says it does not know ("12 more suspects whose nationality
was at first unclear") take none from the people counted before them."""

from tests.unit.test_news_extraction import counts_of


def test_people_of_an_unclear_nationality_take_none() -> None:
    found = counts_of("Police on Monday arrested 31 fraud suspects, 9 of them Malaysians. On Wednesday, police held "
                      "14 more fraud suspects whose nationality was at first unclear because of faulty passports.")
    assert ("ARRESTED", "MY", 9) in found
    assert not [f for f in found if f[2] == 14]


def test_more_people_of_a_known_kind_still_take_it() -> None:
    found = counts_of("Police on Monday arrested 31 Malaysians. On Wednesday, police arrested 14 more.")
    assert ("ARRESTED", "MY", 14) in found
