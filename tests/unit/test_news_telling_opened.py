"""A date that opens a sentence whose clause is a named speaker's telling ("Last week, the ministry
reported that ...") is the day of the telling, not of the act in the "that" clause (article 91;
the same shape on audit pages: "On Tuesday, the NBI said in a release that ...", "In October,
China's Ministry of Public Security reported that ..."). Tests in made-up words."""

from datetime import date

from tests.unit.test_news_extraction import events, run

TOLD_ON = date(2026, 5, 12)


def test_a_date_opening_a_telling_does_not_date_the_act() -> None:
    found = events(run("Last week, the Ministry of Foreign Affairs reported that 12 Laotians were repatriated from Cambodia.", TOLD_ON))
    assert [key for key in found if key.startswith("repatriation")] == ["repatriation@"]


def test_a_date_opening_the_act_itself_still_dates_it() -> None:
    found = events(run("Last week, the Ministry of Foreign Affairs repatriated 12 Laotians from Cambodia.", TOLD_ON))
    assert "repatriation@2026-05-04/2026-05-10" in found


def test_a_telling_without_that_keeps_the_date() -> None:
    found = events(run("On Friday, police arrested 12 Laotians in Bavet and said they ran a call centre.", TOLD_ON))
    assert "arrest@2026-05-08" in found
