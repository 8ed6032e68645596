"""A bare number after a partition that opens the sentence ("Of these, 25 have ...") is a part of
the people counted before, like "25 of them": it takes their nationality; adverbs may stand
between its auxiliary and its verb ("have already safely returned")."""

from tests.unit.test_news_extraction import facts, run


def test_a_bare_number_after_of_these_takes_the_people_counted_before() -> None:
    found = facts(run("The embassy said it had freed 52 Nepalis held in compounds. Of these, 25 have already "
                      "safely returned to Nepal, while the rest await flights."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 25) for f in found)


def test_more_than_were_counted_before_are_other_people() -> None:
    found = facts(run("The embassy said it had freed 52 Nepalis held in compounds. Of these, 90 have already "
                      "safely returned to Nepal."))
    assert not any(f[0] == "REPATRIATED" and f[2] == "NP" for f in found)
