"""Rounds of one act told with the verb once and a day for each (audit 37l): "The BI said 28 Cambodians
were deported on September 8, 17 Cambodians on September 9, and six more Cambodians on September 10"
are three deportations, each with its own people."""

from tests.unit.test_news_extraction import facts, run


def test_each_round_with_its_own_day_is_its_own_act() -> None:
    found = facts(run("The BI said 28 Cambodians were deported on September 8, 17 Cambodians on September 9, and six "
                      "more Cambodians on September 10."))
    assert {("DEPORTED", "deportation@2026-09-08", "KH", 28), ("DEPORTED", "deportation@2026-09-09", "KH", 17),
            ("DEPORTED", "deportation@2026-09-10", "KH", 6)} <= found
