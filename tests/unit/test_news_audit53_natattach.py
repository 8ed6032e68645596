"""Audit 53, fixer natattach: a part of the people counted before said to be "part of" (or
"among") a larger group an earlier act was done to; the act takes the part's number and their
nationality, never the group's number (made-up towns and numbers; real countries)."""

from tests.unit.test_news_extraction import counts_of


def test_a_part_of_the_deported_was_part_of_a_group_arrested_before() -> None:
    found = counts_of("Zembla expelled 64 Peruvians on Thursday. Of the total deported, 52 were part of the 380 "
                      "workers arrested in an office tower in Dorvan on March 3, while 12 came from a holding centre.")
    assert ("ARRESTED", "PE", 52) in found
    assert not {f for f in found if f[0] == "ARRESTED" and f[2] in {380, 64}}


def test_a_part_among_a_group_takes_its_own_number_not_the_groups() -> None:
    found = counts_of("Zembla expelled 64 Peruvians on Thursday. Of those, 52 were among the 380 people "
                      "arrested in a raid on a call centre in Dorvan in March.")
    assert ("ARRESTED", "PE", 52) in found
    assert ("ARRESTED", "PE", 380) not in found


def test_the_people_told_were_part_of_a_group_arrested_before() -> None:
    found = counts_of("Zembla expelled 64 Peruvians on Thursday. The deportees were part of some 380 workers "
                      "arrested in a raid on a call centre in Dorvan in March.")
    assert ("ARRESTED", "PE", 64) in found


def test_no_part_larger_than_the_people_told_and_none_of_several_peoples() -> None:
    larger = counts_of("Zembla expelled 64 Peruvians on Thursday. Of them, 90 were among the 380 people "
                       "arrested in a raid on a call centre in Dorvan in March.")
    assert not {f for f in larger if f[0] == "ARRESTED" and f[1] == "PE"}
    mixed = counts_of("Zembla expelled 64 Peruvians and 15 Bolivians on Thursday. Of those, 52 were among the "
                      "380 people arrested in a raid on a call centre in Dorvan in March.")
    assert not {f for f in mixed if f[0] == "ARRESTED"}
