"""Audit 52, lead: identifiers a news page gives that are no scam's. An embedded post's platform
and the handle that posted it, and a ministry's switchboard offered for tips (made-up bodies,
handles and numbers)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_an_embedded_posts_platform_and_poster_are_no_identifiers() -> None:
    batch = run("Prosecutors searched four houses in Dorvan and arrested nine members of an extortion ring. "
                "pic.twitter.com/Ab12Cd34Ef — Dorvan Prosecutors (@DorvanFiscal) March 4, 2025")
    assert not names(batch, Label.IDENTIFIER)


def test_a_scams_own_handle_and_site_stay() -> None:
    batch = run("Victims were told to message @LuckyGainsDesk and to deposit money on www.luckygains-trade.com, "
                "police in Dorvan said on Monday.")
    found = names(batch, Label.IDENTIFIER)
    assert any("luckygainsdesk" in name for name in found)
    assert any("luckygains-trade.com" in name for name in found)


def test_a_ministrys_switchboard_for_tips_is_no_identifier() -> None:
    batch = run("The ministry asked anyone with news of workers lured abroad to call the citizen protection "
                "switchboard +84 912345678 of its Consular Department.")
    assert not names(batch, Label.IDENTIFIER)
