"""Two constructions of journey reporting, in made-up words: people "escorted back" or "escorted
home" are sent home, like "brought back"; and a participle clause set off by commas after the
people ("40 suspects, caught in joint raids in Laos, had been escorted back on Monday") tells their
past in passing, so a day that opens the sentence dates its main verb, not the raid in the aside."""

from tests.unit.test_news_extraction import events, run


def test_people_escorted_back_or_home_are_sent_home() -> None:
    assert "repatriation@2026-10-13" in events(run("25 fraud suspects were escorted back to Lumora on Tuesday."))
    assert any(k.startswith("repatriation") for k in events(run("Twelve workers were escorted home from Valdan.")))


def test_a_day_before_the_people_is_not_the_day_of_the_raid_in_their_aside() -> None:
    found = events(run("On Monday, 40 fraud suspects, caught in joint raids in Valdan, had been escorted back to "
                       "Lumora, the ministry said."))
    assert "repatriation@2026-10-12" in found
    assert not any(k.startswith("raid@2026-10-12") for k in found)


def test_a_day_inside_the_aside_is_still_its_own() -> None:
    found = events(run("The 40 suspects, caught in a raid in Valdan on Monday, were escorted back to Lumora."))
    assert "raid@2026-10-12" in found


def test_an_act_told_as_later_takes_no_day_told_before_it() -> None:
    found = events(run("In August, a singer was kidnapped to Valdan, where he was later rescued by soldiers."))
    assert "kidnapping@2026-08" in found and "rescue@" in found
    found = events(run("Four workers were rescued on Monday and were later deported."))
    assert "rescue@2026-10-12" in found and "deportation@" in found


def test_a_day_after_later_is_still_the_acts_own() -> None:
    assert "rescue@2026-08" in events(run("The singer went missing at the border and was later rescued in August."))
