"""An arrest or a detention told again with the other word and the number it held ("Police detained
64 people on July 8. The 64 arrested were gang members") is that act, not a second one with the same
people. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_the_same_people_held_told_again_are_one_act() -> None:
    found = events(run("Police detained 64 people on July 8. The 64 arrested were members of the gang."))
    assert list(found) == ["detention@2026-07-08"]
    assert found["detention@2026-07-08"]["count_detained"] == 64


def test_other_people_arrested_on_another_day_are_their_own_act() -> None:
    found = events(run("Police detained 64 people on July 8. The 12 arrested on July 9 were members of the gang."))
    assert found["arrest@2026-07-09"]["count_arrested"] == 12
