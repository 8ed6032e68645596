"""Seizures told plainly: "Police seized numerous laptops" (how many goods a past act took, no
general statement), assets frozen ("has frozen BOB 3 million (some $430,000) of the suspects'
assets"); nothing taken where "no funds were retrieved"."""

from tests.unit.test_news_extraction import events, run


def test_an_act_with_an_untold_number_of_goods_is_told() -> None:
    assert "seizure@" in events(run("Police seized numerous laptops and ledgers linked to the ring.\n"))
    assert events(run("Many victims describe beatings in such compounds.\n")) == {}


def test_assets_frozen_are_seized() -> None:
    assert "seizure@" in events(run("Prosecutors have frozen BOB 3 million (some $430,000) of the suspects' assets.\n"))
    assert events(run("The river was frozen for two months.\n")) == {}


def test_no_goods_retrieved_is_no_seizure() -> None:
    assert "seizure@" not in events(run("In Oruro all nine men were detained, though no funds were retrieved.\n"))
