"""Closed phrases that read like facts and are not (audit 14, checked on the development article
110): a country's name before "currency" names money ("$500 in US currency"), not a place where
something happened, as before "dollars" or "baht" (the idiom "seized of the matter" is tested in
test_news_event_idioms.py).
The running of a machine ("jobs in computer operation", audit 14, o19) is no police operation."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, names, run


def test_a_country_before_currency_is_no_place() -> None:
    batch = run("Officers in Chennai seized $3,000 in US currency and five phones from the agent on Monday.")
    assert "United States" not in names(batch, Label.LOCATION)
    assert "Chennai" in names(batch, Label.LOCATION)


def test_operating_a_computer_is_no_raid() -> None:
    """A lure of "jobs in computer operation" (audit 14, o19) names the work of running a machine,
    like the "patrol operation" already read as no event; a police operation is still a raid."""
    batch = run("The women were sent to Laos on 4 June 2023 with the promise of jobs in computer operation.")
    assert not [key for key in events(batch) if key.startswith("raid")]
    batch = run("Police launched an operation in Vientiane on 4 June 2023 and arrested 30 suspects.")
    assert [key for key in events(batch) if key.startswith(("raid", "arrest"))]
