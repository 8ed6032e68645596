"""People stopped from leaving the country were intercepted (a detention, as "intercepted" is):
"stopped the departure of 10 workers", "were barred from departing", "bound for Dubai were
stopped". Stopped in the street, or kept from entering another country, is no interception."""

from tests.unit.test_news_extraction import facts, run


def test_the_stopped_departure_of_people_is_their_interception() -> None:
    found = facts(run("Airport police in Surabaya stopped the departure of 14 Indonesian job seekers "
                      "headed for Cambodia."))
    assert any(f[0] == "DETAINED" and f[2:] == ("ID", 14) for f in found)


def test_barred_from_departing_is_an_interception() -> None:
    found = facts(run("Three Filipino women were barred from departing at the Clark airport on Monday."))
    assert any(f[0] == "DETAINED" and f[2:] == ("PH", 3) for f in found)


def test_people_bound_somewhere_who_were_stopped_were_intercepted() -> None:
    found = facts(run("Six Vietnamese men bound for Phnom Penh were stopped after officers found forged "
                      "work permits."))
    assert any(f[0] == "DETAINED" and f[2:] == ("VN", 6) for f in found)


def test_stopped_and_questioned_in_the_street_is_no_interception() -> None:
    found = facts(run("Five Chinese nationals were stopped and questioned by police in Makati."))
    assert not any(f[0] == "DETAINED" for f in found)


def test_kept_from_entering_another_country_is_no_interception() -> None:
    found = facts(run("Twelve Thais were prevented from entering Cambodia."))
    assert not any(f[0] == "DETAINED" for f in found)
