"""An act told "the following day" or "the next day" after a dated act is an act of the day after
it, as one told "a day later" is (audit 39L: a second suspect's arrest was folded into the first's
day)."""

from tests.unit.test_news_extraction import facts, run


def test_an_arrest_the_following_day_is_the_next_day_s() -> None:
    batch = run("Police arrested Wang Lei, 33, in Kandy on 4 October. Zhang Wei, 45, was arrested the following day.")
    assert {("ARRESTED", "arrest@2026-10-04", "Wang Lei", None), ("ARRESTED", "arrest@2026-10-05", "Zhang Wei", None)} <= facts(batch)


def test_a_deportation_the_next_day_is_dated_from_the_raid() -> None:
    batch = run("Police raided a compound on Tuesday. The next day, 40 Lao workers were deported.")
    assert ("DEPORTED", "deportation@2026-10-14", "LA", 40) in facts(batch)
