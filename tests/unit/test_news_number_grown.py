"""A count told as the new size of "the number of" people an act was done to ("The number of
Bolivians freed rose from a first 18 to 140") counts that act's people with their nationality;
the old size and a number of things ("the number of cases rose to 40") count no one."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_new_size_of_the_number_of_people_acted_on_is_their_count() -> None:
    found = facts(run("The number of Bolivians freed rose from a first 18 to 140 over the past week, the minister said.\n"))
    assert ("RESCUED", "rescue@", "BO", 140) in found
    assert not any(f[3] == 18 for f in found)
    assert ("REPATRIATED", "repatriation@", "BO", 500) in facts(run("The number of Bolivians repatriated has reached 500.\n"))


def test_a_number_of_things_grown_counts_no_one() -> None:
    assert events(run("The number of cases rose to 40 this year.\n")) == {}
