"""Indian reporting. A charge told as a charge sheet ("chargesheeted", "filed a charge sheet",
"charge-sheeted") is a charge laid, the same event as "charged"; agents arrested are counted; the
state police's crime branch (CB-CID) is an agency. Made-up texts."""

from tests.unit.test_news_extraction import events, facts, run


def test_chargesheeted_people_are_charged_on_the_day_told() -> None:
    batch = run("Four Indian nationals were chargesheeted in Phnom Penh on March 8 over an online fraud ring.")
    assert list(events(batch)) == ["charge@2026-03-08"]
    assert ("CHARGED", "charge@2026-03-08", "IN", 4) in facts(batch)


def test_a_charge_sheet_filed_is_a_charge() -> None:
    assert "charge@2026-03-08" in events(run("The police filed a charge sheet against four men in a trafficking "
                                             "case in Pune on March 8."))
    assert "charge@2026-03-08" in events(run("The agency charge-sheeted three recruiters in Nagpur on March 8."))


def test_a_chargesheet_named_again_is_the_same_charge() -> None:
    batch = run("Investigators chargesheeted four men over a job fraud ring on March 8. Their recruiters are "
                "named in the chargesheet, which went to a Pune court.")
    assert [key for key in events(batch) if key.startswith("charge")] == ["charge@2026-03-08"]


def test_agents_arrested_are_counted_and_the_state_crime_branch_is_an_agency() -> None:
    batch = run("MADURAI: The CB-CID has arrested nine agents who sent jobseekers to scam compounds in Laos.")
    (arrest,) = [props for key, props in events(batch).items() if key.startswith("arrest")]
    assert arrest["count_arrested"] == 9
    assert ("CONDUCTED", "CB-CID", "arrest@", None) in facts(batch)
