"""A weekday inside a person's name ("Emeka Sunday", "Ibrahim Monday") is no date: such names are
common in West Africa, and the day they named made a raid's date up."""

from tests.unit.test_news_extraction import events, run


def test_surname_that_is_a_weekday_dates_nothing() -> None:
    text = "The two men, named as Chidi Obi and Emeka Sunday, were held in a raid on a flat in Lotown.\n"
    assert set(events(run(text))) == {"raid@"}


def test_surname_after_a_verb_dates_nothing() -> None:
    text = "Officers detained Ibrahim Monday and two others in a raid on a call centre in Lotown.\n"
    assert set(events(run(text))) == {"raid@"}


def test_a_weekday_after_a_people_still_dates_the_act() -> None:
    text = "Thai police arrested 40 Chinese Sunday in a raid on a casino in Lotown.\n"
    assert any(key.startswith("raid@2026-10-") for key in events(run(text)))
