"""People "held and made to work" (or "forced to work") at a fraud hub were the gangs' captives: no
state detained them, and their flight home is what was done to them."""

from tests.unit.test_news_extraction import counts_of


def test_people_held_and_made_to_work_were_captives() -> None:
    found = counts_of("Eight Filipinos who were tricked into going to Laos, then held and made to work at a fraud hub, "
                      "were flown back home on Sunday night.")
    assert ("REPATRIATED", "PH", 8) in found
    assert not [f for f in found if f[0] == "DETAINED"]


def test_people_the_police_held_and_questioned_were_detained() -> None:
    assert ("DETAINED", "CN", 12) in counts_of("Police held and questioned 12 Chinese on Monday.")


def test_people_held_in_slavery_were_captives() -> None:
    found = counts_of("An estimated 80 Kazakh citizens are held in slavery near Myawaddy, the ministry said.")
    assert not [f for f in found if f[0] == "DETAINED"]
