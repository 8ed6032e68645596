"""People taken "following a raid" or "after a raid": the raid told after the act is that act's
raid, so with no day of its own it takes the act's day, and what was seized in it shares that
day, a span of a few days ("over the weekend") included. A raid with its own day keeps it.
Made-up texts, places and numbers."""

from datetime import date

from scamgraph.loaders.news.in_the_raid import on_the_raids_days
from scamgraph.loaders.news.raid_after_act import act_before_raid
from tests.unit.test_news_extraction import events, run

_PUBLISHED = date(2031, 5, 14)  # a Wednesday


def found(text: str) -> set[str]:
    return set(events(run(text, published=_PUBLISHED)))


def test_the_raid_after_the_arrests_takes_their_day() -> None:
    assert found("Police in Velmora arrested 40 Nordland nationals on Sunday following a raid on a warehouse"
                 " in Karsk.") == {"raid@2031-05-11"}


def test_a_rescue_told_before_a_dawn_raid_dates_it() -> None:
    assert found("Soldiers freed 31 Karelian workers on May 2 after a dawn raid on a compound near Lunde.") \
        == {"raid@2031-05-02"}


def test_a_weekend_raid_dates_the_things_seized_in_it() -> None:
    assert found("Officers detained 22 people over the weekend after a raid on a hotel in Lunde.\n\n"
                 "Nine rifles and 60 phones were seized at the hotel.") \
        == {"raid@2031-05-10/2031-05-11", "seizure@2031-05-10/2031-05-11"}


def test_no_day_told_leaves_the_raid_undated() -> None:
    assert found("Police in Velmora arrested 40 Nordland nationals following a raid on a warehouse in Karsk.") \
        == {"raid@"}


def test_the_form_read() -> None:
    def act(words: str) -> int | None:
        lower = words.lower().split()
        return act_before_raid(lower, lower.index("raid"), 0, [1])
    assert act("police arrested 40 men on sunday following a raid") == 1
    assert act("police arrested 40 men after a joint police raid") == 1
    assert act("police arrested 40 men on sunday , following a raid") == 1
    assert act("police arrested 40 men on sunday , two days after a raid") is None  # (another day)
    assert act("police arrested 40 men ; after that a raid") is None
    assert act("police arrested 40 men on sunday during a raid") is None  # (no preposition of sequence)
    assert act("police arrested 40 men while others fled after a raid") is None


def test_which_raid_dates_are_days_of_one_operation() -> None:
    assert on_the_raids_days("2031-05-11", False)
    assert on_the_raids_days("2031-05-10/2031-05-11", True)
    assert not on_the_raids_days("2031-01-01/2031-04-30", True)
    assert not on_the_raids_days("", False)
