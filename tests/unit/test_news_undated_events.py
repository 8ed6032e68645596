"""Events of one kind that a story never dates cannot be told apart: they are one event."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, run

TWO_RAIDS = ("Police arrested 40 Thai nationals in raids on casinos in Poipet on Monday. On Tuesday, a team "
             "raided a hotel in Bavet and arrested 18 suspects.")


def test_two_undated_raids_are_one_event_with_the_places_of_both() -> None:
    batch = run(TWO_RAIDS, published=None)
    assert [n.properties["type"] for n in batch.nodes.values() if n.label is Label.EVENT] == ["raid"]
    found = facts(batch)
    assert ("ARRESTED", "raid@", "TH", 40) in found
    assert {("OCCURRED_AT", "raid@", "Poipet", None), ("OCCURRED_AT", "raid@", "hotel in Bavet", None)} <= found
    assert events(batch)["raid@"]["count_arrested"] == 40  # the first told keeps its own count


def test_raids_on_two_known_days_stay_two_events() -> None:
    assert {"raid@2026-10-12", "raid@2026-10-13"} <= set(events(run(TWO_RAIDS)))
