"""People counted, an aside on them that tells their first act (a participle or a relative clause
set off by commas), then their own active verb of coming ("returned home", "flew home", "arrived
in" a city of their own country): the rescue is told in passing and the return is a second act of
the same people, with the same number. A landing abroad or a return to the compound is no return,
and the place of the landing is not where the first act happened."""

from tests.unit.test_news_extraction import counts_of, facts, run



def test_participle_aside_then_arrival_in_a_home_city() -> None:
    text = "The 31 Sri Lankans, freed from a compound near Lotown last month, arrived in Colombo on Tuesday.\n"
    counted = counts_of(text)
    assert ("RESCUED", "LK", 31) in counted
    assert ("REPATRIATED", "LK", 31) in counted


def test_participle_aside_then_returned_home() -> None:
    text = "Fourteen Peruvians, rescued by soldiers on Monday, returned home on Thursday.\n"
    counted = counts_of(text)
    assert ("RESCUED", "PE", 14) in counted
    assert ("REPATRIATED", "PE", 14) in counted


def test_relative_clause_aside_then_flew_home() -> None:
    text = "The 22 Peruvians, who were rescued near Lotown, flew home on Sunday.\n"
    counted = counts_of(text)
    assert ("RESCUED", "PE", 22) in counted
    assert ("REPATRIATED", "PE", 22) in counted


def test_landing_abroad_is_no_return_and_not_the_rescue_place() -> None:
    text = "The 31 Sri Lankans, who were rescued on Monday, arrived in Bangkok on Tuesday.\n"
    found = facts(run(text))
    assert ("REPATRIATED", "LK", 31) not in {(f[0], f[2], f[3]) for f in found}
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Bangkok" for f in found)


def test_going_back_to_the_compound_is_no_return() -> None:
    text = "The 31 Sri Lankans, rescued on Monday, returned to the compound a week later.\n"
    assert ("REPATRIATED", "LK", 31) not in counts_of(text)
