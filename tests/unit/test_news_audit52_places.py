"""Places and sites as session 52 found them told across many outlets (towns no gazetteer holds,
named beside a person, a raid, an apposition or a South Asian unit word; an airport's terminal; a
dateline below a page's furniture), each shown on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _places(text: str) -> set[str]:
    return names(run(text), Label.LOCATION)


def test_a_south_asian_unit_word_makes_the_name_before_it_a_place() -> None:
    assert "Korvaa" in _places("Police arrested Ravi Menon, who hails from Korvaa taluka of Tapi district.")
    assert {"Bellu", "Tarsi"} <= _places("The youths, many of them from Bellu and Tarsi talukas in Vadodara district, "
                                         "were rescued from Myawaddy.")
    assert "Kolmi" in _places("A man from Mirpur village in Kolmi upazila said police raided a compound in Poipet.")


def test_an_airports_terminal_after_its_full_name_is_the_airport() -> None:
    found = _places("Immigration officers held both men inside Ninoy Aquino International Airport Terminal 3 that day.")
    assert "Ninoy Aquino International Airport" in found
    assert not any("Terminal" in place for place in found)
    # the acronym's terminal has no other name and stays
    assert "NAIA Terminal 1" in _places("The 30 workers landed at NAIA Terminal 1 on Monday.")


def test_the_unknown_towns_listed_after_raids_in_are_the_raids_places() -> None:
    found = facts(run("Police arrested 40 foreigners during coordinated raids in Velmora and Tarsk on Wednesday."))
    assert {where for rel, _e, where, _n in found if rel == "OCCURRED_AT"} == {"Velmora", "Tarsk"}
    assert _places("Police carried out raids in January and February.") == set()


def test_the_town_a_listed_person_is_from_is_a_place_not_a_person() -> None:
    batch = run("Police arrested Maria Lopez from Zentaville, Tomas Hale from Windhoek and Ana Cruz from Bellora.")
    assert {"Zentaville", "Windhoek", "Bellora"} <= names(batch, Label.LOCATION)
    assert names(batch, Label.PERSON) == {"Maria Lopez", "Tomas Hale", "Ana Cruz"}
    assert "Korvel" in _places("Agent Ravi Menon from Korvel was arrested by the police.")
    # a firm after "from" is known by its head word and stays a firm
    assert _places("Police said Ravi Menon from Acme Holdings said nothing.") == set()


def test_an_apposition_that_calls_a_name_a_suburb_or_town_makes_it_a_place() -> None:
    assert "Velmora" in _places("Police rescued 40 people from a network operating in Velmora, a suburb of Accra.")
    assert "Tarsk" in _places("Gangs moved to Tarsk, a small border town in Thailand.")
    assert "Tarsk" in _places("Police then took them to the provincial capital, Tarsk, where they were questioned.")
    # a town's office is no town
    assert _places("Police arrested Lin Tao, a town official, on Monday.") == set()


def test_names_listed_before_areas_are_places() -> None:
    assert {"Alvora", "Bentiga", "Corrala"} <= _places("The three were residents of Alvora, Bentiga and Corrala areas.")


def test_a_province_written_with_a_hyphen_is_the_province_not_a_namesake_town() -> None:
    found = _places("Investigators in KwaZulu-Natal opened a case after two brothers were taken to Cambodia.")
    assert "KwaZulu-Natal" in found
    assert "Natal" not in found


def test_a_capitals_dateline_below_a_pages_furniture_names_no_place() -> None:
    furniture = "\n".join(["logo", "Menu", "Gangs hold 90 workers", "By Staff Writer", "Photo: a river crossing",
                           "World News", "Gangs hold 90 workers"])
    text = f"{furniture}\nDHAKA - Police rescued 90 workers from a compound in Myawaddy on Monday, officials said.\n"
    found = _places(text)
    assert "Dhaka" not in found
    assert "Myawaddy" in found


def test_a_dateline_city_in_brackets_names_no_place() -> None:
    found = _places("Gangs hold 90 workers\n(Mandalay, 14th) Police rescued 90 workers from a compound in Myawaddy.\n")
    assert "Mandalay" not in found and "Myawaddy" in found
    found = _places("Gangs hold 90 workers\n3-4-2025 (MANDALAY) Police rescued 90 workers from a compound in "
                    "Myawaddy.\n")
    assert "Mandalay" not in found and "Myawaddy" in found


def test_a_name_a_place_word_and_of_lead_is_a_place() -> None:
    assert "Velmora" in _places("Police arrested 80 suspects in the region of Velmora, northern Myanmar.")
    found = facts(run("Police raided a compound in the border town of Velmora on Monday."))
    assert ("LOCATED_IN", "compound in Velmora", "Velmora", None) in found
