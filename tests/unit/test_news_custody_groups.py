"""An organization that takes people into custody over scams acts against them: "the armed group reports
it arrested 300 fraud suspects" does not say the group runs fraud. An organization named after the word
of custody is whose people were taken ("police arrested members of a group that runs scams"): it still
runs the scams."""

from tests.unit.test_news_extraction import facts, run


def _group_scams(text: str) -> set[str]:
    return {fact[2] for fact in facts(run(text)) if fact[0] == "ENGAGED_IN" and fact[1] == "Lantern Hill Army"}


def test_a_group_that_detained_people_accused_of_fraud_runs_none() -> None:
    text = "The Lantern Hill Army detained 318 Chinese nationals accused of online fraud, its spokesman said."
    assert _group_scams(text) == set()


def test_a_group_that_arrested_people_runs_none() -> None:
    assert _group_scams("The Lantern Hill Army arrested 57 people involved in online fraud, a spokesman said.") == set()


def test_a_group_whose_members_were_arrested_still_runs_the_scams() -> None:
    text = "Police arrested 12 members of the Lantern Hill Army, which runs online fraud operations."
    assert _group_scams(text) == {"online fraud"}


def test_a_group_told_running_scams_runs_them() -> None:
    assert _group_scams("The Lantern Hill Army runs online fraud operations in the hills.") == {"online fraud"}
