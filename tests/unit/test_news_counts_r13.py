"""Counted people put on the act of another clause: a verb told before "while", "whereas" or
"although" belongs to that clause's own people, not to the people counted after the conjunction
("four victims were rescued while 85 foreign workers were caught": the 85 are no rescued)."""

from tests.unit.test_news_extraction import facts, run


def test_a_verb_before_while_is_not_the_verb_of_the_people_after_it() -> None:
    found = facts(run("Six Indonesians were rescued while 162 Chinese nationals were caught in the act on Monday."))
    assert not any(f[0] == "RESCUED" and f[3] == 162 for f in found)
    assert any(f[0] == "RESCUED" and f[2:] == ("ID", 6) for f in found)


def test_the_people_after_while_keep_their_own_verb() -> None:
    found = facts(run("Six Indonesians were rescued whereas 40 Chinese nationals were arrested on Monday."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("CN", 40) for f in found)
    assert not any(f[0] == "RESCUED" and f[3] == 40 for f in found)


def test_a_verb_right_before_its_people_still_governs_them() -> None:
    found = facts(run("Police rescued 20 Kenyans on Monday while officers searched the compound."))
    assert any(f[0] == "RESCUED" and f[2:] == ("KE", 20) for f in found)


def test_the_parts_of_a_subject_named_by_its_act_share_that_act() -> None:
    """"The rescued individuals include 140 foreigners from ..., and 31 Filipinos": the 31 are
    rescued, though far from the verb and after a count with no nationality of its own."""
    found = facts(run("The spokesman spoke in a television interview about the allegations. The rescued individuals "
                      "include 140 foreigners from Laos, Indonesia, Thailand, and Nepal, and 31 Filipinos, "
                      "all of whom are undergoing checks."))
    assert any(f[0] == "RESCUED" and f[2:] == ("PH", 31) for f in found)


def test_a_subject_without_a_participle_of_an_act_gives_its_parts_no_act() -> None:
    found = facts(run("The spokesman spoke in a television interview about the allegations. The workers include "
                      "140 foreigners from Laos, Indonesia, Thailand, and Nepal, and 31 Filipinos."))
    assert not any(f[3] == 31 for f in found)


def test_a_verb_after_while_is_not_the_verb_of_the_people_before_it() -> None:
    found = facts(run("Police said 12 Chinese nationals were questioned while six Thais were rescued on Monday."))
    assert not any(f[2] == "CN" and f[3] == 12 for f in found)
    assert any(f[0] == "RESCUED" and f[2:] == ("TH", 6) for f in found)
