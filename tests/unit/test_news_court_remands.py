"""A court that remands people in custody carries the detention out ("the Arica City Court
remanded all nine suspects in custody"): the court conducted that detention."""

from tests.unit.test_news_extraction import facts, run


def test_a_court_that_remands_people_conducts_their_detention() -> None:
    found = facts(run("On Monday, the Arica City Court remanded all nine suspects in custody.\n"))
    assert ("CONDUCTED", "Arica City Court", "detention@2026-10-12", None) in found
