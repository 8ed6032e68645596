"""Hard-wrapped lines (audit 19: page t14; development article 120, audit page r07 wrap the
same way): some outlets break one sentence over several lines. A single line break between a
lower-case word (a number, a comma) and a lower-case word is read as a space, so the sentence is
read whole; a line break before a capital (a heading, a caption, a new paragraph) still ends it,
and the text keeps its length, so evidence offsets hold."""

from scamgraph.loaders.news.soft_wraps import unwrapped
from tests.unit.test_news_extraction import events, facts, run


def test_a_sentence_wrapped_over_three_lines_keeps_its_count() -> None:
    batch = run("Immigration officers raided a rented house in Hua Hin on Monday and detained\nforty-one "
                "Vietnamese nationals running a\nfraud ring there.")
    assert [fact for fact in facts(batch) if fact[0] == "DETAINED" and fact[2] == "VN" and fact[3] == 41]


def test_a_period_wrapped_after_its_first_day_keeps_both_ends() -> None:
    found = events(run("Between 2 March 2024\nand 9 June 2025, a total of 900 foreigners were detained in Tachileik."))
    assert "detention@2024-03-02/2025-06-09" in found


def test_a_break_before_a_capital_or_a_blank_line_stays() -> None:
    text = "Police raid villa\nOfficers arrested 12 men.\n\nthe end"
    assert unwrapped(text) == text


def test_only_the_soft_break_is_replaced_and_the_length_holds() -> None:
    text = "officers had\narrested 31 men, and the\nsuspects, 20 of\nthem women"
    assert unwrapped(text) == "officers had arrested 31 men, and the suspects, 20 of them women"
    assert len(unwrapped(text)) == len(text)
