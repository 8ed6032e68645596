"""Counted people listed before a relative clause they share ("140 Chinese and 35 Kenyans who had
crossed ... were arrested") all take the verb after the clause, not only the last item."""

from tests.unit.test_news_extraction import counts_of


def test_every_item_of_a_list_before_a_shared_clause_takes_the_verb_after_it() -> None:
    found = counts_of("On March 4, 120 Chinese nationals and 28 Ugandan nationals who had entered the Tamarind "
                      "Bay zone without papers were identified and detained.")
    assert {("DETAINED", "CN", 120), ("DETAINED", "UG", 28)} <= found


def test_a_clause_after_one_counted_item_still_finds_its_verb() -> None:
    assert ("ARRESTED", "UG", 28) in counts_of("Police said 28 Ugandan nationals who had entered the zone without "
                                               "papers were arrested on Monday.")
