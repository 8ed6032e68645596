"""Catfishing (luring victims with a fake online identity into a feigned romance) names the
romance scam, as "love scam" does. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.SCAM_TYPE}


def test_a_catfishing_syndicate_runs_a_romance_scam() -> None:
    assert "romance scam" in _scams("Nine Filipinos were forced to work for a catfishing syndicate in Kampot until May.")


def test_catfishing_scams_name_a_romance_scam() -> None:
    assert "romance scam" in _scams("The 30 workers ran catfishing scams from a compound in Bavet, police said.")


def test_a_fish_farm_names_no_scam() -> None:
    assert _scams("The 30 workers were found on a fish farm in Kampot, police said.") == set()
