"""Audit 50 (d1): a warrant's own year, and an aim handed to the receiver of people."""

from __future__ import annotations

import datetime

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import Label

_PUBLISHED = datetime.date(2025, 11, 20)


def _event_list(text: str) -> list[tuple[str, str]]:
    batch = extract(Article(text=text, title="t", published=_PUBLISHED))
    return sorted((n.properties["type"], n.properties.get("date") or "") for n in batch.nodes.values()
                  if n.label is Label.EVENT)


def _events(text: str) -> set[tuple[str, str]]:
    return set(_event_list(text))


def test_a_warrants_year_dates_it_not_the_days_other_act() -> None:
    events = _events("A tribunal on Monday approved the extradition of Rolo Varga over a 2016 arrest warrant.")
    assert ("warrant", "2016") in events
    assert ("warrant", "2025-11-17") not in events


def test_a_warrant_with_its_year_served_in_an_arrest() -> None:
    events = _events("Agents detained Pell Dorin on Friday on a 2019 warrant from Zorvanian police.")
    assert ("warrant", "2019") in events
    assert ("warrant", "2025-11-14") not in events


def test_people_handed_to_police_to_assist_an_investigation_make_no_investigation() -> None:
    events = _events("The nine women reached the Kalvo checkpoint and were handed over to the Lotland Police "
                     "to assist in investigation.")
    assert not any(kind == "investigation" for kind, _ in events)


def test_the_raid_told_again_after_an_after_phrase_is_no_second_raid() -> None:
    events = _event_list("Police raided a call centre in Tarvo and arrested 14 Zorvanians. After the raid, the 14 "
                     "were charged before the city prosecutor. Police said the raid stemmed from a tip by a tenant.")
    assert sorted(kind for kind, _ in events) == ["charge", "raid"]


def test_the_operation_dated_next_dates_the_arrests_told_before() -> None:
    events = _events("Sixteen Zorvanians were arrested by the bureau at a gaming office in Tarvo. "
                     "The bureau said the operation was carried out by its agents on 4 May.")
    assert events == {("raid", "2025-05-04")}


def test_a_crackdown_at_home_told_as_why_people_moved_is_no_raid() -> None:
    events = _events("The 30 workers had come from Zorvania to Lotland in February because of a crackdown "
                     "by Zorvanian police on their bosses.")
    assert not any(kind == "raid" for kind, _ in events)
    assert _events("The crew relocated to Kalvo in April after a crackdown on gaming at home.") == set()
