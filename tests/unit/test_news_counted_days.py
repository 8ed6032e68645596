"""Counts each told beside a day of their own in one sentence ("on 3 May, involving 12 Thais, and
on 9 June, involving 20 Thais") are rounds of one act on those days: each round keeps its own
people, never their sum. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_each_round_keeps_its_own_people_on_its_own_day() -> None:
    found = facts(run("Two earlier repatriations took place on 3 May 2026, involving 12 Laotians, "
                      "and on 9 June 2026, involving 20 Laotians."))
    assert ("REPATRIATED", "repatriation@2026-05-03", "LA", 12) in found
    assert ("REPATRIATED", "repatriation@2026-06-09", "LA", 20) in found
    assert not any(f[3] == 32 for f in found)


def test_a_count_told_right_before_its_day_is_that_days_act() -> None:
    found = facts(run("Police in Zarnovia rescued 14 Peruvians on 4 August 2026 and 9 Peruvians on "
                      "11 August 2026."))
    assert ("RESCUED", "rescue@2026-08-04", "PE", 14) in found
    assert ("RESCUED", "rescue@2026-08-11", "PE", 9) in found


def test_one_day_in_the_sentence_stays_the_acts_day() -> None:
    found = facts(run("On 2 March 2026, police arrested 31 Bolivians in a raid on a villa."))
    assert any(f[0] == "ARRESTED" and f[2] == "BO" and f[3] == 31 for f in found)
    assert not any(f[3] == 31 and f[1] != "raid@2026-03-02" for f in found)


def test_a_day_things_were_told_on_is_no_day_of_the_count_after_it() -> None:
    found = facts(run("Police in Zarnov said on 5 March 2026, 20 Bolivians were arrested in a raid on 2 March 2026."))
    assert ("ARRESTED", "raid@2026-03-02", "BO", 20) in found
    assert not any(f[1].endswith("2026-03-05") for f in found)
