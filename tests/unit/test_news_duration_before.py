""""for (over) N units before ..." tells how long something lasted, not when it happened (English
grammar; event-side audit h, session 8: a ring said to have run a few months before its arrest,
people said to have been held some weeks before their release); and a span right after
"suspected of" (a couple suspected of having colluded over recent months, h10) is the gerund's. Tests in made-up words."""

from datetime import date

from scamgraph.loaders.dates import find_dates


def _texts(text: str) -> list[str]:
    return [d.text for d in find_dates(text, 0, date(2024, 5, 10))]


def test_a_duration_before_an_event_is_no_date() -> None:
    assert _texts("The gang had been running the office for only four months before the raid.") == []
    assert _texts("She was held for over three weeks before being freed.") == []
    assert _texts("They worked there for nearly two years before escaping.") == []


def test_an_offset_before_an_event_is_still_told() -> None:
    assert _texts("The men were arrested three weeks before the trial.") == ["three weeks before"]
    assert _texts("The office was raided two months ago.") == ["two months ago"]


def test_a_span_inside_suspected_of_is_the_gerunds_not_the_arrests() -> None:
    # "suspected of over the past two months colluding": the time phrase belongs to the gerund
    from tests.unit.test_news_extraction import events, run
    found = events(run("Officers detained a Hsinchu man suspected of over the past three weeks recruiting students for Cambodian gangs."))
    assert [key for key in found if key.startswith("detention")] == ["detention@"]
    dated = events(run("Officers arrested two men suspected of fraud on Monday."))
    assert any(key.startswith("arrest@") and key != "arrest@" for key in dated)
