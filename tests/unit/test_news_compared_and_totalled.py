"""A figure the act is set against ("compared with 12 Malaysians rescued in January", "up from 12")
and the new total an act brings a count to ("bringing the total this year to 400 Chinese",
"bringing to 400 the number of Chinese arrested") count no people of the act told."""

from tests.unit.test_news_extraction import counts_of



def test_a_figure_compared_with_adds_nobody() -> None:
    counted = counts_of("Police rescued 30 Malaysians on Monday, compared with 12 Malaysians rescued in January.\n")
    assert ("RESCUED", "MY", 30) in counted and ("RESCUED", "MY", 42) not in counted


def test_the_total_after_to_is_no_act_of_its_own() -> None:
    counted = counts_of("Police deported 50 Chinese on Monday, bringing the total this year to 400 Chinese.\n")
    assert counted == {("DEPORTED", "CN", 50)}


def test_the_total_before_the_number_of() -> None:
    counted = counts_of("Police arrested 50 Chinese on Monday, bringing to 400 the number of Chinese arrested since January.\n")
    assert ("ARRESTED", "CN", 50) in counted and ("ARRESTED", "CN", 400) not in counted


def test_a_multiple_as_many_as_is_a_comparison() -> None:
    counted = counts_of("Police rescued 12 Ugandans on Monday, twice as many as the six Kenyans rescued in May.\n")
    assert ("RESCUED", "UG", 12) in counted and not any(nat == "KE" for _, nat, _ in counted)


def test_as_many_as_alone_still_rounds_a_count() -> None:
    assert ("RESCUED", "KE", 40) in counts_of("As many as 40 Kenyans were rescued on Monday.\n")
