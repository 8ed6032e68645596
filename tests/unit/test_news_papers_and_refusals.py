"""Papers handed over, plans and refusals are no acts (audit 37o): "The government has repatriated 48
Ugandans ... as some continue to refuse evacuation. ... Those holdouts finally handed over family
contact forms on November 14, so evacuation planning could restart" tells one return, undated by the
forms' day, and no rescue."""

from tests.unit.test_news_extraction import events, run


def test_forms_handed_over_refusals_and_planning_tell_no_act() -> None:
    found = events(run("The government has repatriated 48 Ugandans from scam compounds in Cambodia as some continue "
                       "to refuse evacuation. Officials said 25 Ugandans staying in police shelters at first declined "
                       "to cooperate. Those holdouts finally handed over family contact forms on November 14, so "
                       "evacuation planning could restart."))
    assert found == {"repatriation@": {"type": "repatriation", "count_repatriated": 48}}


def test_people_handed_over_are_still_handed_over() -> None:
    found = events(run("Cambodia handed over 40 Chinese suspects to China on Monday."))
    assert found["repatriation@2026-10-12"]["count_repatriated"] == 40  # (a guard)
