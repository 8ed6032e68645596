"""Hard-wrapped lines (audit 19: page t14; development article 120, audit page r07 wrap the
same way): some outlets break one sentence over several lines. A line that goes on in lower case
continues the sentence (the splitter's rule, tested in
test_nlp_wrapped_lines.py), so its count and its period are read whole."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_sentence_wrapped_over_three_lines_keeps_its_count() -> None:
    batch = run("Immigration officers raided a rented house in Hua Hin on Monday and detained\nforty-one "
                "Vietnamese nationals running a\nfraud ring there.")
    assert [fact for fact in facts(batch) if fact[0] == "DETAINED" and fact[2] == "VN" and fact[3] == 41]


def test_a_period_wrapped_after_its_first_day_keeps_both_ends() -> None:
    found = events(run("Between 2 March 2024\nand 9 June 2025, a total of 900 foreigners were detained in Tachileik."))
    assert "detention@2024-03-02/2025-06-09" in found
