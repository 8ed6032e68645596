"""Events the reader invented from running totals and from papers received (round 30): "the number
of people held in the sweep has passed 4,000" and "freed 30 of them on several occasions" sum many
acts into one figure, no one act of the story; "five complaints received by the police" are papers
received, no people taken back. Made-up sentences, places and numbers."""

from tests.unit.test_news_extraction import events, facts, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_statistic_that_passes_a_mark_tells_no_detention() -> None:
    text = "VIENTIANE: The number of people held in the latest nationwide sweep has passed 4,200, officials said."
    assert "detention" not in kinds(text)


def test_a_statistic_numbering_close_to_a_figure_tells_no_rescue() -> None:
    text = ("Officers said that with the number of Filipinos freed, numbering close to 640, many more "
            "are probably still inside the compounds.")
    assert "rescue" not in kinds(text)


def test_the_total_number_of_arrests_rising_tells_no_arrest() -> None:
    assert "arrest" not in kinds("The total number of arrests rose to 93 this month, the bureau said.")


def test_people_freed_on_several_occasions_are_no_one_rescue() -> None:
    text = "The ministry had previously freed 27 such Nepalis on several occasions, an official said."
    batch = run(text)
    assert "rescue" not in kinds(text)
    assert not any(fact[0] == "RESCUED" for fact in facts(batch))


def test_complaints_received_by_the_police_are_no_people_sent_home() -> None:
    text = ("Inquiries are under way regarding 05 suspects, including four Nepalis and a Lao national, "
            "based on five complaints received by the police.")
    batch = run(text)
    assert "repatriation" not in kinds(text)
    assert not any(fact[0] == "REPATRIATED" for fact in facts(batch))


def test_a_number_of_people_rescued_is_some_people_and_an_act() -> None:
    text = "A number of Thais rescued from a compound in Kampot on Monday reached the border on Tuesday."
    assert "rescue" in kinds(text)


def test_a_statistic_with_no_figure_reached_leaves_the_act() -> None:
    text = "Police raided a casino in Pursat on Friday; the number of workers rescued in the raid was not given."
    assert "raid" in kinds(text)


def test_an_act_told_plainly_beside_a_total_stays_an_event() -> None:
    text = "Police arrested 41 Indonesians in Bavet on Tuesday. The number of people arrested this year has passed 900."
    assert "arrest@2026-10-13" in events(run(text))
