"""An act told in a participle phrase that describes counted people ("50 Chinese nationals
arrested in a raid in Mae Sot", "64 nationals detained in Cambodia") is their past: the day told
before them is the main clause's act's, not that past act's. Made-up sentences (a probe of a form
seen on 6 of 45 real pages). A second participle after a place and a day ("arrested in Bavet on
Friday and deported on Sunday") still shares the subject."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_days_act_is_the_main_clauses_and_the_described_past_stays_undated() -> None:
    found = events(run("Thailand on Monday deported 50 Chinese nationals arrested in a raid in Mae Sot."))
    assert "deportation@2026-10-12" in found and "raid@" in found
    found = events(run("South Korea sent a chartered plane on Monday to bring home 64 nationals detained in Cambodia."))
    assert "detention@" in found


def test_a_day_told_of_the_people_themselves_still_dates_their_act() -> None:
    assert "arrest@2026-10-12" in events(run("On Monday police arrested 50 Chinese nationals in Bavet."))
    assert "arrest@2026-10-12" in events(run("On Monday, 50 Chinese nationals were arrested in Bavet."))


def test_a_second_participle_after_a_place_and_a_day_shares_the_subject() -> None:
    found = facts(run("Fourteen Chinese were arrested in Bavet on Friday and deported on Sunday."))
    assert ("DEPORTED", "deportation@2026-10-11", "CN", 14) in found
    assert ("ARRESTED", "arrest@2026-10-09", "CN", 14) in found
