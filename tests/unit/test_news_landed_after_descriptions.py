"""People who land at home after words that describe them are still counted on their return
(audits 36c and 36e): "Thirty-one Vietnamese accused of fraud and extortion in Laos arrived in Hanoi"
(two nouns joined by "and" in the description), "92 Kenyans, many of them still shaken by months of
abuse, landed in Nairobi" (an aside on some of them set off by commas)."""

from tests.unit.test_news_extraction import facts, run


def test_a_description_with_nouns_joined_by_and_keeps_the_landing() -> None:
    found = facts(run("Twenty-six Vietnamese accused of gambling and extortion in Cambodia arrived in Hanoi on Friday."))
    assert ("REPATRIATED", "repatriation@2026-10-09", "VN", 26) in found


def test_an_aside_on_some_of_the_people_keeps_the_landing() -> None:
    found = facts(run("On Friday, 77 Ugandans, many of them still weak after months of abuse, landed safely in "
                      "Entebbe aboard a chartered flight."))
    assert ("REPATRIATED", "repatriation@2026-10-09", "UG", 77) in found
