"""A peril missed by luck ("narrowly escaped a deadly flood", "escaped death") is no escape from
captors and no death (audit 39B: a repatriation story made an escape on the day it was told)."""

from tests.unit.test_news_extraction import events, run


def test_a_flood_escaped_is_no_escape() -> None:
    found = events(run("Twenty Malawians narrowly escaped a deadly flood on Tuesday, when they were flown home "
                       "hours before the storm."))
    assert not any(key.startswith("escape@") for key in found)


def test_death_escaped_is_no_death() -> None:
    assert events(run("The workers escaped death on Tuesday when the roof of the compound fell in.")) == {}


def test_an_escape_from_a_compound_is_still_an_escape() -> None:
    assert "escape@2026-10-13" in events(run("Five Kenyans escaped from the compound on Tuesday during an airstrike."))
