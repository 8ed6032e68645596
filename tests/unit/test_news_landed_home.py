"""People counted as landing at home from abroad came home (a repatriation): at a place of their
own country ("arrived at Jakarta's airport"), or from a place of another country at a place of no
known country ("arrived at NAIA ... from Phnom Penh"). Landing abroad, or leaving home, is a
journey, and a verb told with the people ("after being rescued") stays theirs."""

from tests.unit.test_news_extraction import facts, run


def test_victims_landing_in_their_own_country_came_home() -> None:
    found = facts(run("Thirty Vietnamese victims of a forced labour ring landed at an airport in Hanoi "
                      "on Monday morning."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("VN", 30) for f in found)


def test_landing_from_a_foreign_city_at_an_airport_of_no_known_country_is_a_return() -> None:
    found = facts(run("Six Filipino victims of online scam hubs arrived at Ninoy Aquino International Airport "
                      "on a flight from Phnom Penh, Cambodia, on Friday."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("PH", 6) for f in found)


def test_landing_abroad_from_home_is_a_journey() -> None:
    found = facts(run("Twelve Kenyans arrived in Bangkok from Nairobi last year."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_landing_with_no_place_of_departure_or_home_says_nothing() -> None:
    found = facts(run("Fifteen Ethiopians arrived at Suvarnabhumi Airport on Tuesday."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_a_verb_told_with_the_people_stays_theirs() -> None:
    found = facts(run("Some 25 Malaysian victims of fake job offers arrived Sunday in Kuala Lumpur after being "
                      "rescued from a compound in Cambodia."))
    assert any(f[0] == "RESCUED" and f[2:] == ("MY", 25) for f in found)


def test_reaching_a_border_from_a_foreign_town_is_no_flight_home() -> None:
    found = facts(run("Forty Indonesians arrived at the border checkpoint from Myawaddy on Tuesday."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_people_who_land_at_an_airport_of_their_own_country_came_home() -> None:
    # (probes of Philippine, Nepali and Bangladeshi outlets, session 26: an airport named for a person names no town)
    found = facts(run("Twenty Kenyans freed from a compound in Lotus City arrived at Jomo Kenyatta International Airport on Friday."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("KE", 20) for f in found)
    found = facts(run("Twenty Kenyans arrived at Suvarnabhumi Airport on Friday."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_landing_at_a_terminal_of_an_airport_known_by_its_acronym_is_home() -> None:
    """Session 27: "arrived at NAIA Terminal 3" (the acronym before the terminal names the airport,
    and so its country), also after a spokesperson's "said"."""
    text = "Immigration spokesperson Dana Reyes said the 17 Filipinos arrived at NAIA Terminal 3 on Tuesday night."
    assert any(f[0] == "REPATRIATED" and f[2:] == ("PH", 17) for f in facts(run(text)))
