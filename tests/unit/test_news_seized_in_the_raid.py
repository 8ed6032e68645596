"""Things seized "during the raid" or "in the operation" were seized on that raid's day, not on
another day their sentence tells (the day they were shown or handed on). A raid told in the same
sentence dates it as before. Made-up texts, places and numbers."""

from datetime import date

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.in_the_raid import raid_named_after
from tests.unit.test_news_extraction import events, run

_PUBLISHED = date(2031, 3, 12)
_RAID = "Police raided a compound in Velmora on March 2 and arrested 40 Peruvian nationals.\n\n"


def kinds_and_dates(text: str) -> set[str]:
    return set(events(run(_RAID + text, published=_PUBLISHED)))


def test_things_seized_during_the_raid_shown_on_another_day() -> None:
    found = kinds_and_dates("On March 9, police showed reporters 300 phones that officers had seized during the raid.")
    assert "seizure@2031-03-02" in found
    assert "seizure@2031-03-09" not in found


def test_things_seized_in_the_operation_handed_on_later() -> None:
    found = kinds_and_dates("The laptops seized in the operation were handed to prosecutors on March 9.")
    assert "seizure@2031-03-02" in found


def test_a_seizure_with_its_own_raid_in_its_sentence_keeps_that_day() -> None:
    found = set(events(run("On March 9, police raided a villa in Lund and seized 80 phones during the raid.",
                           published=_PUBLISHED)))
    assert {"raid@2031-03-09", "seizure@2031-03-09"} <= found


def test_the_phrase_must_point_back_and_stay_in_the_acts_phrase() -> None:
    def told(words: str) -> bool:
        lower = words.lower().split()
        return raid_named_after(lower, 1, 0, len(lower), EVENT_TRIGGERS, [1]) is not None
    assert told("phones seized during the raid")
    assert told("phones seized as evidence during the operation")
    assert not told("phones seized during a raid")
    assert not told("phones seized , and during the raid")
