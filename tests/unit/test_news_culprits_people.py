"""Victims with no demonym of their own take the one people a story names, unless that people is
named only as the culprits ("rings run by Chinese bosses"): then the victims are no one's known."""

from tests.unit.test_news_extraction import counts_of


def test_victims_take_no_nationality_from_the_bosses() -> None:
    found = counts_of("Fraud rings on the river, most run by Chinese bosses, have lost power. An army officer said "
                      "that 52 victims were rescued on Monday.")
    assert not [f for f in found if f[1] == "CN"]


def test_victims_still_take_the_one_people_named_as_workers() -> None:
    found = counts_of("Kenyan workers were lured to the compound. An army officer said that 52 victims were rescued "
                      "on Monday.")
    assert ("RESCUED", "KE", 52) in found


def test_victims_take_no_nationality_from_the_people_said_to_run_the_gangs() -> None:
    found = counts_of("Power to the border towns was cut to squeeze the fraud rings, which are said to be run by "
                      "Chinese nationals. Officials said 57 victims were rescued from the parks.")
    assert not [f for f in found if f[1] == "CN"]
