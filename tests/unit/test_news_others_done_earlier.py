"""Other people's act with "earlier" right after its word ("linked the suspects to seven other
suspects arrested earlier") is an earlier act apart from the story's; its count is not the story's
(audit 39F: the arrest of four took the seven as its count)."""

from tests.unit.test_news_extraction import events, run

TOLD = "Police arrested four suspects at a house in Nonthaburi on Tuesday. "


def test_others_arrested_earlier_are_another_arrest() -> None:
    found = events(run(TOLD + "The chief linked the four to seven other suspects arrested earlier."))
    assert found["arrest@2026-10-13"]["count_arrested"] == 4 and found["arrest@"]["count_arrested"] == 7


def test_the_same_people_arrested_earlier_in_the_day_are_the_same_arrest() -> None:
    found = events(run(TOLD + "They were arrested earlier, police said."))
    assert list(found) == ["arrest@2026-10-13"]
