"""Harms listed after a verb of risking ("those who refuse risk beatings, rape or even death") and
outcomes wished for ("families want the recruiters convicted") tell no act (audit 36g: a death event
and a charge event from such sentences in long-form reporting). A risk taken is no harm feared."""

from tests.unit.test_news_extraction import events, run


def test_harms_risked_are_no_events() -> None:
    found = events(run("Workers held in the compounds are made to defraud strangers, and those who refuse risk "
                       "beatings, torture or even death, survivors said."))
    assert not any(name.startswith("death") for name in found)


def test_an_outcome_wished_for_is_no_charge() -> None:
    found = events(run("Aid groups in Bangkok said they want the survivors compensated and the recruiters convicted."))
    assert not any(name.startswith("charge") for name in found)


def test_a_risk_taken_before_a_raid_leaves_the_raid() -> None:
    found = events(run("Officers took a risk and raided a compound in Myawaddy on Monday, detaining 40 people."))
    assert found["raid@2026-10-12"]["count_detained"] == 40
