"""Counted people of one nationality who "arrived from" another country came home: a repatriation
of that many; people arriving from their own country did not."""

from tests.unit.test_news_extraction import facts, run


def test_people_who_arrived_from_another_country_were_repatriated() -> None:
    found = facts(run("Eleven Filipino workers arrived from Cambodia on Sunday, the labour department said."))
    assert any(f[0] == "REPATRIATED" and f[2] == "PH" and f[3] == 11 for f in found)


def test_people_arriving_from_their_own_country_are_no_repatriation() -> None:
    found = facts(run("Eleven Filipino workers arrived from the Philippines on Sunday to start work in Dubai."))
    assert not any(f[0] == "REPATRIATED" for f in found)
