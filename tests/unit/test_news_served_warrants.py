"""A warrant served in the act told ("arrested on Tuesday under arrest warrants issued by the
court", "detained on Friday on a warrant") was issued on a day the sentence does not tell: the
day is the arrest's, and the warrant keeps none."""

from tests.unit.test_news_extraction import events, run


def test_a_warrant_served_in_an_arrest_takes_no_day_of_it() -> None:
    found = events(run("Police arrested three suspects on Tuesday under arrest warrants from the Criminal Court.\n"))
    assert "arrest@2026-10-13" in found
    assert "warrant@" in found and "warrant@2026-10-13" not in found
    found = events(run("Police detained the recruiter on Friday on a warrant from the Criminal Court.\n"))
    assert not any(key.startswith("warrant@2026") for key in found)


def test_a_warrant_issued_on_a_day_keeps_it() -> None:
    found = events(run("The Criminal Court issued arrest warrants for three suspects on Tuesday.\n"))
    assert "warrant@2026-10-13" in found
