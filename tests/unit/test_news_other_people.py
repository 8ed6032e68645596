"""People told as "other" (made-up: "12 other Peruvians were also flown home") are not the people of
the act told before: with no date of their own they make another, undated act of the kind, not a
second, conflicting count on the dated one. Without "other" a later undated mention stays that act."""

from datetime import date

from tests.unit.test_news_extraction import facts, run

_WEDNESDAY = date(2025, 6, 11)
_STORY = ("Thirty Peruvians have been rescued and repatriated from fraud compounds in Laos, the Interior "
          "Ministry announced. The victims arrived at Jorge Chavez Airport on June 9 from Vientiane. ")


def test_other_people_also_sent_home_are_another_undated_act() -> None:
    found = facts(run(_STORY + "Last week, the Ministry of Foreign Affairs reported that 12 other Peruvians were also "
                      "repatriated from Laos.", _WEDNESDAY))
    assert ("REPATRIATED", "repatriation@2025-06-09", "PE", 30) in found
    assert ("REPATRIATED", "repatriation@", "PE", 12) in found


def test_people_also_sent_home_on_the_same_day_stay_on_that_act() -> None:
    found = facts(run("Lima: The Interior Ministry has deported 40 Bolivian nationals who ran a lottery fraud. The "
                      "deportees boarded a plane to La Paz on Tuesday night. Additionally, the ministry said that 9 "
                      "Chilean nationals, also scam staff, were deported on the same day.", _WEDNESDAY))
    assert not any(f[1] == "deportation@" for f in found)
