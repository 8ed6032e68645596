"""Hypotheticals make no event: an act after "if"/"unless", or after "could/might/may be"."""

from tests.unit.test_news_extraction import events, run


def test_an_act_under_a_condition_is_no_event() -> None:
    assert events(run("The suspects face up to ten years in prison if convicted.")) == {}


def test_an_act_that_only_may_happen_is_no_event() -> None:
    assert events(run("If found guilty, the men could be deported to China.")) == {}
    assert events(run("Officials said the workers might be repatriated soon.")) == {}


def test_an_act_told_as_done_beside_a_condition_stays() -> None:
    found = events(run("Police deported 45 Chinese nationals on Monday, and others could be deported later."))
    assert "deportation@2026-10-12" in found


def test_an_act_someone_calls_for_is_no_event() -> None:
    assert events(run("Rights groups have long called for the repatriation of victims held in the compounds.")) == {}
    assert events(run("Families urged the swift rescue of their relatives on Monday.")) == {}


def test_calling_in_help_before_an_act_keeps_the_act() -> None:
    assert "arrest@2026-10-12" in events(run("Police called in the army and arrested 45 suspects on Monday."))
