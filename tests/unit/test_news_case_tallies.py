"""A tally of cases ("with 129 ongoing investigations") is no investigation of its own, while a
few opened into one case are ("opened two special investigations into the affair"). Reporters'
questions ("Questioned by the media, the director said") and a source "familiar with the
investigation" tell no investigation either."""

from tests.unit.test_news_extraction import events, run


def test_a_tally_of_cases_is_no_investigation() -> None:
    assert events(run("New cases keep coming, with 129 ongoing investigations.\n")) == {}
    assert "investigation@" in events(run("The police opened two special investigations into the affair.\n"))


def test_questions_from_reporters_and_a_source_familiar_with_a_case_tell_none() -> None:
    assert events(run("Questioned by the media after the briefing, the director said five people were lured.\n")) \
        .get("investigation@") is None
    assert events(run("The men gave conflicting accounts, an officer familiar with the investigation said.\n")) == {}
    assert "investigation@2026-10-12" in events(run("The five were questioned by police on Monday.\n"))
