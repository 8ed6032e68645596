""""Informed" and "explained" are verbs of telling like "said": the day told with them is the
telling's, and an act in the "that" clause it reports stays undated (a closed class of speech
verbs; fresh5 103)."""

from datetime import date

from tests.unit.test_news_extraction import events, run


def test_a_day_told_with_informed_dates_the_telling_not_the_rescue() -> None:
    found = events(run("The Thai Embassy in Vientiane on Tuesday informed that it has freed 12 Thai workers "
                       "from a casino compound.", published=date(2023, 3, 9)))
    assert "rescue@" in found
    assert "rescue@2023-03-07" not in found


def test_a_day_told_with_explained_dates_the_telling_not_the_return() -> None:
    found = events(run("An official explained on Monday that 40 Thai workers have been repatriated from the "
                       "compound.", published=date(2023, 3, 9)))
    assert "repatriation@2023-03-06" not in found


def test_the_act_with_its_own_day_keeps_it() -> None:
    found = events(run("The embassy freed 12 Thai workers from a casino compound on Tuesday.",
                       published=date(2023, 3, 9)))
    assert "rescue@2023-03-07" in found
