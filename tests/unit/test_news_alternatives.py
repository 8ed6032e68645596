"""An event word that is one item of a series joined by "or" ("people being held, beaten, or going
missing") names a kind of case that may happen, not a happening; a series joined by "and"
still tells acts. Made-up texts."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_an_act_in_a_series_ending_with_or_is_no_event() -> None:
    assert "kidnapping" not in kinds("Police said a team dedicated to cases of citizens being kidnapped, confined, "
                                     "or going missing in Laos is at work.")


def test_acts_in_a_series_joined_by_and_are_still_events() -> None:
    assert "kidnapping" in kinds("Police in Seoul said on Monday that two citizens were abducted, beaten and "
                                 "robbed in Laos.")
