"""Carriers a body sent for a purpose did it (audit 36e): "The Nepal Army deployed two special transport
flights to repatriate 128 Nepali workers out of Mae Sot on Monday, August 18, 2025" is a repatriation
of 128 Nepalis on that day; "plans to repatriate" stays an aim with no count."""

from datetime import date

from tests.unit.test_news_extraction import events, facts, run


def test_flights_deployed_to_repatriate_repatriated() -> None:
    found = facts(run("The Nepal Army deployed two special transport flights to repatriate 128 Nepali workers out of "
                      "Mae Sot on Monday, August 18, 2025.", published=date(2025, 8, 19)))
    assert ("REPATRIATED", "repatriation@2025-08-18", "NP", 128) in found


def test_a_plan_to_repatriate_counts_no_one() -> None:
    found = events(run("The government plans to repatriate 128 Nepali workers."))
    assert all("count_repatriated" not in e for e in found.values())  # (a guard)
