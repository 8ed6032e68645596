"""People fleeing their captors ("fled scam syndicates in Laos") or fleeing as soldiers raided their
compound escaped; suspects fleeing to a town are fugitives, no escape."""

from tests.unit.test_news_extraction import events, run


def test_fleeing_captors_or_a_raid_is_an_escape() -> None:
    assert "escape@" in events(run("Over 900 Bolivians fled scam syndicates in Laos within a week.\n"))
    assert "escape@" in events(run("Over 600 foreigners fled Laos as soldiers raided the Lotus compound.\n"))


def test_suspects_fleeing_to_a_town_are_fugitives() -> None:
    assert events(run("The suspects fled to Pakse before the police came.\n")) == {}
