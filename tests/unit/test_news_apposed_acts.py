"""An act told in the phrase set off after a person's name ("X, a tycoon extradited to China in
January, and Y") was done to that person, not to the person listed after. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_the_act_in_the_apposition_is_the_named_persons() -> None:
    found = facts(run("Earlier cases include Tan Wenbo, a tycoon extradited to Zarnovia in January, and Oknha Lim "
                      "Sokha, both accused of running fraud rings."))
    assert ("EXTRADITED", "extradition@2026-01", "Tan Wenbo", None) in found
    assert not any(f[0] == "EXTRADITED" and f[2] == "Lim Sokha" for f in found)


def test_an_unrecognised_name_still_keeps_its_act_from_the_next_person() -> None:
    found = facts(run("Earlier cases include Prasert Wongsakul, a property magnate extradited to Zarnovia last "
                      "month, and Oknha Lim Sokha, both accused of running fraud rings."))
    assert not any(f[0] == "EXTRADITED" and f[2] == "Lim Sokha" for f in found)


def test_an_act_told_before_a_plain_list_is_every_listed_persons() -> None:
    found = facts(run("Police arrested Tan Wenbo, a Zarnovian national, and Lim Sokha on Monday."))
    assert ("ARRESTED", "arrest@2026-10-12", "Tan Wenbo", None) in found
    assert ("ARRESTED", "arrest@2026-10-12", "Lim Sokha", None) in found
