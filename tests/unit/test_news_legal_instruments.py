"""An event word naming a legal instrument's kind ("an extradition treaty", "the Deportation Act")
tells no act (audit 15: p07, p09; development article 78): read as an event it took the year the
treaty was signed. The act told in the same text keeps its own day. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def test_an_extradition_treaty_signed_long_ago_dates_no_extradition() -> None:
    batch = run("Vietnam extradited a Korean fraud suspect to Seoul on Friday.\n"
                "The two countries signed an extradition treaty in 2003.")
    assert not [key for key in events(batch) if key == "extradition@2003"]
    assert [key for key in events(batch) if key.startswith("extradition")]


def test_an_agreement_or_pact_named_for_an_act_is_no_act() -> None:
    assert not events(run("Laos and China signed a deportation agreement in 2019, the ministry said."))
    assert not events(run("Malaysia and Indonesia signed a repatriation pact in 2017."))


def test_the_act_itself_under_a_treaty_is_still_an_event() -> None:
    batch = run("Thailand extradited two Chinese suspects to China on Friday under the extradition treaty.")
    assert [key for key in events(batch) if key.startswith("extradition@2026")]


def test_an_instrument_naming_its_matter_after_a_preposition_is_no_act() -> None:
    assert not events(run("Peru and Japan signed a treaty on extradition in 2008, the ministry said."))
    assert not events(run("The two states reached an agreement for the repatriation of workers in 2015."))


def test_an_act_of_kidnapping_is_still_the_deed() -> None:
    assert "kidnapping@2026-10-12" in events(run("Gunmen carried out an act of kidnapping in Kampot on Monday, "
                                                 "police said."))
