"""Counted people described by a relative clause set off by commas ("18 Bangladeshi nationals, who
were abducted by traffickers while travelling to Thailand, have safely returned") are counted by
the sentence's own verb after the clause, as they already were without the commas (grammar: a
non-restrictive relative clause; article 89). Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_a_count_before_an_aside_between_commas_reaches_the_main_verb() -> None:
    found = facts(run("A group of 21 Nepali nationals, who were abducted by a gang while travelling to "
                      "Malaysia, have safely returned to Nepal."))
    assert ("REPATRIATED", "repatriation@", "NP", 21) in found


def test_a_number_inside_the_aside_still_stops_the_search() -> None:
    found = facts(run("Of the 56 Nepalis, who were trapped in two compounds, eight were rescued on Monday."))
    assert not any(f[0] == "RESCUED" and f[3] == 56 for f in found)
