"""A day written after its weekday and a comma ("on Friday, October 9") is one date: when a verb of
telling stands before the weekday, the day is the telling's, not the event's."""

from tests.unit.test_news_extraction import events, run


def test_a_statement_dated_by_weekday_and_day_gives_the_raid_no_date() -> None:
    batch = run("A police spokesman said on Friday, October 9, that officers raided a villa in Pasig.")
    assert list(events(batch)) == ["raid@"]


def test_a_weekday_and_day_after_a_bare_speech_verb_is_the_telling() -> None:
    batch = run("The ministry announced Tuesday, October 6, that the raid took place in Pasig.")
    assert list(events(batch)) == ["raid@"]


def test_an_event_dated_by_weekday_and_day_keeps_its_date() -> None:
    batch = run("Police raided a compound in Pasig on Friday, October 9, and arrested 40 workers.")
    assert list(events(batch)) == ["raid@2026-10-09"]
