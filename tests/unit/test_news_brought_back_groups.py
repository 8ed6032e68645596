"""People "rescued and brought back home" came home too (a second act with their number, as
"rescued and flown back" always was); "Another 13 Filipinos have now been repatriated" is a group
of its own, not a running tally as "900 have now been repatriated" is."""

from tests.unit.test_news_extraction import counts_of



def test_rescued_and_brought_back_home() -> None:
    counted = counts_of("Thirteen Peruvians were rescued and brought back home.\n")
    assert {("RESCUED", "PE", 13), ("REPATRIATED", "PE", 13)} <= counted


def test_rescued_and_sent_back_to_the_compound_is_no_return() -> None:
    assert ("REPATRIATED", "PE", 13) not in counts_of("Thirteen Peruvians were rescued and sent back to the compound.\n")


def test_another_group_now_repatriated_is_counted() -> None:
    assert ("REPATRIATED", "PE", 13) in counts_of("Another 13 Peruvians have now been repatriated.\n")


def test_a_total_now_repatriated_stays_a_tally() -> None:
    assert ("REPATRIATED", "PE", 900) not in counts_of("900 Peruvians have now been repatriated.\n")
