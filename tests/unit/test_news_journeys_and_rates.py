"""A relative or a business role sent abroad ("her nephew was sent to Laos") makes a worker's
journey, no official visit; an official sent there still does. A rate written for another number
of the sentence ("made to work 16 hours a day") leaves the people counted one act's count."""

from tests.unit.test_news_extraction import events, run


def test_a_relatives_journey_is_no_visit() -> None:
    assert events(run("Her nephew was sent to Laos once he paid an agent.\n")) == {}
    assert "visit@" in events(run("The ambassador was sent to Cambodia.\n"))


def test_a_rate_of_another_number_is_no_tally_of_the_people() -> None:
    found = events(run("Police freed three techies, who were made to work 16 hours a day in Laos.\n"))
    assert found["rescue@"]["count_rescued"] == 3
    assert "count_rescued" not in events(run("Police free about 30 workers a month from such sites.\n")).get("rescue@", {})
