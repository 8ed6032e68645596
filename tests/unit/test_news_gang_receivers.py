"""People "handed over to" a gang, a scam company or traffickers were trafficked, not sent home
or passed between authorities: no repatriation and no count of people moved comes of it (audit
11: l15, with b39 and b41 on earlier audit pages). A handover to an embassy or to police stays."""

from tests.unit.test_news_extraction import events, run


def test_a_handover_to_a_scam_company_is_no_repatriation() -> None:
    batch = run("On arrival the students were handed over to another scam company in Poipet.")
    assert not any(key.startswith("repatriation") for key in events(batch))


def test_a_handover_to_a_gang_is_no_repatriation() -> None:
    batch = run("Brokers took the women across the river, where they were handed over to a gang.")
    assert not any(key.startswith("repatriation") for key in events(batch))


def test_a_handover_to_an_embassy_is_still_a_repatriation_with_its_count() -> None:
    batch = run("The 17 victims were handed over to the Indonesian embassy on Tuesday.")
    found = [props for key, props in events(batch).items() if key.startswith("repatriation")]
    assert found and found[0].get("count_repatriated") == 17
