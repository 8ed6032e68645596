"""Act words that tell no act of the story: a raid kept from happening ("to avoid a police raid"),
a visit that is a pretext ("under the pretext of visiting Laos"), a suspect who fled (a fugitive,
not a captive's escape), and a counted group arriving ("a team of 19 arrived"), which is people
coming home, not officials visiting."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _events(text: str) -> list[str]:
    return sorted(n.properties["type"] for n in run(text).nodes.values() if n.label is Label.EVENT)


def test_an_averted_raid_is_no_raid() -> None:
    assert _events("In June 2022 two workers were shot while being moved under guard to avoid a police raid.") == []


def test_a_pretext_is_no_visit() -> None:
    assert _events("The Nepal government warned jobseekers against going abroad under the pretext of visiting "
                   "Laos or Myanmar.") == []


def test_a_suspect_who_fled_made_no_escape() -> None:
    assert _events("One man accused of a job racket was arrested in a raid in Galle on Sunday. A second suspect had "
                   "fled the premises during the raid.") == ["raid"]


def test_a_counted_group_arriving_is_no_visit() -> None:
    assert "visit" not in _events("A group of Malawians held by militias in Myanmar were repatriated on Friday. A "
                                  "team of 23 arrived at Kamuzu International Airport at noon.")
