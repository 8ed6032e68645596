"""Victims who "made a handover of cash and gold bars" to scammers hand over valuables: no one is
sent home. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_a_handover_of_valuables_is_no_return() -> None:
    assert events(run("Two men are due in court on Thursday over impersonation scams in which victims made a "
                      "handover of cash and gold bars, police said.")) == {}


def test_a_handover_of_people_is_still_an_act() -> None:
    found = events(run("The handover of 40 Chinese nationals took place at the bridge on Monday."))
    assert len(found) == 1


def test_money_collected_through_handovers_and_dead_drops_is_no_act() -> None:
    # (laundering words: a handover of cash and a hiding place for it, no return and no death)
    assert events(run("The gang collected cash through handovers and left it in dead drops across Sydney, police "
                      "said.")) == {}
