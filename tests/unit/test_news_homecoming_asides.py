"""The people sent home arriving after an aside on who they are ("The group, comprising 30 men and
11 women, arrived in Entebbe on Wednesday") tell the day of their return, as "The group arrived in
Entebbe on Wednesday" does (audit 36h)."""

from tests.unit.test_news_extraction import events, run


def test_a_group_described_between_commas_arriving_dates_its_return() -> None:
    found = events(run("Ugandan police have begun interviewing 41 citizens repatriated from Myanmar. The group, "
                       "comprising 30 men and 11 women, arrived in Entebbe on Wednesday evening."))
    assert found["repatriation@2026-10-14"]["count_repatriated"] == 41
