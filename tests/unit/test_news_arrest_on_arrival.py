"""People sent home and arrested "upon their arrival", "on board the flight" or "once they boarded":
the receiving country's own arrest at the journey's end, which no raid told in the story (the raid
abroad that caught them, a crackdown behind it) takes over or dates. Every text here is made up."""

from tests.unit.test_news_extraction import events, run


def test_an_arrest_on_arrival_stays_an_arrest_beside_the_raid_abroad() -> None:
    found = events(run(
        "Two men were arrested by the Harbour Police upon their arrival in Lumora, police said. "
        "The first suspect was arrested by the Valdan police during a raid in Port Selim. "
        "He was deported and arrested upon his arrival on Tuesday."))
    assert "arrest@2026-10-13" in found
    assert any(key.startswith("raid") for key in found)
    assert not any(key.startswith("raid@2026-10-13") for key in found)  # the raid abroad keeps no day of the arrival


def test_a_later_crackdown_does_not_turn_an_arrival_arrest_into_a_raid() -> None:
    found = events(run(
        "Forty workers were flown home and arrested on the plane, police said. "
        "The minister praised the continued crackdown on the networks."))
    assert any(key.startswith("arrest") for key in found)


def test_an_arrest_told_after_a_raid_without_a_journey_is_still_the_raids() -> None:
    found = events(run("Police raided a casino in Poipet on Monday. Officers arrested 12 managers at the casino."))
    assert "raid@2026-10-12" in found and not any(key.startswith("arrest") for key in found)


def test_people_arrested_as_sent_from_abroad_keep_their_arrest() -> None:
    found = events(run(
        "City police arrested 14 men deported from Valdan in connection with a phone scam. "
        "Of the 14, ten were caught during a Valdan police operation to bust the call centre."))
    assert any(key.startswith("arrest") for key in found)


def test_an_arrest_on_board_is_one_of_arrival() -> None:
    found = events(run(
        "Forty suspects were deported from Valdan on Friday. They were arrested on board and moved to six "
        "police stations. This is the third time suspects were deported on a chartered plane, and it is "
        "the largest operation to date."))
    assert any(key.startswith("arrest") for key in found)
