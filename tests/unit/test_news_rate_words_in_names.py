"""A word of rate ("daily", "weekly") makes a count a rate, not one event; inside a name told in
the sentence ("the China Daily reported") it is no rate, and the count is read."""

from tests.unit.test_news_extraction import facts, run


def test_a_rate_word_inside_an_outlet_s_name_is_no_rate() -> None:
    found = facts(run("Police on Thursday arrested 56 Chinese nationals for a phone scam in Cambodia, "
                      "the Jakarta Daily reported Friday."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("CN", 56) for f in found)


def test_a_rate_word_told_in_lower_case_still_makes_a_rate() -> None:
    found = facts(run("Police deported 40 Chinese nationals daily."))
    assert not any(f[0] == "DEPORTED" and f[3] == 40 for f in found)


def test_a_rate_word_opening_the_sentence_still_makes_a_rate() -> None:
    found = facts(run("Weekly, the embassy repatriates 30 Indonesians."))
    assert not any(f[0] == "REPATRIATED" and f[3] == 30 for f in found)
