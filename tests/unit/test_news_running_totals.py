"""Events the reader invented from running totals and from papers received (round 30): a statistic
that grows ("the count of those held rose to 4,100") and acts summed "on numerous occasions" make
one figure of many acts, no one act of the story; letters "received" by a ministry are papers, no
people taken back. Made-up sentences of our own, places and numbers."""

from tests.unit.test_news_extraction import events, facts, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_statistic_that_passes_a_mark_tells_no_detention() -> None:
    text = "Officials in Vientiane said on Monday that the total number of foreigners held this year rose to 4,200."
    assert "detention" not in kinds(text)


def test_a_statistic_numbering_close_to_a_figure_tells_no_rescue() -> None:
    text = "Aid groups fear that many remain inside, even as the number of Filipinos freed climbs toward 640."
    assert "rescue" not in kinds(text)


def test_the_total_number_of_arrests_rising_tells_no_arrest() -> None:
    assert "arrest" not in kinds("The total number of arrests rose to 93 this month, the bureau said.")


def test_people_freed_on_several_occasions_are_no_one_rescue() -> None:
    text = "Over the past two years the labour office has brought 27 Nepali workers out of Laos on numerous occasions."
    batch = run(text)
    assert not any(fact[0] in {"RESCUED", "REPATRIATED"} for fact in facts(batch))


def test_letters_received_by_a_ministry_are_no_people_sent_home() -> None:
    text = ("The labour ministry said it is looking into 9 recruiters, among them seven Nepalis and one Indian, "
            "after 12 letters received from their families last month.")
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
